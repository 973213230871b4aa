// Per-tab state: what each tab's content script last reported (flagged posts, scanned count, unreadable page),
// kept in memory and mirrored to storage.session (when the browser has it) so a restarted service worker
// still knows; shown as the toolbar badge (count), its colour (highest severity) and its title.
// Cleared when the tab closes or navigates to a site Firebreak does not run on.
import type { FlaggedPost, TabReport, TabState } from '../messages';
import { siteForUrl } from '../sites/hosts';
import { SEVERITY_RANK, type Lang, type Severity } from '../types';
import type { BackgroundEnv } from './env';
import { t } from '../i18n';
import { readUiLang } from './ui-lang';

/** storage.session key of one tab's state. */
export const TAB_KEY_PREFIX = 'firebreak.tab.';
/** A tab keeps at most this many flagged posts (the newest), so session storage stays small. */
export const MAX_FLAGGED_PER_TAB = 500;

export const BADGE_COLORS: Record<Severity | 'none', string> = {
  high: '#B3261E',
  medium: '#B45309',
  low: '#475569',
  none: '#475569',
};

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

/** Highest severity among the flagged posts, or null. */
export function highestSeverity(flagged: readonly FlaggedPost[]): Severity | null {
  let best: Severity | null = null;
  for (const f of flagged) {
    const s = f.result.severity;
    if (s && (!best || SEVERITY_RANK[s] > SEVERITY_RANK[best])) best = s;
  }
  return best;
}

/** What the toolbar button shows for a tab's state (null state: the default look). */
export function badgeFor(state: TabReport | null, lang: Lang): BadgeView {
  if (!state) return { text: '', color: BADGE_COLORS.none, title: t(lang, 'extName') };
  if (!state.enabled) return { text: '', color: BADGE_COLORS.none, title: t(lang, 'tab_title_off') };
  const n = state.flagged.length;
  const color = BADGE_COLORS[highestSeverity(state.flagged) ?? 'none'];
  if (n === 0) return { text: '', color, title: t(lang, state.unreadable ? 'tab_title_unreadable' : 'tab_title_none') };
  const title = n === 1 ? t(lang, 'tab_title_one') : t(lang, 'tab_title_many', { count: n });
  return { text: n > 999 ? '999+' : String(n), color, title };
}

/** Checks and trims a report from a content script; throws on a malformed one. */
export function sanitiseReport(report: TabReport): TabReport {
  if (!report || typeof report !== 'object') throw new Error('Malformed tab report.');
  const flagged = Array.isArray(report.flagged) ? report.flagged : [];
  return {
    url: String(report.url ?? ''),
    site: report.site === 'facebook' ? 'facebook' : 'x',
    enabled: report.enabled !== false,
    scanned: Number.isFinite(report.scanned) ? Math.max(0, Math.floor(report.scanned)) : 0,
    flagged: flagged.length > MAX_FLAGGED_PER_TAB ? flagged.slice(-MAX_FLAGGED_PER_TAB) : flagged,
    unreadable: report.unreadable === true,
  };
}

/** Session storage is rewritten at most this often when only the scanned count changed. */
export const PERSIST_INTERVAL_MS = 5000;

/** What makes a report worth writing to session storage again at once. */
function persistKey(s: TabState): string {
  return JSON.stringify([s.url, s.site, s.enabled, s.unreadable, s.flagged.map((f) => [f.post.id, f.result.severity, f.post.text.length])]);
}

export class TabStateService {
  private readonly mem = new Map<number, TabState>();
  /** Tabs whose in-memory entry is known to be absent from session storage too (after a clear). */
  private readonly cleared = new Set<number>();
  private readonly lastBadge = new Map<number, string>();
  private readonly lastPersist = new Map<number, { key: string; at: number }>();
  private lang: Promise<Lang> | null = null;

  constructor(private readonly env: BackgroundEnv) {}

  private get session() {
    return this.env.browser.storage?.session ?? null;
  }

  /** Stores a content script's report for its tab and updates the badge. */
  async report(tabId: number, raw: TabReport): Promise<TabState> {
    const state: TabState = { ...sanitiseReport(raw), tabId };
    this.mem.set(tabId, state);
    this.cleared.delete(tabId);
    await Promise.all([this.persist(state), this.renderBadge(tabId, state)]);
    return state;
  }

