// Publisher keys that may sign pack updates: built-in ones, and ones the user adds in an explicit step.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, type TrustedKeyView } from '../../lib/messages';
import { useOptions } from './context';
import { Card, ConfirmAction, EmptyState, Icon, Spinner } from './ui';
import { errorText, looksLikePublicKey, middleEllipsis } from './util';
import { useRefreshOnReturn } from './useRefreshOnReturn';

export function TrustedKeys(props: { active: boolean }) {
  const { tr, announce } = useOptions();
  const [keys, setKeys] = useState<TrustedKeyView[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const loadSeq = useRef(0);

  // Only the latest answer is shown. A quiet load (back from another tab, which may have trusted or removed a key)
  // reports no error for what is only a check; an open form or confirmation is state of its own and stays.
  const load = useCallback(async (quiet = false) => {
    const my = ++loadSeq.current;
    try {
      const list = await sendMessage('listTrustedKeys');
      if (my !== loadSeq.current) return;
      setKeys(list);
      setLoadError(null);
    } catch (err) {
      if (my === loadSeq.current && !quiet) setLoadError(errorText(err));
    }
  }, []);
  const refresh = useCallback(() => load(true), [load]);
  // Read when the section is opened, like the packs list, and when the user comes back to the page.
  useEffect(() => {
    if (props.active) void load();
  }, [props.active, load]);
  useRefreshOnReturn(props.active, refresh);

  return (
    <Card
      id="packs-keys"
      title={tr('opt_keys_heading')}
      description={tr('opt_keys_intro')}
      actions={
        adding ? null : (
          <button type="button" class="btn" ref={addButton} onClick={() => setAdding(true)}>
            <Icon name="key" class="icon icon-sm" />
            {tr('opt_keys_add')}
          </button>
        )
      }
    >
      {loadError ? (
        <p class="error-text" role="alert">
          {tr('opt_load_failed', { message: loadError })}
        </p>
      ) : null}
      {adding ? (
        <AddKeyForm
          onDone={(added) => {
            setAdding(false);
            if (added) {
              // Trusting a key twice adds nothing and keeps its first label: say so rather than "added".
              announce(
                added.alreadyTrusted
                  ? tr('opt_keys_already', { label: added.builtIn ? tr('opt_keys_builtin_name') : added.label })
                  : tr('opt_keys_added', { label: added.label }),
                added.alreadyTrusted ? 'info' : 'success',
              );
              void load();
            }
            setTimeout(() => addButton.current?.focus(), 0);
          }}
        />
      ) : null}
      {keys && keys.length === 0 ? <EmptyState icon="key">{tr('opt_keys_none')}</EmptyState> : null}
      {keys && keys.length > 0 ? (
        <ul class="key-list">
          {keys.map((k) => (
            <li key={k.id} class="key-item">
              <Icon name="key" class="icon key-icon" />
              <div class="key-body">
                <span class="key-title">
                  <span class="key-label" dir="auto">
                    {/* The shipped key's label is Firebreak's own, worded in the interface language. */}
                    {k.builtIn ? tr('opt_keys_builtin_name') : k.label}
                  </span>
                  {k.builtIn ? <span class="tag">{tr('opt_keys_builtin')}</span> : null}
                </span>
                <code class="key-value" dir="ltr" title={k.publicKeyB64}>
                  {middleEllipsis(k.publicKeyB64, 16, 10)}
                </code>
              </div>
              {k.builtIn ? null : (
                <ConfirmAction
                  class="btn btn-small btn-quiet-danger"
                  label={tr('opt_remove')}
                  ariaLabel={tr('opt_keys_remove_label', { label: k.label })}
                  question={tr('opt_keys_remove_question', { label: k.label })}
                  confirmLabel={tr('opt_remove')}
                  onConfirm={async () => {
                    try {
                      await sendMessage('untrustKey', k.id);
                      await load();
                      // The key's row is gone: focus goes to the list's heading rather than <body>, before the
                      // announcement so that moving focus does not cut it short.
                      document.getElementById('packs-keys')?.focus();
                      announce(tr('opt_keys_removed', { label: k.label }), 'success');
                    } catch (err) {
                      announce(tr('opt_action_failed', { message: errorText(err) }), 'error');
                    }
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {!keys && !loadError ? <Spinner label={tr('opt_loading')} /> : null}
    </Card>
  );
}

function AddKeyForm(props: { onDone: (added: TrustedKeyView | null) => void }) {
  const { tr } = useOptions();
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  // Which fields are wrong, and the background's refusal (its own words): worded at render time, so that they follow
  // a change of interface language.
  const [errors, setErrors] = useState<{ label?: boolean; key?: boolean; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const next: typeof errors = {};
    if (!label.trim()) next.label = true;
    if (!looksLikePublicKey(key)) next.key = true;
    setErrors(next);
    if (next.label) return document.getElementById('key-label')?.focus();
    if (next.key) return document.getElementById('key-value')?.focus();
    setBusy(true);
    try {
      const added = await sendMessage('trustKey', { label: label.trim(), publicKeyB64: key.replace(/\s+/g, '') });
      props.onDone(added);
    } catch (err) {
      setErrors({ form: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="subform" noValidate onSubmit={submit} aria-labelledby="key-form-title">
      <h4 id="key-form-title">{tr('opt_keys_form_title')}</h4>
      <p class="note note-warning">
        <Icon name="alert" class="icon icon-sm" />
        <span>{tr('opt_keys_warning')}</span>
      </p>
      <div class="field">
        <label for="key-label">{tr('opt_keys_label')}</label>
        <input
          id="key-label"
          ref={first}
          type="text"
          dir="auto"
          maxLength={120}
          value={label}
          aria-invalid={errors.label ? true : undefined}
          aria-describedby={errors.label ? 'key-label-error' : undefined}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        {errors.label ? (
          <p class="field-error" id="key-label-error">
            {tr('opt_keys_label_required')}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="key-value">{tr('opt_keys_value')}</label>
        <textarea
          id="key-value"
          rows={2}
          dir="ltr"
          class="mono"
          spellcheck={false}
          value={key}
          aria-invalid={errors.key ? true : undefined}
          aria-describedby={errors.key ? 'key-value-error key-value-hint' : 'key-value-hint'}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
        <p class="hint" id="key-value-hint">
          {tr('opt_keys_value_hint')}
        </p>
        {errors.key ? (
          <p class="field-error" id="key-value-error">
            {tr('opt_keys_key_invalid')}
          </p>
        ) : null}
      </div>
      {errors.form ? (
        <p class="field-error" role="alert">
          {tr('opt_action_failed', { message: errors.form })}
        </p>
      ) : null}
      <div class="button-row">
        {/* Not disabled while busy (submit ignores it): a disabled button would drop keyboard focus to <body>. */}
        <button type="submit" class="btn btn-primary" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
          {busy ? <Spinner inline /> : null}
          {tr('opt_keys_trust')}
        </button>
        <button type="button" class="btn" onClick={() => props.onDone(null)}>
          {tr('opt_cancel')}
        </button>
      </div>
    </form>
  );
}
