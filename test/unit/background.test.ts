// The background services and message handlers with wxt's fakeBrowser, fake-indexeddb and a stubbed fetch:
// first-run setup, the versioned snapshot, tab state and badge, feedback, packs, custom patterns, keys,
// subscriptions (signed updates only) and the report log.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, createHandlers, startBackground, type Background, type Handlers, type Sender } from '../../lib/background';
import type { BackgroundEnv, BuiltInKey, ExtBrowser, SidePanelApi, TabMessage } from '../../lib/background/env';
import { UPDATE_ALARM } from '../../lib/background/schedule';
import { readAtMost } from '../../lib/background/subscriptions';
import { customToPackPattern, MAX_CUSTOM_PATTERNS } from '../../lib/background/custom-service';
import { t } from '../../lib/i18n';
import { matcherFromResponse } from '../../lib/content/snapshot-load';
import type { MatcherMeta } from '../../lib/match/matcher';
import { removeAllListeners, type FlaggedPost, type SnapshotResponse, type TabReport } from '../../lib/messages';
import type { Pack, PackPattern } from '../../lib/pack/schema';
import { computeKeyId, encodeBase64 } from '../../lib/pack/signature';
import { parsePack } from '../../lib/pack/validate';
import { buildEvidence } from '../../lib/report/evidence';
import { SETTINGS_KEY, DEFAULT_SETTINGS } from '../../lib/settings';
import { addCustomPatterns } from '../../lib/store/custom-pack';
import { openFirebreakDB, type FirebreakDB } from '../../lib/store/db';
import { CUSTOM_PACK_ID, DEFAULT_PACK_ID, listPatternRecords } from '../../lib/store/packs';
import { readSnapshotCache } from '../../lib/store/snapshot-cache';
import { readStaged, stageText } from '../../lib/store/staging';
import { contextRefsOf, type MatchResult, type PostData } from '../../lib/types';
import { dumpDatabase } from '../fixtures/db/harness';
import { servedMatcher, servedParts } from '../fixtures/hostile/background';
import { packText, P_AMAQ, P_DABIQ, P_RUMIYAH, userPack } from '../fixtures/db/sample-packs';

// compileMatcher as it is, counted: a compile made ahead is used rather than made again.
const compiles = vi.hoisted(() => ({ fn: null as unknown as ReturnType<typeof vi.fn> }));
vi.mock('../../lib/match/matcher', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../lib/match/matcher')>();
  compiles.fn = vi.fn(m.compileMatcher);
  return { ...m, compileMatcher: compiles.fn };
});

// The snapshot's deflate, counted: a compile made ahead deflates ahead only once the preview has been read a while.
const deflates = vi.hoisted(() => ({ fn: null as unknown as ReturnType<typeof vi.fn> }));
vi.mock('../../lib/background/snapshot-wire', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../lib/background/snapshot-wire')>();
  deflates.fn = vi.fn(m.toWireSnapshot);
  return { ...m, toWireSnapshot: deflates.fn };
});

const DEFAULT_TEXT = readFileSync(new URL('../../public/packs/default.json', import.meta.url), 'utf8');
const EXT_PAGE: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };

function contentSender(tabId: number, url = 'https://x.com/home'): Sender {
  return { id: 'test-extension-id', url, tab: { id: tabId, url }, frameId: 0 };
}

// ---- signing keys (Ed25519, as the publisher's scripts make them) ----

interface Signer {
  key: BuiltInKey;
  sign(text: string): Promise<string>;
}

async function makeSigner(label: string): Promise<Signer> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    key: { id: await computeKeyId(raw), label, publicKeyB64: encodeBase64(raw) },
    async sign(text) {
      const sig = await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new TextEncoder().encode(text));
      return encodeBase64(new Uint8Array(sig));
    },
  };
}

// ---- a fake server for subscriptions ----

type Route = { status?: number; body: string };
class FakeServer {
  routes = new Map<string, Route>();
  requests: { url: string; init: RequestInit | undefined }[] = [];
  set(url: string, body: string | null, status = 200) {
    if (body === null) this.routes.delete(url);
    else this.routes.set(url, { body, status });
  }
  /** Addresses whose server takes the connection and never answers (until the request is aborted). */
  silent = new Set<string>();
  /** Addresses whose server answers after this many ms (unless the request is aborted first). */
  slow = new Map<string, number>();
  fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    this.requests.push({ url, init });
    const wait = this.silent.has(url) ? Infinity : (this.slow.get(url) ?? 0);
    if (wait > 0) {
      await new Promise<void>((resolve, reject) => {
        if (wait !== Infinity) setTimeout(resolve, wait);
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error));
      });
    }
    const r = this.routes.get(url);
    if (!r) return new Response('Not found', { status: 404 });
    return new Response(r.body, { status: r.status ?? 200 });
  }) as typeof fetch;
}

// ---- harness ----

interface Harness {
  bg: Background;
  h: Handlers;
  env: BackgroundEnv;
  db: FirebreakDB;
  sent: { tabId: number; type: TabMessage; data: unknown }[];
  server: FakeServer;
  signer: Signer;
  sidePanel: { calls: string[] } & SidePanelApi;
  setClock(iso: string): void;
}

let seq = 0;
let current: Harness | null = null;
let signerCache: Signer | null = null;

async function setup(opts: { contentTabs?: number[]; sidePanel?: boolean; defaultText?: string | null } = {}): Promise<Harness> {
  const db = await openFirebreakDB({ name: `bg-test-${++seq}-${Date.now()}` });
  const sent: Harness['sent'] = [];
  const server = new FakeServer();
  signerCache ??= await makeSigner('Firebreak default pack');
  const signer = signerCache;
  let clock = new Date('2026-11-28T12:00:00.000Z');
  const contentTabs = new Set(opts.contentTabs ?? [1, 2]);
  const calls: string[] = [];
  const sidePanel = {
    calls,
    open: vi.fn(async ({ tabId }: { tabId: number }) => {
      calls.push(`open:${tabId}`);
    }),
    setOptions: vi.fn(async (o: { tabId?: number; enabled?: boolean; path?: string }) => {
      calls.push(`setOptions:${o.tabId ?? 'global'}:${String(o.enabled)}`);
    }),
    setPanelBehavior: vi.fn(async () => {
      calls.push('setPanelBehavior');
    }),
  };
  const env: BackgroundEnv = {
    browser: fakeBrowser as unknown as ExtBrowser,
    db: async () => db,
    fetch: server.fetch,
    now: () => clock,
    async sendToTab(tabId, type, data) {
      sent.push({ tabId, type, data });
      if (!contentTabs.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined as never;
    },
    sidePanel: opts.sidePanel ? sidePanel : null,
    loadDefaultPack: async () => (opts.defaultText === null ? null : { text: opts.defaultText ?? DEFAULT_TEXT }),
    loadBuiltInKeys: async () => [signer.key],
    logError: () => undefined,
    fetchTimeoutMs: 1500,
    staging: { name: `bg-staging-${seq}-${Date.now()}` },
  };
  const bg = createBackground(env);
  const h = createHandlers(bg);
  current = {
    bg,
    h,
    env,
    db,
    sent,
    server,
    signer,
    sidePanel,
    setClock: (iso) => {
      clock = new Date(iso);
    },
  };
  return current;
}

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser compares tabs.query's url to a single string; the background passes match patterns.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [
    { id: 1, url: 'https://x.com/home' },
    { id: 2, url: 'https://www.facebook.com/' },
    { id: 3, url: 'https://x.com/explore' }, // no content script yet
  ] as never);
});

afterEach(() => {
  current?.db.close();
  current = null;
  vi.restoreAllMocks();
});

// ---- data ----

function post(id: string, text: string, site: 'x' | 'facebook' = 'x'): PostData {
  return {
    id,
    site,
    url: site === 'x' ? `https://x.com/someone/status/${id}` : null,
    author: { name: 'Some One', handle: '@someone', profileUrl: 'https://x.com/someone' },
    text,
    time: '2026-11-28T11:00:00.000Z',
    lang: 'en',
    links: [],
    isComment: false,
  };
}

function flaggedPost(id: string, severity: 'high' | 'medium' | 'low'): FlaggedPost {
  const result: MatchResult = {
    flagged: true,
    severity,
    patterns: [{ id: 'p', packId: DEFAULT_PACK_ID, name: 'P', category: 'slogan', severity, contextId: null, spans: [{ start: 0, end: 4, patternId: 'p' }] }],
    categories: ['slogan'],
    contextIds: [],
    spans: [{ start: 0, end: 4, patternId: 'p' }],
  };
  return { post: post(id, 'text of the post'), result, seenAt: 1_764_331_200_000 };
}

function report(flagged: FlaggedPost[], extra: Partial<TabReport> = {}): TabReport {
  return { url: 'https://x.com/home', site: 'x', enabled: true, scanned: 40, flagged, unreadable: false, ...extra };
}

// ---- tests ----

