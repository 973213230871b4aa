// The extension's IndexedDB database ('firebreak'): its schema, record shapes, opening and versioned upgrades.
// Opened only in the background and extension pages (the extension's origin), never in a content script.
// Upgrades run step by step (v0→v1, v1→v2, ...) so a database from any earlier version keeps its user data.
// v2 stores the patterns of imported packs in chunks (one record per PATTERN_CHUNK patterns): Chromium's
// IndexedDB costs 60–100 µs per request, so a 10,000-pattern import spent ~0.5 s in puts alone.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FeedbackEntry } from '../messages';
import type { ContextEntry, Pack, PackPattern } from '../pack/schema';
import type { ReportLogEntry } from '../report/log';

export const DB_NAME = 'firebreak';
/** Current schema version. Bump it and add a `case` in `upgradeStep` for every change. */
export const DB_VERSION = 2;

/** Patterns per `patternChunks` record. */
export const PATTERN_CHUNK = 500;

/** A pack's own fields, without the patterns and context entries (they live in their own stores). */
export type PackHeader = Omit<Pack, 'patterns' | 'contexts'>;

/** Where a subscribed pack comes from and how the last check went. */
export interface SubscriptionInfo {
  url: string;
  /** ISO time of the last check, successful or not. */
  lastChecked: string | null;
  /** Message of the last failed check; null after a successful one. */
  lastError: string | null;
}

/** One installed pack (store `packs`, key `id`). */
export interface PackRecord {
  id: string;
  name: string;
  version: string;
  publisher: string;
  description: string | null;
  header: PackHeader;
  /** The file's text as imported, for export; null for the local custom pack (generated on export). */
  raw: string | null;
  patternCount: number;
  contextCount: number;
  enabled: boolean;
  /** Shipped in the extension (the default pack): cannot be removed, upgraded in place. */
  builtIn: boolean;
  /** The local "My patterns" pack. */
  custom: boolean;
  installedAt: string;
  updatedAt: string;
  subscription: SubscriptionInfo | null;
  /** Id of the trusted key whose signature was verified on the last install, if any. */
  signedBy: string | null;
  /** Where the last install came from ('file', 'subscription', 'builtin', 'custom', ...). */
  source: string | null;
}

/** One pattern of a pack (store `patterns`, key `[packId, id]`). */
export interface PatternRecord {
  packId: string;
  id: string;
  pattern: PackPattern;
  /** The user's note on a custom pattern (the pack format has no such field). */
  note?: string;
}

/**
 * Patterns n·PATTERN_CHUNK … of one imported pack, in the pack's order (store `patternChunks`, key
 * `[packId, n]`). The local "My patterns" pack keeps one `patterns` record per pattern: it is edited one by one.
 */
export interface PatternChunkRecord {
  packId: string;
  n: number;
  patterns: PackPattern[];
}

/** One context entry of a pack (store `contexts`, key `[packId, id]`). */
export interface ContextRecord {
  packId: string;
  id: string;
  entry: ContextEntry;
}

/** A publisher key the user trusts for pack signatures (store `keys`, key `id`). Built-in keys are not stored. */
export interface TrustedKeyRecord {
  id: string;
  label: string;
  publicKeyB64: string;
  addedAt: string;
}

export interface FirebreakDBSchema extends DBSchema {
  packs: { key: string; value: PackRecord };
  patterns: { key: [string, string]; value: PatternRecord; indexes: { byPack: string } };
  patternChunks: { key: [string, number]; value: PatternChunkRecord };
  contexts: { key: [string, string]; value: ContextRecord; indexes: { byPack: string } };
  reports: { key: string; value: ReportLogEntry; indexes: { byAt: string } };
  feedback: { key: string; value: FeedbackEntry; indexes: { byPostId: string } };
  keys: { key: string; value: TrustedKeyRecord };
  /** Key-value records: see lib/store/meta.ts for the keys. */
  meta: { key: string; value: unknown };
}

export type FirebreakDB = IDBPDatabase<FirebreakDBSchema>;
export type UpgradeTx = IDBPTransaction<FirebreakDBSchema, StoreNames<FirebreakDBSchema>[], 'versionchange'>;

