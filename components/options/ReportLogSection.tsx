// Report log: the reports the user made from Firebreak; delete one or all, export as JSON or CSV.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messages';
import { destinationById, platformOfReportId } from '../../lib/report/destinations';
import { reportLogToCsv, reportLogToJson, type ReportLogEntry } from '../../lib/report/log';
import { safeHttpsUrl } from '../../lib/ui/sanitize';
import { useOptions } from './context';
import { siteLabel } from './labels';
import { Card, ConfirmAction, EmptyState, Icon, Spinner, UserText } from './ui';
import { dateStamp, downloadText, errorText } from './util';

export function ReportLogSection(props: { active: boolean }) {
  const { tr, lang, announce, fmtDate, fmtNum } = useOptions();
  const [entries, setEntries] = useState<ReportLogEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await sendMessage('listReports');
      setEntries([...list].sort((a, b) => b.at.localeCompare(a.at)));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorText(err));
    }
  }, []);
  useEffect(() => {
    if (props.active) void load();
  }, [props.active, load]);

  const destName = (id: string) => {
    const site = platformOfReportId(id);
    return site ? tr('log_dest_platform', { site: siteLabel(lang, site) }) : (destinationById(id)?.name[lang] ?? id);
  };

  const exportAs = (kind: 'json' | 'csv') => {
    if (!entries || entries.length === 0) return;
    const name = `firebreak-report-log-${dateStamp()}.${kind}`;
    if (kind === 'json') downloadText(name, reportLogToJson(entries), 'application/json');
    // The byte-order mark lets spreadsheets read Arabic and accented text as UTF-8.
    else downloadText(name, reportLogToCsv(entries, { bom: true }), 'text/csv;charset=utf-8');
    announce(tr('opt_log_exported', { count: fmtNum(entries.length), file: name }), 'success');
  };

  return (
    <>
      <div class="panel-intro">
        <h2>{tr('opt_log_heading')}</h2>
        <p>{tr('opt_log_intro')}</p>
      </div>
      <Card
        id="reports-title"
        title={entries ? tr('opt_log_list_count', { count: fmtNum(entries.length) }) : tr('opt_log_list')}
        actions={
          <>
            <button type="button" class="btn" disabled={!entries?.length} onClick={() => exportAs('json')}>
              <Icon name="download" class="icon icon-sm" />
              {tr('opt_log_export_json')}
            </button>
            <button type="button" class="btn" disabled={!entries?.length} onClick={() => exportAs('csv')}>
              <Icon name="download" class="icon icon-sm" />
              {tr('opt_log_export_csv')}
            </button>
            <ConfirmAction
              label={tr('opt_log_clear')}
              question={tr('opt_log_clear_question', { count: fmtNum(entries?.length ?? 0) })}
              confirmLabel={tr('opt_log_clear_confirm')}
              disabled={!entries?.length}
              onConfirm={async () => {
                try {
                  await sendMessage('clearReports');
                  await load();
                  // "Clear" is disabled once the log is empty: focus goes to the list's heading, then the announcement.
                  document.getElementById('reports-title')?.focus();
                  announce(tr('opt_log_cleared'), 'success');
                } catch (err) {
                  announce(tr('opt_action_failed', { message: errorText(err) }), 'error');
                }
              }}
            />
          </>
        }
      >
        {loadError ? (
          <p class="error-text" role="alert">
            {tr('opt_load_failed', { message: loadError })}
          </p>
        ) : null}
        {entries && entries.length === 0 ? <EmptyState icon="reports">{tr('opt_log_none')}</EmptyState> : null}
        {entries && entries.length > 0 ? (
          // In a narrow card (options.css, container "stack") each report is laid out as a card of its own: the date,
          // then one line per fact with its column's name (data-label), then the Delete button, all within the
          // card's width, never behind a sideways scroll. The roles are stated, as in the packs table.
          <div class="table-wrap stack-wrap">
            <table class="table stack-table" role="table">
              <caption class="visually-hidden">{tr('opt_log_list')}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    {tr('opt_col_when')}
                  </th>
                  <th scope="col" role="columnheader">
                    {tr('opt_col_where')}
                  </th>
                  <th scope="col" role="columnheader">
                    {tr('opt_col_site')}
                  </th>
                  <th scope="col" role="columnheader">
                    {tr('opt_col_author')}
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
                {entries.map((r) => {
                  const href = r.permalink ? safeHttpsUrl(r.permalink) : null;
                  return (
                    <tr key={r.id} role="row">
                      <td role="cell" class="nowrap stack-lead">
                        {fmtDate(r.at)}
                      </td>
                      <td role="cell" data-label={tr('opt_col_where')}>
                        <span class="dest">{destName(r.destinationId)}</span>
                      </td>
                      <td role="cell" data-label={tr('opt_col_site')}>
                        {siteLabel(lang, r.platform)}
                      </td>
                      <td role="cell" data-label={tr('opt_col_author')}>
                        <UserText text={r.author.name || tr('ui_unknown_author')} />
                        {r.author.handle ? (
                          <bdi dir="ltr" class="handle">
                            {r.author.handle}
                          </bdi>
                        ) : null}
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
                        <ConfirmAction
                          class="btn btn-small btn-quiet-danger"
                          label={tr('opt_delete')}
                          ariaLabel={tr('opt_log_delete_label', { when: fmtDate(r.at) })}
                          question={tr('opt_log_delete_question')}
                          confirmLabel={tr('opt_delete')}
                          onConfirm={async () => {
                            try {
                              await sendMessage('removeReport', r.id);
                              await load();
                              // The row is gone: focus goes to the list's heading (not <body>), then the announcement.
                              document.getElementById('reports-title')?.focus();
                              announce(tr('opt_log_deleted'), 'success');
                            } catch (err) {
                              announce(tr('opt_action_failed', { message: errorText(err) }), 'error');
                            }
                          }}
                        />
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
