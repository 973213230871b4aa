// Hardening: failures lose nothing. With fake-indexeddb and the real store and background code:
//  - the background stopped in the middle of an import, a replacement, a removal, a custom-pattern save or a
//    feedback write, at every write request in turn: the database is exactly as it was, and a new background on it
//    works;
//  - the storage quota hit at every store an operation writes, when the request is made and when it commits: a
//    clear message, nothing half-written;
//  - databases saved from every earlier schema version (every test/fixtures/db/v<N>.json, so a v2 dump only adds a
//    file) open in a new background with user packs, custom patterns and notes, feedback, the report log and keys
//    intact and working; a database from a newer version is refused without touching it;
//  - imports, removals and toggles at the same time: each pack consistent, the snapshot matches what is stored.
// Extends test/unit/store.test.ts (one quota case, one mid-transaction failure, one concurrent-install case).
import { readFileSync, readdirSync } from 'node:fs';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../lib/pack/schema';
import { parsePack } from '../../lib/pack/validate';
import { t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../lib/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_VERSION, openFirebreakDB, type PatternRecord } from '../../lib/store/db';
import { CUSTOM_PACK_ID, DEFAULT_PACK_ID, installPack, listContextRecords, listPackRecords, listPatternRecords, QUOTA_MESSAGE, StoreError } from '../../lib/store/packs';
import { putFeedback } from '../../lib/store/feedback';
import { putReport } from '../../lib/store/reports';
import { clearSnapshotCache } from '../../lib/store/snapshot-cache';
import type { ReportLogEntry } from '../../lib/report/log';
import type { PostData } from '../../lib/types';
import { buildDatabaseFromDump, dumpDatabase, type DbDump } from '../fixtures/db/harness';
import { contentSender, EXT_PAGE, resetFakeBrowser, servedMatcher, startHarness, type HostileHarness } from '../fixtures/hostile/background';
import { countWrites, killAtWrite, quotaAt, type Injection } from '../fixtures/hostile/faults';
import { bigPack, bulkWord, type PackJson } from '../fixtures/hostile/packs';
import { UNIT_TIMEOUT_MS } from '../fixtures/hostile/sizes';

vi.setConfig({ testTimeout: UNIT_TIMEOUT_MS });

let injection: Injection | null = null;
const harnesses: HostileHarness[] = [];

beforeEach(() => {
  resetFakeBrowser();
});

afterEach(() => {
  injection?.restore();
  injection = null;
  while (harnesses.length) harnesses.pop()!.close();
  vi.restoreAllMocks();
});

async function harness(opts: Parameters<typeof startHarness>[0] = {}): Promise<HostileHarness> {
  const h = await startHarness(opts);
  harnesses.push(h);
  return h;
}

/** A background with something to lose: the default pack, a user pack, a custom pattern with a note, feedback. */
async function populated(): Promise<HostileHarness> {
  const hh = await harness();
  const kept = { ...bigPack(12, 'org.example.kept'), version: '1.0.0' };
  expect((await hh.h.importPack({ text: JSON.stringify(kept) }, EXT_PAGE)).ok).toBe(true);
  await hh.h.saveCustomPattern({ text: 'my own phrase', note: 'seen twice', lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE);
  await hh.h.addFeedback({ post: post('111', 'bulk term ba here'), patternIds: ['b0'] }, contentSender(1));
  // The snapshot cache writes these started land before a test counts its own writes.
  await hh.bg.snapshot.cached();
  return hh;
}

function countBy(list: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of list) out[x] = (out[x] ?? 0) + 1;
  return out;
}

function post(id: string, text: string): PostData {
  return {
    id,
    site: 'x',
    url: `https://x.com/someone/status/${id}`,
    author: { name: 'Some One', handle: '@someone', profileUrl: 'https://x.com/someone' },
    text,
    time: '2026-11-28T11:00:00.000Z',
    lang: 'en',
    links: [],
    isComment: false,
  };
}

/** What a worker that starts after the crash sees: a new connection and a new background on the same database. */
async function restartedWorker(name: string): Promise<HostileHarness> {
  return harness({ existing: name });
}

