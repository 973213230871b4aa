// @vitest-environment happy-dom
// Options page, My patterns: the live tester highlights what the user's phrases match and says why,
// including the phrase still in the form; saving and exporting go through the background.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { CustomPatternInput } from '../../lib/messages';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn() }));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { sendMessage } from '../../lib/messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flush, mountOptions, unmountOptions } from './helpers/options-page';
import { TESTER_DEBOUNCE_MS } from '../../components/options/PatternTester';

const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;
let saved: (CustomPatternInput & { id: string })[];

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  await act(async () => {
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  saved = [{ id: 'c1', text: 'remaining and expanding', lang: 'en', category: 'slogan', severity: 'high' }];
  send.mockReset();
  send.mockImplementation(async (name: string, data: unknown) => {
    switch (name) {
      case 'listCustomPatterns':
        return saved;
      case 'saveCustomPattern': {
        const p = { ...(data as CustomPatternInput), id: (data as CustomPatternInput).id ?? `c${saved.length + 1}` };
        saved = [...saved.filter((s) => s.id !== p.id), p];
        return p;
      }
      case 'exportPack':
        return '{"id":"local.my-patterns"}';
      default:
        throw new Error(`unexpected message ${name}`);
    }
  });
});

afterEach(() => {
  unmountOptions();
  document.body.replaceChildren();
});

describe('options: my patterns', () => {
  it('highlights what a saved phrase matches in the tester, with the reason', async () => {
    const root = await mountOptions('patterns');
    const tester = root.querySelector<HTMLTextAreaElement>('#tester-input')!;
    await type(tester, 'They wrote: Remaining and Expanding! again');
    await flush(TESTER_DEBOUNCE_MS + 50);

    const marks = root.querySelectorAll('[data-testid="tester-preview"] mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('Remaining and Expanding');
    expect(root.querySelector('[data-testid="tester-preview"]')!.textContent).toBe(
      'They wrote: Remaining and Expanding! again',
    );
    expect(root.querySelector('[data-testid="tester-summary"]')!.textContent).toBe('Matching phrases: 1');
    const reason = root.querySelector('.reasons li')!;
    expect(reason.textContent).toContain('remaining and expanding');
    expect(reason.textContent).toContain('Slogan');
    expect(reason.textContent).toContain('High');
  });

  it('tests the phrase being typed in the form before it is saved', async () => {
    const root = await mountOptions('patterns');
    await type(root.querySelector<HTMLInputElement>('#pat-text')!, 'black banners');
    // Case, spacing tricks and look-alike letters are folded the way the content scripts do.
    await type(root.querySelector<HTMLTextAreaElement>('#tester-input')!, 'the BLACK  bannërs will come');
    await flush(TESTER_DEBOUNCE_MS + 50);
    expect(root.querySelector('[data-testid="tester-preview"] mark')!.textContent).toBe('BLACK  bannërs');
    expect(root.querySelector('.reasons')!.textContent).toContain('not saved yet');
  });

  it('says so when nothing matches', async () => {
    const root = await mountOptions('patterns');
    await type(root.querySelector<HTMLTextAreaElement>('#tester-input')!, 'a perfectly ordinary post');
    await flush(TESTER_DEBOUNCE_MS + 50);
    expect(root.querySelector('[data-testid="tester-summary"]')!.textContent).toBe('No match.');
    expect(root.querySelector('[data-testid="tester-preview"]')).toBeNull();
  });

  it('saves a new phrase with its language, category, severity and note', async () => {
    const root = await mountOptions('patterns');
    await type(root.querySelector<HTMLInputElement>('#pat-text')!, '  baqiya   wa tatamaddad ');
    const setSelect = async (id: string, value: string) => {
      const el = root.querySelector<HTMLSelectElement>(id)!;
      el.value = value;
      await act(async () => {
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await setSelect('#pat-lang', 'ar');
    await setSelect('#pat-category', 'slogan');
    await setSelect('#pat-severity', 'low');
    await type(root.querySelector<HTMLTextAreaElement>('#pat-note')!, 'transliteration');
    await act(async () => {
      root.querySelector<HTMLFormElement>('#pattern-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush(10);
    expect(send).toHaveBeenCalledWith('saveCustomPattern', {
      text: 'baqiya wa tatamaddad',
      lang: 'ar',
      category: 'slogan',
      severity: 'low',
      note: 'transliteration',
    });
    expect(root.querySelector('#pattern-list-title')!.textContent).toBe('Your phrases (2)');
  });

  it('refuses a phrase that is too short, without calling the background', async () => {
    const root = await mountOptions('patterns');
    await type(root.querySelector<HTMLInputElement>('#pat-text')!, 'a');
    await act(async () => {
      root.querySelector<HTMLFormElement>('#pattern-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('#pat-text-error')!.textContent).toBe('Enter at least 2 characters.');
    expect(send.mock.calls.some(([n]) => n === 'saveCustomPattern')).toBe(false);
  });

  it('exports the phrases as a pack', async () => {
    const created: Blob[] = [];
    const origCreate = URL.createObjectURL;
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:test';
    }) as typeof URL.createObjectURL;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      const root = await mountOptions('patterns');
      const btn = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Export as a pack'))!;
      await act(async () => {
        btn.click();
      });
      await flush(10);
      expect(send).toHaveBeenCalledWith('exportPack', 'local.my-patterns');
      expect(await created[0]!.text()).toBe('{"id":"local.my-patterns"}');
      expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^firebreak-my-patterns-\d{4}-\d{2}-\d{2}\.json$/);
    } finally {
      URL.createObjectURL = origCreate;
      click.mockRestore();
    }
  });
});