  /** The tab's last report, from memory or (after a worker restart) from session storage. */
  async get(tabId: number): Promise<TabState | null> {
    const inMem = this.mem.get(tabId);
    if (inMem) return inMem;
    if (this.cleared.has(tabId) || !this.session) return null;
    try {
      const key = TAB_KEY_PREFIX + tabId;
      const got = (await this.session.get(key)) as Record<string, TabState | undefined>;
      const state = got[key];
      if (state && typeof state === 'object' && state.tabId === tabId) {
        // A report may have landed while reading: the newer in-memory one wins.
        const now = this.mem.get(tabId);
        if (now) return now;
        this.mem.set(tabId, state);
        return state;
      }
    } catch (err) {
      this.env.logError('tabs: reading session state', err);
    }
    return null;
  }

  /** Forgets a tab (closed, or gone to another site) and resets its badge. */
  async clear(tabId: number, opts: { tabClosed?: boolean } = {}): Promise<void> {
    this.mem.delete(tabId);
    this.cleared.add(tabId);
    this.lastBadge.delete(tabId);
    this.lastPersist.delete(tabId);
    const tasks: Promise<unknown>[] = [];
    if (this.session) tasks.push(this.session.remove(TAB_KEY_PREFIX + tabId));
    if (!opts.tabClosed) tasks.push(this.renderBadge(tabId, null));
    const results = await Promise.allSettled(tasks);
    for (const r of results) if (r.status === 'rejected') this.env.logError('tabs: clearing state', r.reason);
  }

  /** tabs.onRemoved */
  onRemoved(tabId: number): Promise<void> {
    return this.clear(tabId, { tabClosed: true });
  }

  /** tabs.onUpdated: clears the state when the tab leaves the site it reported from. */
  async onUpdated(tabId: number, changeInfo: { url?: string; status?: string }, tab: { url?: string }): Promise<void> {
    if (changeInfo.url === undefined && changeInfo.status !== 'loading') return;
    const state = await this.get(tabId);
    if (!state) return;
    // Without host permission for the new page the browser hides its URL: it is not one of our sites.
    const url = changeInfo.url ?? tab.url;
    const site = url ? siteForUrl(url) : null;
    if (site !== state.site) await this.clear(tabId);
  }

  /** Every tab with state in memory (for tests and broadcasts). */
  knownTabIds(): number[] {
    return [...this.mem.keys()];
  }

  /** Redraws every known tab's badge (after the settings, maybe the interface language, changed). */
  async refreshBadges(): Promise<void> {
    this.lang = null;
    this.lastBadge.clear();
    await Promise.all([...this.mem.values()].map((s) => this.renderBadge(s.tabId, s)));
  }

  private async persist(state: TabState): Promise<void> {
    if (!this.session) return;
    // Content scripts report after every scan slice: skip rewrites where only the scanned count moved.
    const key = persistKey(state);
    const now = Date.now();
    const last = this.lastPersist.get(state.tabId);
    if (last && last.key === key && now - last.at < PERSIST_INTERVAL_MS) return;
    this.lastPersist.set(state.tabId, { key, at: now });
    try {
      await this.session.set({ [TAB_KEY_PREFIX + state.tabId]: state });
    } catch (err) {
      // Quota or a closed session area: memory still has it.
      this.env.logError('tabs: writing session state', err);
    }
  }

  private uiLang(): Promise<Lang> {
    this.lang ??= readUiLang(this.env);
    return this.lang;
  }

  private async renderBadge(tabId: number, state: TabState | null): Promise<void> {
    const view = badgeFor(state, await this.uiLang());
    const key = `${view.text}|${view.color}|${view.title}`;
    if (this.lastBadge.get(tabId) === key) return;
    this.lastBadge.set(tabId, key);
    const action = this.env.browser.action;
    try {
      await Promise.all([
        action.setBadgeText({ tabId, text: view.text }),
        action.setBadgeBackgroundColor({ tabId, color: view.color }),
        action.setTitle({ tabId, title: view.title }),
      ]);
      if (typeof action.setBadgeTextColor === 'function') {
        await action.setBadgeTextColor({ tabId, color: '#FFFFFF' }).catch(() => undefined);
      }
    } catch (err) {
      // The tab may have closed meanwhile.
      this.lastBadge.delete(tabId);
      this.env.logError('tabs: badge', err);
    }
  }
}