describe('first run and the snapshot', () => {
  it('installs the shipped default pack and "My patterns" before the first answer', async () => {
    const { h } = await setup();
    const packs = await h.listPacks(undefined, EXT_PAGE);
    const parsed = parsePack(DEFAULT_TEXT);
    expect(parsed.ok).toBe(true);
    expect(packs.map((p) => [p.id, p.enabled, p.builtIn, p.custom])).toEqual([
      [DEFAULT_PACK_ID, true, true, false],
      [CUSTOM_PACK_ID, true, false, true],
    ]);
    expect(packs[0]?.patternCount).toBe(parsed.ok ? parsed.pack.patterns.length : -1);
  });

  it('a newer shipped default pack is installed in place by the next worker, keeping the user’s data and choice', async () => {
    const { h, env, db } = await setup();
    await h.setPackEnabled({ id: DEFAULT_PACK_ID, enabled: false }, EXT_PAGE);
    await h.importPack({ text: packText(userPack()) }, EXT_PAGE);
    const mine = await h.saveCustomPattern({ text: 'lions of the north brigade', lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE);
    await h.addFeedback({ post: post('42', 'some text'), patternIds: [] }, contentSender(1));
    const shipped = JSON.parse(DEFAULT_TEXT) as Pack;
    const bumped: Pack = { ...shipped, version: '9.0.0', patterns: shipped.patterns.slice(1) };
    const h2 = createHandlers(createBackground({ ...env, loadDefaultPack: async () => ({ text: packText(bumped) }) }));
    const packs = await h2.listPacks(undefined, EXT_PAGE);
    expect(packs.map((p) => [p.id, p.version, p.enabled])).toEqual([
      [DEFAULT_PACK_ID, '9.0.0', false],
      ['org.example.research', '2.3.0', true],
      [CUSTOM_PACK_ID, '1.0.1', true],
    ]);
    expect(await listPatternRecords(db, DEFAULT_PACK_ID)).toHaveLength(shipped.patterns.length - 1);
    expect(await h2.listCustomPatterns(undefined, EXT_PAGE)).toEqual([mine]);
    expect((await h2.listFeedback(undefined, EXT_PAGE)).map((f) => f.postId)).toEqual(['42']);
  });

  it('sends a large snapshot in parts: getSnapshot describes them, getSnapshotChunk gives each, and a tab rebuilds the same matcher', async () => {
    const { h, bg } = await setup();
    // Parts larger than any buffer: it comes whole (the default pack's, deflated, about 0.6 million characters of base64,
    // is under the 1 MiB part size in use).
    bg.snapshot.chunkChars = Number.MAX_SAFE_INTEGER;
    const whole = await h.getSnapshot(undefined, contentSender(1));
    const data = whole.snapshot!.data;
    expect(whole.chunks).toBeUndefined();
    // Parts of 4,096 characters here, so it is split in several.
    bg.snapshot.chunkChars = 4096;
    const res = await h.getSnapshot(undefined, contentSender(1));
    expect(res.version).toBe(whole.version);
    expect(res.snapshot!.data).toBe('');
    const chunks = res.chunks!;
    expect(chunks.count).toBe(Math.ceil(data.length / 4096));
    expect(chunks.count).toBeGreaterThan(1);
    const parts: string[] = [];
    for (let i = 0; i < chunks.count; i++) parts.push((await h.getSnapshotChunk({ matcherVersion: chunks.matcherVersion, index: i }, contentSender(1)))!);
    expect(parts.join('')).toBe(data);
    // The default pack's 321 patterns' metadata comes whole, with the first answer.
    expect(chunks.metaParts).toBeUndefined();
    expect(res.snapshot!.meta.ids).toHaveLength(res.snapshot!.patternCount);
    // The tab's side: parts fetched one by one and decoded into the buffer the snapshot describes.
    const fetched: number[] = [];
    const loaded = await matcherFromResponse(res, servedParts(h, (kind, i) => fetched.push(kind === 'chunk' ? i : -1)), () => true);
    expect(fetched).toEqual([...Array(chunks.count).keys()]);
    const parsed = parsePack(DEFAULT_TEXT);
    if (!parsed.ok) throw new Error('default pack invalid');
    const phrase = parsed.pack.patterns.find((p) => p.kind === 'phrase' && p.text)!;
    if (!('matcher' in loaded) || !loaded.matcher) throw new Error('no matcher');
    expect(loaded.matcher.match(`Look at this: ${phrase.text} !!`).patterns.map((p) => p.id)).toContain(phrase.id);
    // Another snapshot's parts, or a part past the end: none. A tab then loads again.
    expect(await h.getSnapshotChunk({ matcherVersion: 'not-this-one', index: 0 }, contentSender(1))).toBeNull();
    expect(await h.getSnapshotChunk({ matcherVersion: chunks.matcherVersion, index: chunks.count }, contentSender(1))).toBeNull();
    expect(await h.getSnapshotChunk({ matcherVersion: chunks.matcherVersion, index: -1 }, contentSender(1))).toBeNull();
    const served = servedParts(h);
    const stale = await matcherFromResponse(res, { ...served, chunk: async (v, i) => (i === 1 ? null : served.chunk(v, i)) }, () => true);
    expect(stale).toEqual({ stale: true });
    // A newer load started meanwhile: this one stops after the part it was waiting for.
    let asked = 0;
    const superseded = await matcherFromResponse(res, servedParts(h, () => asked++), () => asked < 2);
    expect(superseded).toEqual({ stale: true });
    expect(asked).toBe(2);
    // Parts that decode to other than the size described: refused as damaged.
    await expect(matcherFromResponse({ ...res, chunks: { ...chunks, bytes: chunks.bytes + 3 } }, served, () => true)).rejects.toThrow(/damaged/);
  });

  it('sends many patterns\' metadata in parts too: the first answer carries none, getSnapshotMeta gives each part, and a tab rebuilds the same matcher', async () => {
    const { h, bg } = await setup();
    const whole = await h.getSnapshot(undefined, contentSender(1));
    const P = whole.snapshot!.patternCount;
    const wholeMatcher = await servedMatcher(h, whole);
    // Whole up to 15,000 patterns in use: the default pack's come whole.
    expect(whole.chunks?.metaParts).toBeUndefined();
    expect(whole.snapshot!.meta.ids).toHaveLength(P);
    // Parts of 100 patterns here, from 300 (5,000 in use, from 15,000: the bench's 50,000 patterns' lists are 5.3
    // million characters of JSON).
    bg.snapshot.metaPartPatterns = 100;
    bg.snapshot.metaWholeUpTo = 300;
    const res = await h.getSnapshot(undefined, contentSender(1));
    expect(res.version).toBe(whole.version);
    const chunks = res.chunks!;
    expect(chunks.metaParts).toBe(Math.ceil(P / 100));
    expect(chunks.count).toBe(1);
    expect(res.snapshot!.meta.ids).toEqual([]);
    expect(res.snapshot!.meta.names).toEqual([]);
    const parts: MatcherMeta[] = [];
    for (let i = 0; i < chunks.metaParts!; i++) parts.push((await h.getSnapshotMeta({ matcherVersion: chunks.matcherVersion, index: i }, contentSender(1)))!);
    expect(parts.flatMap((p) => p.ids)).toEqual(whole.snapshot!.meta.ids);
    expect(parts.flatMap((p) => p.names)).toEqual(whole.snapshot!.meta.names);
    expect(await h.getSnapshotMeta({ matcherVersion: chunks.matcherVersion, index: chunks.metaParts! }, contentSender(1))).toBeNull();
    expect(await h.getSnapshotMeta({ matcherVersion: 'not-this-one', index: 0 }, contentSender(1))).toBeNull();
    // The tab's side, the parts as a message carries them (JSON): the same findings, named and ranked the same.
    const asked: string[] = [];
    const loaded = await matcherFromResponse(
      JSON.parse(JSON.stringify(res)) as SnapshotResponse,
      servedParts(h, (kind, i) => asked.push(`${kind}${i}`)),
      () => true,
    );
    expect(asked).toEqual(['chunk0', ...Array.from({ length: chunks.metaParts! }, (_, i) => `meta${i}`)]);
    if (!('matcher' in loaded) || !loaded.matcher) throw new Error('no matcher');
    const texts = [
      'Si vous fermez un de nos comptes, nous en prendrons dix en échange',
      'If you close one of our accounts, we will take ten in return. The Sons of the Caliphate Army',
      'إذا أغلقتم حسابا سنأخذ عشرة مقابله',
      'Match report: the flames of the supporters lit the stadium',
    ];
    for (const t of texts) expect(loaded.matcher.match(t)).toEqual(wholeMatcher.match(t));
    expect(loaded.matcher.match(texts[0]!).patterns.length).toBeGreaterThan(0);
    // A part gone (the patterns changed meanwhile) makes the load stale; a part that is not one, or holds ids that are not strings, damaged.
    const served = servedParts(h);
    expect(await matcherFromResponse(res, { ...served, meta: async (v, i) => (i === 2 ? null : served.meta(v, i)) }, () => true)).toEqual({ stale: true });
    const cut = { ...served, meta: async (v: string, i: number) => (i === 1 ? { ...(await served.meta(v, i))!, names: [] } : served.meta(v, i)) };
    await expect(matcherFromResponse(res, cut, () => true)).rejects.toThrow('Matcher snapshot is damaged: a part of its pattern metadata is not one');
    const typed = { ...served, meta: async (v: string, i: number) => (i === 1 ? { ...(await served.meta(v, i))!, ids: Array(100).fill(7) } : served.meta(v, i)) };
    await expect(matcherFromResponse(res, typed, () => true)).rejects.toThrow("Matcher snapshot is damaged: its pattern metadata's ids hold an entry of the wrong type");
    // A last part cut short (its lists alike, fewer patterns), or a part left out: the lists do not cover the patterns.
    const last = chunks.metaParts! - 1;
    const cutShort = async (v: string, i: number) => {
      const part = (await served.meta(v, i))!;
      if (i !== last) return part;
      const keep = part.ids.length - 1;
      return Object.fromEntries(Object.entries(part).map(([k, list]) => [k, (list as unknown[]).slice(0, keep)])) as unknown as MatcherMeta;
    };
    // One at a time: a load started before the other's rejection is awaited would reject unhandled meanwhile.
    for (const load of [() => matcherFromResponse(res, { ...served, meta: cutShort }, () => true), () => matcherFromResponse({ ...res, chunks: { ...chunks, metaParts: last } }, served, () => true)]) {
      await expect(load()).rejects.toThrow('Matcher snapshot is damaged: pattern metadata does not match its pattern count');
    }
    // No metadata at all in the first answer: damaged, said so.
    await expect(matcherFromResponse({ ...res, snapshot: { ...res.snapshot!, meta: undefined as unknown as MatcherMeta } }, served, () => true)).rejects.toThrow(
      'Matcher snapshot is damaged: its pattern metadata is missing',
    );
    // A newer load started while the metadata came: this one stops after the part it was waiting for.
    let metaAsked = 0;
    const superseded = await matcherFromResponse(res, servedParts(h, (kind) => kind === 'meta' && metaAsked++), () => metaAsked < 2);
    expect(superseded).toEqual({ stale: true });
    expect(metaAsked).toBe(2);
  });

  it('answers getSnapshot with a snapshot that matches, and caches it for a restarted worker', async () => {
    const { h, db } = await setup();
    const res = await h.getSnapshot(undefined, contentSender(1));
    expect(res.version).toMatch(/^[0-9a-f]{24}$/);
    expect(res.dismissed).toEqual([]);
    expect(res.snapshot).not.toBeNull();
    const parsed = parsePack(DEFAULT_TEXT);
    if (!parsed.ok) throw new Error('default pack invalid');
    const phrase = parsed.pack.patterns.find((p) => p.kind === 'phrase' && p.text)!;
    const matcher = await servedMatcher(h, res);
    const hit = matcher.match(`Look at this: ${phrase.text} !!`);
    expect(hit.flagged).toBe(true);
    expect(hit.patterns.map((p) => p.id)).toContain(phrase.id);
    // Written once deflated, after the answer.
    await current!.bg.snapshot.cached();
    expect((await readSnapshotCache(db))?.version).toBe(res.version);
    expect((await readSnapshotCache(db))?.snapshot).toEqual(res.snapshot);

    // A new worker (new services over the same database) reads the cache instead of compiling.
    const cacheBefore = await readSnapshotCache(db);
    current!.setClock('2026-11-29T08:00:00.000Z'); // a rebuild would write a new builtAt
    const bg2 = createBackground(current!.env);
    const res2 = await createHandlers(bg2).getSnapshot(undefined, contentSender(1));
    expect(res2.version).toBe(res.version);
    expect(await readSnapshotCache(db)).toEqual(cacheBefore);
  });

  it('rebuilds and re-versions the snapshot on disable and enable, and tells the tabs', async () => {
    const { h, sent } = await setup();
    const v1 = (await h.getSnapshot(undefined, contentSender(1))).version;
    await h.setPackEnabled({ id: DEFAULT_PACK_ID, enabled: false }, EXT_PAGE);
    const off = await h.getSnapshot(undefined, contentSender(1));
    expect(off.version).not.toBe(v1);
    expect(off.snapshot).toBeNull(); // "My patterns" is empty
    expect(sent.filter((m) => m.type === 'snapshotChanged')).toEqual([
      { tabId: 1, type: 'snapshotChanged', data: off.version },
      { tabId: 2, type: 'snapshotChanged', data: off.version },
      { tabId: 3, type: 'snapshotChanged', data: off.version },
    ]);
    sent.length = 0;
    current!.setClock('2026-11-29T08:00:00.000Z');
    await h.setPackEnabled({ id: DEFAULT_PACK_ID, enabled: true }, EXT_PAGE);
    const on = await h.getSnapshot(undefined, contentSender(1));
    expect(on.version).toBe(v1); // same packs, same versions: same snapshot version
    expect(sent.map((m) => m.data)).toEqual([v1, v1, v1]);
    // Setting the same state again changes nothing and sends nothing.
    sent.length = 0;
    await h.setPackEnabled({ id: DEFAULT_PACK_ID, enabled: true }, EXT_PAGE);
    expect(sent).toEqual([]);
  });

  it('a custom pattern changes the version and is matched; its removal restores the version', async () => {
    const { h } = await setup();
    const v1 = (await h.getSnapshot(undefined, contentSender(1))).version;
    const saved = await h.saveCustomPattern(
      { text: 'brigade of the northern lions', lang: 'en', category: 'slogan', severity: 'medium', note: 'Seen in reposts on 12 Nov' },
      EXT_PAGE,
    );
    expect(saved).toMatchObject({ text: 'brigade of the northern lions', note: 'Seen in reposts on 12 Nov', category: 'slogan' });
    const res = await h.getSnapshot(undefined, contentSender(1));
    expect(res.version).not.toBe(v1);
    const m = (await servedMatcher(h, res)).match('The Brigade of the Northern Lions returns');
    expect(m.patterns.map((p) => [p.packId, p.id])).toEqual([[CUSTOM_PACK_ID, saved.id]]);
    expect(await h.listCustomPatterns(undefined, EXT_PAGE)).toEqual([saved]);
    // The exported "My patterns" is a valid pack file.
    const exported = await h.exportPack(CUSTOM_PACK_ID, EXT_PAGE);
    const back = parsePack(exported);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.pack.patterns.map((p) => p.text)).toEqual(['brigade of the northern lions']);
    await h.removeCustomPattern(saved.id, EXT_PAGE);
    expect(await h.listCustomPatterns(undefined, EXT_PAGE)).toEqual([]);
    expect((await h.getSnapshot(undefined, contentSender(1))).version).not.toBe(res.version);
    await expect(h.saveCustomPattern({ text: 'x', lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE)).rejects.toThrow(
      'Enter at least 2 characters.',
    );
  });

  it('refuses a phrase in the interface language, with the words the options page uses: a bad phrase, one already there, a full list', async () => {
    const { h, db } = await setup();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'fr' } });
    const save = (text: string, id?: string) =>
      h.saveCustomPattern({ ...(id ? { id } : {}), text, lang: 'any', category: 'custom', severity: 'low' }, EXT_PAGE);
    await expect(save('!!')).rejects.toThrow(t('fr', 'opt_pat_text_few_letters'));
    const first = await save('brigade des lions du nord');
    // The same phrase once folded, added a second time: refused; saving the phrase itself again (an edit) is not.
    await expect(save('BRIGADE DES LIONS DU NORD')).rejects.toThrow(t('fr', 'opt_pat_duplicate'));
    await expect(save('Brigade des lions du Nord', first.id)).resolves.toMatchObject({ id: first.id });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'ar' } });
    await expect(save('abc\u202Edef')).rejects.toThrow(t('ar', 'opt_pat_text_bidi', { code: 'U+202E', position: new Intl.NumberFormat('ar').format(4) }));
    await expect(
      h.saveCustomPattern({ text: 'la caravane de l’est', lang: 'any', category: 'custom', severity: 'low', note: 'n'.repeat(1001) }, EXT_PAGE),
    ).rejects.toThrow(/^الملاحظة طويلة جدًا/);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'en' } });
    // A phrase of 76 styled letters (137 UTF-16 code units) without a note: its name is cut to fit, it is saved.
    const styled = '𝐰𝐞 𝐰𝐢𝐥𝐥 𝐟𝐢𝐧𝐝 𝐞𝐯𝐞𝐫𝐲 𝐨𝐧𝐞 𝐨𝐟 𝐲𝐨𝐮 𝐚𝐧𝐝 𝐜𝐥𝐨𝐬𝐞 𝐚𝐥𝐥 𝐨𝐟 𝐲𝐨𝐮𝐫 𝐩𝐚𝐠𝐞𝐬 𝐯𝐞𝐫𝐲 𝐬𝐨𝐨𝐧 𝐛𝐫𝐨𝐭𝐡𝐞𝐫𝐬';
    await expect(save(styled)).resolves.toMatchObject({ text: styled });
    // A field other than the phrase is named as the form names it.
    await expect(
      h.saveCustomPattern({ text: 'une phrase valable', lang: 'any', category: 'custom', severity: 'urgent' as never }, EXT_PAGE),
    ).rejects.toThrow('This phrase could not be saved: its “Severity” is not valid.');
    // A full list: the 5,001st phrase is refused in the interface language.
    const more = Array.from({ length: MAX_CUSTOM_PATTERNS - 2 }, (_, i) =>
      customToPackPattern({ text: `phrase number ${i}`, lang: 'any', category: 'custom', severity: 'low' }, `my-n${i}`),
    );
    await addCustomPatterns(db, more);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'en' } });
    await expect(save('one phrase too many')).rejects.toThrow('My patterns already holds 5,000 phrases, the most it can hold. Remove some first.');
    // Nor with an id of the caller's that names no phrase there (the list is full here).
    await expect(save('one phrase too many', 'my-unknown1')).rejects.toThrow(/already holds 5,000 phrases/);
    expect(await h.listCustomPatterns(undefined, EXT_PAGE)).toHaveLength(MAX_CUSTOM_PATTERNS);
  });

  it('a "My patterns" file adds its phrases to the user\'s own, never replacing them: a backup made before the last edit, or a file from elsewhere', async () => {
    const { h } = await setup();
    const mine = (text: string) => h.saveCustomPattern({ text, lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE);
    await mine('brigade of the northern lions');
    await mine('the eastern caravan');
    const backup = await h.exportPack(CUSTOM_PACK_ID, EXT_PAGE);
    await mine('the southern front');
    const texts = async () => (await h.listCustomPatterns(undefined, EXT_PAGE)).map((p) => p.text).sort();
    // The backup: older than My patterns now, and all of its phrases there already.
    const again = await h.previewImport({ text: backup }, EXT_PAGE);
    expect(again).toMatchObject({ ok: true, patternsAdded: 0, patternsRemoved: 0, replacesVersion: null });
    expect(again.warnings?.[0]).toMatch(/My patterns.*0 new phrases.*none of yours is removed.*2 already/);
    expect((await h.importPack({ text: backup }, EXT_PAGE)).ok).toBe(true);
    expect(await texts()).toEqual(['brigade of the northern lions', 'the eastern caravan', 'the southern front']);
    // A file with the same id from elsewhere, at a higher version, with its own phrases (one the same once folded).
    const other = JSON.parse(backup) as Pack;
    other.version = '99.0.0';
    other.patterns = [
      { ...other.patterns[0]!, id: other.patterns[0]!.id, text: 'Brigade of the Northern Lions' },
      { ...other.patterns[0]!, id: other.patterns[1]!.id, text: 'café en terrasse' },
      // The same words in another language: one phrase, as the options page judges a phrase added by hand.
      { ...other.patterns[0]!, id: 'my-eastern-fr', lang: 'fr', text: 'THE EASTERN CARAVAN' },
    ];
    const res = await h.importPack({ text: JSON.stringify(other) }, EXT_PAGE);
    expect(res).toMatchObject({ ok: true, patternsAdded: 1, patternsRemoved: 0 });
    expect(await texts()).toEqual(['brigade of the northern lions', 'café en terrasse', 'the eastern caravan', 'the southern front']);
    const ids = (await h.listCustomPatterns(undefined, EXT_PAGE)).map((p) => p.id);
    expect(new Set(ids).size, 'every phrase keeps an id of its own').toBe(ids.length);
    expect((await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === CUSTOM_PACK_ID)).toMatchObject({ name: 'My patterns', patternCount: 4 });
    // No more than My patterns may hold (5,000, as when adding one by hand): the rest is left out, and the preview says so.
    const many = { ...other, patterns: Array.from({ length: 5000 }, (_, i) => ({ ...other.patterns[0]!, id: `bulk-${i}`, text: `bulk phrase ${i}` })) };
    const big = await h.importPack({ text: JSON.stringify(many) }, EXT_PAGE);
    expect(big).toMatchObject({ ok: true, patternsAdded: 4996 });
    expect(big.warnings?.[1]).toMatch(/4 of its phrases are left out: My patterns holds at most 5000/);
    expect((await h.listCustomPatterns(undefined, EXT_PAGE)).length).toBe(5000);
  });

  it('a "My patterns" export carries each phrase\'s note, and importing it into another browser brings the notes back', async () => {
    const { h } = await setup();
    const note = 'Seen in channel @foo on 2026-03-01.\nSource: report #123,\tthird wave \u202Emirrored\u202C';
    await h.saveCustomPattern({ text: 'brigade of the northern lions', lang: 'en', category: 'custom', severity: 'low', note }, EXT_PAGE);
    await h.saveCustomPattern({ text: 'the eastern caravan', lang: 'en', category: 'custom', severity: 'low' }, EXT_PAGE);
    const file = await h.exportPack(CUSTOM_PACK_ID, EXT_PAGE);
    const parsed = parsePack(file);
    expect(parsed.ok, 'the export is a valid pack file').toBe(true);
    // A tab and the bidi controls are characters the pack format refuses: they travel as spaces, the lines as lines.
    const kept = 'Seen in channel @foo on 2026-03-01.\nSource: report #123, third wave  mirrored';
    if (parsed.ok) {
      expect(Object.fromEntries(parsed.pack.patterns.map((p) => [p.text, p.note]))).toEqual({
        'brigade of the northern lions': kept,
        'the eastern caravan': undefined,
      });
    }
    // Another browser (a fresh profile) imports the file: the notes are there, as if typed in the form.
    current?.db.close();
    const other = await setup();
    expect((await other.h.importPack({ text: file }, EXT_PAGE)).ok).toBe(true);
    const listed = await other.h.listCustomPatterns(undefined, EXT_PAGE);
    expect(Object.fromEntries(listed.map((p) => [p.text, p.note]))).toEqual({ 'brigade of the northern lions': kept, 'the eastern caravan': undefined });
  });

  it('an entry a file brought that is more than a phrase keeps its terms, spellings and exclusions when its severity or note is changed', async () => {
    const { h } = await setup();
    const file = JSON.parse(await h.exportPack(CUSTOM_PACK_ID, EXT_PAGE)) as Pack;
    file.patterns = [
      {
        id: 'my-caravan-rule',
        name: 'Caravan tonight',
        kind: 'all',
        terms: ['caravan', 'tonight'],
        within: 6,
        variants: { caravan: ['convoy'] },
        unless: ['desert tour'],
        lang: 'en',
        category: 'custom',
        severity: 'low',
        source: { publisher: 'You (this browser)', url: 'https://firebreak.invalid/my-patterns' },
      },
    ];
    expect((await h.importPack({ text: JSON.stringify(file) }, EXT_PAGE)).ok).toBe(true);
    const [entry] = await h.listCustomPatterns(undefined, EXT_PAGE);
    expect(entry).toMatchObject({ id: 'my-caravan-rule', text: 'caravan tonight', rule: true });
    // Only the severity and a note change: it still finds "convoy … tonight" and still excuses the desert tour.
    const saved = await h.saveCustomPattern({ ...entry!, severity: 'high', note: 'Raised after the 2 Dec wave' }, EXT_PAGE);
    expect(saved).toMatchObject({ text: 'caravan tonight', severity: 'high', note: 'Raised after the 2 Dec wave', rule: true });
    const matcher = await servedMatcher(h, await h.getSnapshot(undefined, contentSender(1)));
    const hit = matcher.match('the convoy leaves at dusk tonight');
    expect(hit.patterns.map((p) => [p.id, p.severity])).toEqual([['my-caravan-rule', 'high']]);
    expect(matcher.match('our desert tour caravan leaves tonight').flagged).toBe(false);
    const stored = JSON.parse(await h.exportPack(CUSTOM_PACK_ID, EXT_PAGE)) as Pack;
    expect(stored.patterns[0]).toMatchObject({ kind: 'all', terms: ['caravan', 'tonight'], within: 6, variants: { caravan: ['convoy'] }, unless: ['desert tour'] });
    // New words make it a phrase of those words, as the form's note says.
    const rewritten = await h.saveCustomPattern({ ...saved, text: 'caravan at midnight' }, EXT_PAGE);
    expect(rewritten.rule).toBeUndefined();
    const after = JSON.parse(await h.exportPack(CUSTOM_PACK_ID, EXT_PAGE)) as Pack;
    expect(after.patterns[0]).toMatchObject({ kind: 'phrase', text: 'caravan at midnight', severity: 'high' });
  });

  it('returns the site profiles of the enabled packs signed by a trusted key, never an unsigned file\'s', async () => {
    const { h, signer } = await setup();
    const pack = userPack();
    const text = packText(pack);
    // Unsigned: its patterns count, its profile (which could hide every post on the site) does not; the preview says so.
    expect((await h.previewImport({ text }, EXT_PAGE)).warnings).toContainEqual(expect.stringMatching(/site profile for X is ignored/));
    expect((await h.importPack({ text }, EXT_PAGE)).ok).toBe(true);
    expect((await h.getSnapshot(undefined, contentSender(1))).siteProfiles).toEqual({});
    const signed = packText({ ...pack, version: '2.3.1' });
    expect((await h.previewImport({ text: signed, signature: await signer.sign(signed) }, EXT_PAGE)).warnings).toContainEqual(
      expect.stringMatching(/changes how Firebreak reads X/),
    );
    expect((await h.importPack({ text: signed, signature: await signer.sign(signed) }, EXT_PAGE)).ok).toBe(true);
    expect((await h.getSnapshot(undefined, contentSender(1))).siteProfiles).toEqual({ x: pack.siteProfiles!.x });
    await h.setPackEnabled({ id: pack.id, enabled: false }, EXT_PAGE);
    expect((await h.getSnapshot(undefined, contentSender(1))).siteProfiles).toEqual({});
  });
});

