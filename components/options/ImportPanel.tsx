// Import a pack from a file: file picker or drop zone, an optional detached signature, a preview of what
// would change (from the background), then Confirm or Cancel. A bad file shows where it is wrong and changes nothing.
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, type ImportPreview } from '../../lib/messages';
import type { Lang } from '../../lib/types';
import { tp } from '../../lib/i18n';
import { StatusContext, useOptions } from './context';
import { packName } from './labels';
import { CUSTOM_PACK_ID } from './util';
import { failureCount, failureErrors, hasPlace, type ImportFailure } from './import-errors';
import { PackFile } from './pack-file';
import { Card, Icon, Spinner } from './ui';
import { MAX_PACK_BYTES, NotTextError, errorText, readSignature, readTextWithProgress } from './util';

// A refusal keeps what was refused (`failure`), worded at render time, and the file's text when there is one, so
// that attaching or removing a signature checks the same file again.
type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string; loaded: number; total: number }
  | { kind: 'checking'; file: string; text: string }
  | { kind: 'invalid'; file: string; failure: ImportFailure; text?: string; packFile?: string }
  | { kind: 'preview'; file: string; text: string; preview: ImportPreview }
  | { kind: 'importing'; file: string; text: string; preview: ImportPreview };

/** A broken file can yield thousands of errors; the first ones are enough to find the trouble. */
const MAX_ERRORS_SHOWN = 50;

const SIG_EXT = /\.(sig|minisig|asc|signature)$/i;

/**
 * The name of the pack in a file as the packs table shows it (plain text; "My patterns" and the built-in pack in the
 * interface language); the file's name when it has none.
 */
function previewName(lang: Lang, preview: Pick<ImportPreview, 'packId' | 'name'>, file: string): string {
  return packName(lang, { id: preview.packId ?? '', custom: preview.packId === CUSTOM_PACK_ID, name: preview.name ?? '' }) || file;
}

/** The kinds of change a preview counts and names, in the order shown. */
const CHANGE_KINDS = [
  { kind: 'added', count: 'patternsAdded', label: 'opt_import_added', namesLabel: 'opt_import_names_added' },
  { kind: 'removed', count: 'patternsRemoved', label: 'opt_import_removed', namesLabel: 'opt_import_names_removed' },
  { kind: 'changed', count: 'patternsChanged', label: 'opt_import_changed', namesLabel: 'opt_import_names_changed' },
] as const;

/**
 * The patterns an import adds, changes and removes, by name (the pack's own words, shown as text, each isolated in
 * its own direction): the first ones the background sent, then "and N more" from the counts.
 */
