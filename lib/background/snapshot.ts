// The matcher snapshot: the enabled packs' patterns compiled once (packToMatcherPatterns → compileMatcher, its
// buffer deflated by snapshot-wire.ts) and sent to content scripts, which match locally. Its version is a hash of what it was built
// from (enabled pack ids, versions and install times, the matcher's fold and format versions), cached in the
// `meta` store so a restarted service worker does not compile again. After any change the tabs on the social
// sites get `snapshotChanged(version)` and fetch it again (tabs without a content script are skipped).
import { compileMatcher, snapshotByteLength, SNAPSHOT_FORMAT, type MatcherMeta, type SnapshotParts } from '../match/matcher';
import { emptyMetaLike, META_PART_PATTERNS, META_WHOLE_UP_TO, metaPart, metaPartCount } from '../match/meta-parts';
import type { SnapshotResponse, WireSnapshot } from '../messages';
import type { PackPattern, SiteProfile } from '../pack/schema';
import { packToMatcherPatterns, type MatcherPattern } from '../pack/to-matcher';
import { SOCIAL_HOST_PATTERNS, type SiteId } from '../sites/hosts';
import { DB_VERSION, type PackRecord } from '../store/db';
import { META_KEYS, setMeta } from '../store/meta';
import { dismissedPostIds } from '../store/feedback';
import { listPackRecords, listPatternRecords, sortPackRecords, type ListedPack } from '../store/packs';
import { readSnapshotCache, writeSnapshotCache } from '../store/snapshot-cache';
import { toWireSnapshot } from './snapshot-wire';
import type { BackgroundEnv } from './env';
import { FOLD_VERSION } from '../text/fold';
import { sha256HexOf } from './util';

/**
 * Bumped when the way snapshots are built changes (not the matcher's own format). 2: patterns compile their texting
 * shorthand (lib/match/shorthand.ts), which a cached snapshot built before lacks. 3: and the forms of their doubled
 * letters written once (lib/match/stretched.ts). 4: and the forms of `all` terms' one-word Arabic spellings with a
 * clitic written onto them (lib/match/clitics.ts). 5: and each pattern's quoted term (lib/match/quoted.ts). 6: and
 * the clitic forms of one-word Arabic exclusions. 7: and each phrase pattern's onlyAfter words (lib/match/clause.ts).
 * 8: the cache holds the snapshot as it travels, its buffer deflated (snapshot-wire.ts).
 */
export const SNAPSHOT_BUILDER_VERSION = 8;

/** Versions of the text folding and of the matcher's snapshot format: a change in either rebuilds. */
export function matcherVersions(): { fold: number; format: number } {
  return { fold: FOLD_VERSION, format: SNAPSHOT_FORMAT };
}

/** An installed pack as a compile covers it (what snapshotVersion hashes, and a compile made ahead is matched by): its patterns change only with these. */
function packStamp(r: Pick<PackRecord, 'id' | 'version' | 'updatedAt'>): string {
  return `${r.id}@${r.version}@${r.updatedAt}`;
}

/** The version string for a set of enabled packs. */
export async function snapshotVersion(enabled: readonly Pick<PackRecord, 'id' | 'version' | 'updatedAt'>[]): Promise<string> {
  const packs = enabled.map(packStamp).sort();
  const basis = JSON.stringify({ builder: SNAPSHOT_BUILDER_VERSION, matcher: matcherVersions(), packs });
  return (await sha256HexOf(basis)).slice(0, 24);
}

/** The version sent to content scripts: the matcher version, with the dismissed posts folded in. */
export async function responseVersion(matcherVersion: string, dismissed: readonly string[]): Promise<string> {
  if (dismissed.length === 0) return matcherVersion;
  const h = await sha256HexOf(JSON.stringify([...dismissed].sort()));
  return `${matcherVersion}.${h.slice(0, 8)}`;
}

/**
 * Site profiles of the enabled packs whose publisher is trusted: the pack shipped with Firebreak, or one whose last
 * install carried a signature by a trusted key. A profile changes how the sites are read for every pack (a wrong one
 * can hide every post), so an unsigned file's is ignored. For each site, the highest profile version (the first pack
 * on a tie).
 */