describe('tab state and badge', () => {
  it('tabReport sets the badge text, colour and title; 0 flagged shows no text', async () => {
    const { h } = await setup();
    await h.tabReport(report([flaggedPost('1', 'medium'), flaggedPost('2', 'high'), flaggedPost('3', 'low')]), contentSender(7));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Firebreak: 3 flagged posts on this page');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0xb3, 0x26, 0x1e, 255]);
    const state = await h.getTabState(7, EXT_PAGE);
    expect(state?.flagged.map((f) => f.post.id)).toEqual(['1', '2', '3']);
    expect(state?.tabId).toBe(7);

    await h.tabReport(report([]), contentSender(7));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Firebreak: nothing flagged on this page');
    await h.tabReport(report([], { enabled: false }), contentSender(7));
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Firebreak is off on this site');
    // A tab without its patterns (they did not load): the toolbar says the page is not being checked.
    await h.tabReport(report([], { patternsMissing: true }), contentSender(7));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Firebreak: patterns not loaded yet, this page is not being checked');
    expect((await h.getTabState(7, EXT_PAGE))?.patternsMissing).toBe(true);
    await h.tabReport(report([]), contentSender(7));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect((await h.getTabState(7, EXT_PAGE))?.patternsMissing).toBeUndefined();
  });

  it('follows the interface language', async () => {
    const { h } = await setup();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'fr' } });
    await h.tabReport(report([flaggedPost('1', 'high')]), contentSender(4));
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe('Firebreak\u00a0: 1 publication repérée sur cette page');
  });

  it('a restarted worker still knows the tab (storage.session); cleared on close and on leaving the site', async () => {
    const { h, env } = await setup();
    await h.tabReport(report([flaggedPost('1', 'high')]), contentSender(9));
    const h2 = createHandlers(createBackground(env));
    expect((await h2.getTabState(9, EXT_PAGE))?.flagged).toHaveLength(1);

    // Same site: kept.
    const bg2 = createBackground(env);
    await bg2.onTabUpdated(9, { url: 'https://x.com/someone/status/1' }, { url: 'https://x.com/someone/status/1' });
    expect(await bg2.tabs.get(9)).not.toBeNull();
    // Another site: cleared, badge reset.
    await bg2.onTabUpdated(9, { url: 'https://example.org/' }, { url: 'https://example.org/' });
    expect(await bg2.tabs.get(9)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    expect(await createBackground(env).tabs.get(9)).toBeNull();

    await h.tabReport(report([flaggedPost('1', 'high')]), contentSender(10));
    await current!.bg.tabs.onRemoved(10);
    expect(await createBackground(env).tabs.get(10)).toBeNull();
  });

  it('applies delta reports in order; answers resync when a delta does not follow the stored state', async () => {
    const { h, env } = await setup();
    const ids = async (tabId: number) => (await h.getTabState(tabId, EXT_PAGE))?.flagged.map((f) => f.post.id);
    const session = { session: 'run-a' };
    expect(await h.tabReport(report([flaggedPost('1', 'high'), flaggedPost('2', 'low')], { ...session, seq: 1 }), contentSender(5))).toEqual({ resync: false });
    // Post 3 appears, post 1 goes, post 2 is re-flagged (medium now): changed in place.
    const changed = flaggedPost('2', 'medium');
    const d2 = report([flaggedPost('3', 'high'), changed], { ...session, seq: 2, delta: { base: 1, removed: ['1'] } });
    expect(await h.tabReport(d2, contentSender(5))).toEqual({ resync: false });
    expect(await ids(5)).toEqual(['2', '3']);
    expect((await h.getTabState(5, EXT_PAGE))?.flagged[0]?.result.severity).toBe('medium');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');

    // A delta built on a report the background never took (lost, or from another run) changes nothing.
    const stale = report([flaggedPost('4', 'high')], { ...session, seq: 4, delta: { base: 3, removed: [] } });
    expect(await h.tabReport(stale, contentSender(5))).toEqual({ resync: true });
    expect(await h.tabReport(report([flaggedPost('4', 'high')], { session: 'run-b', seq: 3, delta: { base: 2, removed: [] } }), contentSender(5))).toEqual({
      resync: true,
    });
    expect(await ids(5)).toEqual(['2', '3']);
    // A tab the background knows nothing of.
    expect(await h.tabReport(report([], { ...session, seq: 2, delta: { base: 1, removed: [] } }), contentSender(6))).toEqual({ resync: true });

    // A restarted worker picks the stored state up from storage.session and applies the next delta to it.
    const h2 = createHandlers(createBackground(env));
    expect(await h2.tabReport(report([flaggedPost('5', 'low')], { ...session, seq: 3, delta: { base: 2, removed: ['3'] } }), contentSender(5))).toEqual({
      resync: false,
    });
    expect((await h2.getTabState(5, EXT_PAGE))?.flagged.map((f) => f.post.id)).toEqual(['2', '5']);
  });

  it('refuses a report from a page that is not a social site, and another tab’s state to a content script', async () => {
    const { h } = await setup();
    await expect(h.tabReport(report([]), contentSender(3, 'https://evil.example/'))).rejects.toThrow(/not one of the sites/);
    await h.tabReport(report([flaggedPost('1', 'high')]), contentSender(3));
    await expect(Promise.resolve().then(() => h.getTabState(3, contentSender(4)))).rejects.toThrow(/only accepted/);
    expect((await h.getTabState(3, contentSender(3)))?.flagged).toHaveLength(1);
  });
});

