// The typed message contract between content scripts, extension pages and the background (@webext-core/messaging).
// Everything here crosses runtime messaging, which JSON-serialises in Chrome: plain data only, no typed arrays.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Category, ContextRef, Lang, MatchResult, PostData, Severity } from './types';
import type { SiteId } from './sites/hosts';
import type { MatcherMeta, MatcherSnapshot } from './match/matcher';
import type { ContextEntry, PackPattern, SiteProfile } from './pack/schema';
import type { PackError } from './pack/validate';
import type { EvidenceBundle } from './report/evidence';
import type { ReportLogEntry } from './report/log';

/**
 * A matcher snapshot as the background caches it and sends it to the tabs: its buffer deflated (raw DEFLATE, RFC
 * 1951), then base64 (lib/background/snapshot-wire.ts). Chromium's messaging carries about 140 ns per character: the
 * 10,000-pattern buffer took 5.7 million characters of plain base64, 1.5 million deflated.
 */
export interface WireSnapshot extends Omit<MatcherSnapshot, 'data'> {
  encoding: 'deflate-raw';
  /** Base64 of the deflated buffer; empty when it comes in parts (SnapshotResponse.chunks). */
  data: string;
  /** The buffer's length once inflated. */
  bytes: number;
}

/** The compiled patterns a content script matches with; `version` changes whenever the enabled patterns change. */
export interface SnapshotResponse {
  version: string;
  snapshot: WireSnapshot | null;
  /** Post ids the user marked "Not a threat": they stay clear. */
  dismissed: string[];
  /** Selector overrides from enabled packs' site profiles, per site (built-in tables stay as fallback). */
  siteProfiles: Partial<Record<SiteId, SiteProfile>>;
  /**
   * A large snapshot's buffer comes in parts (`getSnapshotChunk`), so that no single message or decode holds the
   * tab's main thread for long: then `snapshot.data` is empty, and these say which snapshot the parts belong to,
   * how many there are, and how many bytes they decode to (deflated: `snapshot.bytes` is the size inflated).
   */
  chunks?: {
    matcherVersion: string;
    count: number;
    bytes: number;
    /**
     * With many patterns their metadata comes in parts too (`getSnapshotMeta`, lib/match/meta-parts.ts): then
     * `snapshot.meta`'s lists are empty (its optional lists tell which the parts have), and its parts, taken in
     * order, make the matcher's table of pattern fields (lib/match/pattern-table.ts).
     */
    metaParts?: number;
  };
}

/** A flagged post as a tab reports it. */
export interface FlaggedPost {
  post: PostData;
  result: MatchResult;
  /** Epoch ms when this tab first flagged it. */
  seenAt: number;
}

/** A tab's state as its content script reports it and the background keeps it. */
interface TabFields {
  url: string;
  site: SiteId;
  enabled: boolean;
  scanned: number;
  /** The flagged posts (in a report with `delta`: only those added or changed since report `delta.base`). */
  flagged: FlaggedPost[];
  /** True when the page should hold posts but none could be read for a while (markup changed?). */
  unreadable: boolean;
  /**
   * True while the tab has no patterns to check posts with: the background could not give them (its worker
   * restarting, its database not open) or they came damaged. The tab keeps asking; nothing is marked meanwhile.
   */
  patternsMissing?: boolean;
  /** The reporting content script's run (a random id) and the number of its report (the last one applied). */
  session?: string;
  seq?: number;
}

/** What a content script tells the background about its tab after each scan slice. */
export interface TabReport extends TabFields {
  /**
   * A report of changes: applied only when the tab's stored state is report `base` of the same session; otherwise
   * the background answers `resync` and the content script sends the whole list. Keeps a long session's reports
   * from carrying every flagged post again each time (they cost the page's main thread).
   */
  delta?: { base: number; removed: string[] };
}

/** The background's answer to a tab report. */
export interface TabReportAck {
  /** The delta did not apply to the stored state (worker restarted, tab cleared, report lost): send the whole list. */
  resync: boolean;
}

