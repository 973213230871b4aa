// The popup: site, posts checked and flagged on this tab, the site switch, "Open side panel", "Settings", and the
// "Firebreak cannot read this page" warning. The side panel is opened synchronously inside the click handler,
// which both browsers require (user gesture).
import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TabState } from '../../lib/messages';
import { SOCIAL_HOST_PATTERNS, siteForUrl, type SiteId } from '../../lib/sites/hosts';
import { isRtl, translator } from '../../lib/i18n';
import { siteName } from '../../lib/ui/format';
import { resolveLang, resolveTheme, setSiteEnabled, useDocumentAttrs, usePrefersDark, useSettings } from '../../lib/ui/hooks';
import { PageWarning } from '../../components/PageWarning';
import { AlertIcon, LockIcon, ShieldIcon } from '../../components/icons';

interface TabInfo {
  id: number;
  url: string | null;
}

type PanelOpener = () => Promise<unknown>;

/**
 * The browser's own way to open the side panel from this click, or null (feature detection). Chrome opens it for the
 * tab: the panel is enabled per tab (on the social sites only) and disabled globally, so asking by window fails with
 * "No active side panel". Firefox opens its sidebar for the window.
 */
export function sidePanelOpener(tab: { id: number } | null): PanelOpener | null {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: { open?: (o: { tabId: number }) => Promise<void> } };
    browser?: { sidebarAction?: { open?: () => Promise<void> } };
  };
  const chromeOpen = g.chrome?.sidePanel?.open;
  if (typeof chromeOpen === 'function') {
    return tab ? () => chromeOpen.call(g.chrome!.sidePanel, { tabId: tab.id }) : null;
  }
  const ff = g.browser?.sidebarAction ?? (browser as unknown as { sidebarAction?: { open?: () => Promise<void> } }).sidebarAction;
  if (ff && typeof ff.open === 'function') return () => ff.open!.call(ff);
  return null;
}