describe('feedback', () => {
  it('Not a threat adds the post to the dismissed list, tells the tabs, and removal restores it', async () => {
    const { h, sent } = await setup();
    const before = await h.getSnapshot(undefined, contentSender(1));
    const p = post('1855000000000000001', `Amaq News Agency ${'reports '.repeat(60)}`);
    const entry = await h.addFeedback({ post: p, patternIds: ['isis-amaq-en'] }, contentSender(1));
    expect(entry).toMatchObject({ postId: p.id, site: 'x', url: p.url, author: '@someone', patternIds: ['isis-amaq-en'], at: '2026-11-28T12:00:00.000Z' });
    expect(Array.from(entry.excerpt).length).toBeLessThanOrEqual(280);
    const after = await h.getSnapshot(undefined, contentSender(1));
    expect(after.dismissed).toEqual([p.id]);
    expect(after.version).not.toBe(before.version); // content scripts refetch on a new version
    expect(sent.filter((m) => m.type === 'snapshotChanged').map((m) => m.data)).toEqual([after.version, after.version, after.version]);
    // The same post again keeps one entry.
    const again = await h.addFeedback({ post: p, patternIds: [] }, contentSender(1));
    expect(again.id).toBe(entry.id);
    expect(await h.listFeedback(undefined, EXT_PAGE)).toHaveLength(1);

    await h.removeFeedback(entry.id, EXT_PAGE);
    const restored = await h.getSnapshot(undefined, contentSender(1));
    expect(restored.dismissed).toEqual([]);
    expect(restored.version).toBe(before.version);
    // A reloaded page only knows the post id: accepted too.
    await h.addFeedback({ post: p, patternIds: [] }, contentSender(1));
    await h.removeFeedback(p.id, contentSender(1));
    expect(await h.listFeedback(undefined, EXT_PAGE)).toEqual([]);
  });

  it('a post dismissed under a hash id, carried to its permalink id: one decision listed (with the link), undone whole', async () => {
    const { h } = await setup();
    const text = 'If you close one account we will take 10 in return';
    const byHash = { ...post('h:17j0pmplsyjqw', text, 'facebook'), url: null, author: { name: 'Abu Mohammed', handle: '100089912345678', profileUrl: 'https://www.facebook.com/profile.php?id=100089912345678' } };
    const byLink = { ...byHash, id: 'pfbid0Nx4TqWm8Lz2Ke6Jd1Rb9Yc', url: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Nx4TqWm8Lz2Ke6Jd1Rb9Yc&id=100089912345678' };
    const first = await h.addFeedback({ post: byHash, patternIds: ['sca-en-take-10'] }, contentSender(1));
    await h.addFeedback({ post: byLink, patternIds: ['sca-en-take-10'], sameAs: byHash.id }, contentSender(1));
    // Both ids stay dismissed, for the page and after a reload.
    expect((await h.getSnapshot(undefined, contentSender(1))).dismissed.sort()).toEqual([byHash.id, byLink.id].sort());
    // The user sees one decision: the entry with the link, the author by name (Facebook's handle is a number).
    const listed = await h.listFeedback(undefined, EXT_PAGE);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ postId: byLink.id, url: byLink.url, author: 'Abu Mohammed' });
    expect(listed[0]).not.toHaveProperty('group');
    // Undone from the options page (its id) or from the page (either post id): both ids are marked again.
    await h.removeFeedback(listed[0]!.id, EXT_PAGE);
    expect((await h.getSnapshot(undefined, contentSender(1))).dismissed).toEqual([]);
    expect(await h.listFeedback(undefined, EXT_PAGE)).toEqual([]);
    await h.addFeedback({ post: byHash, patternIds: [] }, contentSender(1));
    await h.addFeedback({ post: byLink, patternIds: [], sameAs: byHash.id }, contentSender(1));
    await h.removeFeedback(byHash.id, contentSender(1));
    expect((await h.getSnapshot(undefined, contentSender(1))).dismissed).toEqual([]);
    expect(first.id).toBeTruthy();
    // Carried twice in a row, the second before the first is stored (its copy in a dialog, in the same pass): one.
    await h.addFeedback({ post: byHash, patternIds: [] }, contentSender(1));
    const dialogCopy = { ...byLink, id: 'pfbid0DialogCopy' };
    await Promise.all([
      h.addFeedback({ post: byLink, patternIds: [], sameAs: byHash.id }, contentSender(1)),
      h.addFeedback({ post: dialogCopy, patternIds: [], sameAs: byLink.id }, contentSender(1)),
    ]);
    expect(await h.listFeedback(undefined, EXT_PAGE)).toHaveLength(1);
    await h.removeFeedback(dialogCopy.id, contentSender(1));
    expect((await h.getSnapshot(undefined, contentSender(1))).dismissed).toEqual([]);
  });
});