export interface TabState extends TabFields {
  tabId: number;
}

/** A pack as the options page lists it. */
export interface PackSummary {
  id: string;
  name: string;
  version: string;
  publisher: string;
  description: string | null;
  patternCount: number;
  contextCount: number;
  enabled: boolean;
  builtIn: boolean;
  /** The local "My patterns" pack. */
  custom: boolean;
  installedAt: string;
  updatedAt: string;
  subscription: { url: string; lastChecked: string | null; lastError: string | null } | null;
}

/**
 * A pack file handed to the background: its text, or the id under which the page staged it (lib/store/staging.ts):
 * a large file crosses the messaging boundary slowly. When a staged file is gone, the answer's error has the code
 * `staged_missing` and the page sends the text.
 */
export type PackFileRef = { text: string; staged?: undefined } | { staged: string; text?: undefined };

/** A pattern named in an import preview: its id and its name (the pack's own words). */
export interface PatternRef {
  id: string;
  name: string;
}

/** The first patterns of each kind of change in an import preview (at most PREVIEW_NAMES_MAX of each). */
export interface PatternNames {
  added: PatternRef[];
  removed: PatternRef[];
  changed: PatternRef[];
}

/** What an import would change, shown before the user confirms. */
export interface ImportPreview {
  ok: boolean;
  /**
   * The validator's errors (PackError: English sentences, with a code for those about the file as a whole) and the
   * background's own, which are in the interface language: `lang` says so.
   */
  errors: (PackError & { lang?: Lang })[];
  packId?: string;
  name?: string;
  version?: string;
  /** Installed version of the same pack id, when there is one. */
  replacesVersion?: string | null;
  patternsAdded?: number;
  patternsRemoved?: number;
  patternsChanged?: number;
  /** The first added, removed and changed patterns, named (the counts above say how many in all). */
  patternNames?: PatternNames;
  contexts?: number;
  warnings?: string[];
  /** A preview of a signed file: the trusted key whose signature checked out. */
  signedBy?: { id: string; label: string; builtIn: boolean };
}

export interface CustomPatternInput {
  id?: string;
  text: string;
  lang: Lang | 'any';
  category: Category;
  severity: Severity;
  note?: string;
  /**
   * In a list: the entry, brought by a file, is more than a phrase (terms that must all appear, other spellings,
   * exclusions). Saved with its words unchanged it keeps all that; saved with new words it becomes a phrase.
   */
  rule?: boolean;
  /** In a list, with `rule`: the pattern itself, so that the options page's tester matches it as the pages do. */
  pattern?: PackPattern;
}

export interface FeedbackEntry {
  id: string;
  postId: string;
  site: SiteId;
  url: string | null;
  author: string;
  excerpt: string;
  patternIds: string[];
  at: string;
  /**
   * The entry id of the first decision about the same post, when this one carries it to an id the post took later
   * (its permalink appeared, its copy in a dialog): one decision for the user, listed and undone as one.
   */
  group?: string;
}

export interface TrustedKeyView {
  id: string;
  label: string;
  publicKeyB64: string;
  builtIn: boolean;
  /** In a trustKey reply: the key was trusted already (under this record's label); nothing was added. */
  alreadyTrusted?: boolean;
}