export function mergeSiteProfiles(enabled: readonly PackRecord[]): Partial<Record<SiteId, SiteProfile>> {
  const out: Partial<Record<SiteId, SiteProfile>> = {};
  for (const rec of enabled) {
    const profiles = rec.header.siteProfiles;
    if (!profiles || !(rec.builtIn || rec.signedBy)) continue;
    for (const site of ['x', 'facebook'] as const) {
      const p = profiles[site];
      const cur = out[site];
      if (p && (!cur || p.version > cur.version)) out[site] = p;
    }
  }
  return out;
}

export interface SnapshotState {
  version: string;
  builtAt: string;
  /**
   * The snapshot as the tabs get it (null when no pattern is enabled), deflated on first call: once the tabs are told
   * of a change, or when one asks. The change itself (an import's answer) does not wait for it; the tabs' requests
   * do. Once deflated, it is cached.
   */
  wire(): Promise<WireSnapshot | null>;
  siteProfiles: Partial<Record<SiteId, SiteProfile>>;
  /** Ids of the enabled packs, in list order (default first, "My patterns" last). */
  enabledPackIds: string[];
  /** Patterns the matcher refused while compiling (reported in the console). */
  rejected: number;
}

/**
 * Base64 characters per part of a chunked snapshot (a multiple of 4: each part decodes on its own). 1 MiB of the
 * deflated buffer inflates to about 3 MB in 15–25 ms in a tab; a 50,000-pattern snapshot sent whole (17 MB of plain
 * base64) held a tab's main thread for 184 ms. The default pack's (0.6 MB) comes whole, in one answer.
 */
export const SNAPSHOT_CHUNK_CHARS = 1 << 20;

/** How long a change that waits for the tabs (a dismissal) waits for one that does not answer. */
export const TAB_ANSWER_MS = 3000;

/** How long a compile made ahead for a previewed pack file waits for its import. */
export const PREPARED_TTL_MS = 5 * 60_000;

/** A pack file about to be imported, as its preview validated it. */
export interface ImportCandidate {
  id: string;
  name: string;
  patterns: readonly PackPattern[];
}

/** What the packs service tells the snapshot of an import on its way (SnapshotService.prepare, .installed). */
export interface ImportHooks {
  previewed(candidate: ImportCandidate): void;
  importing(candidate: ImportCandidate): void;
  installed(candidate: ImportCandidate, record: PackRecord): void;
}

interface Built {
  parts: SnapshotParts | null;
  rejected: number;
  /** The parts deflated, started on first call; a compile made ahead may have started it before it was taken. */
  deflate?: () => Promise<WireSnapshot | null>;
}

/**
 * How long a compile made ahead waits unused before it deflates its snapshot too. An import clicked sooner deflates
 * once it has answered, as any change does: deflating meanwhile (450 ms for 10,000 patterns in a worker where fflate
 * is still cold, in slices) slowed the import itself by as much.
 */
const DEFLATE_AHEAD_AFTER_MS = 1000;

/** A compile made ahead for a previewed file. */
interface Prepared {
  candidate: ImportCandidate;
  /** The enabled packs it compiled, in list order, as stamps; the candidate's is null (not installed yet). */
  stamps: Promise<(string | null)[] | null>;
  /** Its import has begun (it is not deflated ahead any more). */
  claimed: boolean;
  /** The candidate's stamp once its import installed it. */
  installedAs: string | null;
  built: Promise<Built | null>;
}

export class SnapshotService {
  /** Base64 characters per part (tests make it small). */
  chunkChars = SNAPSHOT_CHUNK_CHARS;
  /** Patterns per part of the metadata, and the most patterns whose metadata comes whole (tests make them small). */
  metaPartPatterns = META_PART_PATTERNS;
  metaWholeUpTo = META_WHOLE_UP_TO;
  private current: SnapshotState | null = null;
  private pending: Promise<SnapshotState> | null = null;
  /** Bumped by invalidate(): a build started before a change is not kept as current. */
  private generation = 0;

  constructor(private readonly env: BackgroundEnv) {}

  /** The last build's cache write (it never rejects: a failure is logged). */
  private caching: Promise<void> = Promise.resolve();

  /** Resolves once the current snapshot is deflated and cached (deflating it now if no one asked yet): tests, dumps. */
  async cached(): Promise<void> {
    const state = await (this.current ? Promise.resolve(this.current) : this.pending)?.catch(() => null);
    await state?.wire().catch(() => undefined);
    await this.caching;
  }

