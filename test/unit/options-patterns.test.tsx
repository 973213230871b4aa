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
import { COMMON_WARNING_DELAY_MS } from '../../components/options/PatternsSection';
import { SETTINGS_KEY } from '../../lib/settings';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/types';

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
        // As the background does: a rule saved with its words unchanged stays a rule.
        if (saved.find((s) => s.id === p.id)?.text === p.text && saved.find((s) => s.id === p.id)?.rule) p.rule = true;
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

  it('warns, without refusing, of a phrase made only of everyday words ("de la", "الله"), and says nothing of a real one', async () => {
    const root = await mountOptions('patterns');
    const input = root.querySelector<HTMLInputElement>('#pat-text')!;
    const region = root.querySelector('#pat-text-common')!;
    expect(region.getAttribute('role')).toBe('status');
    // Not while typing on ("the" on the way to "the caliphate"): once typing pauses.
    await type(input, 'the');
    await type(input, 'the caliphate');
    await flush(COMMON_WARNING_DELAY_MS + 50);
    expect(region.textContent).toBe('');
    await type(input, 'de la');
    expect(region.textContent).toBe('');
    await flush(COMMON_WARNING_DELAY_MS + 50);
    expect(region.textContent).toBe(t('en', 'opt_pat_common_warning'));
    expect(input.getAttribute('aria-describedby')!.split(' ')).toContain('pat-text-common');
    await type(input, 'الله');
    await flush(COMMON_WARNING_DELAY_MS + 50);
    expect(region.textContent).toBe(t('en', 'opt_pat_common_warning'));
    // Saved all the same, when the user wants it.
    await act(async () => {
      root.querySelector<HTMLFormElement>('#pattern-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush(10);
    expect(send.mock.calls.some(([n, d]) => n === 'saveCustomPattern' && (d as CustomPatternInput).text === 'الله')).toBe(true);
    await type(input, 'nous en prendrons dix');
    expect(region.textContent).toBe('');
    expect(input.getAttribute('aria-describedby')).toBe('pat-text-hint');
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

async function submit(root: HTMLElement) {
  await act(async () => {
    root.querySelector<HTMLFormElement>('#pattern-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush(10);
}

async function key(el: Element, k: string) {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
  await flush(5);
}

const saves = () => send.mock.calls.filter(([n]) => n === 'saveCustomPattern');

describe('options: my patterns, entries a file brought and other tabs', () => {
  const submit = async (root: ParentNode) =>
    act(async () => {
      root.querySelector<HTMLFormElement>('#pattern-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  const editButton = (root: ParentNode, text: string) =>
    root.querySelector<HTMLButtonElement>(`button[aria-label="${t('en', 'opt_pat_edit_label', { text })}"]`)!;

  it('editing a rule from a file says what keeps it, and saves it with its words unchecked as a phrase', async () => {
    // Its terms in a row are longer than a phrase may be: as a phrase the form would refuse them.
    const long = `caravan ${'tonight '.repeat(30).trim()}`;
    saved = [{ id: 'r1', text: long, lang: 'en', category: 'custom', severity: 'low', rule: true }];
    const root = await mountOptions('patterns');
    await act(async () => editButton(root, long).click());
    await flush(5);
    const input = root.querySelector<HTMLInputElement>('#pat-text')!;
    expect(root.querySelector('#pat-text-rule')!.textContent).toBe(t('en', 'opt_pat_rule_hint'));
    expect(input.getAttribute('aria-describedby')).toContain('pat-text-rule');
    await type(root.querySelector<HTMLTextAreaElement>('#pat-note')!, 'raised');
    await submit(root);
    await flush(10);
    expect(send).toHaveBeenCalledWith('saveCustomPattern', expect.objectContaining({ id: 'r1', text: long, note: 'raised' }));
    expect(root.querySelector('#pat-text-error')).toBeNull();
    // An ordinary phrase shows no such note.
    await act(async () => editButton(root, long).click());
    await flush(5);
    expect(root.querySelector('#pat-text-rule')).not.toBeNull();
    saved = [{ id: 'c1', text: 'remaining and expanding', lang: 'en', category: 'slogan', severity: 'high' }];
    unmountOptions();
    const again = await mountOptions('patterns');
    await act(async () => editButton(again, 'remaining and expanding').click());
    await flush(5);
    expect(again.querySelector('#pat-text-rule')).toBeNull();
  });

  it('the tester matches a rule from a file by its terms, spellings and exclusions, as the pages do', async () => {
    const pattern = {
      id: 'r1',
      name: 'Caravan tonight',
      kind: 'all' as const,
      terms: ['caravan', 'tonight'],
      within: 6,
      variants: { caravan: ['convoy'] },
      unless: ['desert tour'],
      lang: 'en' as const,
      category: 'custom' as const,
      severity: 'low' as const,
      source: { publisher: 'You (this browser)', url: 'https://firebreak.invalid/my-patterns' },
    };
    saved = [{ id: 'r1', text: 'caravan tonight', lang: 'en', category: 'custom', severity: 'low', rule: true, pattern }];
    const root = await mountOptions('patterns');
    const tester = root.querySelector<HTMLTextAreaElement>('#tester-input')!;
    const marked = async (text: string) => {
      await type(tester, text);
      await flush(TESTER_DEBOUNCE_MS + 50);
      return [...root.querySelectorAll('[data-testid="tester-preview"] mark')].map((m) => m.textContent);
    };
    // Not its words in a row: "convoy" stands for "caravan", and the two need not touch.
    expect(await marked('the convoy leaves at dusk tonight')).toEqual(['convoy', 'tonight']);
    expect(await marked('our desert tour caravan leaves tonight')).toEqual([]);
    // Open in the form with its words unchanged, it is still tested as the rule it will be saved as.
    await act(async () => editButton(root, 'caravan tonight').click());
    await flush(TESTER_DEBOUNCE_MS + 50);
    expect(await marked('the convoy leaves at dusk tonight')).toEqual(['convoy', 'tonight']);
  });

  it('coming back from another tab reads the list again; a phrase being edited that was removed there becomes a new one', async () => {
    const root = await mountOptions('patterns');
    await act(async () => editButton(root, 'remaining and expanding').click());
    await flush(5);
    expect(root.querySelector('#pattern-form-title')!.textContent).toBe(t('en', 'opt_pat_form_edit'));
    // Another tab removed it and added another phrase.
    saved = [{ id: 'c9', text: 'flames of the supporters', lang: 'en', category: 'campaign-title', severity: 'medium' }];
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    await flush(10);
    expect([...root.querySelectorAll('table.table tbody th')].map((th) => th.textContent)).toEqual(['flames of the supporters']);
    expect(root.querySelector('#pattern-form-title')!.textContent).toBe(t('en', 'opt_pat_form_add'));
    expect(root.querySelector<HTMLInputElement>('#pat-text')!.value).toBe('remaining and expanding');
    expect(document.body.textContent).toContain(t('en', 'opt_pat_gone_elsewhere'));
  });
});

describe('options: my patterns, mistakes said next to the field in the interface language', () => {
  async function mountIn(lang: Lang) {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: lang } });
    return mountOptions('patterns');
  }

  /** The field's error, checked to be tied to the field, and the page's live regions checked to be silent. */
  function fieldError(root: HTMLElement): string {
    const input = root.querySelector<HTMLInputElement>('#pat-text')!;
    const error = root.querySelector('#pat-text-error')!;
    expect(error, 'an inline error').not.toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).toContain('pat-text-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(root.querySelector('[data-testid="live-assertive"]')!.textContent, 'no toast').toBe('');
    return error.textContent!;
  }

  for (const lang of ['fr', 'ar'] as const) {
    it(`${lang}: punctuation only, a bidi control character, an over-long phrase: translated, inline, nothing sent`, async () => {
      const root = await mountIn(lang);
      const input = root.querySelector<HTMLInputElement>('#pat-text')!;
      const num = (n: number) => new Intl.NumberFormat(lang).format(n);

      await type(input, '!!');
      await submit(root);
      expect(fieldError(root)).toBe(t(lang, 'opt_pat_text_few_letters'));
      expect(document.activeElement).toBe(input);

      await type(input, 'abc\u202Edef');
      expect(root.querySelector('#pat-text-error'), 'typing clears the error').toBeNull();
      expect(input.hasAttribute('aria-invalid')).toBe(false);
      await submit(root);
      expect(fieldError(root)).toBe(t(lang, 'opt_pat_text_bidi', { code: 'U+202E', position: num(4) }));

      // The field takes no more than the real limit; a longer value (set by a script, say) is refused all the same.
      expect(input.maxLength).toBe(200);
      await type(input, 'ab '.repeat(84));
      await submit(root);
      expect(fieldError(root)).toBe(t(lang, 'opt_pat_text_too_long', { max: num(200) }));

      await type(input, 'aaa');
      await submit(root);
      expect(fieldError(root)).toBe(t(lang, 'opt_pat_text_folds_short'));

      expect(saves()).toEqual([]);
      expect(root.querySelector('#pat-text-error')!.textContent).not.toMatch(/expected|The phrase/);
    });
  }

  it('a phrase that differs from a saved one only by case and accents is a duplicate', async () => {
    saved = [{ id: 'c1', text: 'café en terrasse', lang: 'fr', category: 'custom', severity: 'medium' }];
    const root = await mountIn('en');
    await type(root.querySelector<HTMLInputElement>('#pat-text')!, 'CAFE EN  TERRASSE');
    await submit(root);
    expect(fieldError(root)).toBe('You already have this phrase.');
    expect(saves()).toEqual([]);
    // Editing that phrase itself (same id) is not a duplicate of itself.
    const edit = root.querySelector<HTMLButtonElement>(`button[aria-label="${t('en', 'opt_pat_edit_label', { text: 'café en terrasse' })}"]`)!;
    await act(async () => edit.click());
    await flush(5);
    await type(root.querySelector<HTMLInputElement>('#pat-text')!, 'Café en terrasse');
    await submit(root);
    expect(saves()).toHaveLength(1);
  });
});

describe('options: my patterns, Esc', () => {
  it('Esc in edit mode cancels editing and gives focus back to the row’s Edit button', async () => {
    const root = await mountOptions('patterns');
    const edit = root.querySelector<HTMLButtonElement>(`button[aria-label="${t('en', 'opt_pat_edit_label', { text: 'remaining and expanding' })}"]`)!;
    await act(async () => edit.click());
    await flush(5);
    const input = root.querySelector<HTMLInputElement>('#pat-text')!;
    expect(input.value).toBe('remaining and expanding');
    expect(root.querySelector('#pattern-form-title')!.textContent).toBe(t('en', 'opt_pat_form_edit'));
    await type(input, 'remaining and expanding, changed');
    await key(input, 'Escape');
    expect(root.querySelector('#pattern-form-title')!.textContent).toBe(t('en', 'opt_pat_form_add'));
    expect(input.value).toBe('');
    expect(root.querySelector('tr.row-editing')).toBeNull();
    expect(document.activeElement).toBe(edit);
    expect(saves()).toEqual([]);
  });

  it('Esc while adding a new phrase leaves what was typed', async () => {
    const root = await mountOptions('patterns');
    const input = root.querySelector<HTMLInputElement>('#pat-text')!;
    await type(input, 'a new phrase');
    await key(input, 'Escape');
    expect(input.value).toBe('a new phrase');
  });

  it('Esc answers Cancel to "Remove this phrase?", and focus goes back to Remove', async () => {
    const root = await mountOptions('patterns');
    const remove = root.querySelector<HTMLButtonElement>(`button[aria-label="${t('en', 'opt_pat_remove_label', { text: 'remaining and expanding' })}"]`)!;
    await act(async () => remove.click());
    await flush(5);
    const confirm = root.querySelector('.confirm')!;
    expect(confirm.textContent).toContain(t('en', 'opt_pat_remove_question'));
    expect(document.activeElement!.textContent).toBe('Cancel');
    await key(document.activeElement!, 'Escape');
    expect(root.querySelector('.confirm')).toBeNull();
    const again = root.querySelector<HTMLButtonElement>(`button[aria-label="${t('en', 'opt_pat_remove_label', { text: 'remaining and expanding' })}"]`)!;
    expect(document.activeElement).toBe(again);
    expect(send.mock.calls.some(([n]) => n === 'removeCustomPattern')).toBe(false);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
