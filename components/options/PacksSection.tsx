// Packs: the installed packs (switch, update, export, remove), import from a file with a preview,
// subscriptions and the trusted publisher keys.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, type PackSummary } from '../../lib/messages';
import { PackText, safeHttpsUrl } from '../../lib/ui/sanitize';
import { formatDate } from '../../lib/ui/format';
import { useOptions } from './context';
import { Card, ConfirmAction, EmptyState, Icon, Spinner, Switch } from './ui';
import { downloadText, errorText, fileSafe } from './util';
import { packDescription, packName, packPublisher } from './labels';
import { ImportPanel } from './ImportPanel';
import { SubscriptionForm } from './SubscriptionForm';
import { TrustedKeys } from './TrustedKeys';
import { useRefreshOnReturn } from './useRefreshOnReturn';

export function PacksSection(props: { active: boolean }) {
  const { tr, lang, announce } = useOptions();
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const loadSeq = useRef(0);

  // Only the latest answer is shown: a reload started before a change must not bring back the old list. A quiet
  // load (coming back from another tab, which may have removed or imported a pack) shows no spinner and no error
  // for what is only a check; rows are keyed, so an open confirmation or a focused control stays as it was.
  const load = useCallback(async (quiet = false) => {
    const my = ++loadSeq.current;
    if (!quiet) setLoading(true);
    try {
      const list = await sendMessage('listPacks');
      if (my !== loadSeq.current) return;
      setPacks(list);
      setLoadError(null);
    } catch (err) {
      if (my === loadSeq.current && !quiet) setLoadError(errorText(err));
    } finally {
      if (my === loadSeq.current) setLoading(false);
    }
  }, []);
  const refresh = useCallback(() => load(true), [load]);

  useEffect(() => {
    if (props.active) void load();
  }, [props.active, load]);
  useRefreshOnReturn(props.active, refresh);

  return (
    <>
      <div class="panel-intro">
        <h2>{tr('opt_packs_heading')}</h2>
        <p>{tr('opt_packs_intro')}</p>
      </div>
      <Card
        id="packs-installed"
        title={tr('opt_packs_installed')}
        busy={loading}
        actions={loading ? <Spinner inline label={tr('opt_loading')} /> : null}
      >
        {loadError ? (
          <p class="error-text" role="alert">
            {tr('opt_load_failed', { message: loadError })}
          </p>
        ) : null}
        {packs && packs.length === 0 ? <EmptyState icon="packs">{tr('opt_packs_none')}</EmptyState> : null}
        {packs && packs.length > 0 ? <PackTable packs={packs} reload={load} /> : null}
        {!packs && !loadError ? <div class="skeleton" aria-hidden="true" /> : null}
      </Card>
      <ImportPanel
        onImported={(name, version) => {
          announce(tr('opt_import_done', { name, version }), 'success');
          void load();
        }}
      />
      <SubscriptionForm
        onAdded={(pack) => {
          announce(tr('opt_sub_added', { name: packName(lang, pack) }), 'success');
          void load();
        }}
      />
      <TrustedKeys active={props.active} />
    </>
  );
}

type Action = 'update' | 'toggle' | 'export' | 'remove';

/**
 * A row's control while the row is busy: the one that started the action stays focusable (aria-disabled, `run`
 * ignores it), so keyboard focus stays where it was; the others are disabled.
 */
function lock(state: Action | undefined, mine: Action) {
  return { disabled: !!state && state !== mine, 'aria-disabled': state === mine || undefined };
}

