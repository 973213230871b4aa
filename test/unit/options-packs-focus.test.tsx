// @vitest-environment happy-dom
// Options page, packs: keyboard focus never falls to <body> after an action (switch, Remove, import, key removal);
// the import preview checks the attached signature and checks again when it changes; a refusal is worded in the
// current interface language; the lists follow changes made in another tab; honest wording for a key trusted twice
// and an update that found nothing new.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { ImportPreview, PackSummary, TrustedKeyView } from '../../lib/messages';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn() }));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { sendMessage } from '../../lib/messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buttonByText, chooseFiles, flush, mountOptions, unmountOptions } from './helpers/options-page';
import { SETTINGS_KEY } from '../../lib/settings';
import { t } from '../../lib/i18n';

const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

const defaultPack: PackSummary = {
  id: 'firebreak.default',
  name: 'Firebreak default pack',
  version: '1.0.0',
  publisher: 'Firebreak',
  description: null,
  patternCount: 42,
  contextCount: 7,
  enabled: true,
  builtIn: true,
  custom: false,
  installedAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  subscription: null,
};
const subscribed: PackSummary = {
  ...defaultPack,
  id: 'org.example.pack',
  name: 'Example pack',
  publisher: 'Example org',
  builtIn: false,
  subscription: { url: 'https://example.org/pack.json', lastChecked: null, lastError: null },
};
const builtInKey: TrustedKeyView = { id: 'k1', label: 'Firebreak', publicKeyB64: 'A'.repeat(44), builtIn: true };
const userKey: TrustedKeyView = { id: 'k2', label: 'Example org', publicKeyB64: 'B'.repeat(44), builtIn: false };

let handlers: Record<string, (data: unknown) => unknown>;
async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
}

/** A promise the test settles when it wants: an answer from the background that takes a while. */
function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const polite = (root: HTMLElement) => root.querySelector('[data-testid="live-polite"]')!.textContent;
const previewCalls = () => send.mock.calls.filter(([name]) => name === 'previewImport').map(([, data]) => data);

beforeEach(() => {
  fakeBrowser.reset();
  handlers = {
    listPacks: () => [defaultPack, subscribed],
    listTrustedKeys: () => [builtInKey, userKey],
  };
  send.mockReset();
  send.mockImplementation(async (name: string, data: unknown) => {
    const h = handlers[name];
    if (!h) throw new Error(`unexpected message ${name}`);
    return h(data);
  });
});

afterEach(() => {
  unmountOptions();
  document.body.replaceChildren();
});