export function PopupApp() {
  const settings = useSettings();
  const prefersDark = usePrefersDark();
  const lang = resolveLang(settings);
  const theme = resolveTheme(settings, prefersDark);
  const tr = translator(lang);
  useDocumentAttrs(lang, isRtl(lang), theme, tr('extName'));
  const switchLabel = useId();
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  /**
   * The sites' host patterns the browser does not let Firebreak read (a user may withhold or remove them). Without
   * that access the browser does not tell the popup a tab's address either, so it cannot say which site is open.
   */
  const [missing, setMissing] = useState<string[]>([]);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      try {
        const [t] = await browser.tabs.query({ active: true, currentWindow: true });
        if (!alive) return;
        const info = t?.id !== undefined && t.id >= 0 ? { id: t.id, url: t.url ?? null } : null;
        setTab(info);
        const granted = await Promise.all(
          // An API that fails (or is missing) is taken as access: the warning is only for a known refusal.
          SOCIAL_HOST_PATTERNS.map((p) => Promise.resolve().then(() => browser.permissions.contains({ origins: [p] })).catch(() => true)),
        );
        if (alive) setMissing(SOCIAL_HOST_PATTERNS.filter((_, i) => !granted[i]));
        if (info && info.url && siteForUrl(info.url)) {
          const st = await sendMessage('getTabState', info.id).catch(() => null);
          if (alive) setState(st ?? null);
        }
      } finally {
        if (alive) setLoaded(true);
      }
    };
    void load();
    const timer = setInterval(() => void load(), 1500);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const site: SiteId | null = tab?.url ? siteForUrl(tab.url) : null;
  const enabled = site ? (settings?.sites[site] ?? true) : false;
  const nf = new Intl.NumberFormat(lang);

  const openPanel = () => {
    const open = sidePanelOpener(tab);
    if (!open) {
      setNotice(tr('popup_panel_unavailable'));
      return;
    }
    // Called synchronously in the click: no await before it.
    open().then(
      () => window.close(),
      () => setNotice(tr('popup_panel_unavailable')),
    );
  };

  // Sites Firebreak may not read, shown when the popup cannot see this tab's address (the browser hides it on every
  // site Firebreak may not read; one it can read is allowed, whatever other hosts are withheld).
  const blockedSites = [...new Set(missing.map((p) => siteForUrl(p.replace(/\*$/, ''))).filter((x): x is SiteId => x !== null))];
  const showAccess = blockedSites.length > 0 && loaded && !tab?.url;
  const blockedNames = new Intl.ListFormat(lang, { type: 'conjunction' }).format(blockedSites.map((x) => siteName(lang, x)));

  const allowSites = () => {
    const origins = [...missing];
    // Called synchronously in the click: the browser shows its prompt only during the user's gesture.
    browser.permissions.request({ origins }).then(
      (granted) => {
        if (!granted) {
          setNotice(tr('popup_access_refused'));
          return;
        }
        setMissing([]);
        // The content script runs from the next load of the page: reloaded if it is one of the sites (its address is
        // readable now), left alone otherwise.
        if (!tab) return;
        void browser.tabs.get(tab.id).then(
          (t) => (t.url && siteForUrl(t.url) ? browser.tabs.reload(tab.id).then(() => window.close()) : window.close()),
          () => window.close(),
        );
      },
      () => setNotice(tr('popup_access_refused')),
    );
  };

  const openSettings = () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  };

  return (
    <main class="fb-root fb-popup" data-theme={theme} dir={isRtl(lang) ? 'rtl' : 'ltr'} lang={lang}>
      <header class="fb-popup-head">
        <h1 class="fb-popup-title">
          <ShieldIcon size={18} />
          <span>{tr('extName')}</span>
        </h1>
      </header>

      {showAccess && (
        <div class="fb-popup-warning" role="alert" data-warning="no-access">
          <AlertIcon size={18} />
          <div>
            <p class="fb-popup-warning-title">{tr('popup_access_title', { site: blockedNames })}</p>
            <p class="fb-small">{tr('popup_access_text', { site: blockedNames })}</p>
            <button type="button" class="fb-btn fb-btn-primary" data-action="allow-site" onClick={allowSites}>
              {tr('popup_access_allow', { site: blockedNames })}
            </button>
          </div>
        </div>
      )}

      {loaded && !site && !showAccess && <p class="fb-popup-text fb-muted">{tr('popup_not_supported')}</p>}

      {site && (
        <>
          <div class="fb-switch-row">
            <span id={switchLabel} class="fb-switch-label">
              {tr('popup_switch', { site: siteName(lang, site) })}
            </span>
            <button
              type="button"
              role="switch"
              class="fb-switch"
              aria-checked={enabled ? 'true' : 'false'}
              aria-labelledby={switchLabel}
              disabled={!settings}
              onClick={() =>
                setSiteEnabled(site, !enabled).then(
                  () => setNotice(null),
                  (err: unknown) => setNotice(tr('opt_save_failed', { message: err instanceof Error ? err.message : String(err) })),
                )
              }
            >
              <span class="fb-switch-track" aria-hidden="true">
                <span class="fb-switch-thumb" />
              </span>
              <span class="fb-switch-state" aria-hidden="true">
                {tr(enabled ? 'popup_on' : 'popup_off')}
              </span>
            </button>
          </div>

          {!enabled && <p class="fb-popup-text fb-muted">{tr('popup_off_note', { site: siteName(lang, site) })}</p>}

          {enabled && !showAccess && state?.patternsMissing && (
            <PageWarning surface="popup" title={tr('panel_patterns_missing_title')} text={tr('panel_patterns_missing')} />
          )}

          {enabled && !showAccess && state?.unreadable && (
            <PageWarning surface="popup" title={tr('panel_unreadable_title')} text={tr('panel_unreadable')} />
          )}

          {enabled && state && (
            <dl class="fb-stats">
              <div class="fb-stat">
                <dt>{tr('popup_checked')}</dt>
                <dd>{nf.format(state.scanned)}</dd>
              </div>
              <div class={`fb-stat${state.flagged.length > 0 ? ' is-flagged' : ''}`}>
                <dt>{tr('popup_flagged')}</dt>
                <dd>{nf.format(state.flagged.length)}</dd>
              </div>
            </dl>
          )}

          {enabled && loaded && !showAccess && !state && <p class="fb-popup-text fb-muted">{tr('popup_waiting')}</p>}
        </>
      )}

      <div class="fb-popup-actions">
        {/* The side panel lists a tab's posts on X and Facebook only (Chrome turns it off on other tabs): offered there.
            Elsewhere the popup cannot even see the tab's address (no "tabs" permission). */}
        {site !== null && (
          <button type="button" class="fb-btn fb-btn-primary" onClick={openPanel}>
            {tr('popup_open_panel')}
          </button>
        )}
        <button type="button" class={`fb-btn ${site !== null ? 'fb-btn-secondary' : 'fb-btn-primary'}`} onClick={openSettings}>
          {tr('popup_open_settings')}
        </button>
      </div>

      <div role="status" aria-live="polite" class="fb-popup-status">
        {notice && <p class="fb-status-msg fb-status-error">{notice}</p>}
      </div>

      <p class="fb-popup-foot fb-small fb-muted">
        <LockIcon size={14} />
        <span>{tr('popup_local')}</span>
      </p>
    </main>
  );
}