function PackTable(props: { packs: PackSummary[]; reload: () => Promise<void> }) {
  const { tr, lang, fmtNum, fmtDate, announce } = useOptions();
  const [busy, setBusy] = useState<Record<string, Action | undefined>>({});
  // Rows with an action under way, known at once (state lags a render): a second press waits for the first.
  const running = useRef(new Set<string>());
  const run = async (id: string, what: Action, fn: () => Promise<void>) => {
    if (running.current.has(id)) return;
    running.current.add(id);
    setBusy((b) => ({ ...b, [id]: what }));
    try {
      await fn();
    } catch (err) {
      announce(tr('opt_action_failed', { message: errorText(err) }), 'error');
    } finally {
      running.current.delete(id);
      setBusy((b) => ({ ...b, [id]: undefined }));
    }
  };

  // In a narrow card (options.css, container "packs") each row is laid out as a block: the pack, a line of facts, then
  // its switch and buttons, all within the card's width. The column headers are then hidden and each fact shows its
  // column's name from data-label (generated content with empty alternative text: the header already names the
  // cell). The roles are the table's own, stated because a table whose rows are laid out as blocks loses them in
  // some browsers.
  return (
    <div class="table-wrap packs-wrap">
      <table class="table packs-table" role="table">
        <caption class="visually-hidden">{tr('opt_packs_installed')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {tr('opt_col_pack')}
            </th>
            <th scope="col" role="columnheader">
              {tr('opt_col_publisher')}
            </th>
            <th scope="col" role="columnheader">
              {tr('opt_col_version')}
            </th>
            <th scope="col" role="columnheader" class="num">
              {tr('opt_col_patterns')}
            </th>
            <th scope="col" role="columnheader">
              {tr('opt_col_updated')}
            </th>
            <th scope="col" role="columnheader">
              {tr('opt_col_enabled')}
            </th>
            <th scope="col" role="columnheader">
              <span class="visually-hidden">{tr('opt_col_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {props.packs.map((p) => {
            const state = busy[p.id];
            // The pack's name and publisher as plain text, the same in the row, its controls' names and every message.
            const name = packName(lang, p);
            const publisher = packPublisher(lang, p);
            const description = packDescription(lang, p);
            const subUrl = p.subscription ? safeHttpsUrl(p.subscription.url) : null;
            return (
              <tr key={p.id} role="row" data-pack-id={p.id} aria-busy={state ? true : undefined}>
                <th scope="row" role="rowheader" class="pack-cell">
                  <bdi class="pack-name" dir="auto">
                    {name}
                  </bdi>
                  {p.builtIn ? <span class="tag">{tr('opt_pack_builtin')}</span> : null}
                  {p.custom ? <span class="tag tag-accent">{tr('opt_pack_custom')}</span> : null}
                  {description ? (
                    <span class="pack-desc">
                      <PackText as="span" text={description} />
                    </span>
                  ) : null}
                  {p.subscription ? (
                    <span class="pack-sub">
                      <span class="pack-sub-url">
                        <Icon name="link" class="icon icon-sm" />
                        {subUrl ? (
                          <a href={subUrl} target="_blank" rel="noopener noreferrer" dir="ltr">
                            {p.subscription.url}
                          </a>
                        ) : (
                          <span dir="ltr">{p.subscription.url}</span>
                        )}
                      </span>
                      <span class="muted">
                        {p.subscription.lastChecked
                          ? tr('opt_sub_last_checked', { when: fmtDate(p.subscription.lastChecked) })
                          : tr('opt_sub_never_checked')}
                      </span>
                      {p.subscription.lastError ? (
                        <span class="error-text">
                          {tr('opt_sub_last_error', { message: p.subscription.lastError })}
                        </span>
                      ) : null}
                    </span>
                  ) : null}
                </th>
                <td role="cell" class="pack-publisher" data-label={tr('opt_col_publisher')}>
                  {publisher ? <bdi dir="auto">{publisher}</bdi> : '—'}
                </td>
                <td role="cell" class="pack-version" data-label={tr('opt_col_version')}>
                  <span dir="ltr" class="mono">
                    {p.version}
                  </span>
                </td>
                <td role="cell" class="num pack-count" data-label={tr('opt_col_patterns')}>
                  {fmtNum(p.patternCount)}
                </td>
                <td role="cell" class="pack-updated" data-label={tr('opt_col_updated')}>
                  <time dateTime={p.updatedAt} title={fmtDate(p.updatedAt)}>
                    {formatDate(lang, p.updatedAt) ?? '—'}
                  </time>
                </td>
                <td role="cell" class="pack-switch" data-label={tr('opt_col_enabled')}>
                  <Switch
                    checked={p.enabled}
                    disabled={!!state && state !== 'toggle'}
                    busy={state === 'toggle'}
                    label={tr('opt_pack_enable_label', { name })}
                    onChange={(enabled) =>
                      run(p.id, 'toggle', async () => {
                        await sendMessage('setPackEnabled', { id: p.id, enabled });
                        announce(
                          tr(enabled ? 'opt_pack_enabled_msg' : 'opt_pack_disabled_msg', { name }),
                          'success',
                        );
                        await props.reload();
                      })
                    }
                  />
                </td>
                <td role="cell" class="actions">
                  <div class="action-stack">
                    {p.subscription ? (
                      <button
                        type="button"
                        class="btn btn-small"
                        {...lock(state, 'update')}
                        aria-busy={state === 'update' || undefined}
                        aria-label={tr('opt_pack_update_label', { name })}
                        onClick={() =>
                          run(p.id, 'update', async () => {
                            const res = await sendMessage('updatePack', p.id);
                            if (res.ok) {
                              // `version` is set even when nothing changed; `updated` says a newer one was installed.
                              announce(
                                res.updated && res.version
                                  ? tr('opt_pack_updated', { name, version: res.version })
                                  : tr('opt_pack_up_to_date', { name }),
                                'success',
                              );
                            } else {
                              announce(tr('opt_pack_update_failed', { name, message: res.message }), 'error');
                            }
                            await props.reload();
                          })
                        }
                      >
                        {state === 'update' ? <Spinner inline /> : <Icon name="refresh" class="icon icon-sm" />}
                        {tr('opt_pack_update_now')}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      class="btn btn-small"
                      {...lock(state, 'export')}
                      aria-label={tr('opt_pack_export_label', { name })}
                      onClick={() =>
                        run(p.id, 'export', async () => {
                          const json = await sendMessage('exportPack', p.id);
                          downloadText(`${fileSafe(p.id)}-${fileSafe(p.version)}.json`, json, 'application/json');
                          announce(tr('opt_pack_exported', { name }), 'success');
                        })
                      }
                    >
                      <Icon name="download" class="icon icon-sm" />
                      {tr('opt_export')}
                    </button>
                    {!p.builtIn && !p.custom ? (
                      <ConfirmAction
                        class="btn btn-small btn-quiet-danger"
                        label={tr('opt_remove')}
                        ariaLabel={tr('opt_pack_remove_label', { name })}
                        question={tr('opt_pack_remove_question', { name })}
                        confirmLabel={tr('opt_remove')}
                        disabled={!!state && state !== 'remove'}
                        onConfirm={() =>
                          run(p.id, 'remove', async () => {
                            await sendMessage('removePack', p.id);
                            await props.reload();
                            // The row is gone: focus goes to the list's heading rather than <body>, then the
                            // announcement, so that moving focus does not cut it short.
                            document.getElementById('packs-installed')?.focus();
                            announce(tr('opt_pack_removed', { name }), 'success');
                          })
                        }
                      />
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