describe('options: focus after pack actions', () => {
  it('a pack switch keeps focus while it saves, ignores presses meanwhile, and takes the next press after', async () => {
    let enabled = true;
    let saving = deferred();
    handlers.setPackEnabled = async (d) => {
      await saving.promise;
      enabled = (d as { enabled: boolean }).enabled;
    };
    handlers.listPacks = () => [{ ...defaultPack, enabled }, subscribed];
    const root = await mountOptions('packs');
    const sw = () => root.querySelector<HTMLInputElement>('tr[data-pack-id="firebreak.default"] input[role="switch"]')!;
    sw().focus();
    await click(sw());
    await flush(5);
    // Saving: still focusable and focused, marked busy rather than disabled.
    expect(sw().disabled).toBe(false);
    expect(sw().getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(sw());
    // A second press while saving changes nothing and sends nothing.
    const shown = sw().checked;
    await click(sw());
    await flush(5);
    expect(send.mock.calls.filter(([name]) => name === 'setPackEnabled')).toHaveLength(1);
    expect(sw().checked).toBe(shown);

    saving.resolve();
    await flush(10);
    expect(document.activeElement).toBe(sw());
    expect(sw().getAttribute('aria-disabled')).toBeNull();
    expect(sw().checked).toBe(false);
    expect(polite(root)).toBe(t('en', 'opt_pack_disabled_msg', { name: 'Firebreak default pack' }));

    // Space again switches it back on.
    saving = deferred();
    saving.resolve();
    await click(sw());
    await flush(10);
    expect(send).toHaveBeenLastCalledWith('listPacks');
    expect(send.mock.calls.filter(([name]) => name === 'setPackEnabled').map(([, d]) => d)).toEqual([
      { id: 'firebreak.default', enabled: false },
      { id: 'firebreak.default', enabled: true },
    ]);
    expect(sw().checked).toBe(true);
    expect(document.activeElement).toBe(sw());
  });

  it('after Remove is confirmed, focus is on Remove while it runs, then on the list heading, and the removal is announced', async () => {
    let packs = [defaultPack, subscribed];
    const removing = deferred();
    handlers.listPacks = () => packs;
    handlers.removePack = async () => {
      await removing.promise;
      packs = [defaultPack];
    };
    const root = await mountOptions('packs');
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Remove Example pack"]')!);
    await click(buttonByText(root.querySelector('.confirm')!, 'Remove'));
    await flush(5);
    const opener = root.querySelector<HTMLButtonElement>('button[aria-label="Remove Example pack"]')!;
    expect(document.activeElement).toBe(opener);
    expect(opener.disabled).toBe(false);
    expect(opener.getAttribute('aria-disabled')).toBe('true');

    removing.resolve();
    await flush(10);
    expect(root.querySelector('tr[data-pack-id="org.example.pack"]')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('#packs-installed'));
    expect(polite(root)).toBe(t('en', 'opt_pack_removed', { name: 'Example pack' }));
  });

  it('a Remove that fails leaves focus on its button', async () => {
    handlers.removePack = () => {
      throw new Error('nope');
    };
    const root = await mountOptions('packs');
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Remove Example pack"]')!);
    await click(buttonByText(root.querySelector('.confirm')!, 'Remove'));
    await flush(10);
    expect(document.activeElement).toBe(root.querySelector('button[aria-label="Remove Example pack"]'));
    expect(root.querySelector('[data-testid="live-assertive"]')!.textContent).toContain('nope');
  });

  it('after an import is confirmed, focus is on the import heading and the import is announced', async () => {
    handlers.previewImport = (): ImportPreview => ({ ok: true, errors: [], name: 'New pack', version: '1.0.0' });
    handlers.importPack = (): ImportPreview => ({ ok: true, errors: [], name: 'New pack', version: '1.0.0' });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'new.json')]);
    expect(document.activeElement).toBe(root.querySelector('.import-preview'));
    const confirm = buttonByText(root, 'Confirm import');
    confirm.focus();
    await click(confirm);
    await flush(10);
    expect(root.querySelector('.import-preview')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('#packs-import'));
    expect(polite(root)).toBe(t('en', 'opt_import_done', { name: 'New pack', version: '1.0.0' }));
  });

  it('Cancel on a preview puts focus back on the file button', async () => {
    handlers.previewImport = (): ImportPreview => ({ ok: true, errors: [], name: 'P', version: '1' });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'p.json')]);
    await click(buttonByText(root.querySelector('.import-preview')!, 'Cancel'));
    expect(document.activeElement).toBe(buttonByText(root, t('en', 'opt_import_choose')));
  });

  it('after a trusted key is removed, focus is on the keys heading and the removal is announced', async () => {
    let keys = [builtInKey, userKey];
    handlers.listTrustedKeys = () => keys;
    handlers.untrustKey = () => {
      keys = [builtInKey];
    };
    const root = await mountOptions('packs');
    await click(root.querySelector<HTMLButtonElement>(`button[aria-label="${t('en', 'opt_keys_remove_label', { label: 'Example org' })}"]`)!);
    await click(buttonByText(root.querySelector('#packs-keys')!.closest('section')!.querySelector('.confirm')!, 'Remove'));
    await flush(10);
    expect(root.querySelectorAll('.key-item')).toHaveLength(1);
    expect(document.activeElement).toBe(root.querySelector('#packs-keys'));
    expect(polite(root)).toBe(t('en', 'opt_keys_removed', { label: 'Example org' }));
  });
});