export function ChangedPatterns(props: { preview: ImportPreview }) {
  const { tr, fmtNum, lang } = useOptions();
  const { preview } = props;
  const groups = (['added', 'changed', 'removed'] as const)
    .map((kind) => {
      const spec = CHANGE_KINDS.find((k) => k.kind === kind)!;
      const names = preview.patternNames?.[kind] ?? [];
      return { ...spec, names, more: Math.max(0, (preview[spec.count] ?? 0) - names.length) };
    })
    .filter((g) => g.names.length > 0);
  if (groups.length === 0) return null;
  return (
    <dl class="change-lists">
      {groups.map((g) => (
        <div key={g.kind} class={`change-group change-${g.kind}`}>
          <dt>{tr(g.namesLabel)}</dt>
          <dd>
            <ul class="change-names">
              {g.names.map((p) => (
                <li key={p.id}>
                  <bdi dir="auto">{p.name || p.id}</bdi>
                </li>
              ))}
            </ul>
            {g.more > 0 ? <span class="change-more"> {tp(lang, 'opt_import_names_more', g.more, { count: fmtNum(g.more) })}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ImportPanel(props: { onImported: (name: string, version: string) => void }) {
  const { tr, fmtNum, lang } = useOptions();
  const { clear: clearStatus } = useContext(StatusContext);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [signature, setSignature] = useState<{ file: string; value: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const sigInput = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const sigButton = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const token = useRef(0);
  // The signature's value as of now, for a check started before the last render (a pack and its .sig dropped together).
  const sigValue = useRef<string | null>(null);
  // The file being looked at, staged once for its preview and import (pack-file.ts).
  const packFile = useRef<PackFile | null>(null);

  const fileFor = (text: string): PackFile => {
    if (packFile.current?.text === text) return packFile.current;
    packFile.current?.release();
    packFile.current = new PackFile(text);
    return packFile.current;
  };

  const putSignature = (next: { file: string; value: string } | null) => {
    sigValue.current = next?.value ?? null;
    setSignature(next);
  };

  // A staged file is let go when the panel goes away (its tab closing leaves it to the background's sweep).
  useEffect(() => () => packFile.current?.release(), []);

  // Move focus to the outcome (errors or preview) so that keyboard and screen reader users land on it.
  useEffect(() => {
    if (phase.kind === 'invalid' || phase.kind === 'preview') resultRef.current?.focus();
  }, [phase.kind]);

  /** Asks the background what importing `text` with the current signature would do; the latest request wins. */
  const check = async (file: string, text: string) => {
    const my = ++token.current;
    setPhase({ kind: 'checking', file, text });
    try {
      const preview = await fileFor(text).send((f) => sendMessage('previewImport', { ...f, signature: sigValue.current }));
      if (token.current !== my) return;
      if (!preview.ok) setPhase({ kind: 'invalid', file, text, failure: { kind: 'refused', errors: preview.errors } });
      else setPhase({ kind: 'preview', file, text, preview });
    } catch (err) {
      // The messaging layer's own English.
      if (token.current === my)
        setPhase({ kind: 'invalid', file, text, failure: { kind: 'message', message: errorText(err), lang: 'en' } });
    }
  };

  // A signature attached or removed while a file is loaded (being checked, previewed or refused) changes what the
  // import would do: check the same text again. Never during the import itself (its controls are disabled then).
  const lastSignature = useRef(signature);
  useEffect(() => {
    if (lastSignature.current === signature) return;
    lastSignature.current = signature;
    if ((phase.kind === 'checking' || phase.kind === 'invalid' || phase.kind === 'preview') && phase.text !== undefined)
      void check((phase.kind === 'invalid' && phase.packFile) || phase.file, phase.text);
  }, [signature]);

  const takeSignature = async (file: File) => {
    try {
      putSignature({ file: file.name, value: await readSignature(file) });
    } catch (err) {
      // The browser's own message, in the browser's language; a check still under way must not cover it, nor a new
      // check of the pack (no signature now: the effect above is told it saw that already). The pack's text is
      // kept, so that a signature attached next checks the same file.
      token.current++;
      lastSignature.current = null;
      putSignature(null);
      setPhase((p) => ({
        kind: 'invalid',
        file: file.name,
        failure: { kind: 'message', message: errorText(err) },
        ...('text' in p && p.text !== undefined ? { text: p.text, packFile: p.kind === 'invalid' ? (p.packFile ?? p.file) : p.file } : {}),
      }));
    }
  };

  const takePack = async (file: File) => {
    const my = ++token.current;
    if (file.size > MAX_PACK_BYTES) {
      setPhase({ kind: 'invalid', file: file.name, failure: { kind: 'too_large', maxBytes: MAX_PACK_BYTES } });
      return;
    }
    setPhase({ kind: 'reading', file: file.name, loaded: 0, total: file.size });
    let text: string;
    try {
      text = await readTextWithProgress(file, (loaded, total) => {
        if (token.current === my) setPhase({ kind: 'reading', file: file.name, loaded, total });
      });
    } catch (err) {
      // Not text (an image dropped by mistake), or the browser's own message, in the browser's language.
      if (token.current === my)
        setPhase({
          kind: 'invalid',
          file: file.name,
          failure: err instanceof NotTextError ? { kind: 'not_text' } : { kind: 'message', message: errorText(err) },
        });
      return;
    }
    if (token.current !== my) return;
    if (!text.trim()) {
      setPhase({ kind: 'invalid', file: file.name, failure: { kind: 'empty' } });
      return;
    }
    await check(file.name, text);
  };

  const takeFiles = (files: FileList | File[] | null | undefined) => {
    const list = Array.from(files ?? []);
    // "… imported" was about the last file: this one's outcome is shown in its place.
    if (list.length > 0) clearStatus('packs-import');
    const sig = list.find((f) => SIG_EXT.test(f.name));
    const pack = list.find((f) => f !== sig);
    if (sig) void takeSignature(sig);
    if (pack) void takePack(pack);
  };

  const reset = () => {
    token.current++;
    packFile.current?.release();
    packFile.current = null;
    setPhase({ kind: 'idle' });
    putSignature(null);
    lastSignature.current = null;
    if (fileInput.current) fileInput.current.value = '';
    if (sigInput.current) sigInput.current.value = '';
  };

  /** Cancel or "Try another file": the result block goes away, focus goes to the file button (not <body>). */
  const startOver = () => {
    reset();
    chooseButton.current?.focus();
  };

  const confirm = async () => {
    if (phase.kind !== 'preview') return;
    const { file, text, preview } = phase;
    setPhase({ kind: 'importing', file, text, preview });
    try {
      const res = await fileFor(text).send((f) => sendMessage('importPack', { ...f, signature: sigValue.current, source: file }));
      if (!res.ok) {
        setPhase({ kind: 'invalid', file, text, failure: { kind: 'refused', errors: res.errors } });
        return;
      }
      reset();
      // The result block is gone: focus goes to the card's heading, then the announcement, which moving focus
      // would otherwise cut short.
      document.getElementById('packs-import')?.focus();
      props.onImported(
        previewName(lang, { packId: res.packId ?? preview.packId, name: res.name ?? preview.name }, file),
        res.version ?? preview.version ?? '',
      );
    } catch (err) {
      setPhase({ kind: 'invalid', file, text, failure: { kind: 'message', message: errorText(err), lang: 'en' } });
    }
  };

  const busy = phase.kind === 'reading' || phase.kind === 'checking' || phase.kind === 'importing';
  // Worded now, in the interface language of this render.
  const errors = phase.kind === 'invalid' ? failureErrors(phase.failure, MAX_ERRORS_SHOWN, tr, fmtNum, lang) : [];
  const moreErrors = phase.kind === 'invalid' ? failureCount(phase.failure) - errors.length : 0;

  return (
    <Card id="packs-import" title={tr('opt_import_heading')} description={tr('opt_import_intro')} busy={busy}>
      <div
        class={`dropzone${dragging ? ' dropzone-active' : ''}${busy ? ' dropzone-busy' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!busy) takeFiles(e.dataTransfer?.files);
        }}
      >
        <Icon name="upload" class="icon icon-lg" />
        <p class="dropzone-text">{tr('opt_import_drop')}</p>
        <button
          type="button"
          ref={chooseButton}
          class="btn btn-primary"
          disabled={busy}
          aria-describedby="import-file-hint"
          onClick={() => fileInput.current?.click()}
        >
          <Icon name="file" class="icon icon-sm" />
          {tr('opt_import_choose')}
        </button>
        <p class="hint" id="import-file-hint">
          {tr('opt_import_file_hint')}
        </p>
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept=".json,application/json"
          class="file-input"
          tabIndex={-1}
          aria-label={tr('opt_import_choose')}
          onChange={(e) => {
            takeFiles(e.currentTarget.files);
          }}
        />
      </div>

      <div class="signature-row">
        <span class="field-label" id="sig-label">
          {tr('opt_import_sig_label')}
        </span>
        {signature ? (
          <span class="chip">
            <Icon name="key" class="icon icon-sm" />
            <span dir="auto">{signature.file}</span>
            <button
              type="button"
              class="icon-btn"
              disabled={busy}
              aria-label={tr('opt_import_sig_remove', { file: signature.file })}
              onClick={() => {
                putSignature(null);
                if (sigInput.current) sigInput.current.value = '';
                // The chip goes away: focus its replacement (a file being checked again then takes it to the outcome).
                setTimeout(() => sigButton.current?.focus(), 0);
              }}
            >
              <Icon name="close" class="icon icon-sm" />
            </button>
          </span>
        ) : (
          <button
            type="button"
            ref={sigButton}
            class="btn btn-small"
            aria-describedby="sig-label sig-hint"
            disabled={busy}
            onClick={() => sigInput.current?.click()}
          >
            {tr('opt_import_sig_choose')}
          </button>
        )}
        <p class="hint" id="sig-hint">
          {tr('opt_import_sig_hint')}
        </p>
        <input
          ref={sigInput}
          id="import-signature"
          type="file"
          accept=".sig,.minisig,.asc,.signature,.txt"
          class="file-input"
          tabIndex={-1}
          aria-label={tr('opt_import_sig_choose')}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void takeSignature(f);
          }}
        />
      </div>

      {phase.kind === 'reading' ? (
        <div class="progress-row">
          <label for="import-progress">{tr('opt_import_reading', { file: phase.file })}</label>
          <progress id="import-progress" max={phase.total || 1} value={phase.loaded} />
        </div>
      ) : null}
      {phase.kind === 'checking' ? <Spinner label={tr('opt_import_checking', { file: phase.file })} /> : null}
      {phase.kind === 'importing' ? <Spinner label={tr('opt_import_importing', { file: phase.file })} /> : null}

      {phase.kind === 'invalid' ? (
        <div class="import-result import-errors" ref={resultRef} tabIndex={-1} role="alert" aria-labelledby="import-errors-title">
          <h4 id="import-errors-title">
            <Icon name="alert" class="icon icon-sm" />
            {tr('opt_import_invalid', { file: phase.file })}
          </h4>
          {/* "Fix the places below" only where the errors have places; a refusal of the whole file (an older version,
              an empty file) says itself that nothing changed. */}
          {errors.some(hasPlace) ? <p>{tr('opt_import_nothing_changed')}</p> : null}
          <ol class="error-list">
            {errors.map((err, i) => (
              <li key={i}>
                {/* Where: the path below the root (the file's own words) and the line; nothing for the whole file. */}
                {hasPlace(err) ? (
                  <span class="error-where">
                    {err.path && err.path !== '/' ? <code dir="ltr">{err.path}</code> : null}
                    {err.line !== undefined ? (
                      <span class="error-loc">
                        {err.column !== undefined
                          ? tr('opt_import_line_col', { line: err.line, column: err.column })
                          : tr('opt_import_line', { line: err.line })}
                      </span>
                    ) : null}
                  </span>
                ) : null}
                <span class="error-message" dir="auto" lang={err.lang}>
                  {err.message}
                </span>
                {/* English words kept apart from the sentence in the interface language, on a line of their own. */}
                {err.detail ? (
                  <span class="error-detail-line">
                    {err.detailLabel ? <span class="error-detail-label">{err.detailLabel} </span> : null}
                    <span class="error-detail" dir="ltr" lang="en">
                      {err.detail}
                    </span>
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
          {moreErrors > 0 ? (
            <p class="muted">{tp(lang, 'opt_import_more_errors', moreErrors, { count: fmtNum(moreErrors) })}</p>
          ) : null}
          <div class="button-row">
            <button type="button" class="btn" onClick={startOver}>
              {tr('opt_import_try_another')}
            </button>
          </div>
        </div>
      ) : null}

      {phase.kind === 'preview' || phase.kind === 'importing' ? (
        <div class="import-result import-preview" ref={resultRef} tabIndex={-1} aria-labelledby="import-preview-title">
          <h4 id="import-preview-title">
            {tr('opt_import_preview_title')}{' '}
            <bdi class="preview-name" dir="auto">
              {previewName(lang, phase.preview, phase.file)}
            </bdi>{' '}
            <span class="tag mono" dir="ltr">
              {phase.preview.version ?? ''}
            </span>
          </h4>
          <p class="preview-replaces">
            {phase.preview.replacesVersion
              ? tr('opt_import_replaces', { version: phase.preview.replacesVersion })
              : tr('opt_import_new_pack')}
          </p>
          <dl class="stats">
            {CHANGE_KINDS.map(({ kind, count, label }) => {
              const n = phase.preview[count] ?? 0;
              // A count is coloured only when there is something to see: a red "0 removed" reads as a warning.
              return (
                <div key={kind} class={`stat stat-${kind}${n === 0 ? ' stat-zero' : ''}`}>
                  <dt>{tr(label)}</dt>
                  <dd>{fmtNum(n)}</dd>
                </div>
              );
            })}
            <div class="stat">
              <dt>{tr('opt_import_contexts')}</dt>
              <dd>{fmtNum(phase.preview.contexts ?? 0)}</dd>
            </div>
          </dl>
          <ChangedPatterns preview={phase.preview} />
          {phase.preview.warnings && phase.preview.warnings.length > 0 ? (
            <div class="warnings">
              <h5>{tr('opt_import_warnings')}</h5>
              <ul>
                {phase.preview.warnings.map((w, i) => (
                  <li key={i} dir="auto">
                    {w}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p class="hint">
            {phase.preview.signedBy
              ? tr('opt_import_sig_checked', {
                  file: signature?.file ?? '',
                  label: phase.preview.signedBy.builtIn ? tr('opt_keys_builtin_name') : phase.preview.signedBy.label,
                })
              : signature
                ? tr('opt_import_with_sig', { file: signature.file })
                : tr('opt_import_without_sig')}
          </p>
          <div class="button-row">
            {/* Stays focusable while importing (confirm ignores it), so that focus is not dropped to <body>. */}
            <button
              type="button"
              class="btn btn-primary"
              aria-disabled={phase.kind === 'importing' || undefined}
              aria-busy={phase.kind === 'importing' || undefined}
              onClick={confirm}
            >
              {phase.kind === 'importing' ? <Spinner inline /> : <Icon name="check" class="icon icon-sm" />}
              {tr('opt_import_confirm')}
            </button>
            <button type="button" class="btn" disabled={phase.kind === 'importing'} onClick={startOver}>
              {tr('opt_cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </Card>
  );
}
