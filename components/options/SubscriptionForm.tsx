// Subscribe to a pack by its HTTPS address; updates are installed only when signed by a trusted key.
import { useState } from 'preact/hooks';
import { sendMessage, type PackSummary } from '../../lib/messages';
import { useOptions } from './context';
import { Card, Spinner } from './ui';
import { errorText, parseHttpsUrl } from './util';

export function SubscriptionForm(props: { onAdded: (pack: PackSummary) => void }) {
  const { tr } = useOptions();
  const [url, setUrl] = useState('');
  // What went wrong, worded at render time so that it follows a change of interface language: the address is not
  // https, or the background's refusal (its own words).
  const [error, setError] = useState<{ kind: 'invalid_url' } | { kind: 'failed'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const parsed = parseHttpsUrl(url);
    if (!parsed) {
      setError({ kind: 'invalid_url' });
      document.getElementById('sub-url')?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const pack = await sendMessage('addSubscription', parsed.href);
      setUrl('');
      props.onAdded(pack);
    } catch (err) {
      setError({ kind: 'failed', message: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card id="packs-subscribe" title={tr('opt_sub_heading')} description={tr('opt_sub_intro')} busy={busy}>
      <form class="form-inline" noValidate onSubmit={submit}>
        <div class="field field-grow">
          <label for="sub-url">{tr('opt_sub_url_label')}</label>
          <input
            id="sub-url"
            type="url"
            inputMode="url"
            dir="ltr"
            autoComplete="off"
            spellcheck={false}
            placeholder="https://"
            value={url}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sub-url-error sub-url-hint' : 'sub-url-hint'}
            onInput={(e) => {
              setUrl(e.currentTarget.value);
              if (error) setError(null);
            }}
          />
          {error ? (
            <p class="field-error" id="sub-url-error" role="alert">
              {error.kind === 'invalid_url' ? tr('opt_sub_invalid_url') : tr('opt_sub_failed', { message: error.message })}
            </p>
          ) : null}
        </div>
        {/* Not disabled while busy (submit ignores it): a disabled button would drop keyboard focus to <body>. */}
        <button type="submit" class="btn btn-primary" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
          {busy ? <Spinner inline /> : null}
          {tr('opt_sub_submit')}
        </button>
      </form>
      <p class="note" id="sub-url-hint">
        {tr('opt_sub_signed_note')}
      </p>
    </Card>
  );
}
