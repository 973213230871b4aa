// The content script's runtime on X or Facebook: loads the matcher snapshot from the background, runs the
// scanner, writes marks, opens the in-page panel, reports the tab's state, and answers the background.
// Post text never leaves the page except when the user starts a report.
import { browser } from 'wxt/browser';
import type { Matcher } from '../match/matcher';
import { matcherFromResponse, type SnapshotLoad } from './snapshot-load';
import { onMessage, sendMessage, type FlaggedPost, type SnapshotResponse } from '../messages';
import { destinationsForCountry, emergencyNumber, PLATFORM_REPORT_ID, reportingCountry, type Destination } from '../report/destinations';
import { encodeBase64 } from '../base64';
import { buildEvidence, evidenceFileName, evidenceToJson, evidenceToText, type EvidenceBundle } from '../report/evidence';
import { openPlatformReport } from '../report/platform-flow';
import { normaliseSettings, SETTINGS_KEY, type Settings } from '../settings';
import { newId } from '../background/util';
import { isHashPostId, type SiteAdapter } from '../sites/adapter';
import { contextRefsOf, EMPTY_RESULT, type Lang, type MatchResult, type PostData } from '../types';
import { langFromLocale, t } from '../i18n';
import type { ContextEntry } from '../pack/schema';
import { applyMark, ATTR_BLUR, badgeButton, marksLost, BADGE_SELECTOR, clearAllMarks, markClear, revealPost, unmarkContainer } from './marks';
import { InPagePanel, PANEL_TAG, type PanelContent } from './panel';
import { blurredTextSelector, installPageStyle, removePageStyle } from './page-style';
import { PostPositions } from './positions';
import { PageReadability } from './readability';
import { ATTR_ID, ATTR_STATE, Scanner, baseId, type ScanOutcome } from './scanner';
import { pageTheme } from './theme';
import { renderPostPng } from './screenshot';
import { ContentLifecycle } from './lifecycle';

/** Tab reports carry the whole flagged list: at most one a second keeps them off the page's main thread. */
const REPORT_THROTTLE_MS = 1000;
/** When only the scanned count changed (the popup shows it), a report within this delay is soon enough. */
const SCANNED_REPORT_MS = 5000;
/** After an in-app navigation, when to look again whether the open panel's post left with the page. */
const PANEL_RECHECK_MS = 800;
/** A report the background could not take is sent again after this delay. */
const REPORT_RETRY_MS = 3000;
/**
 * "Show on page" for a post a virtual list dropped: how long to wait, once scrolled to where it was, for the site to
 * render it and the scanner to mark it again (the side panel gives up on the answer after 5 s).
 */
const BRING_BACK_MS = 2500;
/** Reads of the settings before the page is read with the defaults, and the waits between later tries. */
const SETTINGS_FIRST_TRIES = 3;
const SETTINGS_RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

interface Tracked extends FlaggedPost {
  el: WeakRef<Element>;
  /** The page (URL without fragment) it was seen on: after in-app navigation, posts of the page left are dropped. */
  page: string;
}

const pageKey = (): string => location.href.split('#')[0] ?? location.href;

/**
 * Whether `now` is the post `was` read again once its permalink appeared: a content-hash id became the site's own,
 * same author, and the words unchanged or grown ("See more"). A node the site recycles for another post is not.
 */
function samePostGotPermalink(oldId: string, was: PostData, now: PostData): boolean {
  return isHashPostId(oldId) && !isHashPostId(now.id) && was.author.name === now.author.name && now.text.startsWith(was.text.slice(0, 200));
}