  /** Forgets the in-memory snapshot; the next get() checks the packs again. */
  invalidate(): void {
    this.generation++;
    this.current = null;
    this.pending = null;
  }

  /** The snapshot for the enabled packs, from memory, the `meta` cache, or compiled now. */
  async get(): Promise<SnapshotState> {
    if (this.current) return this.current;
    if (this.pending) return this.pending;
    const gen = this.generation;
    const p = this.load().then(
      (state) => {
        if (gen === this.generation) {
          this.current = state;
          this.pending = null;
        }
        return state;
      },
      (err: unknown) => {
        if (gen === this.generation) this.pending = null;
        throw err;
      },
    );
    this.pending = p;
    return p;
  }

  /**
   * Answer to `getSnapshot`. Its version is the matcher version, plus a short hash of the dismissed post ids
   * when there are any: content scripts refetch only when the version differs, and "Not a threat" changes
   * the dismissed list without changing the patterns.
   */
  async response(): Promise<SnapshotResponse> {
    const { state, version, dismissed } = await this.versioned();
    const snap = await state.wire();
    const metaParts = snap && snap.patternCount > this.metaWholeUpTo ? metaPartCount(snap.patternCount, this.metaPartPatterns) : 0;
    if (snap && (snap.data.length > this.chunkChars || metaParts > 1)) {
      const count = Math.max(1, Math.ceil(snap.data.length / this.chunkChars));
      const bytes = snapshotByteLength(snap);
      const chunks = { matcherVersion: state.version, count, bytes, ...(metaParts > 1 ? { metaParts } : {}) };
      const meta = metaParts > 1 ? emptyMetaLike(snap.meta) : snap.meta;
      return { version, snapshot: { ...snap, data: '', meta }, dismissed, siteProfiles: state.siteProfiles, chunks };
    }
    return { version, snapshot: snap, dismissed, siteProfiles: state.siteProfiles };
  }

  /** The state, the response version and the dismissed posts it covers. */
  private async versioned(): Promise<{ state: SnapshotState; version: string; dismissed: string[] }> {
    const [state, dismissed] = await Promise.all([this.get(), this.env.db().then(dismissedPostIds)]);
    return { state, version: await responseVersion(state.version, dismissed), dismissed };
  }

  /** The response version as of now: the patterns compiled, their snapshot not necessarily deflated yet. */
  async currentVersion(): Promise<string> {
    return (await this.versioned()).version;
  }

  /** Part `index` of the current snapshot's buffer, if `matcherVersion` is still the current one's. */
  async chunk(matcherVersion: string, index: number): Promise<string | null> {
    const state = await this.get();
    const data = (await state.wire())?.data;
    if (state.version !== matcherVersion || data === undefined) return null;
    if (!Number.isInteger(index) || index < 0 || index * this.chunkChars >= data.length) return null;
    return data.slice(index * this.chunkChars, (index + 1) * this.chunkChars);
  }

  /** Part `index` of the current snapshot's pattern metadata, if `matcherVersion` is still the current one's. */
  async metaPart(matcherVersion: string, index: number): Promise<MatcherMeta | null> {
    const state = await this.get();
    const meta = (await state.wire())?.meta;
    if (state.version !== matcherVersion || meta === undefined) return null;
    return metaPart(meta, index, this.metaPartPatterns);
  }

  /** After packs changed: rebuild, then tell the tabs. Resolves to the new response version. */
  async rebuildAndBroadcast(): Promise<string> {
    this.invalidate();
    return this.broadcast();
  }

  /**
   * Tells every social-site tab the current response version (after pack or feedback changes). Broadcasts take
   * turns, each reading the version when its turn comes and sending it before the next one starts: changes made at
   * the same time (several imports, a toggle) could otherwise finish out of order and tell the tabs an older version
   * last. Resolves once the tabs are told, not when they have loaded the new snapshot: each tab then fetches it on its
   * own (a few hundred ms for 10,000 patterns), and an import that waited for every open tab, or for one that never
   * answers, would keep the options page waiting for nothing it shows.
   */
  broadcast(opts: { waitForTabs?: boolean } = {}): Promise<string> {
    const turn = this.broadcasting.then(() => this.dispatchVersion());
    this.broadcasting = turn.then(
      () => undefined,
      () => undefined,
    );
    if (!opts.waitForTabs) return turn.then(({ version }) => version);
    // A dismissal or its undo: answered once the tabs have applied it (they only read the dismissed list again), or
    // after TAB_ANSWER_MS for a tab that does not answer.
    return turn.then(async ({ version, delivered }) => {
      await Promise.race([delivered, new Promise((resolve) => setTimeout(resolve, TAB_ANSWER_MS))]);
      return version;
    });
  }