/** Every object store of the current version, for dumps and tests. */
export const STORE_NAMES = ['packs', 'patterns', 'patternChunks', 'contexts', 'reports', 'feedback', 'keys', 'meta'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export interface OpenOptions {
  /** Database name; tests use one per case. */
  name?: string;
  /** Target version; only the upgrade tests open an older one. */
  version?: number;
  /** Called when this connection closed itself so a newer version could open, or the browser closed it. */
  onClose?: () => void;
}

/**
 * Applies the upgrade from `fromVersion` to `fromVersion + 1`. Written as a switch over the old version so
 * each step only adds or migrates; data written by an earlier version is kept.
 */
export function upgradeStep(db: IDBPDatabase<FirebreakDBSchema>, fromVersion: number, tx: UpgradeTx): void {
  switch (fromVersion) {
    case 0: {
      // v1: the first schema.
      db.createObjectStore('packs', { keyPath: 'id' });
      const patterns = db.createObjectStore('patterns', { keyPath: ['packId', 'id'] });
      patterns.createIndex('byPack', 'packId');
      const contexts = db.createObjectStore('contexts', { keyPath: ['packId', 'id'] });
      contexts.createIndex('byPack', 'packId');
      const reports = db.createObjectStore('reports', { keyPath: 'id' });
      reports.createIndex('byAt', 'at');
      const feedback = db.createObjectStore('feedback', { keyPath: 'id' });
      feedback.createIndex('byPostId', 'postId');
      db.createObjectStore('keys', { keyPath: 'id' });
      db.createObjectStore('meta');
      break;
    }
    case 1: {
      // v2: patterns of imported packs move into chunks; "My patterns" keeps one record per pattern.
      db.createObjectStore('patternChunks', { keyPath: ['packId', 'n'] });
      migratePatternsToChunks(tx).catch((err: unknown) => {
        // A failed migration aborts the upgrade: the database stays at v1 with every record, and opening fails.
        console.error('Firebreak: database upgrade failed', err);
        try {
          tx.abort();
        } catch {
          // already aborted
        }
      });
      break;
    }
    default:
      throw new Error(`No upgrade from database version ${fromVersion}.`);
  }
}

/** v1 → v2: every non-custom pack's `patterns` records become `patternChunks` records, in pattern-id order. */
async function migratePatternsToChunks(tx: UpgradeTx): Promise<void> {
  const packs = await tx.objectStore('packs').getAll();
  const patterns = tx.objectStore('patterns');
  const chunks = tx.objectStore('patternChunks');
  for (const pack of packs) {
    if (pack.custom) continue;
    const range = IDBKeyRange.bound([pack.id], [pack.id, []]);
    const recs = await patterns.getAll(range);
    const list = recs.map((r) => r.pattern);
    const writes: Promise<unknown>[] = [];
    for (let i = 0, n = 0; i < list.length; i += PATTERN_CHUNK, n++) {
      writes.push(chunks.put({ packId: pack.id, n, patterns: list.slice(i, i + PATTERN_CHUNK) }));
    }
    writes.push(patterns.delete(range));
    await Promise.all(writes);
  }
}

/** Runs every step from `oldVersion` up to `newVersion`. */
export function upgradeDatabase(
  db: IDBPDatabase<FirebreakDBSchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (let v = oldVersion; v < newVersion; v++) upgradeStep(db, v, tx);
}

/** Opens (creating or upgrading) the database. */
export function openFirebreakDB(opts: OpenOptions = {}): Promise<FirebreakDB> {
  const version = opts.version ?? DB_VERSION;
  return openDB<FirebreakDBSchema>(opts.name ?? DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgradeDatabase(db, oldVersion, newVersion ?? version, tx);
    },
    blocking(_current, _blocked, event) {
      // A newer version wants to open (the extension was updated): let it, this connection reopens lazily.
      (event.target as IDBDatabase | null)?.close();
      opts.onClose?.();
    },
    terminated() {
      opts.onClose?.();
    },
  });
}

/** True for the DOMException a browser throws when the origin's storage quota is used up. */
export function isQuotaError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const name = (err as { name?: unknown }).name;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const inner = (err as { inner?: unknown; cause?: unknown }).cause;
  return inner !== undefined && inner !== err && isQuotaError(inner);
}