export async function runContentApp(baseAdapter: SiteAdapter, ctx = new ContentLifecycle()): Promise<void> {
  const readSettings = async (): Promise<Settings> =>
    normaliseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  /**
   * The settings as read, or null while storage could not be read: then the defaults are in effect (every site
   * checked) and the read is tried again, so a site the reader turned off is left alone once the read succeeds.
   */
  let settingsRead: Settings | null = null;
  for (let attempt = 0; attempt < SETTINGS_FIRST_TRIES && settingsRead === null; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
    try {
      settingsRead = await readSettings();
    } catch (err) {
      if (attempt === SETTINGS_FIRST_TRIES - 1) console.warn('[Firebreak] could not read the settings (trying again):', err);
    }
  }
  let settings: Settings = settingsRead ?? normaliseSettings(undefined);
  /** False until the settings were read or a change of them came. */
  let settingsKnown = settingsRead !== null;
  let adapter = baseAdapter;
  let matcher: Matcher | null = null;
  let snapshotVersion = '';
  let snapshotAsks = 0;
  /** Loads given up because the snapshot changed while its parts came, in a row. */
  let staleRetries = 0;
  /**
   * No patterns to check posts with: the background could not give them or they came damaged. Nothing is scanned
   * meanwhile (a post marked clear would say it was checked), the tab report says so, and the load is tried again.
   */
  let patternsMissing = false;
  /** Failed loads in a row (each waits longer before the next try), and the timer of the next try. */
  let snapshotFailures = 0;
  let snapshotRetry: number | null = null;
  let dismissed = new Set<string>();
  const flagged = new Map<string, Tracked>();
  const elements = new Map<string, WeakRef<Element>>();
  const positions = new PostPositions();
  /** "Show on page" bringing back a dropped post: the latest call's number, and where the reader was before the first. */
  let bringing = 0;
  let bringFrom: number | null = null;
  const panel = new InPagePanel(document);
  /** "Not a threat" entries recorded from this page, by post id, so Undo removes the right one. */
  const feedbackIds = new Map<string, string>();
  /**
   * A post read again under another id (Facebook shows a post's permalink only once it was hovered, and its id
   * changes from a content hash to the permalink's): old id → new id, so that a dismissal follows the post. Only for
   * that change on the same post (author and words); a node the site recycles for another post is another post.
   */
  const renamed = new Map<string, string>();
  /** Dismissals being saved under a post's new id, so that Undo waits for them before removing them. */
  const carrying = new Map<string, Promise<unknown>>();
  /**
   * Dismissals an Undo is removing, one id after the other: a page read again in between (the store tells the tab
   * of each removal) must not carry one still listed to the copy already undone.
   */
  const undoing = new Set<string>();
  /**
   * One post shown twice: a feed post under its content hash (Facebook fills its permalink in on hover) and the same
   * post opened in its dialog, under its permalink at once. Both ways (hash → site id, site id → hash); paired once
   * while both are on the page (pairCopies), the pair holds after the dialog closes.
   */
  const twins = new Map<string, string>();
  // A rename goes from a content hash to the site's own id, never further: one step each way.
  const latestId = (id: string): string => renamed.get(id) ?? id;
  /** A flagged post as this page tracks it, under the id it goes by now (its permalink found since) or the one given. */
  const trackedAt = (id: string): Tracked | undefined => flagged.get(latestId(id)) ?? flagged.get(id);
  /** Every id this page knew the post by: its latest, and the content hashes renamed to it. */
  const idsOf = (id: string): string[] => {
    const now = latestId(id);
    return [now, ...[...renamed].filter(([from, to]) => to === now && from !== now).map(([from]) => from)];
  };
  let scanner: Scanner | null = null;
  const readability = new PageReadability();
  let textlessWarned = false;
  let markFailedWarned = false;
  let reportTimer: number | null = null;
  let reportAt = Number.POSITIVE_INFINITY;
  /** The flagged list changed since the last tab report. */
  let reportDue = false;
  let lastUnreadable = false;
  /** Tab reports: this run's id, the number of the last one sent, and the flagged list the background holds. */
  const reportSession = newId();
  let reportSeq = 0;
  let acked: Map<string, FlaggedPost> | null = null;
  let reporting = false;
  let reportAgain = false;

  const lang = (): Lang => (settings.uiLang === 'auto' ? langFromLocale(navigator.language) : settings.uiLang);
  const country = (): string => reportingCountry(settings.country, navigator.language) ?? '';
  const enabled = (): boolean => settings.sites[adapter.site];

  const match = (text: string): MatchResult => (matcher ? matcher.match(text) : EMPTY_RESULT);

  /** Posts the reader revealed (their blur taken off by a click), by id: not blurred again until blur is turned on. */
  const revealed = new Set<string>();
  const reveal = (container: Element): void => {
    const id = container.getAttribute(ATTR_ID);
    if (id !== null) revealed.add(id);
    revealPost(container);
  };

  const handlers = {
    onActivate: (container: Element, button: HTMLButtonElement) => {
      // The badge takes the blur off its post, for good: the panel shows its words.
      reveal(container);
      void openPanelFor(container, button);
    },
  };

  /** A post id no longer flagged on this page: out of the flagged list (the next report drops it). */
  function forget(id: string): void {
    elements.delete(id);
    positions.forget(id);
    if (flagged.delete(id)) reportDue = true;
    const twin = twins.get(id);
    if (twin !== undefined) {
      twins.delete(id);
      twins.delete(twin);
    }
  }

  /**
   * Pairs a flagged post read under the site's id inside a dialog (Facebook opens a feed post there, permalink shown)
   * with its feed copy: the one flagged post on the page read under a content hash outside any dialog, same author,
   * its words the start of this one's (the feed may cut them short). Two candidates, or none: no pair (two posts
   * alike are two posts; distinctId keeps them apart on purpose). The feed copy may have been read at another
   * address: Facebook puts the post's permalink in the address bar as its dialog opens, over the feed still shown.
   */
  function pairCopies(post: PostData, el: Element): void {
    if (isHashPostId(post.id) || twins.has(post.id) || !el.closest('[role="dialog"]')) return;
    let found: string | null = null;
    for (const [id, f] of flagged) {
      if (!isHashPostId(id) || twins.has(id)) continue;
      const other = f.el.deref();
      // Shown: a view the site keeps mounted but hidden after in-app navigation holds no copy of this one.
      if (!other?.isConnected || other.closest('[role="dialog"]') || other.getClientRects().length === 0) continue;
      if (f.post.author.name !== post.author.name || !post.text.startsWith(f.post.text.replace(/\s*(?:…|\.\.\.)$/, ''))) continue;
      if (found !== null) return;
      found = id;
    }
    if (found === null) return;
    if (twins.size > 2000) twins.clear();
    twins.set(found, post.id);
    twins.set(post.id, found);
  }

  /**
   * A content-hash id ("h:…": the site shows no permalink yet) that another post on the page already holds gets a
   * suffix: the same author opening two posts with the same words (a repost wave, search results) would otherwise be
   * listed, counted, dismissed and reported as one. An id from the site itself (a permalink) is left as it is: the
   * same post shown twice is one post.
   */
  function distinctId(id: string, el: Element): string {
    if (!isHashPostId(id)) return id;
    const free = (candidate: string): boolean => {
      const holder = elements.get(candidate)?.deref();
      return !holder || holder === el || !holder.isConnected || holder.getAttribute(ATTR_ID) !== candidate;
    };
    // The post's own id first: the scanner hands back the suffix a post was given, and it stays with that post
    // (a dismissal is recorded under it) even after the post that held the bare id leaves the page.
    if (free(id)) return id;
    const base = baseId(id);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}~${n}`;
      if (free(candidate)) return candidate;
    }
  }

  /**
   * Whether two ids name two posts (a node the site recycled), not one post read again; null: unknown. Only where the
   * adapter tells posts apart by their own ids (X's status ids): Facebook may show one post under two ids (a pfbid and
   * a story_fbid), so there a new id replaces the old as before.
   */
  function isOtherPost(was: string, now: string | null): boolean {
    return adapter.postId !== undefined && now !== null && !isHashPostId(was) && !isHashPostId(now) && baseId(was) !== baseId(now);
  }

  function apply(outcomes: ScanOutcome[]): void {
    // The language and the page's address are read for flagged posts only: location.href and navigator.language
    // are calls into the browser, and most slices hold clear posts alone.
    let l: Lang | null = null;
    let page: string | null = null;
    /** Feed copies whose dialog copy is dismissed (in an earlier visit): dismissed and marked after this slice. */
    const twinsToClear: [id: string, sameAs: string][] = [];
    for (const { el, id, replaces, post, result, text } of outcomes) {
      readability.scanned(text);
      const before = replaces !== null ? flagged.get(replaces) : undefined;
      // A node the site recycled for another post (X's timeline cells: two posts of their own ids) leaves the flagged
      // post it showed listed, as one scrolled out of the page is; the same post read again (its words edited, its
      // permalink found) replaces it.
      if (replaces !== null && !(post !== null && isOtherPost(replaces, post.id))) forget(replaces);
      if (post === null || !result.flagged) {
        // Clear: most posts. Only one that was flagged before (its id) has anything more to undo.
        if (!markClear(el)) applyMark(el, null, null, { dismissed: false, blur: false, lang: (l ??= lang()), anchor: () => el, handlers });
        if (id !== null && !isOtherPost(id, adapter.postId && !isHashPostId(id) ? adapter.postId(el) : null)) forget(id);
        continue;
      }
      l ??= lang();
      page ??= pageKey();
      post.id = distinctId(post.id, el);
      // A content-hash id handed out again is another post's now: what it was renamed to is not this one.
      if (isHashPostId(post.id)) renamed.delete(post.id);
      if (replaces !== null && replaces !== post.id && before && samePostGotPermalink(replaces, before.post, post)) {
        if (renamed.size > 2000) renamed.clear();
        renamed.set(replaces, post.id);
        // Revealed under its content hash: still revealed under its permalink.
        if (revealed.has(replaces)) revealed.add(post.id);
        if (dismissed.has(replaces) && !dismissed.has(post.id) && !undoing.has(replaces)) carryDismissal(post, result, replaces);
      }
      // The same post in the feed and in its dialog: a dismissal of either copy (now or in an earlier visit) is both's.
      pairCopies(post, el);
      const twin = twins.get(post.id);
      if (twin !== undefined && flagged.has(twin)) {
        if (dismissed.has(twin) && !dismissed.has(post.id) && !undoing.has(twin)) carryDismissal(post, result, twin);
        else if (dismissed.has(post.id) && !dismissed.has(twin) && !undoing.has(post.id)) twinsToClear.push([twin, post.id]);
      }
      try {
        applyMark(el, post.id, result.severity, {
          dismissed: dismissed.has(post.id),
          // A post the reader revealed stays revealed when it is marked again (a rescan after "Not a threat" on
          // another post, a pack update, "See more", the site re-rendering it).
          blur: settings.blurHighSeverity && !revealed.has(post.id) && (twin === undefined || !revealed.has(twin)),
          lang: l,
          anchor: () => adapter.badgeAnchor(el),
          handlers,
          textBlocks: adapter.textBlocks ? () => adapter.textBlocks!(el) : undefined,
        });
      } catch (err) {
        // The page broke the mark (its own elements under ours): the post is still listed, counted and reported,
        // and the rest of the slice is marked.
        if (!markFailedWarned) console.warn('[Firebreak] could not mark a post on this page:', err);
        markFailedWarned = true;
      }
      const prev = flagged.get(post.id);
      const ref = new WeakRef(el);
      elements.set(post.id, ref);
      positions.track(post.id, el);
      if (prev && prev.page === page && prev.el.deref() === el && prev.result === result) continue;
      flagged.set(post.id, { post, result, seenAt: prev?.seenAt ?? Date.now(), el: ref, page });
      reportDue = true;
    }
    for (const [id, sameAs] of twinsToClear) {
      const copy = flagged.get(id);
      if (!copy || dismissed.has(id)) continue;
      carryDismissal(copy.post, copy.result, sameAs);
      remark(id);
    }
  }

  /** Every element that holds a post's words (blurred, and revealed by a click): text blocks and X Articles' blocks. */
  function textSelectors(): string[] {
    return [...(adapter.selectors.text ?? []), ...(adapter.selectors.longformText ?? [])];
  }

  function startScanner(): void {
    scanner?.stop();
    scheduleReport(); // the site's switch may just have been turned on: the toolbar must stop saying "off"
    if (!enabled() || patternsMissing) return;
    installPageStyle(document, textSelectors(), pageTheme(document));
    scanner = new Scanner({
      adapter,
      match,
      apply,
      // A container that is no longer a post of its own: unmarked, and out of the flagged list until its post is
      // found again (in the same slice, where the site shows it).
      unmark: (gone) => {
        for (const { el, lastId } of gone) {
          unmarkContainer(el);
          if (lastId !== null) forget(lastId);
        }
      },
      onSliceDone: reportAfterSlice,
      // A dismissal counts only under the id this post was flagged with (the page can write the attribute too).
      marksLost: (el, lastId) => marksLost(el, lastId !== null, (id) => id === lastId && dismissed.has(id)),
    });
    scanner.start();
  }

  function stopAndClear(): void {
    scanner?.stop();
    scanner = null;
    panel.close();
    clearAllMarks(document);
    removePageStyle(document);
    flagged.clear();
    positions.clear();
    scheduleReport();
  }

  /** Sends the tab report within `delay` ms (an earlier pending one stands; a later one is brought forward). */
  function scheduleReport(delay = REPORT_THROTTLE_MS): void {
    const at = performance.now() + delay;
    // A report already due by then stands (asked after most slices: checked before ctx.isInvalid, a browser call).
    if (reportTimer !== null && at >= reportAt) return;
    if (ctx.isInvalid) return;
    if (reportTimer !== null) clearTimeout(reportTimer);
    reportAt = at;
    reportTimer = ctx.setTimeout(() => {
      reportTimer = null;
      reportAt = Number.POSITIVE_INFINITY;
      void sendReport();
    }, delay);
  }

  /** After a scan slice: soon when the flagged list changed, lazily when only the scanned count moved. */
  function reportAfterSlice(): void {
    scheduleReport(reportDue ? REPORT_THROTTLE_MS : SCANNED_REPORT_MS);
  }

  function isUnreadable(): boolean {
    // Without patterns nothing is read: the page is not unreadable, it waits (the report says so).
    if (!enabled() || patternsMissing) return false;
    const why = readability.verdict(adapter.pageExpectsPosts(location), () => adapter.pageIsEmpty?.(document) ?? false, {
      marked: () => document.querySelectorAll(`[${ATTR_STATE}]`).length,
      textHooks: adapter.textHooksPresent ? () => adapter.textHooksPresent!(document) : undefined,
    });
    if (why === 'no-text' && !textlessWarned) {
      // Posts found, but not one with words: the site renamed its text hooks (a silent miss otherwise).
      console.warn(`[Firebreak] ${adapter.site}: posts found, none with text: the text selectors no longer match`);
      textlessWarned = true;
    }
    return why !== null;
  }

  /**
   * Forgets the flagged posts of a page the tab left by in-app navigation once their nodes are gone, so the toolbar
   * count and the side panel describe the page shown. Posts of this page that scrolled out of a virtual list stay.
   */
  function forgetLeftPages(): void {
    const here = pageKey();
    for (const [id, f] of flagged) {
      if (f.page === here || stillShown(id, f, here)) continue;
      flagged.delete(id);
      positions.forget(id);
    }
  }

  /**
   * Whether a post listed from a page the tab left is still on this one: its node, or another copy marked with its
   * id (a post shown twice, in a viewer over its own page and on the page, was listed from the copy read last: the
   * viewer's, gone when it closed). The entry then follows that copy.
   */
  function stillShown(id: string, f: Tracked, here: string): boolean {
    const el = f.el.deref();
    // Its node on the page and still showing it (X recycles a node for another post: then it is not shown there).
    if (el?.isConnected && el.getAttribute(ATTR_ID) === id) return true;
    const copy = document.querySelector(`[${ATTR_ID}="${CSS.escape(id)}"]`);
    if (!copy || copy.getAttribute(ATTR_STATE) !== 'flagged') return false;
    const ref = new WeakRef(copy);
    flagged.set(id, { ...f, el: ref, page: here });
    elements.set(id, ref);
    positions.track(id, copy);
    return true;
  }

  /** Posts of a page the tab left whose nodes are gone now: the next report must drop them. */
  function hasLeftPagePosts(): boolean {
    const here = pageKey();
    for (const [id, f] of flagged) {
      if (f.page === here) continue;
      const el = f.el.deref();
      if (!el || !el.isConnected || el.getAttribute(ATTR_ID) !== id) return true;
    }
    return false;
  }

  async function sendReport(): Promise<void> {
    if (reporting) {
      // One report at a time: each delta builds on the one before.
      reportAgain = true;
      return;
    }
    reporting = true;
    forgetLeftPages();
    const wasDue = reportDue;
    reportDue = false;
    const unreadable = isUnreadable();
    lastUnreadable = unreadable;
    const current = new Map<string, FlaggedPost>();
    for (const f of flagged.values()) {
      if (dismissed.has(f.post.id)) continue;
      // The feed copy of a post also shown in its dialog is listed and counted once, under the permalink.
      const twin = isHashPostId(f.post.id) ? twins.get(f.post.id) : undefined;
      if (twin !== undefined && flagged.has(twin)) continue;
      const sent = acked?.get(f.post.id);
      // The object the background already holds when nothing in it changed (the delta then leaves it out).
      const same = sent !== undefined && sent.post === f.post && sent.result === f.result && sent.seenAt === f.seenAt;
      current.set(f.post.id, same ? sent : { post: f.post, result: f.result, seenAt: f.seenAt });
    }
    const base = acked;
    let list: FlaggedPost[];
    const removed: string[] = [];
    if (base) {
      list = [];
      for (const [id, f] of current) if (base.get(id) !== f) list.push(f);
      for (const id of base.keys()) if (!current.has(id)) removed.push(id);
    } else {
      list = [...current.values()];
    }
    try {
      const ack = await sendMessage('tabReport', {
        url: location.href,
        site: adapter.site,
        enabled: enabled(),
        scanned: scanner?.scannedCount ?? 0,
        flagged: list,
        unreadable,
        ...(patternsMissing && enabled() ? { patternsMissing: true } : {}),
        session: reportSession,
        seq: reportSeq + 1,
        ...(base ? { delta: { base: reportSeq, removed } } : {}),
      });
      reportSeq++;
      if (ack?.resync) {
        // The background does not hold what this delta builds on (its worker restarted, the tab was cleared):
        // the whole list goes at once.
        acked = null;
        reportAgain = true;
      } else {
        acked = current;
      }
    } catch {
      // The background is restarting, or the extension was reloaded (then the context is invalid and nothing
      // retries): send again a little later. Whether it took this report is unknown: the next one is whole.
      acked = null;
      reportDue ||= wasDue;
      if (!ctx.isInvalid) scheduleReport(REPORT_RETRY_MS);
    } finally {
      reporting = false;
    }
    if (reportAgain && !ctx.isInvalid) {
      reportAgain = false;
      void sendReport();
    }
  }

  async function loadSnapshot(): Promise<void> {
    // Two changes close together ask twice: an answer that comes after a later one's is older, and is dropped.
    const asked = ++snapshotAsks;
    let res: SnapshotResponse;
    try {
      res = await sendMessage('getSnapshot');
    } catch (err) {
      if (asked === snapshotAsks) snapshotFailed(err);
      return;
    }
    if (asked !== snapshotAsks) return;
    let loaded: SnapshotLoad;
    try {
      // A part the background cannot give (its worker restarting) makes the load stale: it is asked again.
      const orNull = <T>(p: Promise<T>) => p.catch(() => null);
      loaded = await matcherFromResponse(
        res,
        {
          chunk: (matcherVersion, index) => orNull(sendMessage('getSnapshotChunk', { matcherVersion, index })),
          meta: (matcherVersion, index) => orNull(sendMessage('getSnapshotMeta', { matcherVersion, index })),
        },
        () => asked === snapshotAsks,
      );
    } catch (err) {
      // Damaged on the way: asked again later (its version is not kept, so the same version is asked for again).
      if (asked === snapshotAsks) snapshotFailed(err);
      return;
    }
    if (asked !== snapshotAsks) return;
    if ('stale' in loaded) {
      // The patterns changed while their parts came (the change's broadcast starts a load of its own), or the
      // background could not answer: asked again shortly, a few times, and the page read again with what comes.
      if (staleRetries++ < 3) {
        // No patterns yet (the first load): none are checked meanwhile, as after a failure.
        if (matcher === null) patternsMissing = true;
        ctx.setTimeout(() => void reloadSnapshot(), 500);
      } else {
        snapshotFailed(new Error('the patterns kept changing while they loaded'));
      }
      return;
    }
    staleRetries = 0;
    snapshotFailures = 0;
    if (snapshotRetry !== null) {
      clearTimeout(snapshotRetry);
      snapshotRetry = null;
    }
    if (patternsMissing) {
      patternsMissing = false;
      reportDue = true;
    }
    snapshotVersion = res.version;
    dismissed = new Set(res.dismissed);
    matcher = loaded.matcher;
    const profile = res.siteProfiles[adapter.site];
    adapter = profile ? baseAdapter.withSelectors(profile.selectors) : baseAdapter;
  }

  /** Delays before asking again for patterns that did not come, longer after each failure in a row. */
  const SNAPSHOT_RETRY_MS = [1000, 2000, 5000, 10_000, 30_000, 60_000];

  /** The patterns could not be loaded: said in the tab report, and asked for again after a delay. */
  function snapshotFailed(err: unknown): void {
    if (snapshotFailures === 0) console.warn('[Firebreak] could not load the patterns (trying again):', err);
    staleRetries = 0;
    if (matcher === null) {
      patternsMissing = true;
      reportDue = true;
      scheduleReport(0);
    }
    // Asked again once a try is due, and only while the site is on (turned on again, it asks at once).
    if (snapshotRetry !== null || !enabled()) return;
    const delay = SNAPSHOT_RETRY_MS[Math.min(snapshotFailures++, SNAPSHOT_RETRY_MS.length - 1)]!;
    snapshotRetry = ctx.setTimeout(() => {
      snapshotRetry = null;
      void reloadSnapshot();
    }, delay);
  }

  // ---- the in-page panel -------------------------------------------------------------------------------------

  function elementFor(postId: string, orCopy = true): Element | null {
    const el = elements.get(postId)?.deref();
    if (el?.isConnected && el.getAttribute(ATTR_ID) === postId) return el;
    const found = document.querySelector(`[${ATTR_ID}="${CSS.escape(postId)}"]`);
    if (found || !orCopy) return found;
    // Its dialog closed: the same post in the feed (see twins).
    const twin = twins.get(postId);
    return twin !== undefined ? elementFor(twin, false) : null;
  }

  async function contextsFor(result: MatchResult): Promise<ContextEntry[]> {
    if (result.contextIds.length === 0) return [];
    try {
      return (await sendMessage('getContexts', contextRefsOf(result))).filter((e): e is ContextEntry => e !== null);
    } catch {
      return [];
    }
  }

  async function openPanelFor(container: Element, button: HTMLElement | null): Promise<void> {
    const postId = container.getAttribute(ATTR_ID);
    if (!postId) return;
    const tracked = flagged.get(postId);
    const post = tracked?.post ?? adapter.read(container);
    const result = tracked?.result ?? match(post.text);
    const contexts = await contextsFor(result);
    // Opened from a badge of this instance after the extension was reloaded or updated: its actions cannot reach the
    // background any more, and the panel says so rather than failing at each.
    const content = panelContent(post, result, contexts);
    // The site's theme may have changed since the page style was written: the outlines follow it.
    if (enabled()) installPageStyle(document, textSelectors(), pageTheme(document));
    panel.open(postId, ctx.isInvalid ? { ...content, notice: t(content.lang, 'panel_extension_reloaded') } : content, button);
  }

  function panelContent(post: PostData, result: MatchResult, contexts: ContextEntry[]): PanelContent {
    const c = country();
    const rerender = () => {
      if (panel.postId === post.id) panel.update(panelContent(post, result, contexts));
    };
    return {
      lang: lang(),
      theme: settings.theme === 'auto' ? pageTheme(document) : settings.theme,
      post,
      result,
      contexts,
      destinations: destinationsForCountry(c),
      emergencyNumber: emergencyNumber(c),
      countryFromBrowser: settings.country === 'auto' && c !== '',
      dismissed: dismissed.has(post.id),
      // Each returns its outcome: the panel says "marked" or "undone" only once the store took it.
      onNotThreat: () =>
        (async () => {
          try {
            const entry = await sendMessage('addFeedback', { post, patternIds: result.patterns.map((p) => p.id) });
            dismissed.add(post.id);
            feedbackIds.set(post.id, entry.id);
            // Read again under another id since the panel opened (its permalink appeared): that id too.
            const now = latestId(post.id);
            const current = flagged.get(now);
            if (now !== post.id && current && !dismissed.has(now)) carryDismissal(current.post, current.result, post.id);
            remark(now);
            // The post's other copy on the page (the feed's, or its dialog's) with it.
            const twin = twins.get(now);
            const copy = twin !== undefined ? flagged.get(twin) : undefined;
            if (twin !== undefined && copy) {
              if (!dismissed.has(twin)) carryDismissal(copy.post, copy.result, post.id);
              remark(twin);
            }
            rerender();
          } catch (err) {
            // Nothing changed (the background refused or is restarting, or the extension was reloaded): the post
            // stays marked, and the panel says the action failed.
            console.warn('[Firebreak] could not record "Not a threat":', err);
            throw err;
          }
        })(),
      onUndo: () =>
        (async () => {
          try {
            // The entry id when this page recorded it; the background also accepts the post id (after a reload).
            // Every id the post went by on this page: a dismissal may have followed it to a new one.
            const twin = twins.get(latestId(post.id));
            const copies = twin !== undefined ? [twin] : [];
            const ids = [...idsOf(post.id), ...copies].filter((id) => dismissed.has(id));
            for (const id of ids) undoing.add(id);
            try {
              for (const id of ids) {
                await carrying.get(id)?.catch(() => undefined);
                await sendMessage('removeFeedback', feedbackIds.get(id) ?? id);
                dismissed.delete(id);
                feedbackIds.delete(id);
              }
            } finally {
              for (const id of ids) undoing.delete(id);
            }
            remark(latestId(post.id));
            for (const id of copies) remark(id);
            rerender();
          } catch (err) {
            console.warn('[Firebreak] could not undo "Not a threat":', err);
            throw err;
          }
        })(),
      onReportPlatform: () => reportOnPlatform(post.id),
      onReportDestination: (d: Destination) => reportToDestination(post, result, d),
      onDownloadEvidence: () => downloadEvidence(post, result),
    };
  }
  /**
   * A dismissed post now read under a new id: dismissed under that id too, here and in the store (after a reload), as
   * the same decision as its id `sameAs` (one for the user).
   */
  function carryDismissal(post: PostData, result: MatchResult, sameAs: string): void {
    const id = post.id;
    dismissed.add(id);
    const saving = sendMessage('addFeedback', { post, patternIds: result.patterns.map((p) => p.id), sameAs }).then(
      (entry) => feedbackIds.set(id, entry.id),
      (err) => console.warn('[Firebreak] could not record "Not a threat" under the post\'s new id:', err),
    );
    carrying.set(id, saving);
    void saving.finally(() => {
      if (carrying.get(id) === saving) carrying.delete(id);
    });
  }

  /** Re-applies the mark of one post after a dismissal or its undo, without re-reading the page. */
  function remark(postId: string): void {
    // Its own element only: marking a copy's element under this id would rename that copy.
    const el = elementFor(postId, false);
    const tracked = flagged.get(postId);
    if (!el || !tracked) return;
    apply([{ el, fp: '', id: postId, replaces: null, text: tracked.post.text, post: tracked.post, result: tracked.result }]);
    scheduleReport();
  }

  async function reportOnPlatform(postId: string): Promise<{ ok: boolean; message: string }> {
    const el = elementFor(postId);
    const l = lang();
    if (el) {
      const res = await openPlatformReport(el, adapter.site, adapter.menuButton(el), document);
      if (res.ok) {
        // The site's menu is open beside the post: step out of its way. On failure the panel stays to explain.
        panel.close();
        logPlatformReport(postId);
        return { ok: true, message: t(l, 'report_platform_opened') };
      }
    }
    // Fallback: the post's link on the clipboard (the one already known first: the click's activation does not last)
    // and the platform's help page on reporting.
    const known = trackedAt(postId)?.post.url ?? null;
    const permalink = known ?? (el ? await adapter.resolvePermalink(el) : null);
    const copied = permalink ? await copyText(permalink) : false;
    const opened = await sendMessage('openReportPage', adapter.site === 'x' ? 'x-help' : 'facebook-help').catch(() => false);
    if (!opened) return { ok: false, message: t(l, copied ? 'report_platform_failed_copied' : 'report_platform_failed') };
    return { ok: false, message: t(l, copied ? 'report_platform_fallback_copied' : 'report_platform_fallback') };
  }

  /**
   * Records in the report log that the site's own report menu was opened for a post (what the user then chose there,
   * Firebreak cannot see). Its link as known already: finding it on Facebook hovers the post, which could close the
   * site's menu.
   */
  function logPlatformReport(postId: string): void {
    const tracked = trackedAt(postId);
    if (!tracked) return;
    void buildEvidence(tracked.post, tracked.result, location.href, new Date())
      .then((bundle) => sendMessage('logReport', { destinationId: PLATFORM_REPORT_ID[adapter.site], bundle }))
      .catch((err: unknown) => console.warn('[Firebreak] could not write the report log:', err));
  }

  /** The evidence of a post; with `image`, the PNG drawn of it too (saved by "Download evidence", never copied). */
  async function evidenceFor(
    post: PostData,
    result: MatchResult,
    image: boolean,
  ): Promise<{ bundle: EvidenceBundle; png: Uint8Array | null }> {
    const el = elementFor(post.id);
    const permalink = post.url ?? (el ? await adapter.resolvePermalink(el) : null);
    const full: PostData = { ...post, url: permalink };
    const capturedAt = new Date();
    const png = image
      ? await renderPostPng(full, {
          theme: pageTheme(document),
          footer: t(lang(), 'evidence_render_footer', { time: capturedAt.toISOString() }),
        })
      : null;
    const bundle = await buildEvidence(full, result, location.href, capturedAt, png ?? undefined);
    return { bundle, png };
  }

  async function reportToDestination(post: PostData, result: MatchResult, d: Destination): Promise<{ ok: boolean; message: string }> {
    const l = lang();
    const { bundle } = await evidenceFor(post, result, false);
    const copied = await copyText(evidenceToText(bundle, l));
    const opened = d.url ? await sendMessage('openReportPage', d.id).catch(() => false) : false;
    // The log records what was opened and copied; a failure to write it does not undo either.
    await sendMessage('logReport', { destinationId: d.id, bundle }).catch((err: unknown) =>
      console.warn('[Firebreak] could not write the report log:', err),
    );
    const name = d.name[l] || d.name.en;
    if (d.url && !opened) return { ok: false, message: t(l, copied ? 'report_hotline_failed_copied' : 'report_hotline_failed', { name }) };
    if (d.url) return { ok: true, message: t(l, copied ? 'report_hotline_opened_copied' : 'report_hotline_opened') };
    // A hotline reached by phone or e-mail only: nothing opened, the evidence is what the user gives them.
    return { ok: copied, message: t(l, copied ? 'panel_dest_copied' : 'panel_copy_failed', { name }) };
  }

  async function downloadEvidence(post: PostData, result: MatchResult): Promise<void> {
    const { bundle, png } = await evidenceFor(post, result, true);
    const name = evidenceFileName(bundle);
    download(new Blob([evidenceToJson(bundle)], { type: 'application/json' }), name);
    if (png) download(new Blob([png as BlobPart], { type: 'image/png' }), name.replace(/\.json$/, '.png'));
  }

  /**
   * Saves a file through a link clicked inside a closed shadow root: the sites route clicks on links themselves (a
   * document listener that finds the `<a>` and navigates in the app), and a link in the page's own tree had them
   * leave the page instead of saving. From the shadow root the click reaches their listeners with the host as its
   * target, no link, and the link stops it from bubbling further.
   */
  function download(blob: Blob, name: string): void {
    const host = document.createElement('firebreak-download');
    host.style.display = 'none';
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.addEventListener('click', (ev) => ev.stopPropagation());
    host.attachShadow({ mode: 'closed' }).appendChild(a);
    document.documentElement.appendChild(host);
    a.click();
    host.remove();
    ctx.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  async function copyText(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  // ---- wiring ------------------------------------------------------------------------------------------------

  // Badges and a panel left by an earlier instance of this script (extension reloaded or updated) lost their handlers.
  for (const stale of document.querySelectorAll(`${BADGE_SELECTOR}, ${PANEL_TAG}, [data-firebreak-panel]`)) stale.remove();

  // Revealing a blurred post: a click on its blurred text, the only way the page's own click is intercepted.
  ctx.addEventListener(
    document,
    'click',
    (e) => {
      const target = e.target instanceof Element ? e.target.closest(`[${ATTR_BLUR}="on"]`) : null;
      if (!target) return;
      const text = (e.target as Element).closest(blurredTextSelector(textSelectors()));
      if (!text || !target.contains(text)) return;
      e.preventDefault();
      e.stopPropagation();
      reveal(target);
    },
    { capture: true },
  );

  ctx.onLocationChange(() => {
    readability.navigated();
    // A view put in place of the last one may hold posts found only on a page-wide look (the next photo's caption),
    // and a post read before may now be named by the new address (a caption changed in place before it).
    scanner?.recheckAll();
    // The panel's post gone with the page left: asked again once the site has put the new view in place (the old
    // one's nodes may outlive the address change by a few frames).
    const closeIfGone = () => {
      if (panel.isOpen && panel.postId && !elementFor(panel.postId)) panel.close();
    };
    closeIfGone();
    ctx.setTimeout(closeIfGone, PANEL_RECHECK_MS);
    scheduleReport();
  });

  // The page's state can change with no scan to report it: the unreadable verdict, and posts of a page left by
  // in-app navigation whose nodes the site removed late.
  const unreadableCheck = ctx.setInterval(() => {
    if (isUnreadable() !== lastUnreadable || hasLeftPagePosts()) scheduleReport();
  }, 2000);
  ctx.onInvalidated(() => {
    clearInterval(unreadableCheck);
    positions.clear();
    scanner?.stop();
    panel.close();
  });

  browser.storage.onChanged.addListener(function onSettings(changes, area) {
    if (ctx.isInvalid) {
      browser.storage.onChanged.removeListener(onSettings);
      return;
    }
    if (area !== 'local' || !changes[SETTINGS_KEY]) return;
    settingsKnown = true;
    applySettings(normaliseSettings(changes[SETTINGS_KEY].newValue));
  });

  /** The settings read at last after storage failed at start: applied as a change from the defaults in effect. */
  let settingsFailures = 0;
  function retrySettings(): void {
    const delay = SETTINGS_RETRY_MS[Math.min(settingsFailures++, SETTINGS_RETRY_MS.length - 1)]!;
    ctx.setTimeout(() => {
      if (settingsKnown) return;
      readSettings().then(
        (read) => {
          if (settingsKnown) return; // a change came meanwhile: it is newer
          settingsKnown = true;
          applySettings(read);
        },
        () => retrySettings(),
      );
    }, delay);
  }
  if (!settingsKnown) retrySettings();

  /** New settings in effect: the page started or stopped being read, or read again where what it shows changed. */
  function applySettings(next: Settings): void {
    const before = settings;
    settings = next;
    if (before.sites[adapter.site] !== enabled()) {
      if (enabled() && patternsMissing) void reloadSnapshot(); // the page is read once they come
      else if (enabled()) startScanner();
      else stopAndClear();
    } else if (before.uiLang !== settings.uiLang || before.blurHighSeverity !== settings.blurHighSeverity) {
      // Blur turned on again: every high-risk post is blurred, the ones revealed before too.
      if (settings.blurHighSeverity && !before.blurHighSeverity) revealed.clear();
      scanner?.rescanAll();
    }
  }

  /** Loads the snapshot again and reads the page with it (the patterns, dismissals or site profiles changed). */
  async function reloadSnapshot(): Promise<void> {
    const previousAdapter = adapter;
    await loadSnapshot();
    if (!scanner) {
      // The first patterns to come (the page waited for them): the page is read now.
      if (!patternsMissing) startScanner();
      return;
    }
    if (adapter !== previousAdapter) scanner.setAdapter(adapter);
    else scanner.rescanAll();
    if (panel.isOpen && panel.postId) {
      const tracked = flagged.get(panel.postId);
      if (tracked) panel.update(panelContent(tracked.post, tracked.result, await contextsFor(tracked.result)));
    }
  }

  onMessage('snapshotChanged', async ({ data }) => {
    if (data === snapshotVersion) return;
    await reloadSnapshot();
  });

  /**
   * A flagged post of this page that a virtual list took out of the DOM (X keeps a few screens of posts): scrolled to
   * where it was last seen, the site renders it again and the scanner marks it. Null, and the page scrolled back,
   * when it does not come back in time.
   */
  async function bringBack(postId: string): Promise<Element | null> {
    const tracked = flagged.get(postId);
    const top = positions.topOf(postId);
    if (!tracked || tracked.page !== pageKey() || top === undefined) return null;
    // A second "Show on page" while one waits takes over: the reader goes back, if at all, to where they were first.
    const mine = ++bringing;
    bringFrom ??= window.scrollY;
    const target = Math.max(0, top - window.innerHeight / 3);
    window.scrollTo({ top: target, behavior: 'instant' });
    for (const until = Date.now() + BRING_BACK_MS; Date.now() < until; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (mine !== bringing) return null;
      const el = elementFor(postId);
      if (el) {
        bringFrom = null;
        return el;
      }
    }
    // Not back: the page goes back to where the reader was, unless they scrolled away themselves meanwhile.
    if (Math.abs(window.scrollY - target) < window.innerHeight && bringFrom !== null) window.scrollTo({ top: bringFrom, behavior: 'instant' });
    bringFrom = null;
    return null;
  }

  onMessage('showPost', async ({ data: postId }) => {
    const el = elementFor(postId) ?? (await bringBack(postId));
    if (!el) return false;
    // A reader who asked the system for less motion gets the post at once.
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    el.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    await openPanelFor(el, badgeButton(el));
    return true;
  });

  onMessage('reportOnPlatform', async ({ data: postId }) => {
    const el = elementFor(postId);
    if (!el) return { ok: false, reason: 'gone', permalink: null };
    const res = await openPlatformReport(el, adapter.site, adapter.menuButton(el), document);
    if (res.ok) logPlatformReport(postId);
    const permalink = flagged.get(postId)?.post.url ?? (await adapter.resolvePermalink(el));
    return res.ok ? { ok: true, permalink } : { ok: false, reason: res.reason, permalink };
  });

  onMessage('captureEvidence', async ({ data }) => {
    const tracked = flagged.get(data?.postId);
    if (!tracked) return null;
    const { bundle, png } = await evidenceFor(tracked.post, tracked.result, data.image === true);
    return { bundle, pngBase64: png ? encodeBase64(png) : null };
  });

  // A page restored from the back/forward cache: the background forgot the tab when it left (or holds the page seen
  // in between), so the whole state is reported again, and the page is looked over whole.
  ctx.addEventListener(window, 'pageshow', (e) => {
    if (!e.persisted) return;
    acked = null;
    reportDue = true;
    scanner?.requestFullPass();
    scheduleReport(0);
  });

  // A tab coming back into sight asks at once for patterns that did not come (a background tab's timers are slowed).
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible' && patternsMissing) void reloadSnapshot();
  });

  await loadSnapshot();
  startScanner();
  scheduleReport();
}
