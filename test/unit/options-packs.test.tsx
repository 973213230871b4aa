// @vitest-environment happy-dom
// Options page, packs: a bad file shows where it is wrong and changes nothing; a good one is previewed,
// then imported on Confirm (with its detached signature); subscriptions take HTTPS addresses only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { ImportPreview, PackSummary } from '../../lib/messages';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn() }));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { sendMessage } from '../../lib/messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buttonByText, chooseFiles, flush, mountOptions, unmountOptions } from './helpers/options-page';
import { parsePack } from '../../lib/pack/validate';
import { MAX_PATTERNS } from '../../lib/pack/schema';
import { SETTINGS_KEY } from '../../lib/settings';
import { t } from '../../lib/i18n';

const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

const defaultPack: PackSummary = {
  id: 'firebreak.default',
  name: 'Firebreak default pack',
  version: '1.0.0',
  publisher: 'Firebreak',
  description: 'Known campaign quotes',
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
  subscription: { url: 'https://example.org/pack.json', lastChecked: null, lastError: 'HTTP 404' },
};

let handlers: Record<string, (data: unknown) => unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  handlers = {
    listPacks: () => [defaultPack, subscribed],
    listTrustedKeys: () => [{ id: 'k1', label: 'Firebreak', publicKeyB64: 'A'.repeat(44), builtIn: true }],
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

describe('options: packs', () => {
  it('lists installed packs; the default pack has a switch but no remove button', async () => {
    const root = await mountOptions('packs');
    const rows = root.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    const def = root.querySelector('tr[data-pack-id="firebreak.default"]')!;
    expect(def.textContent).toContain('Firebreak default pack');
    expect(def.querySelector('input[role="switch"]')).not.toBeNull();
    expect([...def.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Remove');
    const sub = root.querySelector('tr[data-pack-id="org.example.pack"]')!;
    expect(sub.textContent).toContain('https://example.org/pack.json');
    expect(sub.textContent).toContain('Last check failed: HTTP 404');
    expect(sub.querySelector('button[aria-label="Remove Example pack"]')).not.toBeNull();
  });

  it('names the local "My patterns" pack and its publisher in the interface language, in the row and its controls', async () => {
    const mine: PackSummary = {
      ...defaultPack,
      id: 'local.my-patterns',
      name: 'My patterns',
      publisher: 'You (this browser)',
      description: null,
      builtIn: false,
      custom: true,
    };
    handlers.listPacks = () => [defaultPack, mine];
    for (const lang of ['fr', 'ar'] as const) {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: lang } });
      const root = await mountOptions('packs');
      const row = root.querySelector('tr[data-pack-id="local.my-patterns"]')!;
      expect(row.querySelector('.pack-name')!.textContent).toBe(t(lang, 'opt_nav_patterns'));
      expect(row.querySelectorAll('td')[0]!.textContent).toBe(t(lang, 'opt_pack_custom_publisher'));
      expect(row.textContent).not.toContain('My patterns');
      expect(row.textContent).not.toContain('You (this browser)');
      const name = t(lang, 'opt_nav_patterns');
      expect(row.querySelector('input[role="switch"]')!.getAttribute('aria-label')).toBe(t(lang, 'opt_pack_enable_label', { name }));
      // A published pack keeps its own name.
      expect(root.querySelector('tr[data-pack-id="firebreak.default"] .pack-name')!.textContent).toBe('Firebreak default pack');
      unmountOptions();
    }
  });

  it('shows the errors of a bad file with path, line and column, and imports nothing', async () => {
    handlers.previewImport = (): ImportPreview => ({
      ok: false,
      errors: [
        { path: 'patterns[2].severity', line: 14, column: 19, message: 'Expected "high", "medium" or "low".' },
        { path: 'version', message: 'Missing version.' },
      ],
    });
    const root = await mountOptions('packs');
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    await chooseFiles(input, [new File(['{"bad": true}'], 'bad-pack.json', { type: 'application/json' })]);

    expect(send).toHaveBeenCalledWith('previewImport', { text: '{"bad": true}', signature: null });
    const box = root.querySelector('.import-errors')!;
    expect(box).not.toBeNull();
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain('bad-pack.json cannot be imported');
    expect(box.textContent).toContain('Nothing was changed');
    const items = box.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('code')!.textContent).toBe('patterns[2].severity');
    expect(items[0]!.textContent).toContain('line 14, column 19');
    expect(items[0]!.textContent).toContain('Expected "high", "medium" or "low".');
    expect(items[1]!.textContent).toContain('version');
    // No way forward but another file, and nothing was written.
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.includes('Confirm import'))).toBe(false);
    expect(send.mock.calls.some(([name]) => name === 'importPack')).toBe(false);
  });

  it("says what is wrong with the file as a whole in the interface's language, the parser's detail and the validator's other sentences marked as English", async () => {
    // The validator's real answers: a file that is not JSON, a pack over the pattern limit, a long list cut short.
    const notJson = parsePack('{\n  "id": "x",\n  "name": oops\n}');
    const tooMany = parsePack(JSON.stringify({ schemaVersion: 1, id: 'big', patterns: Array.from({ length: MAX_PATTERNS + 1 }, () => 0) }));
    const wrongEverywhere = parsePack(
      JSON.stringify({ schemaVersion: 1, id: 'x', name: 'X', version: '1', patterns: Array.from({ length: 8 }, () => ({ id: 1 })) }),
      { maxErrors: 3 },
    );
    if (notJson.ok || tooMany.ok || wrongEverywhere.ok) throw new Error('the validator accepted a broken pack');
    handlers.previewImport = (): ImportPreview => ({
      ok: false,
      errors: [...notJson.errors, ...tooMany.errors, ...wrongEverywhere.errors, { path: '/version', message: 'Une version 2.0 est déjà installée.', lang: 'fr' }],
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{'], 'casse.json')]);
    const items = [...root.querySelectorAll('.import-errors li')];
    const message = (li: Element) => li.querySelector('.error-message')!;
    const said = items.map((li) => ({ text: message(li).textContent!.replace(/\s+/g, ' ').trim(), lang: message(li).getAttribute('lang') }));

    const json = said.find((x) => x.text.startsWith('Le fichier n’est pas du JSON valide.'))!;
    expect(json, 'the JSON error, in French').toBeDefined();
    expect(json.lang, 'in the interface language').toBeNull();
    expect(json.text, "the parser's English is not run into the French sentence").toBe('Le fichier n’est pas du JSON valide.');
    const jsonItem = items[said.indexOf(json)]!;
    expect(jsonItem.querySelector('.error-where')!.textContent, 'where, in French; no path for a syntax error').toBe('ligne 3, colonne 11');
    // The parser's own words: apart, on a line of their own, under a French label, marked English and left to right.
    const detail = jsonItem.querySelector('.error-detail-line .error-detail')!;
    expect(detail.getAttribute('lang'), "the parser's own words are English").toBe('en');
    expect(detail.getAttribute('dir')).toBe('ltr');
    expect(detail.textContent).toMatch(/^expected a value/);
    expect(jsonItem.querySelector('.error-detail-label')!.textContent!.trim()).toBe(t('fr', 'opt_import_detail_technical'));

    const fr = (n: number) => n.toLocaleString('fr').replace(/\s/g, ' ');
    expect(said.map((x) => x.text)).toContain(`Le pack contient ${fr(MAX_PATTERNS + 1)} motifs ; un pack peut en avoir au plus ${fr(MAX_PATTERNS)}.`);
    expect(said.map((x) => x.text)).toContain('Seules les 3 premières erreurs sont listées ; corrigez-les, puis vérifiez de nouveau le fichier.');
    // Mistakes in one field are said in French too: the place, then what is wrong, or the validator's English
    // sentence (marked English) where no French wording fits; the background's French is French.
    const fieldErrors = items.filter((li) => /^Le pack, champ /.test(message(li).textContent!.trim()));
    expect(fieldErrors.length).toBe(3);
    for (const li of fieldErrors) {
      expect(message(li).getAttribute('lang'), 'in the interface language').toBeNull();
      const english = li.querySelector('.error-detail');
      if (english) expect(english.getAttribute('lang')).toBe('en');
    }
    expect(said.map((x) => x.text)).toContain('Le pack, champ publisher : ce champ manque.');
    expect(said.map((x) => x.text)).toContain('Le pack, champ version : cette valeur n’est pas acceptée.');
    const versionItem = items[said.findIndex((x) => x.text === 'Le pack, champ version : cette valeur n’est pas acceptée.')]!;
    expect(versionItem.querySelector('.error-detail-label')!.textContent!.trim()).toBe(t('fr', 'opt_import_detail_english'));
    expect(versionItem.querySelector('.error-detail')!.textContent).toBe(
      'The pack has version "1"; expected a version such as 1.2.0 (three numbers separated by dots).',
    );
    expect(said.find((x) => x.text.startsWith('Une version'))!.lang).toBe('fr');
  });

  it('a file that is not text (an image dropped by mistake) is refused as such, without sending it and without quoting its bytes; a UTF-16 file with its mark is read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mountOptions('packs');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]);
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File([png], 'capture.png', { type: 'image/png' })]);
    const box = root.querySelector('.import-errors')!;
    expect(box.textContent).toContain('Ce fichier n’est pas un pack\u00a0: ce n’est pas du texte UTF-8');
    expect(box.textContent).not.toContain('\uFFFD');
    expect(send.mock.calls.some(([name]) => name === 'previewImport')).toBe(false);
    // The same pack saved as UTF-16 (little-endian, with its byte order mark) is read and sent as text.
    const text = '{"id": "café"}';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File([utf16], 'pack-utf16.json')]);
    expect(send).toHaveBeenCalledWith('previewImport', { text, signature: null });
    // Saved as UTF-16 without the mark, the same file reads as UTF-8 with a NUL after each letter: not text either.
    send.mockClear();
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File([utf16.slice(2)], 'pack-utf16-nobom.json')]);
    expect(root.querySelector('.import-errors')!.textContent).toContain('Ce fichier n’est pas un pack');
    expect(send.mock.calls.some(([name]) => name === 'previewImport')).toBe(false);
  });

  it('words the common mistakes in Arabic (the place, then what is wrong), right to left, with the file\'s own field names and values', async () => {
    const pack = {
      schemaVersion: 1, id: 'org.example.bad', name: 'Bad', version: '1.0.0', languages: ['fr'], updated: '2026-01-01', publisher: { name: 'P' }, contexts: [],
      patterns: [
        { id: 'p1', name: 'n', kind: 'phrase', text: 'bonjour tout', lang: 'fr', category: 'slogan', severity: 'urgent', source: { publisher: 'P', url: 'https://example.org/' } },
        { id: 'p1', name: 'n', kind: 'phrase', text: 'salut tout', lang: 'fr', category: 'slogan', severity: 'high', source: { publisher: 'P', url: 'https://example.org/' }, extra: 1 },
      ],
    };
    const r = parsePack(JSON.stringify(pack, null, 2));
    if (r.ok) throw new Error('the validator accepted a broken pack');
    handlers.previewImport = (): ImportPreview => ({ ok: false, errors: r.errors });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'ar' } });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'bad.json')]);
    const shown = [...root.querySelectorAll('.import-errors li .error-message')];
    const texts = shown.map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
    // Patterns are numbered from 1 in the sentences, as lines are; the path keeps the file's own index.
    expect([...root.querySelectorAll('.import-errors li .error-where code')].map((c) => c.textContent)).toContain('/patterns/0/severity');
    expect(texts).toContain('النمط 1 («p1»)، الحقل severity: القيمة «urgent» غير مقبولة؛ القيم الممكنة: high, medium, low.');
    expect(texts).toContain('النمط 2 («p1»)، الحقل id: المعرّف «p1» مستخدم من قبل في هذه الحزمة؛ يجب أن يكون كل معرّف فريدًا.');
    expect(texts).toContain('النمط 2 («p1»)، الحقل extra: حقل غير معروف؛ احذفه أو تحقّق من كتابته.');
    for (const m of shown) {
      expect(m.getAttribute('lang'), 'in the interface language').toBeNull();
      expect(m.getAttribute('dir')).toBe('auto');
    }
    expect(root.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.getAttribute('dir')).toBe('rtl');
  });

  it('a trusted key that is not 32 bytes of base64 is refused in the interface language before anything is sent', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    handlers.trustKey = (d: unknown) => ({ id: 'k2', label: (d as { label: string }).label, publicKeyB64: (d as { publicKeyB64: string }).publicKeyB64, builtIn: false });
    const root = await mountOptions('packs');
    await act(async () => buttonByText(root, 'Ajouter une clé…').click());
    await flush(5);
    const type = async (sel: string, value: string) => {
      const el = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!;
      el.value = value;
      await act(async () => {
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    };
    await type('#key-label', 'Éditeur');
    // 33 bytes: base64, but not an Ed25519 public key.
    await type('#key-value', btoa(String.fromCharCode(...Array.from({ length: 33 }, (_, i) => i))));
    await act(async () => buttonByText(root, 'Faire confiance à cette clé').click());
    await flush(5);
    expect(root.querySelector('#key-value-error')!.textContent).toContain('n’est pas une clé publique Ed25519');
    expect(send.mock.calls.some(([name]) => name === 'trustKey')).toBe(false);
    await type('#key-value', btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i))));
    await act(async () => buttonByText(root, 'Faire confiance à cette clé').click());
    await flush(5);
    expect(send.mock.calls.some(([name]) => name === 'trustKey')).toBe(true);
  });

  it('lists the first 50 errors of a very broken file and counts the rest', async () => {
    handlers.previewImport = (): ImportPreview => ({
      ok: false,
      errors: Array.from({ length: 60 }, (_, i) => ({ path: `/patterns/${i}/kind`, line: i + 2, column: 5, message: 'Bad kind.' })),
    });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['[]'], 'broken.json')]);
    expect(root.querySelectorAll('.import-errors li')).toHaveLength(50);
    expect(root.querySelector('.import-errors')!.textContent).toContain('…and 10 more problems.');
  });

  it('a preview says whose signature checked out (the shipped key by its name in the interface language); a refusal of the whole file asks for no fixes', async () => {
    handlers.previewImport = (): ImportPreview => ({
      ok: true,
      errors: [],
      packId: 'org.example.pack',
      name: 'Example pack',
      version: '2.0.0',
      replacesVersion: null,
      patternsAdded: 1,
      patternsRemoved: 0,
      patternsChanged: 0,
      contexts: 1,
      warnings: [],
      signedBy: { id: '93c4813012d93a87', label: 'Firebreak default pack publisher', builtIn: true },
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-signature')!, [new File(['c2lnbmF0dXJl\n'], 'pack.json.sig')]);
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'pack.json')]);
    expect(root.querySelector('.import-preview')!.textContent).toContain('La signature pack.json.sig est valide\u00a0: signée par «\u00a0Éditeur du pack par défaut de Firebreak\u00a0»');

    handlers.previewImport = (): ImportPreview => ({
      ok: false,
      errors: [{ path: '', message: 'La signature ne correspond pas à ce fichier. Rien n’a été modifié.', lang: 'fr' }],
    });
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{ }'], 'autre.json')]);
    const box = root.querySelector('.import-errors')!;
    expect(box.textContent).toContain('La signature ne correspond pas à ce fichier. Rien n’a été modifié.');
    expect(box.textContent).not.toMatch(/Corrigez les endroits/);
  });

  it('an older version than the installed one is refused as such: both versions named, no place to fix, no bare path', async () => {
    // The background's answer (lib/background/packs-service.ts): in its language, with a code and both versions.
    handlers.previewImport = (): ImportPreview => ({
      ok: false,
      errors: [{ path: '', message: t('en', 'import_err_older', { got: '1.2.3', have: '1.3.0' }), lang: 'en', code: 'older_version', params: { got: '1.2.3', have: '1.3.0' } }],
      packId: 'org.example.pack',
      name: 'Example pack',
      version: '1.2.3',
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'ancien.json')]);
    const box = root.querySelector('.import-errors')!;
    const message = box.querySelector('.error-message')!;
    // Worded in the interface language (not the background's English), and said as what it is: not a mistake to fix.
    expect(message.textContent).toBe(t('fr', 'import_err_older', { got: '1.2.3', have: '1.3.0' }));
    expect(message.getAttribute('lang')).toBeNull();
    expect(message.textContent).toMatch(/La version 1\.3\.0 de ce pack est déjà installée.*plus récente.*\(1\.2\.3\)/);
    expect(box.textContent).not.toContain(t('fr', 'opt_import_nothing_changed'));
    expect(box.querySelector('.error-where'), 'no path, no "(whole file)"').toBeNull();
    expect(box.textContent).not.toContain('/version');
  });

  it('a file that is not JSON: the place and the common mistake in the interface language, the parser\'s words apart', async () => {
    const r = parsePack('{\n  "schemaVersion": 1,\n  "id": "x",\n');
    if (r.ok) throw new Error('the validator accepted a broken pack');
    handlers.previewImport = (): ImportPreview => ({ ok: false, errors: r.errors });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'ar' } });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{'], 'broken.json')]);
    const item = root.querySelector('.import-errors li')!;
    expect(item.querySelector('.error-where')!.textContent).toBe(t('ar', 'opt_import_line_col', { line: 4, column: 1 }));
    expect(item.querySelector('.error-message')!.textContent).toBe(`${t('ar', 'opt_import_err_json')} ${t('ar', 'opt_import_json_end_of_file')}`);
    expect(item.querySelector('.error-message')!.textContent).not.toMatch(/[a-z]{3}/);
    const detail = item.querySelector('.error-detail')!;
    expect(detail.textContent).toBe('expected a property name in double quotes, found the end of the file');
    expect([detail.getAttribute('lang'), detail.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });

  it('previews what changes, then imports on Confirm with the signature', async () => {
    handlers.previewImport = (): ImportPreview => ({
      ok: true,
      errors: [],
      packId: 'org.example.pack',
      name: 'Example pack',
      version: '2.0.0',
      replacesVersion: '1.0.0',
      patternsAdded: 12,
      patternsRemoved: 3,
      patternsChanged: 5,
      contexts: 4,
      warnings: ['Pattern p9 has no context entry.'],
    });
    handlers.importPack = (): ImportPreview => ({ ok: true, errors: [], name: 'Example pack', version: '2.0.0' });
    const root = await mountOptions('packs');
    const text = '{"schema": 1, "id": "org.example.pack"}';
    const sigInput = root.querySelector<HTMLInputElement>('#import-signature')!;
    await chooseFiles(sigInput, [new File(['c2lnbmF0dXJl\n'], 'pack.json.sig')]);
    expect(root.querySelector('.chip')!.textContent).toContain('pack.json.sig');

    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File([text], 'pack.json')]);
    // The preview already checks the signature, as the import will.
    expect(send).toHaveBeenCalledWith('previewImport', { text, signature: 'c2lnbmF0dXJl' });
    const preview = root.querySelector('.import-preview')!;
    expect(preview).not.toBeNull();
    expect(preview.textContent).toContain('Example pack');
    expect(preview.textContent).toContain('Replaces installed version 1.0.0.');
    const stats = [...preview.querySelectorAll('.stat')].map((s) => s.textContent);
    expect(stats).toEqual(['Patterns added12', 'Patterns removed3', 'Patterns changed5', 'Context entries4']);
    expect(preview.textContent).toContain('Pattern p9 has no context entry.');
    expect(preview.textContent).toContain('The signature pack.json.sig will be checked.');
    expect(send.mock.calls.some(([name]) => name === 'importPack')).toBe(false);

    const listCalls = send.mock.calls.filter(([name]) => name === 'listPacks').length;
    await act(async () => {
      buttonByText(root, 'Confirm import').click();
    });
    await flush(10);
    expect(send).toHaveBeenCalledWith('importPack', { text, signature: 'c2lnbmF0dXJl', source: 'pack.json' });
    expect(root.querySelector('.import-preview')).toBeNull();
    expect(send.mock.calls.filter(([name]) => name === 'listPacks').length).toBe(listCalls + 1);
    expect(root.querySelector('[data-testid="live-polite"]')!.textContent).toBe('Example pack 2.0.0 imported.');
    // Seen in the import card itself, in the page's flow (a status bar over the page covered the next field).
    const importCard = root.querySelector('#packs-import')!.closest('section.card')!;
    expect(importCard.querySelector('.card-status .status-text')!.textContent).toBe('Example pack 2.0.0 imported.');
    expect(root.querySelector<HTMLElement>('.status-bar')!.hidden).toBe(true);
    expect(root.querySelector('.status-bar')!.textContent).toBe('');
    // Dismissed: gone, focus on the card's heading.
    await act(async () => {
      importCard.querySelector<HTMLButtonElement>('.card-status button')!.click();
    });
    expect(importCard.querySelector('.card-status')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('#packs-import'));
  });

  it('"… imported" goes when the next file is chosen: that file\'s outcome is shown instead', async () => {
    handlers.previewImport = (): ImportPreview => ({ ok: true, errors: [], name: 'P', version: '1.0.0', replacesVersion: null, patternsAdded: 1 });
    handlers.importPack = (): ImportPreview => ({ ok: true, errors: [], name: 'P', version: '1.0.0' });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'p.json')]);
    await act(async () => {
      buttonByText(root, 'Confirm import').click();
    });
    await flush(10);
    const importCard = root.querySelector('#packs-import')!.closest('section.card')!;
    expect(importCard.querySelector('.card-status')).not.toBeNull();
    handlers.previewImport = (): ImportPreview => ({ ok: false, errors: [{ path: '', message: 'x', code: 'older_version', params: { got: '0.9.0', have: '1.0.0' } }] });
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'old.json')]);
    expect(importCard.querySelector('.import-errors')).not.toBeNull();
    expect(importCard.querySelector('.card-status')).toBeNull();
  });

  it('a status said outside any card shows in the status bar; one said in a card stays there until another section', async () => {
    handlers.previewImport = (): ImportPreview => ({ ok: true, errors: [], name: 'P', version: '1.0.0', replacesVersion: null, patternsAdded: 1 });
    handlers.importPack = (): ImportPreview => ({ ok: true, errors: [], name: 'P', version: '1.0.0' });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'p.json')]);
    // Started from the subscription card with the pointer (a click that does not focus, as in Safari): told there.
    const subCard = root.querySelector('#packs-subscribe')!.closest('section.card')!;
    subCard.querySelector('input')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    (document.activeElement as HTMLElement | null)?.blur();
    await act(async () => {
      buttonByText(root, 'Confirm import').click();
    });
    await flush(10);
    // The import moved focus to its own card's heading: that card tells it.
    expect(root.querySelector('#packs-import')!.closest('section.card')!.querySelector('.card-status')).not.toBeNull();
    expect(subCard.querySelector('.card-status')).toBeNull();
    // Another section: the message belonged to the one left.
    await act(async () => {
      root.querySelector<HTMLButtonElement>('#tab-settings')!.click();
    });
    await flush(5);
    await act(async () => {
      root.querySelector<HTMLButtonElement>('#tab-packs')!.click();
    });
    await flush(5);
    expect(root.querySelector('.card-status')).toBeNull();
  });

  /** Opens the packs section and presses "Update now" on a pack whose server answers when `finish` is called. */
  async function startSlowUpdate() {
    let finish: (v: unknown) => void = () => {};
    handlers.updatePack = () => new Promise((resolve) => (finish = resolve));
    const root = await mountOptions('packs');
    const installed = root.querySelector('#packs-installed')!.closest('section.card')!;
    await act(async () => {
      installed.querySelector<HTMLButtonElement>('button[aria-label="Update Example pack now"]')!.click();
    });
    return { root, installed, finish: (v: unknown) => finish(v) };
  }

  it('a slow update is told in the card it was started from, though the user went on to another card meanwhile', async () => {
    const { root, installed, finish } = await startSlowUpdate();
    const subCard = root.querySelector('#packs-subscribe')!.closest('section.card')!;
    // While the pack's server answers, the user moves on: into the subscription card's address field (by keyboard,
    // then a click into the field, which starts nothing).
    const field = subCard.querySelector('input')!;
    field.focus();
    field.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    field.click();
    expect(document.activeElement).toBe(field);
    // Typing there, then leaving the field (its change event), starts nothing either.
    field.value = 'https://example.org/draft.json';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await act(async () => {
      finish({ ok: true, updated: true, version: '2.0.0' });
    });
    await flush(10);
    expect(installed.querySelector('.card-status .status-text')?.textContent).toBe('Example pack updated to version 2.0.0.');
    expect(subCard.querySelector('.card-status')).toBeNull();
    // The next action, in the subscription card, is told there.
    handlers.addSubscription = () => ({ ...subscribed, id: 'org.example.other', name: 'Other pack' });
    await act(async () => {
      field.value = 'https://example.org/other.json';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      buttonByText(subCard as HTMLElement, t('en', 'opt_sub_submit')).click();
    });
    await flush(10);
    expect(subCard.querySelector('.card-status .status-text')?.textContent).toBe(t('en', 'opt_sub_added', { name: 'Other pack' }));
    expect(installed.querySelector('.card-status')).toBeNull();
  });

  it('a slow update that ends after the user switched sections by the arrow keys is told in the status bar, not in the hidden card', async () => {
    const { root, installed, finish } = await startSlowUpdate();
    const tab = root.querySelector<HTMLButtonElement>('#tab-packs')!;
    tab.focus();
    await act(async () => {
      tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await flush(5);
    expect(installed.closest('[hidden]')).not.toBeNull();
    await act(async () => {
      finish({ ok: true, updated: true, version: '2.0.0' });
    });
    await flush(10);
    const bar = root.querySelector<HTMLElement>('.status-bar')!;
    expect(bar.hidden).toBe(false);
    expect(bar.textContent).toContain('Example pack updated to version 2.0.0.');
  });

  it('an update preview names the patterns it adds, changes and removes: the first ten, then how many more; a zero is not coloured', async () => {
    const refs = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}`, name: `${prefix} phrase ${i + 1}` }));
    handlers.previewImport = (): ImportPreview => ({
      ok: true,
      errors: [],
      packId: 'org.example.pack',
      name: 'Example pack',
      version: '2.0.0',
      replacesVersion: '1.0.0',
      patternsAdded: 12,
      patternsRemoved: 0,
      patternsChanged: 1,
      patternNames: { added: refs('new', 10), removed: [], changed: [{ id: 'c-1', name: '<img src=x onerror=alert(1)> مرحبا' }] },
      contexts: 4,
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'pack.json')]);
    const preview = root.querySelector('.import-preview')!;
    const groups = [...preview.querySelectorAll('.change-group')];
    expect(groups.map((g) => g.querySelector('dt')!.textContent)).toEqual([t('fr', 'opt_import_names_added'), t('fr', 'opt_import_names_changed')]);
    const added = groups[0]!;
    expect([...added.querySelectorAll('li')].map((li) => li.textContent)).toEqual(refs('new', 10).map((r) => r.name));
    expect(added.querySelector('.change-more')!.textContent!.trim()).toBe(t('fr', 'opt_import_names_more', { count: '2' }));
    // The pack's own words: text, isolated in their own direction, never markup.
    const changed = groups[1]!.querySelector('li bdi')!;
    expect(changed.getAttribute('dir')).toBe('auto');
    expect(changed.textContent).toBe('<img src=x onerror=alert(1)> مرحبا');
    expect(preview.querySelector('img')).toBeNull();
    expect(groups[1]!.querySelector('.change-more')).toBeNull();
    // No "removed" list, and its 0 is not red.
    expect(preview.querySelector('.change-removed')).toBeNull();
    expect(preview.querySelector('.stat-removed')!.classList.contains('stat-zero')).toBe(true);
    expect(preview.querySelector('.stat-added')!.classList.contains('stat-zero')).toBe(false);
  });

  it('Cancel on the preview imports nothing', async () => {
    handlers.previewImport = (): ImportPreview => ({ ok: true, errors: [], name: 'P', version: '1', replacesVersion: null });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'p.json')]);
    expect(root.textContent).toContain('New pack, not installed yet.');
    await act(async () => {
      buttonByText(root.querySelector('.import-preview')!, 'Cancel').click();
    });
    expect(root.querySelector('.import-preview')).toBeNull();
    expect(send.mock.calls.some(([name]) => name === 'importPack')).toBe(false);
  });

  it('accepts a dropped pack file', async () => {
    handlers.previewImport = (): ImportPreview => ({ ok: true, errors: [], name: 'Dropped', version: '1' });
    const root = await mountOptions('packs');
    const zone = root.querySelector('.dropzone')!;
    const ev = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(ev, 'dataTransfer', { value: { files: [new File(['{"a":1}'], 'drop.json')] } });
    await act(async () => {
      zone.dispatchEvent(ev);
    });
    await flush(20);
    await flush(20);
    expect(send).toHaveBeenCalledWith('previewImport', { text: '{"a":1}', signature: null });
    expect(root.querySelector('.import-preview')!.textContent).toContain('Dropped');
  });

  it('refuses a non-HTTPS subscription address in the form', async () => {
    handlers.addSubscription = () => subscribed;
    const root = await mountOptions('packs');
    const input = root.querySelector<HTMLInputElement>('#sub-url')!;
    input.value = 'http://example.org/pack.json';
    await act(async () => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('#sub-url-error')!.textContent).toContain('https://');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(send.mock.calls.some(([name]) => name === 'addSubscription')).toBe(false);

    input.value = 'https://example.org/pack.json';
    await act(async () => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush(10);
    expect(send).toHaveBeenCalledWith('addSubscription', 'https://example.org/pack.json');
  });

  it('removes a pack only after confirmation', async () => {
    handlers.removePack = () => undefined;
    const root = await mountOptions('packs');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Remove Example pack"]')!.click();
    });
    expect(send.mock.calls.some(([name]) => name === 'removePack')).toBe(false);
    const confirm = root.querySelector('.confirm')!;
    expect(confirm.textContent).toContain('Remove Example pack and its patterns?');
    await act(async () => {
      buttonByText(confirm, 'Remove').click();
    });
    await flush(10);
    expect(send).toHaveBeenCalledWith('removePack', 'org.example.pack');
  });
});

describe('options: packs, names with markup are one plain text everywhere', () => {
  const NAME = `<img src=x onerror="document.title='PWNED'"><b>Bold</b> pack`;
  const marked: PackSummary = {
    ...subscribed,
    id: 'org.example.markup',
    name: NAME,
    publisher: '<svg onload=alert(1)>pub',
    subscription: null,
  };

  it('the row, its controls’ names and the messages say “Bold pack”; the publisher keeps its text', async () => {
    let enabled = true;
    handlers.listPacks = () => [defaultPack, { ...marked, enabled }];
    handlers.setPackEnabled = (d: unknown) => {
      enabled = (d as { enabled: boolean }).enabled;
    };
    handlers.exportPack = () => '{}';
    const root = await mountOptions('packs');
    const row = root.querySelector('tr[data-pack-id="org.example.markup"]')!;
    expect(row.querySelector('.pack-name')!.textContent).toBe('Bold pack');
    expect(row.querySelector('.pack-name b, .pack-name img')).toBeNull();
    expect(row.querySelector('.pack-publisher')!.textContent).toBe('pub');
    const labels = [...row.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
    expect(labels).toEqual(
      expect.arrayContaining([
        t('en', 'opt_pack_enable_label', { name: 'Bold pack' }),
        t('en', 'opt_pack_export_label', { name: 'Bold pack' }),
        t('en', 'opt_pack_remove_label', { name: 'Bold pack' }),
      ]),
    );
    for (const l of labels) expect(l).not.toMatch(/[<>]/);

    await act(async () => {
      row.querySelector<HTMLInputElement>('input[role="switch"]')!.click();
    });
    await flush(10);
    expect(root.querySelector('[data-testid="live-polite"]')!.textContent).toBe(t('en', 'opt_pack_disabled_msg', { name: 'Bold pack' }));
    expect(root.querySelector('.status-text')!.textContent).toBe(t('en', 'opt_pack_disabled_msg', { name: 'Bold pack' }));

    await act(async () => {
      row.querySelector<HTMLButtonElement>(`button[aria-label="${t('en', 'opt_pack_remove_label', { name: 'Bold pack' })}"]`)!.click();
    });
    expect(root.querySelector('.confirm')!.getAttribute('aria-label')).toBe(t('en', 'opt_pack_remove_question', { name: 'Bold pack' }));
  });

  it('the import preview and the “imported” message name it the same way', async () => {
    handlers.previewImport = (): ImportPreview => ({ ok: true, errors: [], packId: 'org.example.markup', name: NAME, version: '1.0.0', replacesVersion: null });
    handlers.importPack = (): ImportPreview => ({ ok: true, errors: [], packId: 'org.example.markup', name: NAME, version: '1.0.0' });
    const root = await mountOptions('packs');
    await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File(['{}'], 'markup.json')]);
    expect(root.querySelector('.import-preview .preview-name')!.textContent).toBe('Bold pack');
    await act(async () => {
      buttonByText(root, 'Confirm import').click();
    });
    await flush(10);
    expect(root.querySelector('[data-testid="live-polite"]')!.textContent).toBe('Bold pack 1.0.0 imported.');
  });
});

describe('options: packs, the built-in pack in the interface language', () => {
  const shipped: PackSummary = {
    ...defaultPack,
    id: 'org.firebreak.default',
    description: 'Known phrases of the February 2016 "Flames of the Supporters" threat campaign…',
  };

  for (const lang of ['fr', 'ar'] as const) {
    it(`${lang}: its name, description and publisher, in the row and its controls`, async () => {
      handlers.listPacks = () => [shipped, subscribed];
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: lang } });
      const root = await mountOptions('packs');
      const row = root.querySelector('tr[data-pack-id="org.firebreak.default"]')!;
      const name = t(lang, 'opt_pack_default_name');
      expect(name).not.toBe('Firebreak default pack');
      expect(row.querySelector('.pack-name')!.textContent).toBe(name);
      expect(row.querySelector('.pack-desc')!.textContent).toBe(t(lang, 'opt_pack_default_desc'));
      expect(row.querySelector('.pack-publisher')!.textContent).toBe(t(lang, 'extName'));
      expect(row.textContent).not.toMatch(/Known phrases|default pack/);
      expect(row.querySelector('input[role="switch"]')!.getAttribute('aria-label')).toBe(t(lang, 'opt_pack_enable_label', { name }));
      // Another pack keeps its own words.
      expect(root.querySelector('tr[data-pack-id="org.example.pack"] .pack-name')!.textContent).toBe('Example pack');
    });
  }

  it('en: the pack’s own name and description', async () => {
    handlers.listPacks = () => [shipped];
    const root = await mountOptions('packs');
    const row = root.querySelector('tr[data-pack-id="org.firebreak.default"]')!;
    expect(row.querySelector('.pack-name')!.textContent).toBe('Firebreak default pack');
    expect(row.querySelector('.pack-desc')!.textContent).toBe(shipped.description);
  });
});

describe('options: packs, keyboard', () => {
  it('Esc answers Cancel to “Remove … and its patterns?”; focus goes back to Remove and nothing is removed', async () => {
    handlers.removePack = () => undefined;
    const root = await mountOptions('packs');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Remove Example pack"]')!.click();
    });
    expect(root.querySelector('.confirm')).not.toBeNull();
    expect(document.activeElement!.textContent).toBe('Cancel');
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    await flush(5);
    expect(root.querySelector('.confirm')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('button[aria-label="Remove Example pack"]'));
    expect(send.mock.calls.some(([name]) => name === 'removePack')).toBe(false);
  });

  it('the narrow layout keeps the table’s roles and gives each fact its column’s name', async () => {
    const root = await mountOptions('packs');
    const table = root.querySelector('.packs-wrap table')!;
    expect(table.getAttribute('role')).toBe('table');
    const row = root.querySelector('tr[data-pack-id="org.example.pack"]')!;
    expect(row.getAttribute('role')).toBe('row');
    expect(row.querySelector('th')!.getAttribute('role')).toBe('rowheader');
    const labelled = [...row.querySelectorAll('td[data-label]')].map((td) => td.getAttribute('data-label'));
    expect(labelled).toEqual(['Publisher', 'Version', 'Patterns', 'Last update', 'On']);
    // Only generated content carries the labels: the cells' text is the facts alone.
    expect(row.querySelector('.pack-publisher')!.textContent).toBe('Example org');
  });
});

describe('options: packs, a refused key in the interface language', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`${lang}: a "__proto__" key is named with its place, not in English alone`, async () => {
      const text = '{\n  "schemaVersion": 1,\n  "id": "org.example.proto",\n  "__proto__": { "polluted": true }\n}';
      const r = parsePack(text);
      if (r.ok) throw new Error('accepted');
      handlers.previewImport = (): ImportPreview => ({ ok: false, errors: r.errors });
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: lang } });
      const root = await mountOptions('packs');
      await chooseFiles(root.querySelector<HTMLInputElement>('#import-file')!, [new File([text], 'proto.json')]);
      const item = root.querySelector('.import-errors li')!;
      const message = item.querySelector('.error-message')!;
      const where = t(lang, 'opt_import_where_field', { where: t(lang, 'opt_import_place_pack'), field: '__proto__' });
      expect(message.textContent).toBe(t(lang, 'opt_import_p_forbidden_key', { where }));
      expect(message.getAttribute('lang'), 'in the interface language').toBeNull();
      expect(message.textContent).not.toContain('are refused');
      expect(item.querySelector('code')!.textContent).toBe('/__proto__');
    });
  }
});