describe('packs', () => {
  it('previewImport diffs against the installed pack; importPack installs in one go', async () => {
    const { h } = await setup();
    const v1 = userPack('1.0.0');
    expect(await h.previewImport({ text: packText(v1) }, EXT_PAGE)).toMatchObject({ ok: true, packId: v1.id, replacesVersion: null, patternsAdded: 2, patternsRemoved: 0, patternsChanged: 0, contexts: 2 });
    expect((await h.importPack({ text: packText(v1), source: 'research.json' }, EXT_PAGE)).ok).toBe(true);
    const v2 = userPack('1.1.0', [{ ...P_RUMIYAH, id: 'u-rumiyah', severity: 'high' }, { ...P_DABIQ, id: 'u-dabiq' }]);
    const update = await h.previewImport({ text: packText(v2) }, EXT_PAGE);
    expect(update).toMatchObject({ ok: true, replacesVersion: '1.0.0', patternsAdded: 1, patternsRemoved: 1, patternsChanged: 1 });
    // Named, not only counted: the page lists them.
    const named = (list: { id: string; name: string }[] | undefined) => list?.map((p) => p.id);
    expect(named(update.patternNames?.added)).toEqual(['u-dabiq']);
    expect(named(update.patternNames?.changed)).toEqual(['u-rumiyah']);
    expect(named(update.patternNames?.removed)).toEqual(['u-amaq-ar']);
    expect(update.patternNames?.added[0]?.name).toBe(P_DABIQ.name);
    const older = await h.previewImport({ text: packText(userPack('0.9.0')) }, EXT_PAGE);
    expect(older.ok).toBe(false);
    expect(older.errors[0]).toMatchObject({ path: '', code: 'older_version', params: { got: '0.9.0', have: '1.0.0' } });
    expect(older.errors[0]?.message).toMatch(/Version 1\.0\.0 of this pack is already installed, and it is newer than this file’s version \(0\.9\.0\)/);
    expect((await h.exportPack(v1.id, EXT_PAGE))).toBe(packText(v1));
    // In the interface language the user chose.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'fr' } });
    expect((await h.importPack({ text: packText(userPack('0.9.0')) }, EXT_PAGE)).errors[0]?.message).toBe(
      'La version 1.0.0 de ce pack est déjà installée, et elle est plus récente que celle de ce fichier (0.9.0). Une version plus ancienne ne peut pas remplacer une plus récente\u202f; rien n’a été modifié.',
    );
    const badSig = await h.importPack({ text: packText(userPack('2.0.0')), signature: 'AAAA' }, EXT_PAGE);
    expect(badSig.errors[0]?.message).toMatch(/^La signature n’est pas une signature Ed25519 en base64.* Rien n’a été modifié\.$/);
  });

  it('a file the options page staged is previewed and imported by its id, then let go', async () => {
    const { h, env, signer } = await setup();
    const pack = userPack('1.0.0');
    const text = packText(pack);
    const id = await stageText(text, env.staging);
    const preview = await h.previewImport({ staged: id, signature: await signer.sign(text) }, EXT_PAGE);
    expect(preview).toMatchObject({ ok: true, packId: pack.id, patternsAdded: 2, signedBy: { id: signer.key.id } });
    // The preview leaves it for the import; the import takes it (the page keeps the text for a second look).
    expect(await readStaged(id, env.staging)).toBe(text);
    expect((await h.importPack({ staged: id, source: 'big.json' }, EXT_PAGE)).ok).toBe(true);
    expect((await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === pack.id)).toMatchObject({ version: '1.0.0', patternCount: 2 });
    expect(await h.exportPack(pack.id, EXT_PAGE)).toBe(text);
    await vi.waitFor(async () => expect(await readStaged(id, env.staging)).toBeNull());
    // Gone (taken, or swept): nothing changes, and the answer says so with a code the page resends the text on.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'ar' } });
    const gone = await h.importPack({ staged: id }, EXT_PAGE);
    expect(gone).toMatchObject({ ok: false, errors: [{ path: '', code: 'staged_missing', lang: 'ar', message: t('ar', 'import_err_staged_missing') }] });
    expect((await h.previewImport({ staged: 'no-such-file' }, EXT_PAGE)).errors[0]?.code).toBe('staged_missing');
  });

  /** A pack with a phrase no other pack has, staged as the options page stages a large file. */
  async function stagedWatchlist(env: BackgroundEnv, version = '1.0.0'): Promise<{ id: string; pack: Pack }> {
    const phrase: PackPattern = { ...P_AMAQ, id: 'u-lantern', name: 'Lantern harbour', text: 'lantern harbour quiet signal', context: undefined };
    const pack = userPack(version, [phrase, { ...P_RUMIYAH, id: 'u-rumiyah' }]);
    return { id: await stageText(packText(pack), env.staging), pack };
  }
  const PLANTED = 'They said it again: lantern harbour quiet signal, and Dabiq issue 15 is out';

  it('a previewed file is compiled while the preview is read; its import uses that compile and serves both packs', async () => {
    const { h, bg, env } = await setup();
    await bg.snapshot.get(); // the default pack, compiled at first run
    const { id, pack } = await stagedWatchlist(env);
    compiles.fn.mockClear();
    expect((await h.previewImport({ staged: id }, EXT_PAGE)).ok).toBe(true);
    await vi.waitFor(() => expect(compiles.fn).toHaveBeenCalledTimes(1));
    expect((await h.importPack({ staged: id }, EXT_PAGE)).ok).toBe(true);
    const matcher = await servedMatcher(h, await h.getSnapshot(undefined, contentSender(1)));
    // No second compile: the import's snapshot is the one compiled ahead, and it holds both packs' patterns.
    expect(compiles.fn).toHaveBeenCalledTimes(1);
    const ids = matcher.match(PLANTED).patterns.map((p) => `${p.packId}/${p.id}`);
    expect(ids).toContain(`${pack.id}/u-lantern`);
    expect(ids.some((x) => x.startsWith(`${DEFAULT_PACK_ID}/`))).toBe(true);
  });

  it('a preview read for a while: its snapshot is deflated ahead too, and the import serves that one; a quick import deflates once it has answered', async () => {
    const { h, bg, env } = await setup();
    await bg.snapshot.cached();
    /** The last compile's buffer, and how many times it was deflated (other tests' compiles made ahead may be too). */
    const lastCompile = () => (compiles.fn.mock.results.at(-1)!.value as { snapshotParts(): { bytes: Uint8Array } }).snapshotParts().bytes;
    const deflatesOf = (bytes: Uint8Array) => deflates.fn.mock.calls.filter(([parts]) => (parts as { bytes: Uint8Array }).bytes === bytes).length;

    const slow = await stagedWatchlist(env);
    compiles.fn.mockClear();
    expect((await h.previewImport({ staged: slow.id }, EXT_PAGE)).ok).toBe(true);
    await vi.waitFor(() => expect(compiles.fn).toHaveBeenCalledTimes(1));
    const ahead = lastCompile();
    expect(deflatesOf(ahead)).toBe(0);
    await vi.waitFor(() => expect(deflatesOf(ahead)).toBe(1), { timeout: 3000 });
    expect((await h.importPack({ staged: slow.id }, EXT_PAGE)).ok).toBe(true);
    const served = await servedMatcher(h, await h.getSnapshot(undefined, contentSender(1)));
    expect(compiles.fn).toHaveBeenCalledTimes(1);
    expect(deflatesOf(ahead)).toBe(1);
    expect(served.match(PLANTED).patterns.map((p) => p.id)).toContain('u-lantern');

    // A newer version, imported as soon as its compile is made: not deflated before its import, then once in all (the
    // import's snapshot is the compile's own deflate, started when the tabs are told).
    const quick = await stagedWatchlist(env, '1.1.0');
    await bg.snapshot.cached();
    compiles.fn.mockClear();
    expect((await h.previewImport({ staged: quick.id }, EXT_PAGE)).ok).toBe(true);
    await vi.waitFor(() => expect(compiles.fn).toHaveBeenCalledTimes(1));
    const next = lastCompile();
    expect(deflatesOf(next)).toBe(0);
    expect((await h.importPack({ staged: quick.id }, EXT_PAGE)).ok).toBe(true);
    await h.getSnapshot(undefined, contentSender(1));
    await new Promise((r) => setTimeout(r, 1200));
    expect(compiles.fn).toHaveBeenCalledTimes(1);
    expect(deflatesOf(next)).toBe(1);
  });

  it('a file sent as text (a small one, not staged): its import, after its preview, uses the compile made ahead too', async () => {
    const { h, bg, env } = await setup();
    await bg.snapshot.get();
    const { pack } = await stagedWatchlist(env);
    compiles.fn.mockClear();
    expect((await h.previewImport({ text: packText(pack) }, EXT_PAGE)).ok).toBe(true);
    await vi.waitFor(() => expect(compiles.fn).toHaveBeenCalledTimes(1));
    expect((await h.importPack({ text: packText(pack) }, EXT_PAGE)).ok).toBe(true);
    const matcher = await servedMatcher(h, await h.getSnapshot(undefined, contentSender(1)));
    expect(compiles.fn).toHaveBeenCalledTimes(1);
    expect(matcher.match(PLANTED).patterns.map((p) => `${p.packId}/${p.id}`)).toContain(`${pack.id}/u-lantern`);
  });

  it('the same file previewed twice (its signature chosen after it) is compiled ahead once', async () => {
    const { h, bg, env } = await setup();
    await bg.snapshot.get();
    const { id } = await stagedWatchlist(env);
    compiles.fn.mockClear();
    expect((await h.previewImport({ staged: id }, EXT_PAGE)).ok).toBe(true);
    expect((await h.previewImport({ staged: id }, EXT_PAGE)).ok).toBe(true);
    await vi.waitFor(() => expect(compiles.fn).toHaveBeenCalledTimes(1));
    expect((await h.importPack({ staged: id }, EXT_PAGE)).ok).toBe(true);
    await h.getSnapshot(undefined, contentSender(1));
    await new Promise((r) => setTimeout(r, 100));
    expect(compiles.fn).toHaveBeenCalledTimes(1);
  });

  it('a change between the preview and the import: the import compiles what is installed then', async () => {
    const { h, bg, env } = await setup();
    await bg.snapshot.get();
    const { id, pack } = await stagedWatchlist(env);
    compiles.fn.mockClear();
    expect((await h.previewImport({ staged: id }, EXT_PAGE)).ok).toBe(true);
    await vi.waitFor(() => expect(compiles.fn).toHaveBeenCalledTimes(1));
    await h.setPackEnabled({ id: DEFAULT_PACK_ID, enabled: false }, EXT_PAGE);
    await bg.snapshot.get();
    const before = compiles.fn.mock.calls.length;
    expect((await h.importPack({ staged: id }, EXT_PAGE)).ok).toBe(true);
    const matcher = await servedMatcher(h, await h.getSnapshot(undefined, contentSender(1)));
    expect(compiles.fn).toHaveBeenCalledTimes(before + 1);
    // The default pack is off: only the new pack's phrase is found.
    expect(matcher.match(PLANTED).patterns.map((p) => `${p.packId}/${p.id}`)).toEqual([`${pack.id}/u-lantern`]);
  });

  it('a previewed new version of a pack that is switched off compiles nothing ahead, and imports as it is', async () => {
    const { h, bg, env } = await setup();
    const first = await stagedWatchlist(env);
    expect((await h.importPack({ staged: first.id }, EXT_PAGE)).ok).toBe(true);
    await h.setPackEnabled({ id: first.pack.id, enabled: false }, EXT_PAGE);
    await bg.snapshot.cached();
    const next = await stagedWatchlist(env, '1.1.0');
    compiles.fn.mockClear();
    expect((await h.previewImport({ staged: next.id }, EXT_PAGE)).ok).toBe(true);
    expect((await h.importPack({ staged: next.id }, EXT_PAGE)).ok).toBe(true);
    expect((await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === first.pack.id)).toMatchObject({ version: '1.1.0', enabled: false });
    const matcher = await servedMatcher(h, await h.getSnapshot(undefined, contentSender(1)));
    expect(matcher.match(PLANTED).patterns.map((p) => p.packId)).not.toContain(first.pack.id);
    // The enabled packs did not change: the snapshot in the cache still serves, and nothing was compiled, ahead or not.
    await new Promise((r) => setTimeout(r, 300));
    expect(compiles.fn).not.toHaveBeenCalled();
  });

  it('a bad file changes nothing and says where the error is', async () => {
    const { h, db } = await setup();
    await h.listPacks(undefined, EXT_PAGE);
    const before = await dumpDatabase(db);
    const bad = packText(userPack()).replace('"severity": "medium"', '"severity": "urgent"');
    const res = await h.importPack({ text: bad }, EXT_PAGE);
    expect(res.ok).toBe(false);
    expect(res.errors[0]).toMatchObject({ path: expect.stringMatching(/^\/patterns\/\d+\/severity$/), line: expect.any(Number) });
    expect(await dumpDatabase(db)).toEqual(before);
    const notJson = await h.importPack({ text: '{"schemaVersion": 1, "id": ' }, EXT_PAGE);
    expect(notJson.ok).toBe(false);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('checks a given signature against the trusted keys', async () => {
    const { h, signer } = await setup();
    const pack = userPack();
    const text = packText(pack);
    const bad = await h.importPack({ text, signature: await signer.sign(text + ' ') }, EXT_PAGE);
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]?.message).toMatch(/signature does not match.*Nothing was changed/);
    expect((await h.listPacks(undefined, EXT_PAGE)).some((p) => p.id === pack.id)).toBe(false);
    expect((await h.importPack({ text, signature: await signer.sign(text) }, EXT_PAGE)).ok).toBe(true);
  });

  it("refuses a signed file whose publisher names another key than the one that signed it, at preview and import", async () => {
    const { h, signer } = await setup();
    const other = await makeSigner('Research group');
    await h.trustKey({ label: 'Research group', publicKeyB64: other.key.publicKeyB64 }, EXT_PAGE);
    const pack = userPack();
    const claims = packText({ ...pack, publisher: { ...pack.publisher, keyId: other.key.id } });
    const signature = await signer.sign(claims);
    for (const res of [await h.previewImport({ text: claims, signature }, EXT_PAGE), await h.importPack({ text: claims, signature }, EXT_PAGE)]) {
      expect(res.ok).toBe(false);
      expect(res.errors[0]?.message).toBe(
        'The pack says its publisher signs with the key Research group, but it is signed with Firebreak default pack. Nothing was changed.',
      );
    }
    expect((await h.listPacks(undefined, EXT_PAGE)).some((p) => p.id === pack.id)).toBe(false);
    expect((await h.importPack({ text: claims, signature: await other.sign(claims) }, EXT_PAGE)).ok).toBe(true);
  });

  it('the default pack cannot be removed; other packs can', async () => {
    const { h } = await setup();
    await expect(h.removePack(DEFAULT_PACK_ID, EXT_PAGE)).rejects.toThrow('The default pack cannot be removed; you can turn it off instead.');
    await expect(h.removePack(CUSTOM_PACK_ID, EXT_PAGE)).rejects.toThrow(/cannot be removed/);
    await h.importPack({ text: packText(userPack()) }, EXT_PAGE);
    await h.removePack('org.example.research', EXT_PAGE);
    expect((await h.listPacks(undefined, EXT_PAGE)).map((p) => p.id)).toEqual([DEFAULT_PACK_ID, CUSTOM_PACK_ID]);
  });

  it('an unsigned file cannot replace the default pack', async () => {
    const { h } = await setup();
    const parsed = parsePack(DEFAULT_TEXT);
    if (!parsed.ok) throw new Error('invalid default');
    const forged: Pack = { ...parsed.pack, version: '99.0.0', patterns: [] };
    const res = await h.importPack({ text: packText(forged) }, EXT_PAGE);
    expect(res.ok).toBe(false);
    expect((await h.listPacks(undefined, EXT_PAGE))[0]?.version).toBe(parsed.pack.version);
  });

  it('only the built-in publisher key can replace the default pack: a key the user trusted for another publisher cannot, at preview or import', async () => {
    const { h, signer } = await setup();
    const parsed = parsePack(DEFAULT_TEXT);
    if (!parsed.ok) throw new Error('invalid default');
    const other = await makeSigner('Research group');
    await h.trustKey({ label: 'Research group', publicKeyB64: other.key.publicKeyB64 }, EXT_PAGE);
    const forged = packText({ ...parsed.pack, version: '99.0.0', name: 'Not Firebreak', patterns: parsed.pack.patterns.slice(0, 1) });
    const signature = await other.sign(forged);
    for (const res of [await h.previewImport({ text: forged, signature }, EXT_PAGE), await h.importPack({ text: forged, signature }, EXT_PAGE)]) {
      expect(res.ok).toBe(false);
      expect(res.errors[0]?.message).toMatch(/Only Firebreak’s own publisher can update the default pack.*Nothing was changed/);
    }
    const installed = (await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === parsed.pack.id)!;
    expect(installed).toMatchObject({ version: parsed.pack.version, name: parsed.pack.name, patternCount: parsed.pack.patterns.length });
    // Unsigned, it is refused at preview already (not only after Confirm); signed by the shipped key, it updates.
    expect((await h.previewImport({ text: forged }, EXT_PAGE)).errors[0]?.message).toMatch(/signature from its publisher/);
    const real = packText({ ...parsed.pack, version: '99.0.0' });
    expect((await h.importPack({ text: real, signature: await signer.sign(real) }, EXT_PAGE)).ok).toBe(true);
    expect((await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === parsed.pack.id)?.version).toBe('99.0.0');
  });

  it('a preview checks an attached signature as the import will', async () => {
    const { h, signer } = await setup();
    const text = packText(userPack());
    const bad = await h.previewImport({ text, signature: await signer.sign(text + ' ') }, EXT_PAGE);
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]?.message).toMatch(/Nothing was changed/);
    const good = await h.previewImport({ text, signature: await signer.sign(text) }, EXT_PAGE);
    expect(good).toMatchObject({ ok: true, signedBy: { id: signer.key.id, label: signer.key.label, builtIn: true } });
    const unsigned = await h.previewImport({ text }, EXT_PAGE);
    expect(unsigned.ok).toBe(true);
    expect(unsigned.signedBy).toBeUndefined();
  });

  it('pack actions on a pack removed meanwhile (another options tab) are refused in the interface language', async () => {
    const { h } = await setup();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'fr' } });
    await expect(h.setPackEnabled({ id: 'org.example.gone', enabled: false }, EXT_PAGE)).rejects.toThrow(/n’est plus installé/);
    await expect(h.exportPack('org.example.gone', EXT_PAGE)).rejects.toThrow(/n’est plus installé/);
    await expect(h.removePack(DEFAULT_PACK_ID, EXT_PAGE)).rejects.toThrow(/pack par défaut ne peut pas être supprimé/);
  });

  it('getContexts returns entries of enabled packs only, aligned with the refs', async () => {
    const { h } = await setup();
    await h.importPack({ text: packText(userPack()) }, EXT_PAGE);
    const ref = (id: string, packId = 'org.example.research') => ({ packId, id });
    expect((await h.getContexts([ref('ctx-dabiq'), ref('missing'), ref('ctx-dabiq', 'org.example.other')], contentSender(1))).map((c) => c?.id ?? null)).toEqual([
      'ctx-dabiq',
      null,
      null,
    ]);
    await h.setPackEnabled({ id: 'org.example.research', enabled: false }, EXT_PAGE);
    expect(await h.getContexts([ref('ctx-dabiq')], contentSender(1))).toEqual([null]);
    // Malformed refs from a page are answered with null, never thrown.
    expect(await h.getContexts(['ctx-dabiq', null, { id: 1 }] as never, contentSender(1))).toEqual([null, null, null]);
  });

  it('two packs with the same context id: each pattern shows its own pack\'s entry', async () => {
    const { h } = await setup();
    const a = userPack();
    const b: Pack = {
      ...userPack(),
      id: 'org.example.other',
      name: 'Other research',
      contexts: a.contexts.map((c) => ({ ...c, claimReviewed: `Other pack: ${c.claimReviewed}` })),
    };
    expect((await h.importPack({ text: packText(a) }, EXT_PAGE)).ok).toBe(true);
    expect((await h.importPack({ text: packText(b) }, EXT_PAGE)).ok).toBe(true);
    const snap = await h.getSnapshot(undefined, contentSender(1));
    const m = await servedMatcher(h, snap);
    const dabiq = a.patterns.find((p) => p.context === 'ctx-dabiq')!;
    const result = m.match(`New issue: ${dabiq.text ?? dabiq.terms!.join(' ')} out today`);
    const refs = contextRefsOf(result).filter((r) => r.id === 'ctx-dabiq');
    expect(refs.map((r) => r.packId).sort()).toEqual(['org.example.other', 'org.example.research']);
    const entries = await h.getContexts(refs, contentSender(1));
    refs.forEach((r, i) => {
      const own = (r.packId === a.id ? a : b).contexts.find((c) => c.id === 'ctx-dabiq')!;
      expect(entries[i]?.claimReviewed).toBe(own.claimReviewed);
    });
  });

  it('options-page messages are refused from a content script', async () => {
    const { h } = await setup();
    await expect(h.removePack('org.example.research', contentSender(1))).rejects.toThrow(/only accepted from Firebreak’s own pages/);
    await expect(h.importPack({ text: packText(userPack()) }, contentSender(1))).rejects.toThrow(/only accepted/);
    await expect(h.listReports(undefined, { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' })).rejects.toThrow(/only accepted/);
  });
});

describe('trusted keys', () => {
  it('lists the built-in key, adds and removes user keys, and keeps the built-in one', async () => {
    const { h, signer } = await setup();
    expect(await h.listTrustedKeys(undefined, EXT_PAGE)).toEqual([{ ...signer.key, builtIn: true }]);
    const other = await makeSigner('Research group');
    const added = await h.trustKey({ label: 'Research group', publicKeyB64: other.key.publicKeyB64 }, EXT_PAGE);
    expect(added).toEqual({ ...other.key, builtIn: false });
    // The same key again, under another label: nothing added, and the reply says so (with the label it has).
    expect(await h.trustKey({ label: 'Other name', publicKeyB64: other.key.publicKeyB64 }, EXT_PAGE)).toEqual({ ...other.key, builtIn: false, alreadyTrusted: true });
    expect(await h.trustKey({ label: 'Mine', publicKeyB64: signer.key.publicKeyB64 }, EXT_PAGE)).toMatchObject({ id: signer.key.id, builtIn: true, alreadyTrusted: true });
    expect(await h.listTrustedKeys(undefined, EXT_PAGE)).toHaveLength(2);
    await expect(h.trustKey({ label: 'x', publicKeyB64: 'bm90IGEga2V5' }, EXT_PAGE)).rejects.toThrow(/not an Ed25519 public key/);
    await expect(h.untrustKey(signer.key.id, EXT_PAGE)).rejects.toThrow(/cannot be removed/);
    await h.untrustKey(other.key.id, EXT_PAGE);
    expect((await h.listTrustedKeys(undefined, EXT_PAGE)).map((k) => k.id)).toEqual([signer.key.id]);
  });
});

describe('subscriptions', () => {
  const URL_ = 'https://packs.example.org/research/pack.json';

  async function subscribed() {
    const hs = await setup();
    const v1 = packText(userPack('1.0.0'));
    hs.server.set(URL_, v1);
    hs.server.set(`${URL_}.sig`, await hs.signer.sign(v1));
    const summary = await hs.h.addSubscription(URL_, EXT_PAGE);
    expect(summary).toMatchObject({ id: 'org.example.research', version: '1.0.0', subscription: { url: URL_, lastError: null } });
    return hs;
  }

  it('fetches without credentials, revalidating, and installs a signed pack', async () => {
    const { server } = await subscribed();
    expect(server.requests.map((r) => r.url)).toEqual([URL_, `${URL_}.sig`]);
    for (const r of server.requests) expect(r.init).toMatchObject({ credentials: 'omit', cache: 'no-cache' });
  });

  it('a server that never answers: the update gives up after the deadline, says so in the interface language, and changes nothing', async () => {
    const { h, server } = await subscribed();
    server.silent.add(URL_);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'fr' } });
    const res = await h.updatePack('org.example.research', EXT_PAGE);
    expect(res).toMatchObject({ ok: false, version: '1.0.0' });
    expect(res.message).toBe('Le serveur n’a pas envoyé le pack en 2 secondes. Rien n’a été modifié.');
    const listed = (await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === 'org.example.research');
    expect(listed?.subscription?.lastError).toBe(res.message);
  });

  it('a pack removed while its update downloads stays removed, and a pack switched off meanwhile stays off', async () => {
    const { h, server, signer } = await subscribed();
    const v2 = packText(userPack('2.0.0', [{ ...P_AMAQ, id: 'u-amaq-v2' }]));
    server.set(URL_, v2);
    server.set(`${URL_}.sig`, await signer.sign(v2));
    server.slow.set(URL_, 300);
    const updating = h.updatePack('org.example.research', EXT_PAGE);
    await new Promise((r) => setTimeout(r, 50));
    await h.removePack('org.example.research', EXT_PAGE);
    const res = await updating;
    expect(res).toMatchObject({ ok: false, message: 'This pack is no longer installed (it may have been removed in another tab).' });
    expect((await h.listPacks(undefined, EXT_PAGE)).map((p) => p.id)).not.toContain('org.example.research');
    const m = await servedMatcher(h, await h.getSnapshot(undefined, contentSender(1)));
    expect(m.match('a statement of Amaq News Agency').patterns.map((p) => p.packId)).not.toContain('org.example.research');

    // Subscribed again at 1.0.0, switched off while 2.0.0 downloads: updated, and still off.
    const v1 = packText(userPack('1.0.0'));
    server.set(URL_, v1);
    server.set(`${URL_}.sig`, await signer.sign(v1));
    server.slow.delete(URL_);
    await h.addSubscription(URL_, EXT_PAGE);
    server.set(URL_, v2);
    server.set(`${URL_}.sig`, await signer.sign(v2));
    server.slow.set(URL_, 300);
    const again = h.updatePack('org.example.research', EXT_PAGE);
    await new Promise((r) => setTimeout(r, 50));
    await h.setPackEnabled({ id: 'org.example.research', enabled: false }, EXT_PAGE);
    expect(await again).toMatchObject({ ok: true, version: '2.0.0' });
    expect((await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === 'org.example.research')).toMatchObject({ version: '2.0.0', enabled: false });
  });

  it('the pack and its signature share one deadline (Firefox drops the page\'s message at 30 s): each in time, both too slow', async () => {
    const { h, server, signer } = await subscribed();
    const v2 = packText(userPack('2.0.0'));
    server.set(URL_, v2);
    server.set(`${URL_}.sig`, await signer.sign(v2));
    // 1 s each against a 1.5 s deadline for the whole update.
    server.slow.set(URL_, 1000);
    server.slow.set(`${URL_}.sig`, 1000);
    const res = await h.updatePack('org.example.research', EXT_PAGE);
    expect(res).toMatchObject({ ok: false, version: '1.0.0' });
    expect(res.message).toMatch(/did not send the signature within 2 seconds/);
  });

  it('refuses an http address and an unsigned pack', async () => {
    const { h, server } = await setup();
    await expect(h.addSubscription('http://packs.example.org/pack.json', EXT_PAGE)).rejects.toThrow(/https/);
    server.set(URL_, packText(userPack()));
    await expect(h.addSubscription(URL_, EXT_PAGE)).rejects.toThrow(/not signed/);
    expect((await h.listPacks(undefined, EXT_PAGE)).map((p) => p.id)).toEqual([DEFAULT_PACK_ID, CUSTOM_PACK_ID]);
  });

  it('updatePack refuses unsigned, wrongly signed and lower versions, changing no pattern', async () => {
    const { h, db, server, signer } = await subscribed();
    const patterns = async () => (await listPatternRecords(db, 'org.example.research')).map((r) => r.id);
    const before = await patterns();
    const version = async () => (await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === 'org.example.research')?.version;
    const v2 = packText(userPack('2.0.0', [{ ...P_AMAQ, id: 'u-amaq-v2' }]));
    const snapBefore = (await h.getSnapshot(undefined, contentSender(1))).version;

    // Unsigned.
    server.set(URL_, v2);
    server.set(`${URL_}.sig`, null);
    let res = await h.updatePack('org.example.research', EXT_PAGE);
    expect(res).toMatchObject({ ok: false, version: '1.0.0' });
    expect(res.message).toMatch(/not signed.*Nothing was changed/);
    // Wrongly signed (signature of other bytes).
    server.set(`${URL_}.sig`, await signer.sign(v2.replace('2.0.0', '2.0.1')));
    res = await h.updatePack('org.example.research', EXT_PAGE);
    expect(res.ok).toBe(false);
    expect(res.message).toMatch(/signature does not match/);
    // Signed by a key Firebreak does not trust.
    const stranger = await makeSigner('Stranger');
    server.set(`${URL_}.sig`, await stranger.sign(v2));
    expect((await h.updatePack('org.example.research', EXT_PAGE)).ok).toBe(false);
    // Lower version, correctly signed.
    const v0 = packText(userPack('0.9.0', [{ ...P_AMAQ, id: 'u-old' }]));
    server.set(URL_, v0);
    server.set(`${URL_}.sig`, await signer.sign(v0));
    res = await h.updatePack('org.example.research', EXT_PAGE);
    expect(res.ok).toBe(false);
    expect(res.message).toMatch(/older than the installed 1\.0\.0; nothing was changed/);

    expect(await patterns()).toEqual(before);
    expect(await version()).toBe('1.0.0');
    expect((await h.getSnapshot(undefined, contentSender(1))).version).toBe(snapBefore);
    const sub = (await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === 'org.example.research')?.subscription;
    expect(sub?.lastError).toMatch(/older than/);

    // Same version: nothing to do.
    const v1 = packText(userPack('1.0.0'));
    server.set(URL_, v1);
    server.set(`${URL_}.sig`, await signer.sign(v1));
    expect(await h.updatePack('org.example.research', EXT_PAGE)).toEqual({ ok: true, message: 'Already up to date (version 1.0.0).', version: '1.0.0' });

    // A newer signed version is installed and the snapshot rebuilt.
    server.set(URL_, v2);
    server.set(`${URL_}.sig`, await signer.sign(v2));
    expect(await h.updatePack('org.example.research', EXT_PAGE)).toEqual({ ok: true, message: 'Updated to version 2.0.0.', version: '2.0.0', updated: true });
    expect(await patterns()).toEqual(['u-amaq-v2']);
    expect((await h.getSnapshot(undefined, contentSender(1))).version).not.toBe(snapBefore);
    expect((await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === 'org.example.research')?.subscription?.lastError).toBeNull();
  });

  it("a subscribed pack stays with the key that signed it: another trusted key's version is refused on update and on subscribing again, and nothing changes", async () => {
    const { h, server, signer } = await subscribed();
    const other = await makeSigner('Research group');
    await h.trustKey({ label: 'Research group', publicKeyB64: other.key.publicKeyB64 }, EXT_PAGE);
    const v2 = packText(userPack('2.0.0', [{ ...P_AMAQ, id: 'u-taken-over' }]));
    server.set(URL_, v2);
    server.set(`${URL_}.sig`, await other.sign(v2));
    const said =
      'This version is signed with another key (Research group) than the installed one (Firebreak default pack); nothing was changed. To follow this publisher instead, remove the pack, then subscribe again.';
    expect(await h.updatePack('org.example.research', EXT_PAGE)).toEqual({ ok: false, message: said, version: '1.0.0' });
    const listed = async () => (await h.listPacks(undefined, EXT_PAGE)).find((p) => p.id === 'org.example.research');
    expect(await listed()).toMatchObject({ version: '1.0.0', subscription: { lastError: said } });
    const elsewhere = 'https://mirror.example.net/pack.json';
    server.set(elsewhere, v2);
    server.set(`${elsewhere}.sig`, await other.sign(v2));
    await expect(h.addSubscription(elsewhere, EXT_PAGE)).rejects.toThrow(said);
    expect((await listed())?.version).toBe('1.0.0');
    // The installed pack's own key still updates it.
    server.set(`${URL_}.sig`, await signer.sign(v2));
    expect(await h.updatePack('org.example.research', EXT_PAGE)).toMatchObject({ ok: true, version: '2.0.0', updated: true });
  });

  it('a download is cut off at the size limit as it arrives, whatever length the server declares (none here)', async () => {
    const chunk = new Uint8Array(64 * 1024);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    expect(await readAtMost(new Response(endless), 1024 * 1024)).toBeNull();
    expect(pulled).toBeLessThanOrEqual(20);
    // Within the limit, every byte in order.
    const parts = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of parts) controller.enqueue(p);
        controller.close();
      },
    });
    expect(Array.from((await readAtMost(new Response(body), 5))!)).toEqual([1, 2, 3, 4, 5]);
    expect(await readAtMost(new Response('123456'), 5)).toBeNull();
  });

  it('subscription messages follow the interface language (French, Arabic)', async () => {
    const { h, server, signer } = await subscribed();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'fr' } });
    await expect(h.addSubscription('http://packs.example.org/pack.json', EXT_PAGE)).rejects.toThrow('Un pack ne peut être suivi qu’à une adresse https://.');
    const v2 = packText(userPack('2.0.0', [{ ...P_AMAQ, id: 'u-amaq-v2' }]));
    server.set(URL_, v2);
    server.set(`${URL_}.sig`, null);
    let res = await h.updatePack('org.example.research', EXT_PAGE);
    expect(res.message).toBe('Ce pack n’est pas signé (pas de pack.json.sig à côté)\u202f; un pack non signé ne peut pas être suivi. Rien n’a été modifié.');
    server.set(`${URL_}.sig`, await signer.sign(v2.replace('2.0.0', '2.0.1')));
    res = await h.updatePack('org.example.research', EXT_PAGE);
    expect(res.message).toMatch(/^La signature ne correspond pas au pack/);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLang: 'ar' } });
    server.set(`${URL_}.sig`, await signer.sign(v2));
    expect(await h.updatePack('org.example.research', EXT_PAGE)).toEqual({ ok: true, message: 'حُدّثت إلى الإصدار 2.0.0.', version: '2.0.0', updated: true });
  });

  it('the update alarm follows the settings when the permission is granted, and updates on it', async () => {
    const { bg, server, signer } = await subscribed();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, updateSchedule: { enabled: true, everyHours: 12 } } });
    await bg.onStorageChanged({ [SETTINGS_KEY]: {} }, 'local');
    expect((await fakeBrowser.alarms.get(UPDATE_ALARM))?.periodInMinutes).toBe(720);
    const v3 = packText(userPack('3.0.0'));
    server.set(URL_, v3);
    server.set(`${URL_}.sig`, await signer.sign(v3));
    await bg.onAlarm({ name: UPDATE_ALARM });
    expect((await bg.packs.summary('org.example.research'))?.version).toBe('3.0.0');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    await bg.onStorageChanged({ [SETTINGS_KEY]: {} }, 'local');
    expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toBeUndefined();
  });
});