async function freshDump(name: string): Promise<DbDump> {
  const db = await openFirebreakDB({ name });
  try {
    return await dumpDatabase(db);
  } finally {
    db.close();
  }
}

/** Every pack consistent: counts match the stored patterns and contexts; no orphan records. */
async function expectConsistent(hh: HostileHarness): Promise<void> {
  const recs = await listPackRecords(hh.raw);
  const ids = new Set(recs.map((r) => r.id));
  for (const r of recs) {
    expect((await listPatternRecords(hh.raw, r.id)).length, `${r.id} patterns`).toBe(r.patternCount);
    if (!r.custom) expect((await listContextRecords(hh.raw, r.id)).length, `${r.id} contexts`).toBe(r.contextCount);
  }
  const dump = await hh.dump();
  for (const store of ['patterns', 'patternChunks', 'contexts']) {
    for (const rec of dump.stores[store] ?? []) expect(ids.has((rec.value as { packId: string }).packId), `orphan in ${store}`).toBe(true);
  }
}

/** Every pattern a dump holds, as listPatternRecords returns it: `patterns` records and `patternChunks` (v2+). */
function dumpPatterns(dump: DbDump): PatternRecord[] {
  const out: PatternRecord[] = (dump.stores.patterns ?? []).map((r) => r.value as PatternRecord);
  for (const r of dump.stores.patternChunks ?? []) {
    const c = r.value as { packId: string; patterns: PatternRecord['pattern'][] };
    for (const p of c.patterns) out.push({ packId: c.packId, id: p.id, pattern: p });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

describe('the background stopped in the middle of a write', () => {
  const replacement = (): PackJson => ({ ...bigPack(20, 'org.example.kept'), version: '2.0.0' });

  const OPERATIONS: [string, (hh: HostileHarness) => unknown][] = [
    ['importing a new pack', (hh) => hh.h.importPack({ text: JSON.stringify(bigPack(15, 'org.example.new')) }, EXT_PAGE)],
    ['replacing an installed pack (old records deleted first)', (hh) => hh.h.importPack({ text: JSON.stringify(replacement()) }, EXT_PAGE)],
    ['removing a pack', (hh) => hh.h.removePack('org.example.kept', EXT_PAGE)],
    ['saving a custom pattern', (hh) => hh.h.saveCustomPattern({ text: 'another phrase', lang: 'en', category: 'custom', severity: 'high' }, EXT_PAGE)],
    ['marking a post "not a threat" again', (hh) => hh.h.addFeedback({ post: post('111', 'bulk term ba again'), patternIds: ['b0', 'b1'] }, contentSender(1))],
    ['turning a pack off', (hh) => hh.h.setPackEnabled({ id: 'org.example.kept', enabled: false }, EXT_PAGE)],
  ];

  it.each(OPERATIONS)('%s: at every write in turn, the database stays as it was and a restarted worker works', async (_, op) => {
    // How many writes the operation makes, on a throwaway copy.
    const probe = await populated();
    injection = countWrites();
    await Promise.resolve(op(probe));
    // The snapshot cache write it started comes after its answer: counted too.
    await probe.bg.snapshot.cached();
    const total = injection.writes;
    injection.restore();
    injection = null;
    expect(total).toBeGreaterThan(0);

    let cutsInside = 0;
    let cutsAfterCommit = 0;
    for (let k = 1; k <= total; k++) {
      const hh = await populated();
      await hh.h.getSnapshot(undefined, contentSender(1));
      const before = await hh.dump();
      injection = killAtWrite(k);
      const outcome = await Promise.resolve(op(hh)).then(
        (v) => ({ ok: (v as { ok?: boolean } | undefined)?.ok !== false, v }),
        (err: unknown) => ({ ok: false, v: err }),
      );
      await hh.bg.snapshot.cached();
      const fired = injection.fired;
      injection.restore();
      injection = null;
      if (!fired) continue; // a write that only happens on the first run (already done here)
      // The worker dies: its connection goes away.
      hh.close();
      if (outcome.ok) {
        // Cut after the operation's own transaction committed (the snapshot cache written afterwards): the change
        // is kept whole, and only the cache is missing (rebuilt by the next worker).
        cutsAfterCommit++;
      } else {
        // Cut inside the operation's transaction: the next worker finds the database exactly as it was.
        cutsInside++;
        expect(await freshDump(hh.name), `cut at write ${k}/${total}`).toEqual(before);
      }
      const next = await restartedWorker(hh.name);
      await expectConsistent(next);
      const snap = await next.h.getSnapshot(undefined, contentSender(1));
      const m = await servedMatcher(next.h, snap);
      const kept = (await listPackRecords(next.raw)).find((r) => r.id === 'org.example.kept');
      const hits = m.match('they said bulk term da').patterns.filter((p) => p.packId === 'org.example.kept').map((p) => p.id);
      expect(hits).toEqual(kept?.enabled ? ['b2'] : []);
      expect(snap.dismissed).toEqual(['111']);
      // And the operation succeeds when tried again.
      if (!outcome.ok) {
        const again = await Promise.resolve(op(next));
        expect((again as { ok?: boolean } | undefined)?.ok ?? true).toBe(true);
      }
      await expectConsistent(next);
    }
    expect(cutsInside, 'cut points inside the operation').toBeGreaterThan(0);
    expect(cutsInside + cutsAfterCommit).toBe(total);
  }, 120_000);

  it('the transaction aborted right before it commits: the replaced pack keeps its old patterns', async () => {
    const hh = await populated();
    const before = await hh.dump();
    const r = parsePack(JSON.stringify({ ...bigPack(3, 'org.example.kept'), version: '3.0.0' }));
    if (!r.ok) throw new Error('fixture');
    const err = await installPack(hh.raw, r.pack, null, {
      beforeCommit: () => {
        throw new DOMException('The background stopped.', 'AbortError');
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/^Could not import this pack; nothing was changed\./);
    expect(await hh.dump()).toEqual(before);
    expect((await listPatternRecords(hh.raw, 'org.example.kept')).length).toBe(12);
  });
});

describe('the storage quota', () => {
  const MODES = ['request', 'commit'] as const;

  for (const mode of MODES) {
    describe(`hit ${mode === 'request' ? 'by a write request' : 'when the transaction commits'}`, () => {
      // Imported packs store their patterns in chunks of 500: 1,200 patterns are three chunk records.
      it.each([
        ['patternChunks', 1, 20],
        ['patternChunks', 3, 1200],
        ['contexts', 1, 20],
        ['packs', 1, 20],
      ] as const)('importing a pack, at put %# into %s: the quota message, nothing written', async (store, nth, size) => {
        const hh = await populated();
        const before = await hh.dump();
        hh.sent.length = 0;
        injection = quotaAt({ store, nth, mode });
        const res = await hh.h.importPack({ text: JSON.stringify({ ...bigPack(size, 'org.example.kept'), version: '2.0.0' }) }, EXT_PAGE);
        expect(injection.fired).toBe(true);
        injection.restore();
        injection = null;
        expect(res.ok).toBe(false);
        expect(res.errors).toEqual([{ path: '', message: QUOTA_MESSAGE, lang: 'en' }]); // the interface language
        expect(await hh.dump()).toEqual(before);
        expect(hh.sent, 'no snapshot broadcast for a failed import').toEqual([]);
        await expectConsistent(hh);
      });

      it('saving a custom pattern: a clear message, nothing written', async () => {
        const hh = await populated();
        const before = await hh.dump();
        injection = quotaAt({ store: 'patterns', mode });
        await expect(hh.h.saveCustomPattern({ text: 'one more phrase', lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE)).rejects.toThrow(
          'Not enough storage space to save your pattern; nothing was changed.',
        );
        injection.restore();
        injection = null;
        expect(await hh.dump()).toEqual(before);
      });

      it('in the interface language: a pattern, a trusted key, a "Not a threat" and a My patterns file, each says what could not be saved', async () => {
        const hh = await populated();
        await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'fr' } });
        const before = await hh.dump();
        const full = async (store: Parameters<typeof quotaAt>[0]['store'], act: () => unknown): Promise<string> => {
          injection = quotaAt({ store, mode });
          const err = await Promise.resolve()
            .then(act)
            .then(
            () => null,
            (e: unknown) => e,
          );
          injection.restore();
          injection = null;
          expect(err, store).toBeInstanceOf(Error);
          return (err as Error).message;
        };
        const sentence = (action: Parameters<typeof t>[1]) => t('fr', 'store_err_quota', { action: t('fr', action) });
        expect(await full('patterns', () => hh.h.saveCustomPattern({ text: 'une phrase de plus', lang: 'fr', category: 'custom', severity: 'low' }, EXT_PAGE))).toBe(
          'Pas assez d’espace de stockage pour enregistrer votre motif\u202f; rien n’a été modifié.',
        );
        // The browser's own error used to reach the page as it was ("QuotaExceededError The quota has been exceeded").
        expect(await full('keys', () => hh.h.trustKey({ label: 'Éditeur', publicKeyB64: 'A'.repeat(43) + '=' }, EXT_PAGE))).toBe(sentence('store_act_trust_key'));
        expect(await full('feedback', () => hh.h.addFeedback({ post: post('333', 'x'), patternIds: [] }, contentSender(1)))).toBe(sentence('store_act_feedback'));
        const mine = JSON.parse(await hh.h.exportPack(CUSTOM_PACK_ID, EXT_PAGE)) as Pack;
        mine.patterns = [{ ...mine.patterns[0]!, id: 'my-other', text: 'une autre phrase' }];
        // Adding a file's phrases writes My patterns' own record too (its version): full there.
        const res = await full('packs', async () => {
          const r = await hh.h.importPack({ text: JSON.stringify(mine) }, EXT_PAGE);
          throw new Error(r.errors[0]?.message ?? 'imported');
        });
        expect(res).toBe(sentence('store_act_import_pack'));
        expect(await hh.dump()).toEqual(before);
      });

      it('"Not a threat" replacing an earlier entry: a clear message, the earlier entry kept', async () => {
        const hh = await populated();
        const before = await hh.dump();
        injection = quotaAt({ store: 'feedback', mode });
        // A new entry id for the same post: the old entry is deleted in the same transaction.
        const err = await putFeedback(hh.raw, {
          id: 'new-entry-id',
          postId: '111',
          site: 'x',
          url: null,
          author: '@someone',
          excerpt: 'x',
          patternIds: [],
          at: '2026-11-28T12:00:00.000Z',
        }).catch((e: unknown) => e);
        injection.restore();
        injection = null;
        expect((err as Error).message).toBe('Not enough storage space to mark this post as not a threat; nothing was changed.');
        expect(await hh.dump()).toEqual(before);
        // Through the background the same message reaches the page.
        injection = quotaAt({ store: 'feedback', mode });
        await expect(hh.h.addFeedback({ post: post('222', 'x'), patternIds: [] }, contentSender(1))).rejects.toThrow(/^Not enough storage space to mark this post/);
      });

      it('logging a report: a clear message, the log as it was', async () => {
        const hh = await populated();
        const before = await hh.dump();
        injection = quotaAt({ store: 'reports', mode });
        const entry = { id: 'r1', at: '2026-11-28T12:00:00.000Z', destinationId: 'fr-pharos', platform: 'x', permalink: null, author: '@a', bundle: {} } as unknown as ReportLogEntry;
        await expect(putReport(hh.raw, entry)).rejects.toThrow('Not enough storage space to save this report in your report log; nothing was changed.');
        injection.restore();
        injection = null;
        expect(await hh.dump()).toEqual(before);
      });

      it('writing the snapshot cache: the snapshot is still served from memory, the error is logged', async () => {
        const hh = await populated();
        await clearSnapshotCache(hh.raw);
        hh.bg.snapshot.invalidate();
        injection = quotaAt({ store: 'meta', mode });
        const snap = await hh.h.getSnapshot(undefined, contentSender(1));
        // The cache is written after the answer.
        await hh.bg.snapshot.cached();
        injection.restore();
        injection = null;
        expect((await servedMatcher(hh.h, snap)).match('bulk term ca').patterns.map((p) => p.id)).toEqual(['b1']);
        expect(hh.errors.map((e) => e.context)).toContain('snapshot: cache write');
      });
    });
  }

  it('at first run (installing the shipped default pack): logged, user data untouched, retried by the next worker', async () => {
    const name = `quota-first-run-${Date.now()}`;
    injection = quotaAt({ store: 'patternChunks', mode: 'commit' });
    const first = await harness({ name });
    await first.h.listPacks(undefined, EXT_PAGE);
    injection.restore();
    injection = null;
    expect(first.errors.map((e) => e.context)).toContain('setup: default pack');
    expect((await listPackRecords(first.raw)).map((r) => r.id)).toEqual([CUSTOM_PACK_ID]);
    first.close();
    const next = await harness({ existing: name });
    expect((await next.h.listPacks(undefined, EXT_PAGE)).map((p) => p.id)).toEqual([DEFAULT_PACK_ID, CUSTOM_PACK_ID]);
    await expectConsistent(next);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('databases from every earlier schema version', () => {
  const dir = new URL('../fixtures/db/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => /^v\d+\.json$/.test(f))
    .sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)));
  const dumps = files.map((f) => ({ file: f, dump: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as DbDump }));

  it('there is a saved dump for every version up to the current one, and none from the future', () => {
    expect(dumps.map((d) => d.dump.dbVersion)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
    for (const d of dumps) expect(d.file).toBe(`v${d.dump.dbVersion}.json`);
  });

  for (const { file, dump } of dumps) {
    const values = (store: string) => (dump.stores[store] ?? []).map((r) => r.value as Record<string, unknown>);

    it(`${file}: a new background on it keeps and uses user packs, custom patterns and notes, feedback, the report log and keys`, async () => {
      const name = `hardening-upgrade-${file}-${Date.now()}`;
      await buildDatabaseFromDump(name, dump);
      const hh = await harness({ existing: name });
      expect(hh.raw.version).toBe(DB_VERSION);

      const packs = await hh.h.listPacks(undefined, EXT_PAGE);
      for (const p of values('packs')) {
        const now = packs.find((x) => x.id === p.id);
        expect(now, `pack ${String(p.id)}`).toBeDefined();
        expect(now!.enabled, `pack ${String(p.id)} keeps the user's on/off choice`).toBe(p.enabled);
      }
      // User packs: the records themselves, untouched; their patterns and contexts too.
      for (const p of values('packs').filter((x) => x.id !== DEFAULT_PACK_ID)) {
        expect((await hh.dump()).stores.packs!.map((r) => r.value)).toContainEqual(p);
      }
      const nonDefault = (s: string) => values(s).filter((x) => x.packId !== DEFAULT_PACK_ID);
      const after = await hh.dump();
      const keptContexts = after.stores.contexts!.map((r) => r.value);
      for (const rec of nonDefault('contexts')) expect(keptContexts, `contexts ${String(rec.packId)}/${String(rec.id)}`).toContainEqual(rec);
      // Patterns, whatever the layout of the dump's version (one record each in v1, chunks of imported packs from v2).
      const storedPatterns = dumpPatterns(dump).filter((x) => x.packId !== DEFAULT_PACK_ID);
      expect(storedPatterns.length).toBeGreaterThan(0);
      for (const rec of storedPatterns) {
        expect(await listPatternRecords(hh.raw, rec.packId), `patterns ${rec.packId}/${rec.id}`).toContainEqual(rec);
      }
      // Custom patterns with their notes, as the options page lists them.
      const custom = await hh.h.listCustomPatterns(undefined, EXT_PAGE);
      const storedCustom = values('patterns').filter((x) => x.packId === CUSTOM_PACK_ID);
      expect(custom.map((c) => c.id).sort()).toEqual(storedCustom.map((x) => String(x.id)).sort());
      for (const rec of storedCustom) {
        if (rec.note !== undefined) expect(custom.find((c) => c.id === rec.id)?.note).toBe(rec.note);
      }
      // Feedback, report log (with evidence bundles) and keys, as the pages list them.
      expect(await hh.h.listFeedback(undefined, EXT_PAGE)).toEqual(expect.arrayContaining(values('feedback')));
      expect((await hh.h.listFeedback(undefined, EXT_PAGE)).length).toBe(values('feedback').length);
      const reports = await hh.h.listReports(undefined, EXT_PAGE);
      expect(reports).toEqual(expect.arrayContaining(values('reports')));
      expect(reports.length).toBe(values('reports').length);
      const keys = await hh.h.listTrustedKeys(undefined, EXT_PAGE);
      for (const k of values('keys')) expect(keys.map((x) => x.id)).toContain(k.id);

      // It works: the stale snapshot cache is rebuilt, enabled user patterns match, dismissed posts stay dismissed,
      // disabled packs do not match.
      const snap = await hh.h.getSnapshot(undefined, contentSender(1));
      expect(snap.dismissed.sort()).toEqual(values('feedback').map((f) => String(f.postId)).sort());
      const m = await servedMatcher(hh.h, snap);
      const enabledIds = new Set(packs.filter((p) => p.enabled).map((p) => p.id));
      for (const rec of storedPatterns.slice(0, 20)) {
        const pattern = rec.pattern as { kind: string; text?: string; terms?: string[]; unless?: string[] };
        const text = pattern.kind === 'phrase' ? pattern.text! : pattern.terms!.join(' ');
        const ids = m.match(`post: ${text}.`).patterns.filter((p) => p.packId === rec.packId).map((p) => p.id);
        if (enabledIds.has(String(rec.packId)) && !pattern.unless) expect(ids, `${String(rec.packId)}/${String(rec.id)} matches`).toContain(rec.id);
        if (!enabledIds.has(String(rec.packId))) expect(ids).toEqual([]);
      }
      // New writes work on top.
      expect((await hh.h.importPack({ text: JSON.stringify(bigPack(3, 'org.example.after-upgrade')) }, EXT_PAGE)).ok).toBe(true);
      await expectConsistent(hh);

      // Opening it once more (the next worker) changes nothing.
      const settled = await hh.dump();
      hh.close();
      expect(await freshDump(name)).toEqual(settled);
    });

    it.skipIf(dump.dbVersion >= DB_VERSION)(`${file}: the upgrade proceeds while an old-version connection is open (it is asked to close)`, async () => {
      const name = `hardening-blocked-${file}-${Date.now()}`;
      await buildDatabaseFromDump(name, dump);
      const old = await openFirebreakDB({ name, version: dump.dbVersion });
      const db = await openFirebreakDB({ name });
      expect(db.version).toBe(DB_VERSION);
      db.close();
      old.close();
    });
  }

  it('a database from a newer version (the extension was rolled back) is refused, and left untouched', async () => {
    const name = `hardening-future-${Date.now()}`;
    const future = await openDB(name, DB_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore('packs', { keyPath: 'id' });
        db.createObjectStore('somethingNew');
      },
    });
    await future.put('packs', { id: 'org.example.future', name: 'From the future' });
    future.close();
    await expect(openFirebreakDB({ name })).rejects.toMatchObject({ name: 'VersionError' });
    const again = await openDB(name);
    expect(again.version).toBe(DB_VERSION + 1);
    expect(await again.get('packs', 'org.example.future')).toEqual({ id: 'org.example.future', name: 'From the future' });
    again.close();
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('several writes at once', () => {
  it('imports of different packs, two versions of one pack, a removal and toggles at the same time stay consistent', async () => {
    const hh = await populated();
    const a = { ...bigPack(30, 'org.example.a'), version: '1.0.0' };
    const b = { ...bigPack(40, 'org.example.b'), version: '1.0.0' };
    const k2 = { ...bigPack(5, 'org.example.kept'), version: '2.0.0' };
    const k3 = { ...bigPack(7, 'org.example.kept'), version: '3.0.0' };
    const results = await Promise.allSettled([
      hh.h.importPack({ text: JSON.stringify(a) }, EXT_PAGE),
      hh.h.importPack({ text: JSON.stringify(k3) }, EXT_PAGE),
      hh.h.importPack({ text: JSON.stringify(b) }, EXT_PAGE),
      hh.h.importPack({ text: JSON.stringify(k2) }, EXT_PAGE),
      hh.h.setPackEnabled({ id: 'org.example.a', enabled: false }, EXT_PAGE),
      hh.h.saveCustomPattern({ text: 'concurrent phrase', lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE),
      hh.h.setPackEnabled({ id: DEFAULT_PACK_ID, enabled: false }, EXT_PAGE),
    ]);
    for (const r of results) if (r.status === 'rejected') expect(String(r.reason)).toMatch(/no longer installed|older/);
    await expectConsistent(hh);
    // The newest version of the replaced pack wins whatever the order, and its patterns are exactly its own.
    const kept = (await listPackRecords(hh.raw)).find((r) => r.id === 'org.example.kept')!;
    expect(kept.version).toBe('3.0.0');
    expect((await listPatternRecords(hh.raw, 'org.example.kept')).map((r) => r.id).sort()).toEqual(k3.patterns.map((p) => p.id as string).sort());

    // The snapshot the tabs get is built from what is stored now, not from a state in between.
    const snap = await hh.h.getSnapshot(undefined, contentSender(1));
    const m = await servedMatcher(hh.h, snap);
    const enabled = (await listPackRecords(hh.raw)).filter((r) => r.enabled);
    let expected = 0;
    for (const r of enabled) expected += (await listPatternRecords(hh.raw, r.id)).length;
    expect(m.patternCount, JSON.stringify({ enabled: enabled.map((r) => [r.id, r.version, r.patternCount]), snapshotPacks: countBy(snap.snapshot!.meta.packIds) })).toBe(expected);
    expect(m.match(`x bulk term ${bulkWord(6)} x`).patterns.map((p) => `${p.packId}/${p.id}`).sort()).toEqual(
      enabled
        .map((r) => r.id)
        .filter((id) => id.startsWith('org.example.')) // every bulk pack has a pattern "b6" (ids are per pack)
        .map((id) => `${id}/b6`)
        .sort(),
    );
    // A last write after the storm: the tabs were told the final version.
    const last = hh.sent.filter((s) => s.type === 'snapshotChanged').at(-1);
    expect(last?.data).toBe(snap.version);
  });

  it('the same file imported twice at once: both succeed, one copy stored', async () => {
    const hh = await populated();
    const text = JSON.stringify({ ...bigPack(25, 'org.example.twice'), version: '1.0.0' });
    const [x, y] = await Promise.all([hh.h.importPack({ text }, EXT_PAGE), hh.h.importPack({ text }, EXT_PAGE)]);
    expect([x.ok, y.ok]).toEqual([true, true]);
    expect((await listPatternRecords(hh.raw, 'org.example.twice')).length).toBe(25);
    await expectConsistent(hh);
  });

  it('two workers (two connections) importing at once: transactions serialise, nothing mixes', async () => {
    const hh = await populated();
    const other = await harness({ existing: hh.name });
    const p1: Pack = (parsePack(JSON.stringify({ ...bigPack(50, 'org.example.kept'), version: '5.0.0' })) as { pack: Pack }).pack;
    const p2: Pack = (parsePack(JSON.stringify({ ...bigPack(9, 'org.example.kept'), version: '5.0.1' })) as { pack: Pack }).pack;
    await Promise.allSettled([installPack(hh.raw, p1, null), installPack(other.raw, p2, null)]);
    const rec = (await listPackRecords(hh.raw)).find((r) => r.id === 'org.example.kept')!;
    expect(rec.version).toBe('5.0.1');
    expect((await listPatternRecords(hh.raw, 'org.example.kept')).length).toBe(9);
    await expectConsistent(hh);
  });
});