describe('options: the import preview and the signature', () => {
  const signatureRefusal: ImportPreview = {
    ok: false,
    errors: [{ path: '', message: 'The signature does not match this file. Nothing was changed.', lang: 'en' }],
  };

  it('checks the file again, with the signature, when one is attached or removed', async () => {
    handlers.previewImport = (d): ImportPreview =>
      (d as { signature?: string | null }).signature ? signatureRefusal : { ok: true, errors: [], name: 'P', version: '1' };
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{"p":1}'], 'p.json')]);
    expect(previewCalls()).toEqual([{ text: '{"p":1}', signature: null }]);
    expect(root.querySelector('.import-preview')).not.toBeNull();

    await chooseFiles(root.querySelector<HTMLInputElement>('#import-signature')!, [new File(['c2ln'], 'p.json.sig')]);
    expect(previewCalls()).toEqual([
      { text: '{"p":1}', signature: null },
      { text: '{"p":1}', signature: 'c2ln' },
    ]);
    // Refused before Confirm, as the import would be; the file stays loaded.
    expect(root.querySelector('.import-preview')).toBeNull();
    expect(root.querySelector('.import-errors')!.textContent).toContain('The signature does not match this file.');

    // Removing the signature checks the same file again, unsigned.
    await click(root.querySelector<HTMLButtonElement>('.chip button')!);
    await flush(20);
    await flush(20);
    expect(previewCalls().at(-1)).toEqual({ text: '{"p":1}', signature: null });
    expect(root.querySelector('.import-errors')).toBeNull();
    expect(root.querySelector('.import-preview')).not.toBeNull();
    expect(document.activeElement).toBe(root.querySelector('.import-preview'));
  });

  it('an answer for the old signature that comes late is not shown', async () => {
    const slow = deferred<ImportPreview>();
    let calls = 0;
    handlers.previewImport = () => (++calls === 1 ? slow.promise : signatureRefusal);
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{"p":1}'], 'p.json')]);
    // Still checking the unsigned file when the signature arrives.
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-signature')!, [new File(['c2ln'], 'p.json.sig')]);
    expect(root.querySelector('.import-errors')).not.toBeNull();
    slow.resolve({ ok: true, errors: [], name: 'P', version: '1' });
    await flush(10);
    expect(root.querySelector('.import-preview')).toBeNull();
    expect(root.querySelector('.import-errors')!.textContent).toContain('The signature does not match this file.');
  });

  it('without a file loaded, attaching a signature checks nothing', async () => {
    handlers.previewImport = (): ImportPreview => ({ ok: true, errors: [] });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-signature')!, [new File(['c2ln'], 'p.json.sig')]);
    expect(previewCalls()).toEqual([]);
  });
});

describe('options: an import refusal follows the interface language', () => {
  it('re-words the shown errors when the language changes', async () => {
    handlers.previewImport = (): ImportPreview => ({
      ok: false,
      errors: [{ path: '/', line: 1, column: 2, message: 'JSON: bad', code: 'json_syntax', params: { detail: 'expected a value' } }],
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{'], 'bad.json')]);
    const message = () => root.querySelector('.import-errors .error-message')!.textContent!;
    expect(message()).toContain(t('fr', 'opt_import_err_json'));

    await act(async () => {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'ar' } });
    });
    await flush(10);
    expect(message()).toContain(t('ar', 'opt_import_err_json'));
    expect(message()).not.toContain(t('fr', 'opt_import_err_json'));
  });

  it("re-words the page's own refusals too (an empty file)", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['  \n'], 'vide.json')]);
    expect(root.querySelector('.import-errors')!.textContent).toContain(t('fr', 'opt_import_empty'));
    await act(async () => {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'en' } });
    });
    await flush(10);
    expect(root.querySelector('.import-errors')!.textContent).toContain(t('en', 'opt_import_empty'));
  });
});

