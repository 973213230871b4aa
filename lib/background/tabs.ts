// Per-tab state: what each tab's content script last reported (flagged posts, scanned count, unreadable page),
// kept in memory and mirrored to storage.session (when the browser has it) so a restarted service worker
// still knows; shown as the toolbar badge (count), its colour (highest severity) and its title.
// Cleared when the tab closes or navigates to a site Firebreak does not run on.
import type { FlaggedPost, TabReport, TabReportAck, TabState } from '../messages';
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
  if (state.patternsMissing) return { text: '!', color: BADGE_COLORS.none, title: t(lang, 'tab_title_no_patterns') };
  const n = state.flagged.length;
  const color = BADGE_COLORS[highestSeverity(state.flagged) ?? 'none'];
  if (n === 0) return { text: '', color, title: t(lang, state.unreadable ? 'tab_title_unreadable' : 'tab_title_none') };
  const title = n === 1 ? t(lang, 'tab_title_one') : t(lang, 'tab_title_many', { count: n });
  return { text: n > 999 ? '999+' : String(n), color, title };
}

/** A tab report as checked: the flagged list is whole unless `delta` is set. */
export interface CheckedReport extends Omit<TabState, 'tabId'> {
  delta: { base: number; removed: string[] } | null;
}

/** Checks and trims a report from a content script; throws on a malformed one. */
export function sanitiseReport(report: TabReport): CheckedReport {
  if (!report || typeof report !== 'object') throw new Error('Malformed tab report.');
  const flagged = Array.isArray(report.flagged) ? report.flagged : [];
  const d = report.delta;
  const delta =
    d && typeof d === 'object' && Number.isSafeInteger(d.base)
      ? { base: d.base, removed: Array.isArray(d.removed) ? d.removed.filter((x): x is string => typeof x === 'string') : [] }
      : null;
  return {
    url: String(report.url ?? ''),
    site: report.site === 'facebook' ? 'facebook' : 'x',
    enabled: report.enabled !== false,
    scanned: Number.isFinite(report.scanned) ? Math.max(0, Math.floor(report.scanned)) : 0,
    flagged: newest(flagged),
    unreadable: report.unreadable === true,
    ...(report.patternsMissing === true ? { patternsMissing: true } : {}),
    ...(typeof report.session === 'string' && Number.isSafeInteger(report.seq) ? { session: report.session, seq: report.seq } : {}),
    delta,
  };
}

/** The newest MAX_FLAGGED_PER_TAB posts of a list. */
function newest(flagged: FlaggedPost[]): FlaggedPost[] {
  return flagged.length > MAX_FLAGGED_PER_TAB ? flagged.slice(-MAX_FLAGGED_PER_TAB) : flagged;
}

/** The stored list with a delta applied: removed ids dropped, changed posts replaced in place, new ones appended. */
function applyDelta(stored: readonly FlaggedPost[], changed: readonly FlaggedPost[], removed: readonly string[]): FlaggedPost[] {
  const byId = new Map<string, FlaggedPost>();
  for (const f of stored) byId.set(f.post.id, f);
  for (const id of removed) byId.delete(id);
  for (const f of changed) if (f?.post && typeof f.post.id === 'string') byId.set(f.post.id, f);
  return newest([...byId.values()]);
}

/** Session storage is rewritten at most this often when only the scanned count changed. */
export const PERSIST_INTERVAL_MS = 5000;

/** What makes a report worth writing to session storage again at once. */
function persistKey(s: TabState): string {
  return JSON.stringify([s.url, s.site, s.enabled, s.unreadable, s.patternsMissing === true, s.flagged.map((f) => [f.post.id, f.result.severity, f.post.text.length])]);
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

  /**
   * Stores a content script's report for its tab and updates the badge. A delta that does not follow the stored
   * state changes nothing and answers `resync`.
   */
  async report(tabId: number, raw: TabReport): Promise<TabReportAck & { state: TabState | null }> {
    const { delta, ...report } = sanitiseReport(raw);
    let flagged = report.flagged;
    if (delta) {
      const prev = await this.get(tabId);
      if (!prev || report.session === undefined || prev.session !== report.session || prev.seq !== delta.base) {
        return { resync: true, state: null };
      }
      flagged = applyDelta(prev.flagged, report.flagged, delta.removed);
    }
    const state: TabState = { ...report, flagged, tabId };
    this.mem.set(tabId, state);
    this.cleared.delete(tabId);
    await Promise.all([this.persist(state), this.renderBadge(tabId, state)]);
    return { resync: false, state };
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
