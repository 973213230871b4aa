// The IndexedDB store (lib/store): first run, in-place upgrade of the default pack, all-or-nothing installs,
// replacement, downgrade refusal, concurrent installs, quota errors, and the small stores.
import { readFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePack } from '../../lib/pack/validate';
import type { Pack } from '../../lib/pack/schema';
import { bumpVersion, ensureCustomPack, listCustomPatternRecords, putCustomPattern, deleteCustomPattern } from '../../lib/store/custom-pack';
import { DB_VERSION, openFirebreakDB, type FirebreakDB } from '../../lib/store/db';
import { ensureDefaultPack } from '../../lib/store/default-pack';
import { dismissedPostIds, listFeedback, makeExcerpt, putFeedback, deleteFeedback } from '../../lib/store/feedback';
import { addStoredKey, listStoredKeys, deleteStoredKey } from '../../lib/store/keys';
import { META_KEYS, getMeta } from '../../lib/store/meta';
import {
  CUSTOM_PACK_ID,
  DEFAULT_PACK_ID,
  deletePack,
  getContextEntries,
  getPackRecord,
  installPack,
  listContextRecords,
  listPackRecords,
  listPatternRecords,
  QUOTA_MESSAGE,
  readPack,
  setPackEnabled,
  StoreError,
} from '../../lib/store/packs';
import { clearReports, deleteReport, listReports, putReport } from '../../lib/store/reports';
import { readSnapshotCache, writeSnapshotCache } from '../../lib/store/snapshot-cache';
import { buildDatabaseFromDump, describeSchema, dumpDatabase, type DbDump } from '../fixtures/db/harness';
import { populate } from '../fixtures/db/make-dump';
import { defaultPack, packText, P_AMAQ, P_DABIQ, P_RUMIYAH, P_THREAT_FR, userPack } from '../fixtures/db/sample-packs';

let seq = 0;
const opened: FirebreakDB[] = [];
async function freshDb(): Promise<FirebreakDB> {
  const db = await openFirebreakDB({ name: `store-test-${++seq}-${Date.now()}` });
  opened.push(db);
  return db;
}

afterEach(() => {
  vi.restoreAllMocks();
  while (opened.length) opened.pop()?.close();
});

const T1 = new Date('2026-11-10T10:00:00.000Z');
const T2 = new Date('2026-11-20T10:00:00.000Z');

async function install(db: FirebreakDB, pack: Pack, opts: Parameters<typeof installPack>[3] = {}) {
  return installPack(db, pack, packText(pack), opts);
}

describe('schema', () => {
  it('creates every store and index at the current version', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db)).toEqual({
      contexts: { keyPath: ['packId', 'id'], indexes: { byPack: 'packId' } },
      feedback: { keyPath: 'id', indexes: { byPostId: 'postId' } },
      keys: { keyPath: 'id', indexes: {} },
      meta: { keyPath: null, indexes: {} },
      packs: { keyPath: 'id', indexes: {} },
      patterns: { keyPath: ['packId', 'id'], indexes: { byPack: 'packId' } },
      patternChunks: { keyPath: ['packId', 'n'], indexes: {} },
      reports: { keyPath: 'id', indexes: { byAt: 'at' } },
    });
  });
});

