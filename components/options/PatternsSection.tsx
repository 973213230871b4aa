// My patterns: the user's own phrases (add, edit, remove), a live tester, and export as a pack.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage, type CustomPatternInput } from '../../lib/messages';
import { CATEGORIES, SEVERITIES, type Category, type Lang, type Severity } from '../../lib/types';
import { useOptions } from './context';
import { categoryLabel, patternLangLabel, severityLabel } from './labels';
import { PatternTester, type TesterPattern } from './PatternTester';
import { MAX_PHRASE_LENGTH, phraseError, phraseErrorText, type PhraseError } from '../../lib/pack/phrase-check';
import { isCommonPhrase } from '../../lib/pack/common-phrase';

/** How long typing must pause before a phrase of everyday words is warned of. */
export const COMMON_WARNING_DELAY_MS = 600;
import { Card, ConfirmAction, EmptyState, Icon, Spinner, UserText } from './ui';
import { CUSTOM_PACK_ID, dateStamp, downloadText, errorText } from './util';
import { useRefreshOnReturn } from './useRefreshOnReturn';

const PATTERN_LANGS = ['any', 'en', 'fr', 'ar'] as const;

type SavedPattern = CustomPatternInput & { id: string };
interface Draft {
  id?: string;
  text: string;
  lang: Lang | 'any';
  category: Category;
  severity: Severity;
  note: string;
}
const EMPTY_DRAFT: Draft = { text: '', lang: 'any', category: 'custom', severity: 'medium', note: '' };