describe('options: form errors follow the interface language', () => {
  it('a refused subscription address is re-worded when the language changes', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mountOptions('packs');
    const input = root.querySelector<HTMLInputElement>('#sub-url')!;
    input.value = 'http://example.org/pack.json';
    await act(async () => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('#sub-url-error')!.textContent).toBe(t('fr', 'opt_sub_invalid_url'));
    await act(async () => {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'ar' } });
    });
    await flush(10);
    expect(root.querySelector('#sub-url-error')!.textContent).toBe(t('ar', 'opt_sub_invalid_url'));
  });
});

describe('options: lists follow changes made in another tab', () => {
  it('reads the packs and keys again when the page is shown or focused, keeping an open confirmation and focus', async () => {
    const root = await mountOptions('packs');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Remove Example pack"]')!);
    const cancel = buttonByText(root.querySelector('.confirm')!, 'Cancel');
    expect(document.activeElement).toBe(cancel);

    // Another tab imported a pack and trusted a key.
    const third: PackSummary = { ...subscribed, id: 'org.other.pack', name: 'Other pack', subscription: null };
    handlers.listPacks = () => [defaultPack, subscribed, third];
    handlers.listTrustedKeys = () => [builtInKey, userKey, { ...userKey, id: 'k3', label: 'Other org' }];
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await flush(10);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(root.querySelectorAll('.key-item')).toHaveLength(3);
    expect(root.querySelector('.confirm')).not.toBeNull();
    expect(document.activeElement).toBe(cancel);

    // Then removed one: window focus reads again.
    handlers.listPacks = () => [defaultPack, subscribed];
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    await flush(10);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(root.querySelector('.confirm')).not.toBeNull();
  });

  it('does not read while another section is shown', async () => {
    const root = await mountOptions('packs');
    await click(root.querySelector<HTMLButtonElement>('#tab-settings')!);
    const before = send.mock.calls.length;
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    await flush(10);
    expect(send.mock.calls.length).toBe(before);
  });
});

describe('options: honest statuses', () => {
  async function trust(root: HTMLElement, label: string) {
    await click(buttonByText(root, t('en', 'opt_keys_add')));
    await flush(5);
    const type = async (sel: string, value: string) => {
      const el = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!;
      el.value = value;
      await act(async () => {
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    };
    await type('#key-label', label);
    await type('#key-value', 'B'.repeat(43) + '=');
    await click(buttonByText(root, t('en', 'opt_keys_trust')));
    await flush(10);
  }

  it('trusting a key that is already trusted says so, under its first label', async () => {
    handlers.trustKey = () => ({ ...userKey, alreadyTrusted: true });
    const root = await mountOptions('packs');
    await trust(root, 'New name');
    expect(polite(root)).toBe(t('en', 'opt_keys_already', { label: 'Example org' }));
    expect(polite(root)).not.toBe(t('en', 'opt_keys_added', { label: 'Example org' }));
  });

  it('trusting a new key says it was added', async () => {
    handlers.trustKey = () => ({ ...userKey, id: 'k9', label: 'New org' });
    const root = await mountOptions('packs');
    await trust(root, 'New org');
    expect(polite(root)).toBe(t('en', 'opt_keys_added', { label: 'New org' }));
  });

  it('"Update now" says "updated" only when a newer version was installed', async () => {
    handlers.updatePack = () => ({ ok: true, message: '', version: '1.0.0' });
    const root = await mountOptions('packs');
    const update = root.querySelector<HTMLButtonElement>(`button[aria-label="${t('en', 'opt_pack_update_label', { name: 'Example pack' })}"]`)!;
    update.focus();
    await click(update);
    await flush(10);
    expect(polite(root)).toBe(t('en', 'opt_pack_up_to_date', { name: 'Example pack' }));
    expect(document.activeElement).toBe(update);

    handlers.updatePack = () => ({ ok: true, message: '', version: '1.1.0', updated: true });
    await click(update);
    await flush(10);
    expect(polite(root)).toBe(t('en', 'opt_pack_updated', { name: 'Example pack', version: '1.1.0' }));
  });
});
