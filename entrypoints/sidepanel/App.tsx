// The side panel app: follows the active tab of its window, lists the tab's flagged posts (PostList) and shows
// one post's detail (DetailView). Posts marked "Not a threat" here stay listed for the session (greyed, with Undo),
// though the tab no longer reports them. Reports go through the tab's content script (report menu, evidence) and the
// background (report log); the clipboard is written here, in the extension page, and hotlines open in new tabs.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { contextKey, contextRefsOf, type Lang } from '../../lib/types';
import { sendMessage, type FlaggedPost, type TabState } from '../../lib/messages';
import type { ContextEntry } from '../../lib/pack/schema';
import { siteForUrl, type SiteId } from '../../lib/sites/hosts';
import { isRtl, translator } from '../../lib/i18n';
import {
  destinationById,
  destinationsForCountry,
  emergencyNumber,
  reportingCountry,
  type Destination,
} from '../../lib/report/destinations';
import { decodeBase64 } from '../../lib/base64';
import { buildEvidence, evidenceFileName, evidenceToJson, evidenceToText, type EvidenceBundle } from '../../lib/report/evidence';
import type { Settings } from '../../lib/settings';
import { DetailView, type ActionOutcome } from '../../components/DetailView';
import { PostList } from '../../components/PostList';
import { InfoIcon, ShieldIcon } from '../../components/icons';
import { PageWarning } from '../../components/PageWarning';
import { safeHttpsUrl } from '../../lib/ui/sanitize';
import { siteName } from '../../lib/ui/format';
import {
  copyText,
  downloadBytes,
  downloadText,
  resolveLang,
  resolveTheme,
  setSiteEnabled,
  useDocumentAttrs,
  usePrefersDark,
  useSettings,
} from '../../lib/ui/hooks';

const POLL_MS = 2000;

interface ActiveTab {
  id: number;
  url: string | null;
}

interface View {
  loaded: boolean;
  tab: ActiveTab | null;
  state: TabState | null;
}

interface KeptPost {
  item: FlaggedPost;
  tabId: number;
  /** The page's address then: another page of the tab does not list it. */
  url: string;
}

