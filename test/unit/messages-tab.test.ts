// The background's messages to a tab (lib/messages.ts sendToTab): the wire format @webext-core/messaging's onMessage
// answers in the tab, and a tab without a receiver (closing, loading, no content script) as a rejection, never as an
// unread runtime.lastError.
import { describe, expect, it } from 'vitest';
import { sendToTab, type TabsMessaging } from '../../lib/messages';

describe('messages to a tab', () => {
  it('sends the typed message and gives the answer, or the error the tab raised', async () => {
    const seen: unknown[] = [];
    const tabs: TabsMessaging = {
      async sendMessage(tabId, message) {
        seen.push({ tabId, message });
        const m = message as { type: string; data: unknown };
        return m.data === 'v2' ? { res: undefined } : { err: { name: 'Error', message: 'the post is gone', stack: '' } };
      },
    };
    await expect(sendToTab(tabs, 7, 'snapshotChanged', 'v2')).resolves.toBeUndefined();
    expect(seen[0]).toMatchObject({ tabId: 7, message: { type: 'snapshotChanged', data: 'v2', id: expect.any(Number), timestamp: expect.any(Number) } });
    await expect(sendToTab(tabs, 7, 'showPost', '42')).rejects.toThrow('the post is gone');
  });

  it('rejects when the tab has no receiver or gives no answer', async () => {
    const closing: TabsMessaging = {
      sendMessage: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    };
    await expect(sendToTab(closing, 3, 'snapshotChanged', 'v1')).rejects.toThrow(/Receiving end does not exist/);
    const silent: TabsMessaging = { sendMessage: async () => undefined };
    await expect(sendToTab(silent, 3, 'snapshotChanged', 'v1')).rejects.toThrow('snapshotChanged: no answer from tab 3');
  });
});
