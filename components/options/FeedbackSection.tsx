// "Not a threat" decisions: posts the user cleared, with undo, and an export for pack authors.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage, type FeedbackEntry } from '../../lib/messages';
import { safeHttpsUrl } from '../../lib/ui/sanitize';
import { useOptions } from './context';
import { siteLabel } from './labels';
import { Card, EmptyState, Icon, Spinner, UserText } from './ui';
import { dateStamp, downloadText, errorText } from './util';

export function FeedbackSection(props: { active: boolean }) {
  const { tr, lang, announce, fmtDate, fmtNum } = useOptions();
  const [entries, setEntries] = useState<FeedbackEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await sendMessage('listFeedback');
      setEntries([...list].sort((a, b) => b.at.localeCompare(a.at)));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorText(err));
    }
  }, []);
  useEffect(() => {
    if (props.active) void load();
  }, [props.active, load]);

  const undo = async (entry: FeedbackEntry) => {
    setBusyId(entry.id);
    try {
      await sendMessage('removeFeedback', entry.id);
      announce(tr('opt_fb_undone'), 'success');
      await load();
      // Keep focus in the list: on the heading when the row disappeared.
      document.getElementById('feedback-title')?.focus();
    } catch (err) {
      announce(tr('opt_action_failed', { message: errorText(err) }), 'error');
    } finally {
      setBusyId(null);
    }
  };

  const exportJson = () => {
    if (!entries) return;
    const data = {
      kind: 'firebreak.not-a-threat',
      exportedAt: new Date().toISOString(),
      entries,
    };
    downloadText(`firebreak-not-a-threat-${dateStamp()}.json`, JSON.stringify(data, null, 2), 'application/json');
    announce(tr('opt_fb_exported', { count: fmtNum(entries.length) }), 'success');
  };

  return (
    <>
      <div class="panel-intro">
        <h2>{tr('opt_fb_heading')}</h2>
        <p>{tr('opt_fb_intro')}</p>
      </div>
      <Card
        id="feedback-title"
        title={entries ? tr('opt_fb_list_count', { count: fmtNum(entries.length) }) : tr('opt_fb_list')}
        actions={
          <button type="button" class="btn" disabled={!entries || entries.length === 0} onClick={exportJson}>
            <Icon name="download" class="icon icon-sm" />
            {tr('opt_fb_export')}
          </button>
        }
      >
        {loadError ? (
          <p class="error-text" role="alert">
            {tr('opt_load_failed', { message: loadError })}
          </p>
        ) : null}
        {entries && entries.length === 0 ? <EmptyState icon="feedback">{tr('opt_fb_none')}</EmptyState> : null}
        {entries && entries.length > 0 ? (
          // In a narrow card (options.css, container "stack") each decision is laid out as a card of its own: the
          // post's words, then one line per fact with its column's name (data-label), then Undo, all within the
          // card's width, never behind a sideways scroll. The roles are stated, as in the packs table.
          <div class="table-wrap stack-wrap">
            <table class="table stack-table" role="table">
              <caption class="visually-hidden">{tr('opt_fb_list')}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    {tr('opt_col_post')}
                  </th>
                  <th scope="col" role="columnheader">
                    {tr('opt_col_author')}
                  </th>
                  <th scope="col" role="columnheader">
                    {tr('opt_col_site')}
                  </th>
                  <th scope="col" role="columnheader">
                    {tr('opt_col_date')}
                  </th>
                  <th scope="col" role="columnheader">
                    {tr('opt_col_link')}
                  </th>
                  <th scope="col" role="columnheader">
                    <span class="visually-hidden">{tr('opt_col_actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {entries.map((f) => {
                  const href = f.url ? safeHttpsUrl(f.url) : null;
                  return (
                    <tr key={f.id} role="row">
                      <td role="cell" class="excerpt-cell stack-lead">
                        <UserText text={f.excerpt} class="excerpt" />
                      </td>
                      <td role="cell" data-label={tr('opt_col_author')}>
                        <UserText text={f.author} />
                      </td>
                      <td role="cell" data-label={tr('opt_col_site')}>
                        {siteLabel(lang, f.site)}
                      </td>
                      <td role="cell" class="nowrap" data-label={tr('opt_col_date')}>
                        {fmtDate(f.at)}
                      </td>
                      <td role="cell" class="nowrap" data-label={tr('opt_col_link')}>
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {tr('opt_open_post')}
                            <span class="visually-hidden"> ({tr('opt_new_tab')})</span>
                          </a>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td role="cell" class="actions">
                        <button
                          type="button"
                          class="btn btn-small"
                          disabled={busyId === f.id}
                          aria-busy={busyId === f.id || undefined}
                          aria-label={tr('opt_fb_undo_label', { author: f.author })}
                          onClick={() => undo(f)}
                        >
                          {busyId === f.id ? <Spinner inline /> : null}
                          {tr('opt_fb_undo')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        {!entries && !loadError ? <Spinner label={tr('opt_loading')} /> : null}
      </Card>
    </>
  );
}
