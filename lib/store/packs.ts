// The `packs`, `patterns`, `patternChunks` and `contexts` stores: installing a pack all-or-nothing (one readwrite
// transaction across them, replacing the same id's old patterns and context entries), reading packs back,
// enabling, removing. Imported packs keep their patterns in chunks of PATTERN_CHUNK (one IndexedDB request per
// chunk, not per pattern); the local "My patterns" pack keeps one record per pattern, as it is edited one by one. Validation and signature checks happen before, in the background's packs service.
import type { ContextEntry, Pack, PackPattern } from '../pack/schema';
import { comparePackVersions } from '../pack/signature';
import { contextKey, type ContextRef } from '../types';
import {
  isQuotaError,
  PATTERN_CHUNK,
  type ContextRecord,
  type FirebreakDB,
  type PackHeader,
  type PackRecord,
  type PatternRecord,
  type SubscriptionInfo,
} from './db';

/** Id of the pack shipped in the extension. */
export const DEFAULT_PACK_ID = 'org.firebreak.default';
/** Id of the local "My patterns" pack. */
export const CUSTOM_PACK_ID = 'local.my-patterns';

export type StoreErrorCode = 'downgrade' | 'quota' | 'not-found' | 'write-failed';

/** What a failed write was doing: the background words its message in the interface language from it. */
export type StoreAction =
  | 'import-pack'
  | 'install-update'
  | 'change-pack'
  | 'remove-pack'
  | 'create-custom'
  | 'save-pattern'
  | 'remove-pattern'
  | 'feedback'
  | 'remove-feedback'
  | 'save-report'
  | 'remove-report'
  | 'trust-key'
  | 'remove-key';

/** The English wording of each action, for the error's own message (logs, and callers without a language). */
const ACTION_EN: Record<StoreAction, string> = {
  'import-pack': 'import this pack',
  'install-update': 'install the update',
  'change-pack': 'change this pack',
  'remove-pack': 'remove this pack',
  'create-custom': 'create “My patterns”',
  'save-pattern': 'save your pattern',
  'remove-pattern': 'remove this pattern',
  feedback: 'mark this post as not a threat',
  'remove-feedback': 'remove this entry',
  'save-report': 'save this report in your report log',
  'remove-report': 'remove this report',
  'trust-key': 'add this key',
  'remove-key': 'remove this key',
};

export const QUOTA_MESSAGE = `Not enough storage space to ${ACTION_EN['import-pack']}; nothing was changed.`;

/** A store failure with a message meant for the user (English; `storeErrorText` words it in the interface language). */
export class StoreError extends Error {
  readonly action: StoreAction;
  /** For 'downgrade': the version refused and the one installed. */
  readonly versions?: { got: string; have: string };
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown; action?: StoreAction; versions?: { got: string; have: string } },
  ) {
    super(message, options);
    this.name = 'StoreError';
    this.action = options?.action ?? 'import-pack';
    if (options?.versions) this.versions = options.versions;
  }
}

export interface InstallOptions {
  /** Accept a version lower than the installed one (the user confirmed). */
  allowDowngrade?: boolean;
  /** Enabled state for a new install; a replaced pack keeps the user's choice. Default true. */
  enabled?: boolean;
  /** Marks the shipped default pack. A replaced pack keeps its flag. */
  builtIn?: boolean;
  /** Marks the local custom pack. A replaced pack keeps its flag. */
  custom?: boolean;
  /** Subscription to record; undefined keeps the installed one (or none). */
  subscription?: SubscriptionInfo | null;
  /** Id of the key that verified the file's signature. */
  signedBy?: string | null;
  source?: string | null;
  /** Notes of custom patterns, by pattern id (kept beside the pattern, as the form edits them; a file carries them in the pattern's `note`). */
  notes?: Record<string, string>;
  now?: Date;
  /** What the install is, for the message of a failure: a file's import (default) or a subscription's update. */
  action?: StoreAction;
  /**
   * Replace an installed pack only: when no pack of this id is installed (the user removed it while an update was
   * downloading), nothing is written and the install fails with code 'not-found'.
   */
  replaceOnly?: boolean;
  /** Test hook: runs inside the transaction after the old records were deleted and the new ones queued. */
  beforeCommit?: () => void | Promise<void>;
}