export interface ProtocolMap {
  // content script → background
  getSnapshot(): SnapshotResponse;
  /** Part `index` of a chunked snapshot's base64 buffer; null when that snapshot is no longer the current one. */
  getSnapshotChunk(req: { matcherVersion: string; index: number }): string | null;
  /** Part `index` of a chunked snapshot's pattern metadata; null when that snapshot is no longer the current one. */
  getSnapshotMeta(req: { matcherVersion: string; index: number }): MatcherMeta | null;
  tabReport(report: TabReport): TabReportAck;
  /** The entry of each ref (at most 200), aligned with the refs: null for a pack that is off or has no such entry. */
  getContexts(refs: ContextRef[]): (ContextEntry | null)[];
  /** `sameAs`: another id of the same post, already dismissed (the decision is carried to this id). */
  addFeedback(data: { post: PostData; patternIds: string[]; sameAs?: string }): FeedbackEntry;
  removeFeedback(id: string): void;
  /** Chrome only: opens the side panel; must be handled synchronously (user gesture). */
  openSidePanel(): void;
  /** Records a report in the log and returns the stored entry. */
  logReport(data: { destinationId: string; bundle: EvidenceBundle }): ReportLogEntry;
  /** Opens a report page in a new tab; the background only opens URLs of the shipped destination list. */
  openReportPage(destinationId: string): boolean;

  // background → content script (tabs.sendMessage)
  snapshotChanged(version: string): void;
  /** Scrolls the post into view and opens the in-page panel for it; false when it is no longer on the page. */
  showPost(postId: string): boolean;
  /** Drives the site's own report flow for the post (in the page, with the site's controls). */
  reportOnPlatform(postId: string): { ok: boolean; reason?: string; permalink: string | null };
  /**
   * The evidence bundle of a flagged post; with `image`, also the PNG drawn of it (base64: messages are JSON), for a
   * download (a report copies no image).
   */
  captureEvidence(data: { postId: string; image: boolean }): { bundle: EvidenceBundle; pngBase64: string | null } | null;

  // popup / side panel → background
  getTabState(tabId: number): TabState | null;

  // options page → background
  listPacks(): PackSummary[];
  /** The file comes as `text`, or as the id of a file the page staged (lib/store/staging.ts; not sent twice). */
  previewImport(data: PackFileRef & { signature?: string | null }): ImportPreview;
  importPack(data: PackFileRef & { signature?: string | null; source?: string }): ImportPreview;
  exportPack(id: string): string;
  setPackEnabled(data: { id: string; enabled: boolean }): void;
  removePack(id: string): void;
  addSubscription(url: string): PackSummary;
  /** `updated`: a newer version was installed (ok without it: up to date). */
  updatePack(id: string): { ok: boolean; message: string; version?: string; updated?: boolean };
  listTrustedKeys(): TrustedKeyView[];
  trustKey(data: { label: string; publicKeyB64: string }): TrustedKeyView;
  untrustKey(id: string): void;
  listCustomPatterns(): (CustomPatternInput & { id: string })[];
  saveCustomPattern(p: CustomPatternInput): CustomPatternInput & { id: string };
  removeCustomPattern(id: string): void;
  listFeedback(): FeedbackEntry[];
  listReports(): ReportLogEntry[];
  removeReport(id: string): void;
  clearReports(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** The promise-based `tabs.sendMessage` of the extension API (webextension-polyfill's in both browsers). */
export interface TabsMessaging {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

let tabMessageSeq = Math.floor(Math.random() * 1e4);

/**
 * Sends a typed message to a tab's content script in @webext-core/messaging's wire format (its `onMessage` there
 * answers it), through the promise API, which rejects when the tab has no receiver. The library's own send to a tab
 * passes a callback that never reads `runtime.lastError`: Firefox then logs "Unchecked lastError value" for every
 * message to a tab that is closing, loading or has no content script, and the promise resolves as if answered.
 */
export async function sendToTab<K extends keyof ProtocolMap>(
  tabs: TabsMessaging,
  tabId: number,
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const answer = (await tabs.sendMessage(tabId, { id: ++tabMessageSeq, type, data, timestamp: Date.now() })) as
    | { res?: unknown; err?: { message?: unknown } }
    | undefined;
  if (!answer || typeof answer !== 'object') throw new Error(`${type}: no answer from tab ${tabId}`);
  if (answer.err) throw new Error(typeof answer.err.message === 'string' ? answer.err.message : `${type}: failed in tab ${tabId}`);
  return answer.res as ReturnType<ProtocolMap[K]>;
}