describe('default pack', () => {
  it('is installed on first run, enabled and built in', async () => {
    const db = await freshDb();
    const pack = defaultPack('1.0.0');
    expect(await ensureDefaultPack(db, { pack, raw: packText(pack) }, T1)).toBe('installed');
    const rec = await getPackRecord(db, DEFAULT_PACK_ID);
    expect(rec).toMatchObject({ version: '1.0.0', enabled: true, builtIn: true, custom: false, patternCount: 3, contextCount: 2, raw: packText(pack) });
    expect((await listPatternRecords(db, DEFAULT_PACK_ID)).map((r) => r.id).sort()).toEqual(['outlet-amaq-en', 'pub-dabiq', 'threat-fr-tuer']);
    expect(await getMeta(db, META_KEYS.defaultPackVersion)).toBe('1.0.0');
    // Running again with the same version changes nothing.
    const before = await dumpDatabase(db);
    expect(await ensureDefaultPack(db, { pack, raw: packText(pack) }, T2)).toBe('current');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('the shipped public/packs/default.json is valid and installs', async () => {
    const url = new URL('../../public/packs/default.json', import.meta.url);
    if (!existsSync(url)) return; // written by the packs helper
    const text = readFileSync(url, 'utf8');
    const parsed = parsePack(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pack.id).toBe(DEFAULT_PACK_ID);
    const db = await freshDb();
    expect(await ensureDefaultPack(db, { pack: parsed.pack, raw: text })).toBe('installed');
    expect((await listPatternRecords(db, DEFAULT_PACK_ID)).length).toBe(parsed.pack.patterns.length);
  });

  it('is upgraded in place, keeping user packs, custom patterns, feedback, reports and the enabled choice', async () => {
    const db = await freshDb();
    await populate(db); // default 1.0.0 turned off by the user, user pack, custom patterns, feedback, report, key
    const before = await dumpDatabase(db);
    const v11 = defaultPack('1.1.0', [P_AMAQ, { ...P_DABIQ, severity: 'high' }, P_RUMIYAH]); // threat-fr-tuer removed
    expect(await ensureDefaultPack(db, { pack: v11, raw: packText(v11) }, T2)).toBe('upgraded');

    const rec = await getPackRecord(db, DEFAULT_PACK_ID);
    expect(rec).toMatchObject({ version: '1.1.0', enabled: false, builtIn: true, updatedAt: T2.toISOString() });
    expect(rec?.installedAt).toBe('2026-11-02T09:15:00.000Z');
    const ids = (await listPatternRecords(db, DEFAULT_PACK_ID)).map((r) => r.id).sort();
    expect(ids).toEqual(['outlet-amaq-en', 'pub-dabiq', 'pub-rumiyah']);
    expect((await listPatternRecords(db, DEFAULT_PACK_ID)).find((r) => r.id === 'pub-dabiq')?.pattern.severity).toBe('high');

    const after = await dumpDatabase(db);
    const notDefault = (recs: DbDump['stores'][string]) =>
      recs.filter((r) => (r.value as { id?: string; packId?: string }).packId !== DEFAULT_PACK_ID && (r.value as { id?: string }).id !== DEFAULT_PACK_ID);
    for (const store of ['packs', 'patterns', 'contexts']) {
      expect(notDefault(after.stores[store]!)).toEqual(notDefault(before.stores[store]!));
    }
    for (const store of ['feedback', 'reports', 'keys']) expect(after.stores[store]).toEqual(before.stores[store]);
    const custom = await listCustomPatternRecords(db);
    expect(custom.map((r) => r.note)).toContain('Local cell slogan\nSeen in reposts after the March attack; check with the newsroom.');
  });
});

describe('installPack', () => {
  it('writes the pack, its patterns and contexts, and reads it back whole', async () => {
    const db = await freshDb();
    const pack = userPack();
    const { record, previous } = await install(db, pack, { now: T1, source: 'file' });
    expect(previous).toBeNull();
    expect(record).toMatchObject({ id: pack.id, version: '2.3.0', publisher: 'Example Research Group', enabled: true, builtIn: false, custom: false, source: 'file' });
    const back = await readPack(db, pack.id);
    expect(back).toEqual(pack);
    const found = await getContextEntries(db, [
      { packId: pack.id, id: 'ctx-dabiq' },
      { packId: pack.id, id: 'nope' },
      { packId: 'org.example.other', id: 'ctx-amaq' },
      { packId: pack.id, id: 'ctx-amaq' },
    ]);
    expect([...found.keys()]).toEqual([`${pack.id}\u0000ctx-dabiq`, `${pack.id}\u0000ctx-amaq`]);
    expect(found.get(`${pack.id}\u0000ctx-dabiq`)).toEqual(pack.contexts.find((c) => c.id === 'ctx-dabiq'));
  });

  it('replacing a pack removes its old patterns and contexts and keeps the enabled choice', async () => {
    const db = await freshDb();
    await install(db, userPack('2.3.0'), { now: T1 });
    await setPackEnabled(db, 'org.example.research', false);
    const v3: Pack = { ...userPack('3.0.0', [{ ...P_DABIQ, id: 'u-dabiq' }]), contexts: [userPack().contexts[1]!] };
    const { previous } = await install(db, v3, { now: T2 });
    expect(previous?.version).toBe('2.3.0');
    expect((await listPatternRecords(db, v3.id)).map((r) => r.id)).toEqual(['u-dabiq']);
    expect((await listContextRecords(db, v3.id)).map((r) => r.id)).toEqual(['ctx-dabiq']);
    expect(await getPackRecord(db, v3.id)).toMatchObject({ version: '3.0.0', enabled: false, installedAt: T1.toISOString(), updatedAt: T2.toISOString(), patternCount: 1 });
  });

  it('refuses a lower version unless allowed', async () => {
    const db = await freshDb();
    await install(db, userPack('2.3.0'));
    const before = await dumpDatabase(db);
    const err = await install(db, userPack('2.2.9')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('downgrade');
    expect((err as Error).message).toMatch(/older than the installed version 2\.3\.0; nothing was changed/);
    expect(await dumpDatabase(db)).toEqual(before);
    // Versions compare numerically: 2.10.0 is newer than 2.3.0.
    await install(db, userPack('2.10.0'));
    await install(db, userPack('2.2.9'), { allowDowngrade: true });
    expect((await getPackRecord(db, 'org.example.research'))?.version).toBe('2.2.9');
  });

  it('stores a large pack in chunks of 500 and reads it back whole, in the file order', async () => {
    const db = await freshDb();
    const many = Array.from({ length: 1234 }, (_, i) => ({ ...P_AMAQ, id: `p-${(1234 - i).toString(36)}`, text: `outlet number ${i}` }));
    await install(db, userPack('1.0.0', many));
    const dump = await dumpDatabase(db);
    expect(dump.stores.patternChunks!.map((r) => (r.value as { patterns: unknown[] }).patterns.length)).toEqual([500, 500, 234]);
    expect(dump.stores.patterns).toEqual([]);
    expect((await readPack(db, 'org.example.research'))!.patterns).toEqual(many);
    expect((await listPatternRecords(db, 'org.example.research')).map((r) => r.id)).toEqual(many.map((p) => p.id));
    // Replacing it with a smaller version leaves no stale chunk behind; removing it leaves nothing.
    await install(db, userPack('1.1.0', many.slice(0, 3)));
    expect((await dumpDatabase(db)).stores.patternChunks!.map((r) => (r.value as { n: number }).n)).toEqual([0]);
    expect(await deletePack(db, 'org.example.research')).toBe(true);
    expect((await dumpDatabase(db)).stores.patternChunks).toEqual([]);
  });

  it('leaves the database exactly as before when a pattern cannot be stored (not cloneable)', async () => {
    const db = await freshDb();
    await populate(db);
    const before = await dumpDatabase(db);
    // Replacing the user pack: the old patterns are deleted first, then a chunk that cannot be stored fails.
    const bad = userPack('9.0.0', [P_RUMIYAH, { ...P_AMAQ, name: (() => 'x') as unknown as string }, P_DABIQ]);
    const err = (await install(db, bad).catch((e: unknown) => e)) as StoreError;
    expect(err.message).toMatch(/^Could not import this pack; nothing was changed\./);
    expect((err.cause as Error).name).toBe('DataCloneError');
    expect(before.stores.patternChunks!.filter((r) => (r.value as { packId: string }).packId === 'org.example.research')).toHaveLength(1);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('leaves the database exactly as before when the transaction fails midway', async () => {
    const db = await freshDb();
    await populate(db);
    const before = await dumpDatabase(db);
    const next = userPack('4.0.0', [P_THREAT_FR]);
    await expect(
      install(db, next, {
        beforeCommit: () => {
          throw new Error('disk unplugged');
        },
      }),
    ).rejects.toThrow('Could not import this pack; nothing was changed. (disk unplugged)');
    expect(await dumpDatabase(db)).toEqual(before);
    // And a pack never seen before leaves no trace either.
    const other: Pack = { ...userPack('1.0.0'), id: 'org.example.other', name: 'Other' };
    await expect(install(db, other, { beforeCommit: () => Promise.reject(new Error('boom')) })).rejects.toThrow(/boom/);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('turns a quota error into a clear message and changes nothing', async () => {
    const db = await freshDb();
    await populate(db);
    const before = await dumpDatabase(db);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'contexts' && ++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const err = await install(db, userPack('5.0.0')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('quota');
    expect((err as Error).message).toBe(QUOTA_MESSAGE);
    expect(calls).toBe(2);
    expect(QUOTA_MESSAGE).toBe('Not enough storage space to import this pack; nothing was changed.');
    vi.restoreAllMocks();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('a quota error reported when the transaction commits gives the same message', async () => {
    const db = await freshDb();
    await install(db, userPack('1.0.0'));
    const before = await dumpDatabase(db);
    await expect(
      install(db, userPack('1.1.0'), {
        beforeCommit: () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        },
      }),
    ).rejects.toThrow(QUOTA_MESSAGE);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('two imports at once both finish and leave each pack consistent', async () => {
    const db = await freshDb();
    await install(db, userPack('1.0.0'));
    const other: Pack = { ...userPack('1.0.0', [{ ...P_DABIQ, id: 'o-dabiq' }]), id: 'org.example.other', name: 'Other pack' };
    const a = userPack('1.1.0', [{ ...P_RUMIYAH, id: 'u-rumiyah' }, { ...P_THREAT_FR, id: 'u-threat' }]);
    const b = userPack('1.2.0', [{ ...P_AMAQ, id: 'u-amaq' }]);
    const results = await Promise.allSettled([install(db, a), install(db, other), install(db, b)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const rec = await getPackRecord(db, 'org.example.research');
    const ids = (await listPatternRecords(db, 'org.example.research')).map((r) => r.id);
    // Transactions run in order: the last one wins, and its record matches its patterns.
    expect(rec?.version).toBe('1.2.0');
    expect(ids).toEqual(['u-amaq']);
    expect(rec?.patternCount).toBe(ids.length);
    expect((await listPatternRecords(db, 'org.example.other')).map((r) => r.id)).toEqual(['o-dabiq']);
    // Racing a newer and an older version: the older one is refused whatever the order, and nothing mixes.
    const [hi, lo] = await Promise.allSettled([install(db, userPack('3.0.0', [{ ...P_DABIQ, id: 'u-d3' }])), install(db, userPack('2.0.0'))]);
    expect(hi.status).toBe('fulfilled');
    expect(lo.status).toBe('rejected');
    expect((await getPackRecord(db, 'org.example.research'))?.version).toBe('3.0.0');
    expect((await listPatternRecords(db, 'org.example.research')).map((r) => r.id)).toEqual(['u-d3']);
  });

  it('deletePack removes the pack with its patterns and contexts only', async () => {
    const db = await freshDb();
    await populate(db);
    expect(await deletePack(db, 'org.example.research')).toBe(true);
    expect(await getPackRecord(db, 'org.example.research')).toBeUndefined();
    expect(await listPatternRecords(db, 'org.example.research')).toEqual([]);
    expect(await listContextRecords(db, 'org.example.research')).toEqual([]);
    expect((await listPatternRecords(db, DEFAULT_PACK_ID)).length).toBe(3);
    expect(await deletePack(db, 'org.example.research')).toBe(false);
  });

  it('lists the default pack first and the custom pack last', async () => {
    const db = await freshDb();
    await populate(db);
    expect((await listPackRecords(db)).map((r) => r.id)).toEqual([DEFAULT_PACK_ID, 'org.example.research', CUSTOM_PACK_ID]);
  });
});

describe('custom pack', () => {
  it('is created empty, and each change bumps its version', async () => {
    const db = await freshDb();
    const rec = await ensureCustomPack(db, T1);
    expect(rec).toMatchObject({ id: CUSTOM_PACK_ID, name: 'My patterns', version: '1.0.0', custom: true, enabled: true, patternCount: 0 });
    const p = { ...P_AMAQ, id: 'my-1', category: 'custom' as const };
    const after = await putCustomPattern(db, p, 'seen in a repost', T2);
    expect(after).toMatchObject({ version: '1.0.1', patternCount: 1, updatedAt: T2.toISOString() });
    expect(after.header.version).toBe('1.0.1');
    expect((await listCustomPatternRecords(db))[0]).toEqual({ packId: CUSTOM_PACK_ID, id: 'my-1', pattern: p, note: 'seen in a repost' });
    expect(await deleteCustomPattern(db, 'my-1', T2)).toBe(true);
    expect(await getPackRecord(db, CUSTOM_PACK_ID)).toMatchObject({ version: '1.0.2', patternCount: 0 });
    expect(await deleteCustomPattern(db, 'my-1', T2)).toBe(false);
    expect((await getPackRecord(db, CUSTOM_PACK_ID))?.version).toBe('1.0.2');
    expect(bumpVersion('1.4.999999999')).toBe('1.5.0');
  });
});

describe('feedback, reports, keys, snapshot cache', () => {
  it('feedback keeps one entry per post and lists newest first', async () => {
    const db = await freshDb();
    await populate(db);
    expect((await listFeedback(db)).map((f) => f.postId)).toEqual(['fb:10229384756102938', '1854021937733632201']);
    await putFeedback(db, { ...(await listFeedback(db))[1]!, id: 'new-id', at: '2026-11-06T00:00:00.000Z' });
    const all = await listFeedback(db);
    expect(all).toHaveLength(2);
    expect(all[0]?.id).toBe('new-id');
    expect((await dismissedPostIds(db)).sort()).toEqual(['1854021937733632201', 'fb:10229384756102938']);
    expect(await deleteFeedback(db, 'new-id')).toBe(true);
    expect(await dismissedPostIds(db)).toEqual(['fb:10229384756102938']);
  });

  it('excerpts are at most 280 characters and never split a character', () => {
    const long = '🙂'.repeat(300);
    const ex = makeExcerpt(long);
    expect(Array.from(ex)).toHaveLength(280);
    expect(ex.endsWith('…')).toBe(true);
    expect(makeExcerpt('  a\n\nb  ')).toBe('a b');
  });

  it('reports list newest first, remove and clear', async () => {
    const db = await freshDb();
    await populate(db);
    const [first] = await listReports(db);
    expect(first?.destinationId).toBe('fr-pharos');
    await putReport(db, { ...first!, id: 'later', at: '2026-12-01T00:00:00.000Z' });
    expect((await listReports(db)).map((r) => r.id)).toEqual(['later', first!.id]);
    expect(await deleteReport(db, 'later')).toBe(true);
    await clearReports(db);
    expect(await listReports(db)).toEqual([]);
  });

  it('keys are stored once per public key', async () => {
    const db = await freshDb();
    await populate(db);
    const [k] = await listStoredKeys(db);
    const again = await addStoredKey(db, { ...k!, id: 'other', label: 'dup', addedAt: '2027-01-01T00:00:00.000Z' });
    expect(again).toEqual(k);
    expect(await listStoredKeys(db)).toHaveLength(1);
    expect(await deleteStoredKey(db, k!.id)).toBe(true);
    expect(await listStoredKeys(db)).toEqual([]);
  });

  it('snapshot cache round-trips', async () => {
    const db = await freshDb();
    expect(await readSnapshotCache(db)).toBeUndefined();
    await writeSnapshotCache(db, { version: 'abc', snapshot: null, builtAt: T1.toISOString() });
    expect(await readSnapshotCache(db)).toEqual({ version: 'abc', snapshot: null, builtAt: T1.toISOString() });
  });
});

describe('databases from every earlier schema version upgrade intact', () => {
  const dir = new URL('../fixtures/db/', import.meta.url);
  const dumps = Array.from({ length: DB_VERSION }, (_, i) => i + 1)
    .map((v) => new URL(`v${v}.json`, dir))
    .filter((u) => existsSync(u))
    .map((u) => JSON.parse(readFileSync(u, 'utf8')) as DbDump);

  it('has a dump for every released version', () => {
    expect(dumps.map((d) => d.dbVersion)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  for (const dump of dumps) {
    it(`opens a v${dump.dbVersion} database and keeps user packs, custom patterns, feedback, reports and keys`, async () => {
      const name = `upgrade-from-v${dump.dbVersion}-${Date.now()}`;
      await buildDatabaseFromDump(name, dump);
      const db = await openFirebreakDB({ name });
      opened.push(db);
      expect(db.version).toBe(DB_VERSION);
      const values = (store: string) => (dump.stores[store] ?? []).map((r) => r.value as Record<string, unknown>);

      // A newer shipped default pack is installed in place on top.
      const shipped = defaultPack('99.0.0', [P_AMAQ]);
      expect(await ensureDefaultPack(db, { pack: shipped, raw: packText(shipped) })).toBe('upgraded');

      for (const p of values('packs')) {
        const now = await getPackRecord(db, String(p.id));
        expect(now, `pack ${String(p.id)}`).toBeDefined();
        expect(now?.enabled).toBe(p.enabled);
        if (p.id !== DEFAULT_PACK_ID) expect(now).toEqual(p);
      }
      for (const pat of values('patterns').filter((x) => x.packId !== DEFAULT_PACK_ID)) {
        const got = (await listPatternRecords(db, String(pat.packId))).find((r) => r.id === pat.id);
        expect(got, `pattern ${String(pat.packId)}/${String(pat.id)}`).toEqual(pat);
      }
      for (const c of values('contexts').filter((x) => x.packId !== DEFAULT_PACK_ID)) {
        expect((await listContextRecords(db, String(c.packId))).find((r) => r.id === c.id)).toEqual(c);
      }
      expect(await listFeedback(db)).toEqual(expect.arrayContaining(values('feedback')));
      expect((await listFeedback(db)).length).toBe(values('feedback').length);
      expect(await listReports(db)).toEqual(expect.arrayContaining(values('reports')));
      expect((await listReports(db)).length).toBe(values('reports').length);
      expect(await listStoredKeys(db)).toEqual(values('keys'));
      expect(await listPatternRecords(db, DEFAULT_PACK_ID)).toHaveLength(1);
    });
  }

  it('v1 → v2 moves the patterns of imported packs into chunks and keeps "My patterns" one record per pattern', async () => {
    const v1 = dumps.find((d) => d.dbVersion === 1)!;
    const name = `upgrade-chunks-${Date.now()}`;
    await buildDatabaseFromDump(name, v1);
    const db = await openFirebreakDB({ name });
    opened.push(db);
    const after = await dumpDatabase(db);
    const byPack = (store: string, id: string) => (after.stores[store] ?? []).filter((r) => (r.value as { packId: string }).packId === id);
    const research = v1.stores.patterns!.filter((r) => (r.value as { packId: string }).packId === 'org.example.research');
    expect(research.length).toBeGreaterThan(0);
    expect(byPack('patterns', 'org.example.research')).toEqual([]);
    expect(byPack('patternChunks', 'org.example.research').map((r) => r.value)).toEqual([
      { packId: 'org.example.research', n: 0, patterns: research.map((r) => (r.value as { pattern: unknown }).pattern) },
    ]);
    expect(byPack('patterns', CUSTOM_PACK_ID).map((r) => r.value)).toEqual(
      v1.stores.patterns!.filter((r) => (r.value as { packId: string }).packId === CUSTOM_PACK_ID).map((r) => r.value),
    );
    expect(byPack('patternChunks', CUSTOM_PACK_ID)).toEqual([]);
  });
});