describe('side panel', () => {
  it('openSidePanel calls sidePanel.open synchronously with the sender’s tab', async () => {
    const { h, sidePanel } = await setup({ sidePanel: true });
    const ret = h.openSidePanel(undefined, contentSender(5));
    // Before any await: both calls were already made.
    expect(sidePanel.calls).toEqual(['setOptions:5:true', 'open:5']);
    await ret;
  });

  it('does nothing (and no error) without Chrome’s sidePanel, as in Firefox', async () => {
    const { h } = await setup({ sidePanel: false });
    expect(h.openSidePanel(undefined, contentSender(5))).toBeUndefined();
  });

  it('on startup the panel is off globally and on for the social sites’ tabs', async () => {
    const { bg, sidePanel } = await setup({ sidePanel: true });
    await bg.onStartup();
    expect(sidePanel.calls).toEqual(['setPanelBehavior', 'setOptions:global:false', 'setOptions:1:true', 'setOptions:2:true', 'setOptions:3:true']);
  });
});

describe('report log', () => {
  it('logs a report, lists, removes and clears', async () => {
    const { h } = await setup();
    const p = post('1855000000000000009', 'Amaq News Agency claims the attack');
    const result: MatchResult = { flagged: true, severity: 'high', patterns: [], categories: [], contextIds: [], spans: [] };
    const bundle = await buildEvidence(p, result, 'https://x.com/home', new Date('2026-11-28T11:59:00.000Z'));
    const entry = await h.logReport({ destinationId: 'fr-pharos', bundle }, contentSender(1));
    expect(entry).toMatchObject({ destinationId: 'fr-pharos', platform: 'x', permalink: p.url, at: '2026-11-28T12:00:00.000Z', bundle });
    expect(await h.listReports(undefined, EXT_PAGE)).toEqual([entry]);
    await expect(h.logReport({ destinationId: 'https://evil.example/', bundle }, contentSender(1))).rejects.toThrow(/Unknown report destination/);
    await h.removeReport(entry.id, EXT_PAGE);
    expect(await h.listReports(undefined, EXT_PAGE)).toEqual([]);
    await h.logReport({ destinationId: 'x-help', bundle }, contentSender(1));
    await h.clearReports(undefined, EXT_PAGE);
    expect(await h.listReports(undefined, EXT_PAGE)).toEqual([]);
    // A bundle without an author (a post whose header was not found) is logged with an empty name, which the
    // options page's log shows as unknown, rather than an entry that breaks the log.
    const { author: _omitted, ...noAuthor } = bundle;
    const bare = await h.logReport({ destinationId: 'fr-pharos', bundle: { ...noAuthor, permalink: 42 } as never }, contentSender(1));
    expect(bare).toMatchObject({ author: { name: '', handle: null, profileUrl: null }, permalink: null });
  });

  it('openReportPage opens only destinations from the shipped list', async () => {
    const { h } = await setup();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await h.openReportPage('fr-pharos', contentSender(1))).toBe(true);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/^https:\/\//), active: true }));
    expect(await h.openReportPage('https://evil.example/', contentSender(1))).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('wiring (startBackground)', () => {
  afterEach(() => {
    removeAllListeners();
    vi.unstubAllGlobals();
  });

  it('routes runtime messages to the handlers, synchronously for openSidePanel, and listens to tab events', async () => {
    vi.stubGlobal('chrome', fakeBrowser); // @webext-core/messaging listens on chrome.runtime.onMessage
    const hs = await setup({ sidePanel: true });
    startBackground(hs.env);
    const msg = (type: string, data?: unknown) => ({ id: 1, type, data, timestamp: Date.now() });
    const responses: unknown[] = [];

    const pending = fakeBrowser.runtime.onMessage.trigger(msg('openSidePanel'), contentSender(5) as never, (r) => responses.push(r));
    expect(hs.sidePanel.calls).toEqual(['setOptions:5:true', 'open:5']); // before any await
    await pending;

    const snapshot = await new Promise<{ res?: { version: string } }>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(msg('getSnapshot'), contentSender(1) as never, resolve as never);
    });
    expect(snapshot.res?.version).toMatch(/^[0-9a-f]{24}$/);

    const refused = await new Promise<{ err?: { message: string } }>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(msg('removePack', 'org.firebreak.default'), contentSender(1) as never, resolve as never);
    });
    expect(refused.err?.message).toMatch(/only accepted/);

    await new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(msg('tabReport', report([flaggedPost('1', 'high')])), contentSender(12) as never, resolve as never);
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('1');
    await fakeBrowser.tabs.onRemoved.trigger(12, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await createBackground(hs.env).tabs.get(12)).toBeNull());
  });
});
