// The snapshot as it travels from the background to the tabs: the compiled buffer deflated (snapshot-wire.ts) and
// inflated by the tab (snapshot-load.ts) gives the same matcher; a damaged one is refused with a clear message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deflateBytes, toWireSnapshot } from '../../lib/background/snapshot-wire';
import { matcherFromResponse } from '../../lib/content/snapshot-load';
import { compileMatcher } from '../../lib/match/matcher';
import { emptyMetaLike, metaPart } from '../../lib/match/meta-parts';
import type { SnapshotResponse, WireSnapshot } from '../../lib/messages';
import { packToMatcherPatterns } from '../../lib/pack/to-matcher';
import { parsePack } from '../../lib/pack/validate';

const parsed = parsePack(readFileSync(new URL('../../public/packs/default.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('default pack invalid');
const compiled = compileMatcher(packToMatcherPatterns({ id: 'org.firebreak.default', patterns: parsed.pack.patterns }));

const POSTS = [
  'Si vous fermez un de nos comptes, nous en prendrons dix en échange. Jundullah Khilafah',
  'For every account you close, we will take ten. Sons of the Caliphate Army, Flames of the Supporters',
  'كلما أغلقتم حسابا أخذنا عشرة، جيش أبناء الخلافة',
  'Match de foot ce soir, on prend dix buts si on ferme pas la défense',
];

const response = (snapshot: WireSnapshot | null): SnapshotResponse => ({ version: 'v', snapshot, dismissed: [], siteProfiles: {} });
const noChunks = { chunk: async () => null, meta: async () => null };
const ids = (text: string, m: { match(t: string): { patterns: { id: string }[] } }) => m.match(text).patterns.map((p) => p.id);

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
}

describe('the snapshot on the wire', () => {
  it('travels deflated, far smaller, and the tab rebuilds the same matcher from it', async () => {
    const wire = await toWireSnapshot(compiled.snapshotParts());
    expect(wire.encoding).toBe('deflate-raw');
    expect(wire.bytes).toBe(compiled.byteLength);
    expect(wire.data.length).toBeLessThan(compiled.toSnapshot().data.length * 0.5);
    // As a message carries it (JSON).
    const loaded = await matcherFromResponse(JSON.parse(JSON.stringify(response(wire))) as SnapshotResponse, noChunks, () => true);
    if (!('matcher' in loaded) || !loaded.matcher) throw new Error('no matcher');
    for (const post of POSTS) expect(ids(post, loaded.matcher)).toEqual(ids(post, compiled));
    expect(ids(POSTS[0]!, loaded.matcher).length).toBeGreaterThan(0);
    expect(ids(POSTS[3]!, loaded.matcher)).toEqual([]);
    expect(await matcherFromResponse(response(null), noChunks, () => true)).toEqual({ matcher: null });
  });

  it('with its buffer and its pattern metadata in parts, the tab builds the same matcher; a damaged part is refused', async () => {
    const wire = await toWireSnapshot(compiled.snapshotParts());
    const meta = wire.meta;
    const per = 40; // the default pack's patterns in parts of 40, as 50,000 patterns come in parts of 5,000
    const metaParts = Math.ceil(meta.ids.length / per);
    const third = Math.ceil(wire.data.length / 12) * 4; // base64 cut on 4-character boundaries
    const chunks = [wire.data.slice(0, third), wire.data.slice(third, 2 * third), wire.data.slice(2 * third)];
    const decoded = chunks.reduce((n, c) => n + atob(c).length, 0);
    const res: SnapshotResponse = {
      ...response({ ...wire, data: '', meta: emptyMetaLike(meta) }),
      chunks: { matcherVersion: 'v', count: chunks.length, bytes: decoded, metaParts },
    };
    const load = (part: (i: number) => unknown) =>
      matcherFromResponse(JSON.parse(JSON.stringify(res)) as SnapshotResponse, { chunk: async (_v, i) => chunks[i] ?? null, meta: async (_v, i) => part(i) as never }, () => true);
    const loaded = await load((i) => JSON.parse(JSON.stringify(metaPart(meta, i, per))));
    if (!('matcher' in loaded) || !loaded.matcher) throw new Error('no matcher');
    for (const post of POSTS) expect(loaded.matcher.match(post)).toEqual(compiled.match(post));
    expect(loaded.matcher.toSnapshot().meta).toEqual(meta);
    // A part whose names list is short, or one that is missing.
    await expect(load((i) => (i === 1 ? { ...metaPart(meta, i, per)!, names: [] } : metaPart(meta, i, per)))).rejects.toThrow(
      'Matcher snapshot is damaged: a part of its pattern metadata is not one',
    );
    expect(await load((i) => (i === 2 ? null : metaPart(meta, i, per)))).toEqual({ stale: true });
  });

  it('takes metadata parts larger than it adds at once, and refuses a part that is not base64', async () => {
    // 2,600 patterns in two metadata parts of 1,300: each is put into the table a thousand patterns at a time.
    const words = ['raqqa', 'dabiq', 'rumiyah', 'khilafa', 'ansar', 'sawt', 'jund', 'fursan', 'ghuraba', 'tamkin'];
    const many = compileMatcher(
      Array.from({ length: 2600 }, (_, i) => ({
        id: `bench-${i}`,
        packId: i % 2 ? 'org.example.a' : 'org.example.b',
        name: `Motif ${i} « ${words[i % 10]} »`,
        kind: 'phrase' as const,
        terms: [`${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${words[Math.floor(i / 100) % 10]} n${i}`],
        category: 'propaganda-outlet' as const,
        severity: i % 3 ? ('medium' as const) : ('high' as const),
        contextId: i % 7 ? null : `ctx-${i % 5}`,
        ...(i % 11 ? {} : { quotedTerm: `${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${words[Math.floor(i / 100) % 10]} n${i}` }),
      })),
    );
    const wire = await toWireSnapshot(many.snapshotParts());
    const meta = wire.meta;
    const per = 1300;
    const cut = Math.ceil(wire.data.length / 8) * 4;
    const chunks = [wire.data.slice(0, cut), wire.data.slice(cut)];
    const res: SnapshotResponse = {
      ...response({ ...wire, data: '', meta: emptyMetaLike(meta) }),
      chunks: { matcherVersion: 'v', count: 2, bytes: chunks.reduce((n, c) => n + atob(c).length, 0), metaParts: 2 },
    };
    const load = (chunk: (i: number) => unknown) =>
      matcherFromResponse(JSON.parse(JSON.stringify(res)) as SnapshotResponse, { chunk: async (_v, i) => chunk(i) as never, meta: async (_v, i) => metaPart(meta, i, per) }, () => true);
    const loaded = await load((i) => chunks[i] ?? null);
    if (!('matcher' in loaded) || !loaded.matcher) throw new Error('no matcher');
    expect(loaded.matcher.toSnapshot().meta).toEqual(meta);
    for (const i of [0, 1299, 1300, 2599]) {
      const post = `Vu ce matin : ${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${words[Math.floor(i / 100) % 10]} n${i}.`;
      expect(loaded.matcher.match(post)).toEqual(many.match(post));
      expect(ids(post, loaded.matcher)).toContain(`bench-${i}`);
    }
    // The same snapshot whole (its metadata with it, checked, then put into the table a thousand patterns at a time).
    const whole = await matcherFromResponse(JSON.parse(JSON.stringify(response(wire))) as SnapshotResponse, noChunks, () => true);
    if (!('matcher' in whole) || !whole.matcher) throw new Error('no matcher');
    expect(whole.matcher.toSnapshot().meta).toEqual(meta);
    expect(whole.matcher.match('dabiq raqqa raqqa n1')).toEqual(many.match('dabiq raqqa raqqa n1'));
    expect(ids('dabiq raqqa raqqa n1', whole.matcher)).toEqual(['bench-1']);
    // A newer load started meanwhile: this one gives up.
    let asked = 0;
    expect(await matcherFromResponse(JSON.parse(JSON.stringify(response(wire))) as SnapshotResponse, noChunks, () => asked++ < 1)).toEqual({ stale: true });
    // Whole metadata that does not fit the snapshot is refused before any of it is put into the table.
    await expect(
      matcherFromResponse(response({ ...wire, meta: { ...meta, names: meta.names.slice(1) } }), noChunks, () => true),
    ).rejects.toThrow('Matcher snapshot is damaged: pattern metadata does not match its pattern count');
    // A part with a character outside base64, one whose length cannot be base64, one that is not text at all.
    const broken = chunks[1]!.slice(0, 100) + '*' + chunks[1]!.slice(101);
    await expect(load((i) => (i === 1 ? broken : chunks[i]))).rejects.toThrow('Matcher snapshot is damaged: its buffer is not base64');
    await expect(load((i) => (i === 0 ? chunks[0]!.slice(1) : chunks[i]))).rejects.toThrow('Matcher snapshot is damaged: its buffer is not base64');
    await expect(load((i) => (i === 0 ? 42 : chunks[i]))).rejects.toThrow('Matcher snapshot is damaged: a part of its buffer is not text');
    // Padding inside a part: the first part given with padding where a step of 21,844 characters ends is not base64 of
    // the whole (whole, each step would decode).
    expect(chunks[0]!.length).toBeGreaterThan(21844);
    await expect(load((i) => (i === 0 ? chunks[0]!.slice(0, 21840) + 'AAA=' + chunks[0]!.slice(21844) : chunks[i]))).rejects.toThrow(
      'Matcher snapshot is damaged: its buffer is not base64',
    );
  });

  it('deflates a buffer of several slices into one raw DEFLATE stream', async () => {
    const big = new Uint8Array(2_600_000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251 < 40 ? i & 255 : 0;
    const z = await deflateBytes(big);
    expect(z.length).toBeLessThan(big.length / 2);
    expect(await inflate(z)).toEqual(big);
    expect(await inflate(await deflateBytes(new Uint8Array(0)))).toEqual(new Uint8Array(0));
  });

  it('refuses a damaged snapshot with a clear message', async () => {
    const wire = await toWireSnapshot(compiled.snapshotParts());
    const load = (snap: WireSnapshot) => matcherFromResponse(response(snap), noChunks, () => true);
    await expect(load({ ...wire, bytes: wire.bytes + 1 })).rejects.toThrow('Matcher snapshot is damaged: it inflates to less than it said');
    await expect(load({ ...wire, bytes: wire.bytes - 1 })).rejects.toThrow('Matcher snapshot is damaged: it inflates to more than it said');
    await expect(load({ ...wire, encoding: 'gzip' as 'deflate-raw' })).rejects.toThrow(/^Matcher snapshot is damaged: its encoding gzip/);
    await expect(load({ ...wire, bytes: -1 })).rejects.toThrow('Matcher snapshot is damaged: its size is not given');
    // Bytes that are not DEFLATE at all.
    const junk = btoa(String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 37 + 255) & 255)));
    await expect(load({ ...wire, data: junk })).rejects.toThrow(/^Matcher snapshot is damaged/);
    // Cut short.
    await expect(load({ ...wire, data: wire.data.slice(0, 4000) })).rejects.toThrow(/^Matcher snapshot is damaged/);
    // Not base64: a character outside its alphabet, a length it cannot have.
    await expect(load({ ...wire, data: wire.data.slice(0, 40) + '%' + wire.data.slice(41) })).rejects.toThrow('Matcher snapshot is damaged: its buffer is not base64');
    await expect(load({ ...wire, data: wire.data.slice(1) })).rejects.toThrow('Matcher snapshot is damaged: its buffer is not base64');
    await expect(load({ ...wire, data: 42 as unknown as string })).rejects.toThrow('Matcher snapshot is damaged: its buffer is not text');
    // The buffer's own fault is named before its metadata's.
    await expect(load({ ...wire, bytes: wire.bytes + 1, meta: null as never })).rejects.toThrow('Matcher snapshot is damaged: it inflates to less than it said');
    // A load no longer wanted gives up before checking what it no longer needs.
    expect(await matcherFromResponse(response({ ...wire, foldVersion: 99 } as WireSnapshot), noChunks, () => false)).toEqual({ stale: true });
  });
});