  private broadcasting: Promise<unknown> = Promise.resolve();

  /** Reads the current version and sends it to every social-site tab; `delivered` settles when all have answered. */
  private async dispatchVersion(): Promise<{ version: string; delivered: Promise<unknown> }> {
    const version = await this.currentVersion();
    let tabs: { id?: number }[];
    try {
      tabs = await this.env.browser.tabs.query({ url: [...SOCIAL_HOST_PATTERNS] });
    } catch (err) {
      this.env.logError('snapshot: tabs.query', err);
      return { version, delivered: Promise.resolve() };
    }
    const sends: Promise<unknown>[] = [];
    for (const t of tabs) {
      if (t.id === undefined) continue;
      // No content script in that tab (loading, discarded, or the site is switched off): it asks on load.
      sends.push(this.env.sendToTab(t.id, 'snapshotChanged', version).catch(() => undefined));
    }
    // The tabs will ask for it: deflating starts now (in tasks of its own, after this change has answered).
    void this.get().then((state) => state.wire().catch(() => undefined), () => undefined);
    return { version, delivered: Promise.all(sends) };
  }

  private async load(): Promise<SnapshotState> {
    const db = await this.env.db();
    const enabled = (await listPackRecords(db)).filter((r) => r.enabled);
    const version = await snapshotVersion(enabled);
    const siteProfiles = mergeSiteProfiles(enabled);
    const enabledPackIds = enabled.map((r) => r.id);
    const cached = await readSnapshotCache(db);
    if (cached && cached.version === version) {
      const snapshot = Promise.resolve(cached.snapshot);
      return { version, builtAt: cached.builtAt, wire: () => snapshot, siteProfiles, enabledPackIds, rejected: 0 };
    }
    const gen = this.generation;
    const built = await this.build(enabled);
    const builtAt = this.env.now().toISOString();
    let deflated: Promise<WireSnapshot | null> | null = null;
    const wire = (): Promise<WireSnapshot | null> => {
      if (deflated) return deflated;
      const parts = built.parts;
      deflated = built.deflate?.() ?? (parts ? toWireSnapshot(parts) : Promise.resolve(null));
      // Cached once deflated, unless a later change made it stale meanwhile (that change's build caches its own).
      this.caching = deflated
        .then(async (snapshot) => {
          if (gen !== this.generation) return;
          await writeSnapshotCache(db, { version, snapshot, builtAt });
          await setMeta(db, META_KEYS.versions, { db: DB_VERSION, ...matcherVersions() });
        })
        .catch((err: unknown) => {
          // Storage full: the snapshot still works from memory.
          this.env.logError('snapshot: cache write', err);
        });
      return deflated;
    };
    return { version, builtAt, wire, siteProfiles, enabledPackIds, rejected: built.rejected };
  }

  private async build(enabled: readonly PackRecord[]): Promise<Built> {
    const ahead = await this.takePrepared(enabled);
    if (ahead) return ahead;
    const patterns = await this.collect(enabled);
    return patterns.length === 0 ? { parts: null, rejected: 0 } : this.compile(patterns);
  }

  /** The matcher patterns of packs in list order; `candidate`'s from its file, the others' from the store. */
  private async collect(packs: readonly Pick<PackRecord, 'id'>[], candidate?: ImportCandidate): Promise<MatcherPattern[]> {
    const db = await this.env.db();
    const patterns: MatcherPattern[] = [];
    for (const rec of packs) {
      const list = rec.id === candidate?.id ? candidate.patterns : (await listPatternRecords(db, rec.id)).map((r) => r.pattern);
      patterns.push(...packToMatcherPatterns({ id: rec.id, patterns: list }));
    }
    return patterns;
  }