export interface InstallResult {
  record: PackRecord;
  previous: PackRecord | null;
}

/** Key range of every `[packId, *]` record (arrays sort after strings, so `[packId, []]` is past every id). */
export function packKeyRange(packId: string): IDBKeyRange {
  return IDBKeyRange.bound([packId], [packId, []]);
}

/** The pack's own fields, without patterns and contexts. */
export function packHeader(pack: Pack): PackHeader {
  const { patterns: _p, contexts: _c, ...header } = pack;
  return header;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Maps a transaction failure to the error the user sees. */
export function toStoreError(err: unknown, action: StoreAction = 'import-pack'): Error {
  if (err instanceof StoreError) return err;
  const what = ACTION_EN[action];
  if (isQuotaError(err)) return new StoreError('quota', `Not enough storage space to ${what}; nothing was changed.`, { cause: err, action });
  return new StoreError('write-failed', `Could not ${what}; nothing was changed. (${errorMessage(err)})`, { cause: err, action });
}

/**
 * Installs `pack` (already validated) in one readwrite transaction over packs, patterns and contexts. A pack with
 * the same id is replaced: its old patterns and context entries are deleted in the same transaction, and the
 * user's enabled choice, install time and subscription are kept. Any failure aborts the transaction: the
 * database is left exactly as before. Refuses a lower version than the installed one unless `allowDowngrade`.
 */
export async function installPack(db: FirebreakDB, pack: Pack, rawText: string | null, opts: InstallOptions = {}): Promise<InstallResult> {
  const now = (opts.now ?? new Date()).toISOString();
  const tx = db.transaction(['packs', 'patterns', 'patternChunks', 'contexts'], 'readwrite');
  const pending: Promise<unknown>[] = [];
  try {
    const packs = tx.objectStore('packs');
    const patterns = tx.objectStore('patterns');
    const chunks = tx.objectStore('patternChunks');
    const contexts = tx.objectStore('contexts');
    const previous = (await packs.get(pack.id)) ?? null;
    if (!previous && opts.replaceOnly) {
      throw new StoreError('not-found', `"${pack.name}" is no longer installed; nothing was changed.`, { action: opts.action ?? 'import-pack' });
    }
    if (previous && !opts.allowDowngrade && comparePackVersions(pack.version, previous.version) < 0) {
      throw new StoreError(
        'downgrade',
        `Version ${pack.version} of "${previous.name}" is older than the installed version ${previous.version}; nothing was changed.`,
        { action: opts.action ?? 'import-pack', versions: { got: pack.version, have: previous.version } },
      );
    }
    if (previous) {
      const range = packKeyRange(pack.id);
      pending.push(patterns.delete(range), chunks.delete(range), contexts.delete(range));
    }
    const onePerPattern = opts.custom === true || previous?.custom === true || pack.id === CUSTOM_PACK_ID || opts.notes !== undefined;
    if (onePerPattern) {
      for (const p of pack.patterns) {
        const rec: PatternRecord = { packId: pack.id, id: p.id, pattern: p };
        // Own keys only: a pattern id such as "constructor" must not read Object.prototype.constructor.
        const note = opts.notes && Object.prototype.hasOwnProperty.call(opts.notes, p.id) ? opts.notes[p.id] : undefined;
        if (note !== undefined) rec.note = note;
        pending.push(patterns.put(rec));
      }
    } else {
      for (let i = 0, n = 0; i < pack.patterns.length; i += PATTERN_CHUNK, n++) {
        pending.push(chunks.put({ packId: pack.id, n, patterns: pack.patterns.slice(i, i + PATTERN_CHUNK) }));
      }
    }
    for (const c of pack.contexts) {
      const rec: ContextRecord = { packId: pack.id, id: c.id, entry: c };
      pending.push(contexts.put(rec));
    }
    const record: PackRecord = {
      id: pack.id,
      name: pack.name,
      version: pack.version,
      publisher: pack.publisher.name,
      description: pack.description ?? null,
      header: packHeader(pack),
      raw: rawText,
      patternCount: pack.patterns.length,
      contextCount: pack.contexts.length,
      enabled: previous ? previous.enabled : (opts.enabled ?? true),
      builtIn: previous?.builtIn === true || opts.builtIn === true,
      custom: previous?.custom === true || opts.custom === true,
      installedAt: previous?.installedAt ?? now,
      updatedAt: now,
      subscription: opts.subscription !== undefined ? opts.subscription : (previous?.subscription ?? null),
      signedBy: opts.signedBy ?? null,
      source: opts.source ?? previous?.source ?? null,
    };
    pending.push(packs.put(record));
    if (opts.beforeCommit) await opts.beforeCommit();
    await Promise.all([...pending, tx.done]);
    return { record, previous };
  } catch (err) {
    abortQuietly(tx, pending);
    throw toStoreError(failureCause(err, tx), opts.action);
  }
}

/**
 * Why a transaction failed. A request of an aborted transaction fails with AbortError, which says nothing: the
 * transaction's own error holds the cause (QuotaExceededError when the storage is full).
 */
export function failureCause(err: unknown, tx: { error?: unknown }): unknown {
  let txError: unknown;
  try {
    txError = tx.error;
  } catch {
    // reading .error of a transaction still running throws in some browsers
  }
  const name = (err as { name?: unknown } | null)?.name;
  return txError && (name === 'AbortError' || name === 'InvalidStateError' || name === 'TransactionInactiveError') ? txError : err;
}

/** Aborts a transaction that failed part way, swallowing the rejections of its queued requests. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }, pending: Promise<unknown>[]): void {
  for (const p of pending) p.catch(() => undefined);
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

export async function getPackRecord(db: FirebreakDB, id: string): Promise<PackRecord | undefined> {
  return db.get('packs', id);
}

/** Every installed pack: the default first, then by name, the custom pack last. */
export async function listPackRecords(db: FirebreakDB): Promise<PackRecord[]> {
  return sortPackRecords(await db.getAll('packs'));
}

/** What orders the pack list, and whether a pack's patterns are on. */
export type ListedPack = Pick<PackRecord, 'id' | 'name' | 'builtIn' | 'custom' | 'enabled'>;

/** Packs in list order (sorted in place): the default pack, then by name (then id), "My patterns" last. */
export function sortPackRecords<T extends ListedPack>(records: T[]): T[] {
  const rank = (r: T) => (r.builtIn ? 0 : r.custom ? 2 : 1);
  return records.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** A pack's patterns: the chunks in order (imported packs), then single records (My patterns, ordered by id). */
export async function listPatternRecords(db: FirebreakDB, packId: string): Promise<PatternRecord[]> {
  const tx = db.transaction(['patterns', 'patternChunks']);
  const [chunks, single] = await Promise.all([
    tx.objectStore('patternChunks').getAll(packKeyRange(packId)),
    tx.objectStore('patterns').getAll(packKeyRange(packId)),
  ]);
  await tx.done;
  return chunkedRecords(packId, chunks).concat(single);
}

function chunkedRecords(packId: string, chunks: readonly { n: number; patterns: PackPattern[] }[]): PatternRecord[] {
  const out: PatternRecord[] = [];
  for (const c of [...chunks].sort((a, b) => a.n - b.n)) for (const p of c.patterns) out.push({ packId, id: p.id, pattern: p });
  return out;
}

export async function listContextRecords(db: FirebreakDB, packId: string): Promise<ContextRecord[]> {
  return db.getAll('contexts', packKeyRange(packId));
}

/** The pack as a whole again (patterns in the file's order, contexts by id), or null when it is not installed. */
export async function readPack(db: FirebreakDB, id: string): Promise<Pack | null> {
  const tx = db.transaction(['packs', 'patterns', 'patternChunks', 'contexts']);
  const [rec, chunks, single, ctxs] = await Promise.all([
    tx.objectStore('packs').get(id),
    tx.objectStore('patternChunks').getAll(packKeyRange(id)),
    tx.objectStore('patterns').getAll(packKeyRange(id)),
    tx.objectStore('contexts').getAll(packKeyRange(id)),
  ]);
  await tx.done;
  if (!rec) return null;
  return assemblePack(rec.header, chunkedRecords(id, chunks).concat(single), ctxs);
}

export function assemblePack(header: PackHeader, pats: readonly PatternRecord[], ctxs: readonly ContextRecord[]): Pack {
  const patterns: PackPattern[] = pats.map((r) => r.pattern);
  const contexts: ContextEntry[] = ctxs.map((r) => r.entry);
  return { ...header, contexts, patterns };
}

/** Sets the enabled flag (not a content change: updatedAt stays); null when the pack is not installed. */
export async function setPackEnabled(db: FirebreakDB, id: string, enabled: boolean): Promise<PackRecord | null> {
  return updatePackRecord(db, id, (r) => (r.enabled === enabled ? null : { ...r, enabled }));
}

/**
 * Reads, changes and writes one pack record in one transaction. `change` returns the new record, or null to
 * leave it as it is. Resolves to the stored record, or null when the pack is not installed.
 */
export async function updatePackRecord(
  db: FirebreakDB,
  id: string,
  change: (rec: PackRecord) => PackRecord | null,
): Promise<PackRecord | null> {
  const tx = db.transaction('packs', 'readwrite');
  try {
    const rec = await tx.store.get(id);
    if (!rec) {
      await tx.done;
      return null;
    }
    const next = change(rec);
    if (next) await tx.store.put(next);
    await tx.done;
    return next ?? rec;
  } catch (err) {
    abortQuietly(tx, []);
    throw toStoreError(failureCause(err, tx), 'change-pack');
  }
}

/** Deletes a pack with its patterns and context entries, in one transaction. False when it was not installed. */
export async function deletePack(db: FirebreakDB, id: string): Promise<boolean> {
  const tx = db.transaction(['packs', 'patterns', 'patternChunks', 'contexts'], 'readwrite');
  const pending: Promise<unknown>[] = [];
  try {
    const found = (await tx.objectStore('packs').getKey(id)) !== undefined;
    if (found) {
      pending.push(
        tx.objectStore('packs').delete(id),
        tx.objectStore('patterns').delete(packKeyRange(id)),
        tx.objectStore('patternChunks').delete(packKeyRange(id)),
        tx.objectStore('contexts').delete(packKeyRange(id)),
      );
    }
    await Promise.all([...pending, tx.done]);
    return found;
  } catch (err) {
    abortQuietly(tx, pending);
    throw toStoreError(failureCause(err, tx), 'remove-pack');
  }
}

/**
 * Deletes one record by id from a store keyed by a string id (feedback, reports, keys), in its own transaction.
 * False when there was none; a failure is a StoreError saying what could not be removed (`action`).
 */
export async function deleteRecord(db: FirebreakDB, store: 'feedback' | 'reports' | 'keys', id: string, action: StoreAction): Promise<boolean> {
  const tx = db.transaction(store, 'readwrite');
  try {
    const found = (await tx.store.getKey(id)) !== undefined;
    if (found) await tx.store.delete(id);
    await tx.done;
    return found;
  } catch (err) {
    abortQuietly(tx, []);
    throw toStoreError(failureCause(err, tx), action);
  }
}

/**
 * Context entries by (pack, id), keyed by contextKey; refs to nothing are absent. Context ids are unique within a
 * pack only: two packs may both have a "campaign-2016" entry, and each pattern shows its own pack's.
 */
export async function getContextEntries(db: FirebreakDB, refs: readonly ContextRef[]): Promise<Map<string, ContextEntry>> {
  const wanted = new Map(refs.map((r) => [contextKey(r), r]));
  const found = new Map<string, ContextEntry>();
  if (wanted.size === 0) return found;
  const tx = db.transaction('contexts');
  const asked = [...wanted];
  const recs = await Promise.all(asked.map(([, r]) => tx.store.get([r.packId, r.id])));
  await tx.done;
  recs.forEach((rec, i) => {
    if (rec) found.set(asked[i]![0], rec.entry);
  });
  return found;
}