export function PatternsSection(props: { active: boolean }) {
  const { tr, lang, announce, fmtNum } = useOptions();
  const [patterns, setPatterns] = useState<SavedPattern[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [textError, setTextError] = useState<PhraseError | null>(null);
  const [saving, setSaving] = useState(false);
  const [exporting, setExporting] = useState(false);
  const textRef = useRef<HTMLInputElement>(null);
  // Each row's Edit button, so that leaving edit mode can give focus back to the one that started it.
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const load = useCallback(async () => {
    try {
      setPatterns(await sendMessage('listCustomPatterns'));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorText(err));
    }
  }, []);
  useEffect(() => {
    if (props.active) void load();
  }, [props.active, load]);
  // Another options tab may have added, changed or removed phrases meanwhile.
  useRefreshOnReturn(props.active, load);
  // The phrase being edited was removed in another tab: the form goes on as a new phrase with what it holds.
  useEffect(() => {
    if (!patterns || draft.id === undefined || patterns.some((p) => p.id === draft.id)) return;
    const { id: _id, ...rest } = draft;
    setDraft(rest);
    announce(tr('opt_pat_gone_elsewhere'), 'info');
  }, [patterns]);

  const editing = draft.id !== undefined;
  // The entry being edited, when a file brought it and it is more than a phrase; and whether the form still holds its
  // words as the list shows them (saved so, it keeps its terms, spellings and exclusions).
  const editedRule = editing ? patterns?.find((p) => p.id === draft.id && p.rule) : undefined;
  const keepsRule = editedRule !== undefined && draft.text.trim().replace(/\s+/g, ' ') === editedRule.text;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const save = async (e: Event) => {
    e.preventDefault();
    const text = draft.text.trim().replace(/\s+/g, ' ');
    // The pack format's own rule first, then duplicates as the matcher reads them (the background checks both again).
    const others = (patterns ?? []).filter((p) => p.id !== draft.id).map((p) => p.text);
    // A rule from a file saved with its words unchanged keeps them: they are its terms, not a phrase to check.
    const err = keepsRule ? null : phraseError(text, others, draft.text);
    setTextError(err);
    if (err) {
      textRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const input: CustomPatternInput = {
        ...(draft.id ? { id: draft.id } : {}),
        text,
        lang: draft.lang,
        category: draft.category,
        severity: draft.severity,
        ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      };
      await sendMessage('saveCustomPattern', input);
      announce(tr(editing ? 'opt_pat_updated' : 'opt_pat_added', { text }), 'success');
      setDraft(EMPTY_DRAFT);
      await load();
      textRef.current?.focus();
    } catch (error) {
      announce(tr('opt_action_failed', { message: errorText(error) }), 'error');
    } finally {
      setSaving(false);
    }
  };

  /**
   * Leaves edit mode (Cancel editing, or Esc in the form) or clears the form: focus goes back to the row's Edit
   * button, or to the phrase field, rather than to <body> with the button that was pressed.
   */
  const resetForm = () => {
    const id = draft.id;
    setDraft(EMPTY_DRAFT);
    setTextError(null);
    const back = id !== undefined ? editButtons.current.get(id) : undefined;
    (back?.isConnected ? back : textRef.current)?.focus();
  };

  const startEdit = (p: SavedPattern) => {
    setDraft({ id: p.id, text: p.text, lang: p.lang, category: p.category, severity: p.severity, note: p.note ?? '' });
    setTextError(null);
    document.getElementById('pattern-form')?.scrollIntoView?.({ block: 'nearest' });
    setTimeout(() => textRef.current?.focus(), 0);
  };

  // A phrase of nothing but everyday words ("is", "de la", "الله") would mark a great many posts: said, not refused,
  // once typing pauses (not at each word of a longer phrase: "the" on the way to "the caliphate"), in a status region
  // that stays in the page so that what it says is announced.
  const [common, setCommon] = useState(false);
  useEffect(() => {
    const text = draft.text;
    if (!isCommonPhrase(text) || text.trim().length < 2) {
      setCommon(false);
      return;
    }
    const timer = setTimeout(() => setCommon(true), COMMON_WARNING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft.text]);
  const warnCommon = common && !textError;

  // The tester sees the saved phrases with the one being typed or edited in place of its saved version.
  const testerPatterns = useMemo<TesterPattern[]>(() => {
    const list: TesterPattern[] = (patterns ?? [])
      .filter((p) => p.id !== draft.id)
      .map((p) => ({ id: p.id, text: p.text, category: p.category, severity: p.severity, draft: false, ...(p.pattern ? { pattern: p.pattern } : {}) }));
    const text = draft.text.trim();
    // A rule being edited with its words unchanged is tested as it will be saved: by its terms, not as a phrase.
    if (text.length >= 2)
      list.push({ id: draft.id ?? 'draft', text, category: draft.category, severity: draft.severity, draft: true, ...(keepsRule && editedRule.pattern ? { pattern: editedRule.pattern } : {}) });
    return list;
  }, [patterns, draft, keepsRule, editedRule]);

  const exportPack = async () => {
    setExporting(true);
    try {
      const json = await sendMessage('exportPack', CUSTOM_PACK_ID);
      downloadText(`firebreak-my-patterns-${dateStamp()}.json`, json, 'application/json');
      announce(tr('opt_pat_exported'), 'success');
    } catch (err) {
      announce(tr('opt_action_failed', { message: errorText(err) }), 'error');
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <div class="panel-intro">
        <h2>{tr('opt_pat_heading')}</h2>
        <p>{tr('opt_pat_intro')}</p>
      </div>
      <Card id="pattern-form-title" title={editing ? tr('opt_pat_form_edit') : tr('opt_pat_form_add')}>
        <form
          id="pattern-form"
          class="pattern-form"
          noValidate
          onSubmit={save}
          onKeyDown={(e) => {
            // Esc cancels editing, as the Cancel editing button does (a new phrase being typed is left as it is).
            if (e.key !== 'Escape' || !editing || e.defaultPrevented) return;
            e.preventDefault();
            resetForm();
          }}
        >
          <div class="field field-wide">
            <label for="pat-text">{tr('opt_pat_text')}</label>
            <input
              id="pat-text"
              ref={textRef}
              type="text"
              dir="auto"
              maxLength={MAX_PHRASE_LENGTH}
              value={draft.text}
              aria-invalid={textError ? true : undefined}
              aria-describedby={[textError ? 'pat-text-error' : '', 'pat-text-hint', editedRule ? 'pat-text-rule' : '', warnCommon ? 'pat-text-common' : ''].filter(Boolean).join(' ')}
              onInput={(e) => {
                set('text', e.currentTarget.value);
                if (textError) setTextError(null);
              }}
            />
            <p class="hint" id="pat-text-hint">
              {tr('opt_pat_text_hint')}
            </p>
            {editedRule ? (
              <p class="note" id="pat-text-rule">
                {tr('opt_pat_rule_hint')}
              </p>
            ) : null}
            <div id="pat-text-common" role="status">
              {warnCommon ? <p class="note note-warning">{tr('opt_pat_common_warning')}</p> : null}
            </div>
            {textError
              ? (() => {
                  const { message, detail } = phraseErrorText(textError, tr, fmtNum);
                  return (
                    <p class="field-error" id="pat-text-error" role="alert">
                      {message}
                      {detail ? (
                        <>
                          {' '}
                          <span class="error-detail" dir="ltr" lang="en">
                            {detail}
                          </span>
                        </>
                      ) : null}
                    </p>
                  );
                })()
              : null}
          </div>
          <div class="field">
            <label for="pat-lang">{tr('opt_pat_lang')}</label>
            <select id="pat-lang" value={draft.lang} onChange={(e) => set('lang', e.currentTarget.value as Draft['lang'])}>
              {PATTERN_LANGS.map((l) => (
                <option key={l} value={l}>
                  {patternLangLabel(lang, l)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="pat-category">{tr('opt_pat_category')}</label>
            <select
              id="pat-category"
              value={draft.category}
              onChange={(e) => set('category', e.currentTarget.value as Category)}
            >
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(lang, c)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="pat-severity">{tr('opt_pat_severity')}</label>
            <select
              id="pat-severity"
              value={draft.severity}
              onChange={(e) => set('severity', e.currentTarget.value as Severity)}
            >
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {severityLabel(lang, s)}
                </option>
              ))}
            </select>
          </div>
          <div class="field field-wide">
            <label for="pat-note">{tr('opt_pat_note')}</label>
            <textarea
              id="pat-note"
              rows={2}
              dir="auto"
              maxLength={1000}
              value={draft.note}
              aria-describedby="pat-note-hint"
              onInput={(e) => set('note', e.currentTarget.value)}
            />
            <p class="hint" id="pat-note-hint">
              {tr('opt_pat_note_hint')}
            </p>
          </div>
          <div class="button-row field-wide">
            <button type="submit" class="btn btn-primary" disabled={saving} aria-busy={saving || undefined}>
              {saving ? <Spinner inline /> : null}
              {editing ? tr('opt_pat_save_changes') : tr('opt_pat_add')}
            </button>
            {editing || draft.text ? (
              <button type="button" class="btn" onClick={resetForm}>
                {editing ? tr('opt_pat_cancel_edit') : tr('opt_pat_clear')}
              </button>
            ) : null}
          </div>
        </form>
      </Card>

      <PatternTester patterns={testerPatterns} />

      <Card
        id="pattern-list-title"
        title={patterns ? tr('opt_pat_list_count', { count: fmtNum(patterns.length) }) : tr('opt_pat_list')}
        actions={
          <button
            type="button"
            class="btn"
            disabled={exporting || !patterns || patterns.length === 0}
            aria-busy={exporting || undefined}
            onClick={exportPack}
          >
            {exporting ? <Spinner inline /> : <Icon name="download" class="icon icon-sm" />}
            {tr('opt_pat_export')}
          </button>
        }
      >
        {loadError ? (
          <p class="error-text" role="alert">
            {tr('opt_load_failed', { message: loadError })}
          </p>
        ) : null}
        {patterns && patterns.length === 0 ? <EmptyState icon="patterns">{tr('opt_pat_none')}</EmptyState> : null}
        {patterns && patterns.length > 0 ? (
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{tr('opt_pat_list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('opt_pat_text')}</th>
                  <th scope="col">{tr('opt_pat_lang')}</th>
                  <th scope="col">{tr('opt_pat_category')}</th>
                  <th scope="col">{tr('opt_pat_severity')}</th>
                  <th scope="col">{tr('opt_pat_note_col')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{tr('opt_col_actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {patterns.map((p) => (
                  <tr key={p.id} class={p.id === draft.id ? 'row-editing' : undefined}>
                    <th scope="row">
                      <UserText text={p.text} class="phrase" />
                    </th>
                    <td>{patternLangLabel(lang, p.lang)}</td>
                    <td>{categoryLabel(lang, p.category)}</td>
                    <td>
                      <span class={`sev sev-${p.severity}`}>{severityLabel(lang, p.severity)}</span>
                    </td>
                    <td class="muted">{p.note ? <UserText text={p.note} /> : '—'}</td>
                    <td class="actions">
                      <button
                        type="button"
                        class="btn btn-small"
                        ref={(el) => {
                          if (el) editButtons.current.set(p.id, el);
                          else editButtons.current.delete(p.id);
                        }}
                        aria-label={tr('opt_pat_edit_label', { text: p.text })}
                        onClick={() => startEdit(p)}
                      >
                        {tr('opt_edit')}
                      </button>
                      <ConfirmAction
                        class="btn btn-small btn-quiet-danger"
                        label={tr('opt_remove')}
                        ariaLabel={tr('opt_pat_remove_label', { text: p.text })}
                        question={tr('opt_pat_remove_question')}
                        confirmLabel={tr('opt_remove')}
                        onConfirm={async () => {
                          try {
                            await sendMessage('removeCustomPattern', p.id);
                            if (draft.id === p.id) setDraft(EMPTY_DRAFT);
                            await load();
                            // The row is gone: focus goes to the list's heading (not <body>), then the announcement.
                            document.getElementById('pattern-list-title')?.focus();
                            announce(tr('opt_pat_removed', { text: p.text }), 'success');
                          } catch (err) {
                            announce(tr('opt_action_failed', { message: errorText(err) }), 'error');
                          }
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {!patterns && !loadError ? <Spinner label={tr('opt_loading')} /> : null}
      </Card>
    </>
  );
}