  private compile(patterns: readonly MatcherPattern[]): Built {
    const matcher = compileMatcher(patterns);
    const rejected = Array.isArray(matcher.rejected) ? matcher.rejected.length : 0;
    if (rejected > 0) this.env.logError('snapshot: patterns refused by the matcher', matcher.rejected);
    return { parts: matcher.snapshotParts(), rejected };
  }

  private prepared: Prepared | null = null;

  /**
   * Compiles, ahead of its import, the enabled packs as they would be with a previewed file installed: the user
   * reads the preview meanwhile, and the import that follows (that file, nothing else changed) uses this compile
   * rather than making its own (700–1,000 ms for 10,000 patterns). Starts a task after it is called, once the
   * preview has answered. One at a time (a newer preview's replaces it); dropped once taken, once its import found
   * the packs changed, or after PREPARED_TTL_MS (the preview left open, or cancelled).
   */
  prepare(candidate: ImportCandidate): Promise<void> {
    const current = this.prepared;
    // The same file previewed again (its signature chosen after it): the compile made for it holds.
    if (current?.candidate === candidate && current.installedAs === null) return current.built.then(() => undefined, () => undefined);
    const plan = new Promise((resolve) => setTimeout(resolve, 0)).then(async () => {
      const records: (ListedPack & Pick<PackRecord, 'version' | 'updatedAt'>)[] = await listPackRecords(await this.env.db());
      const after = records.map((r) => (r.id === candidate.id ? { ...r, name: candidate.name } : r));
      // Installed for the first time, a pack is enabled; one installed already keeps its state.
      if (!after.some((r) => r.id === candidate.id))
        after.push({ id: candidate.id, name: candidate.name, builtIn: false, custom: false, enabled: true, version: '', updatedAt: '' });
      const enabled = sortPackRecords(after).filter((r) => r.enabled);
      if (!enabled.some((r) => r.id === candidate.id)) return null; // switched off: its import compiles nothing new
      return { stamps: enabled.map((r) => (r.id === candidate.id ? null : packStamp(r))), patterns: await this.collect(enabled, candidate) };
    });
    const built = plan.then((p): Built | null => {
      if (p === null) return null;
      const b = this.compile(p.patterns);
      const parts = b.parts;
      if (!parts) return b;
      let deflated: Promise<WireSnapshot | null> | null = null;
      const deflate = () => (deflated ??= toWireSnapshot(parts));
      // Still unused after a while (the user reads the preview, its import not begun): the snapshot is deflated too,
      // for the tabs to fetch. A failure reaches whoever takes the build and asks for its snapshot.
      setTimeout(() => {
        if (this.prepared === mine && !mine.claimed) deflate().catch(() => undefined);
      }, DEFLATE_AHEAD_AFTER_MS);
      return { ...b, deflate };
    });
    const stamps = plan.then(
      (p) => p?.stamps ?? null,
      () => null,
    );
    const mine: Prepared = { candidate, stamps, claimed: false, installedAs: null, built };
    this.prepared = mine;
    setTimeout(() => {
      if (this.prepared === mine) this.prepared = null;
    }, PREPARED_TTL_MS);
    return built.then(
      () => undefined,
      (err: unknown) => {
        if (this.prepared === mine) this.prepared = null;
        this.env.logError('snapshot: compile ahead', err);
      },
    );
  }

  /** The import of the previewed file `candidate` has begun: its compile is not deflated ahead any more. */
  importing(candidate: ImportCandidate): void {
    if (this.prepared?.candidate === candidate) this.prepared.claimed = true;
  }

  /** The previewed file `candidate` was installed as `record`: a build of the packs as they now are may use its compile. */
  installed(candidate: ImportCandidate, record: PackRecord): void {
    if (this.prepared?.candidate === candidate) this.prepared.installedAs = packStamp(record);
  }

  /** The compile made ahead, if it covers exactly these packs as installed, else null; dropped either way once installed. */
  private async takePrepared(enabled: readonly PackRecord[]): Promise<Built | null> {
    const ahead = this.prepared;
    if (!ahead?.installedAs) return null;
    const stamps = await ahead.stamps;
    if (this.prepared === ahead) this.prepared = null;
    if (!stamps || stamps.length !== enabled.length || stamps.some((s, i) => (s ?? ahead.installedAs) !== packStamp(enabled[i]!))) return null;
    return ahead.built.catch(() => null);
  }
}