/** The tab's flagged posts, then the posts kept here for this tab and page that the tab no longer reports. */
function listedPosts(view: View, kept: Record<string, KeptPost>): FlaggedPost[] {
  const state = view.state;
  if (!state || !view.tab) return [];
  const reported = new Set(state.flagged.map((f) => f.post.id));
  const extra = Object.values(kept)
    .filter((k) => k.tabId === view.tab?.id && k.url === state.url && !reported.has(k.item.post.id))
    .map((k) => k.item);
  return extra.length > 0 ? [...state.flagged, ...extra] : state.flagged;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

function countryOf(settings: Settings | null): string | null {
  return reportingCountry(settings?.country, globalThis.navigator?.language);
}

export function SidePanelApp() {
  const settings = useSettings();
  const prefersDark = usePrefersDark();
  const lang: Lang = resolveLang(settings);
  const theme = resolveTheme(settings, prefersDark);
  const tr = translator(lang);
  useDocumentAttrs(lang, isRtl(lang), theme, tr('extName'));

  const [view, setView] = useState<View>({ loaded: false, tab: null, state: null });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** Context entries by contextKey(pack, id), as the background gave them. */
  const [contexts, setContexts] = useState<Record<string, ContextEntry>>({});
  /** Post id → feedback id ('' while the background stores it) for posts marked "Not a threat" here. */
  const [feedback, setFeedback] = useState<Record<string, string>>({});
  /**
   * Posts marked "Not a threat" here, by post id, with the tab and page they were listed on: the tab stops reporting
   * them, and the list keeps them (greyed, with Undo). After Undo, one stays until the tab reports it again.
   */
  const [kept, setKept] = useState<Record<string, KeptPost>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const lastJson = useRef('');
  /** Tabs this panel opened (report pages): while one is active, the panel keeps showing the post's tab. */
  const ownTabs = useRef(new Set<number>());
  /** Until then, a newly active tab is one this panel is opening (tabs.onActivated fires before create resolves). */
  const openingUntil = useRef(0);
  const viewRef = useRef(view);
  viewRef.current = view;
  /**
   * This page's own tab when it was opened as one (sidepanel.html in a tab): that tab, made active, is no page of
   * posts to describe, and the panel keeps showing the tab it showed, read again. In the browser's side panel there
   * is none.
   */
  const selfTab = useRef<Promise<number | null> | null>(null);

  const refresh = useCallback(async () => {
    let tab: ActiveTab | null = null;
    try {
      const [t] = await browser.tabs.query({ active: true, currentWindow: true });
      if (t?.id !== undefined && t.id >= 0) tab = { id: t.id, url: t.url ?? null };
    } catch {
      tab = null;
    }
    const current = viewRef.current.tab;
    selfTab.current ??= Promise.resolve()
      .then(() => browser.tabs.getCurrent())
      .then(
        (t) => t?.id ?? null,
        () => null,
      );
    if (tab && current && tab.id === (await selfTab.current)) {
      // Its own tab, made active: the tab it showed is read again, as it is now (reloaded, navigated, or closed).
      try {
        const t = await browser.tabs.get(current.id);
        tab = t.id !== undefined && t.id >= 0 ? { id: t.id, url: t.url ?? null } : null;
      } catch {
        tab = null;
      }
    }
    if (tab && current && tab.id !== current.id && Date.now() < openingUntil.current) ownTabs.current.add(tab.id);
    if (tab && ownTabs.current.has(tab.id) && current) return;
    let state: TabState | null = null;
    if (tab && tab.url && siteForUrl(tab.url)) {
      try {
        state = (await sendMessage('getTabState', tab.id)) ?? null;
      } catch {
        state = null;
      }
    }
    const next: View = { loaded: true, tab, state };
    const json = JSON.stringify(next);
    if (json === lastJson.current) return;
    const previousTab = viewRef.current.tab?.id;
    lastJson.current = json;
    if (previousTab !== undefined && previousTab !== tab?.id) {
      setSelectedId(null);
      setNotice(null);
    }
    setView(next);
  }, []);

  useEffect(() => {
    void refresh();
    const onActivated = () => void refresh();
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (tabId === viewRef.current.tab?.id || change.url || change.status === 'complete') void refresh();
    };
    const onRemoved = (tabId: number) => ownTabs.current.delete(tabId);
    const onStorage = (_changes: unknown, area: string) => {
      if (area === 'session' || area === 'local') void refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.storage.onChanged.addListener(onStorage);
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_MS);
    // Shown again (the panel reopened, its tab selected): read the tab at once rather than at the next poll.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [refresh]);

  // The tab's flagged posts, and those marked "Not a threat" here on this page, which the tab no longer reports.
  const listed = listedPosts(view, kept);
  // A post undone here that the tab reports again is the tab's once more.
  const reported = view.state?.flagged;
  useEffect(() => {
    if (!reported) return;
    const back = reported.filter((f) => f.post.id in kept && !(f.post.id in feedback)).map((f) => f.post.id);
    if (back.length > 0) setKept((k) => Object.fromEntries(Object.entries(k).filter(([id]) => !back.includes(id))));
  }, [reported, kept, feedback]);

  // Context entries of the open post, fetched once per (pack, id).
  const selected = selectedId ? listed.find((f) => f.post.id === selectedId) : undefined;
  // At most 200 refs per request (the background's cap); entries the background has no answer for are asked again
  // when the post is opened again (its pack may have been turned back on).
  const missingContexts = selected ? contextRefsOf(selected.result).filter((r) => !(contextKey(r) in contexts)).slice(0, 200) : [];
  const missingKey = missingContexts.map(contextKey).join('\n');
  useEffect(() => {
    if (!missingKey) return;
    let alive = true;
    void sendMessage('getContexts', missingContexts)
      .catch(() => null) // the background is restarting: nothing is cached, the next opening asks again
      .then((entries) => {
        if (!alive || !Array.isArray(entries)) return;
        setContexts((prev) => {
          const next = { ...prev };
          missingContexts.forEach((r, i) => {
            const e = entries[i];
            if (e) next[contextKey(r)] = e;
          });
          return next;
        });
      });
    return () => {
      alive = false;
    };
  }, [missingKey]);

  const tab = view.tab;
  const state = view.state;
  const site: SiteId | null = state?.site ?? (tab?.url ? siteForUrl(tab.url) : null);
  const country = countryOf(settings);

  async function openTab(url: string): Promise<void> {
    openingUntil.current = Date.now() + 3000;
    try {
      const created = await browser.tabs.create({ url });
      if (created?.id !== undefined) ownTabs.current.add(created.id);
    } finally {
      openingUntil.current = 0;
    }
  }

  /**
   * The bundle from the tab when it answers in time, else built here from what the tab reported (its link included
   * when the tab had found it); with `image`, the PNG the tab drew of the post too.
   */
  async function evidence(
    item: FlaggedPost,
    tabId: number,
    waitMs: number,
    image: boolean,
  ): Promise<{ bundle: EvidenceBundle; png: Uint8Array | null }> {
    const captured = await withTimeout(sendMessage('captureEvidence', { postId: item.post.id, image }, tabId), waitMs);
    if (captured?.bundle) {
      let png: Uint8Array | null;
      try {
        png = captured.pngBase64 ? decodeBase64(captured.pngBase64) : null;
      } catch {
        png = null; // a damaged image: the bundle still goes, with the image's fingerprint
      }
      return { bundle: captured.bundle, png };
    }
    return { bundle: await buildEvidence(item.post, item.result, state?.url ?? tab?.url ?? '', new Date()), png: null };
  }

  async function reportPlatform(item: FlaggedPost, tabId: number): Promise<ActionOutcome> {
    const name = siteName(lang, item.post.site);
    const r = await withTimeout(sendMessage('reportOnPlatform', item.post.id, tabId), 15_000);
    if (r?.ok) return { ok: true, message: tr('panel_platform_opened', { site: name }) };
    if (r?.reason === 'gone') return { ok: false, message: tr('panel_post_gone') };
    // Fallback: the post's link on the clipboard and the platform's help page on reporting.
    const permalink = safeHttpsUrl(r?.permalink ?? item.post.url);
    const copied = permalink ? await copyText(permalink) : false;
    const help = destinationById(item.post.site === 'x' ? 'x-help' : 'facebook-help');
    const helpUrl = safeHttpsUrl(help?.url);
    if (helpUrl) await openTab(helpUrl);
    return {
      ok: false,
      message: tr(copied && helpUrl ? 'panel_platform_fallback_help' : 'panel_platform_fallback', { site: name }),
    };
  }

  async function reportDestination(item: FlaggedPost, tabId: number, d: Destination): Promise<ActionOutcome> {
    const name = d.name[lang] || d.name.en;
    // The clipboard needs this page focused (and, in Firefox, the click's activation, about 5 s): the bundle is taken
    // from the tab only if it answers in time (finding a Facebook post's link takes it up to 1.5 s), else built here
    // from the post the tab reported.
    const { bundle } = await evidence(item, tabId, 2500, false);
    const copied = await copyText(evidenceToText(bundle, lang));
    const url = safeHttpsUrl(d.url);
    if (url) await openTab(url);
    void sendMessage('logReport', { destinationId: d.id, bundle }).catch(() => undefined);
    if (url) return { ok: true, message: tr(copied ? 'panel_dest_opened' : 'panel_dest_opened_nocopy', { name }) };
    return { ok: copied, message: tr(copied ? 'panel_dest_copied' : 'panel_copy_failed', { name }) };
  }

  async function download(item: FlaggedPost, tabId: number): Promise<void> {
    const { bundle, png } = await evidence(item, tabId, 10_000, true);
    const name = evidenceFileName(bundle);
    downloadText(evidenceToJson(bundle), name);
    if (png) downloadBytes(png, name.replace(/\.json$/, '.png'), 'image/png');
  }

  async function showOnPage(item: FlaggedPost, tabId: number): Promise<void> {
    const ok = await withTimeout(sendMessage('showPost', item.post.id, tabId), 5000);
    setNotice(tr(ok ? 'panel_shown_on_page' : 'panel_post_gone'));
  }

  function markNotThreat(item: FlaggedPost, tabId: number, url: string): void {
    setFeedback((f) => ({ ...f, [item.post.id]: '' }));
    setKept((k) => ({ ...k, [item.post.id]: { item, tabId, url } }));
    void sendMessage('addFeedback', { post: item.post, patternIds: item.result.patterns.map((p) => p.id) })
      .then((entry) => setFeedback((f) => (item.post.id in f ? { ...f, [item.post.id]: entry.id } : f)))
      .catch(() => {
        setFeedback((f) => {
          const { [item.post.id]: _drop, ...rest } = f;
          return rest;
        });
        setKept((k) => {
          const { [item.post.id]: _drop, ...rest } = k;
          return rest;
        });
        setNotice(tr('detail_action_failed'));
      });
  }

  function undoNotThreat(item: FlaggedPost): void {
    const id = feedback[item.post.id];
    setFeedback((f) => {
      const { [item.post.id]: _drop, ...rest } = f;
      return rest;
    });
    // Before the store answered with the entry's id: by the post's id (the background takes changes in order).
    void sendMessage('removeFeedback', id || item.post.id).catch(() => setNotice(tr('detail_action_failed')));
  }

  const header = (
    <header class="fb-app-bar">
      <h1 class="fb-app-name">
        <ShieldIcon size={16} />
        <span>{tr('extName')}</span>
      </h1>
    </header>
  );

  const noticeRegion = (
    <div class="fb-app-status" role="status" aria-live="polite">
      {notice && <p class="fb-status-msg">{notice}</p>}
    </div>
  );

  let body;
  if (!view.loaded) {
    body = <p class="fb-list-empty">{tr('panel_loading')}</p>;
  } else if (!tab || !site) {
    body = (
      <Empty icon={<InfoIcon size={32} />} title={tr('panel_not_supported_title')} text={tr('panel_not_supported')} />
    );
  } else if (settings && !settings.sites[site]) {
    const name = siteName(lang, site);
    body = (
      <Empty icon={<InfoIcon size={32} />} title={tr('panel_disabled_title', { site: name })} text={tr('panel_disabled')}>
        <button type="button" class="fb-btn fb-btn-primary" onClick={() => void setSiteEnabled(site, true)}>
          {tr('panel_turn_on', { site: name })}
        </button>
      </Empty>
    );
  } else if (!state) {
    body = <Empty icon={<InfoIcon size={32} />} title={tr('panel_waiting_title')} text={tr('panel_waiting')} />;
  } else {
    const tabId = tab.id;
    const dismissedIds = new Set(Object.keys(feedback));
    body = (
      <>
        {state.patternsMissing && (
          <PageWarning surface="panel" title={tr('panel_patterns_missing_title')} text={tr('panel_patterns_missing')} />
        )}
        {state.unreadable && <PageWarning surface="panel" title={tr('panel_unreadable_title')} text={tr('panel_unreadable')} />}
        <PostList
          lang={lang}
          theme={theme}
          items={listed}
          dismissedIds={dismissedIds}
          selectedId={selectedId}
          onSelect={(id) => {
            setNotice(null);
            setSelectedId(id);
          }}
          onShowOnPage={(item) => void showOnPage(item, tabId)}
          onUndo={(item) => {
            undoNotThreat(item);
            setNotice(tr('detail_undone'));
          }}
          summary={
            <p class="fb-list-summary">
              {tr('panel_scanned', { count: new Intl.NumberFormat(lang).format(state.scanned) })}
            </p>
          }
          renderDetail={(item) => (
            <DetailView
              lang={lang}
              theme={theme}
              post={item.post}
              result={item.result}
              contexts={contextRefsOf(item.result)
                .map((r) => contexts[contextKey(r)])
                .filter((c): c is ContextEntry => !!c)}
              destinations={destinationsForCountry(country, item.post.site)}
              emergencyNumber={emergencyNumber(country)}
              countryFromBrowser={settings?.country === 'auto' && country !== null}
              dismissed={item.post.id in feedback}
              onNotThreat={() => markNotThreat(item, tabId, state.url)}
              onUndo={() => undoNotThreat(item)}
              onReportPlatform={() => reportPlatform(item, tabId)}
              onReportDestination={(d) => reportDestination(item, tabId, d)}
              onDownloadEvidence={() => download(item, tabId)}
              onScrollToPost={() => void showOnPage(item, tabId)}
            />
          )}
        />
      </>
    );
  }

  return (
    <div class="fb-root fb-app" data-theme={theme} dir={isRtl(lang) ? 'rtl' : 'ltr'} lang={lang}>
      {header}
      <main>
        {noticeRegion}
        {body}
      </main>
    </div>
  );
}

function Empty(props: { icon: ComponentChildren; title: string; text: string; children?: ComponentChildren }) {
  return (
    <div class="fb-empty">
      <span class="fb-empty-icon">{props.icon}</span>
      <h2 class="fb-empty-title">{props.title}</h2>
      <p class="fb-empty-text">{props.text}</p>
      {props.children}
    </div>
  );
}
