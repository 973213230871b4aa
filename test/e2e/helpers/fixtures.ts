// The fixture side of the e2e tests: the HTTPS fixture server, the pages expected.json describes, URLs to open them
// (with a unique marker so a tab can be found by URL, and an explicit theme so the theme cookie never leaks between
// tests), and an oracle built from the shipped default pack with the same core library (what the panel should show
// for a post: its context entries and the highlighted words).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server';
import { expectedPages, type ExpectedPage, type ExpectedPost } from '../../fixtures/sites/load';
import { compileMatcher, type Matcher } from '../../../lib/match/matcher';
import { packToMatcherPatterns } from '../../../lib/pack/to-matcher';
import { parsePack } from '../../../lib/pack/validate';
import type { Pack } from '../../../lib/pack/schema';
import { mergedSpans, resultSpans } from '../../../lib/ui/highlight';
import { pickLang } from '../../../lib/ui/format';
import type { E2EBrowser, E2EPage } from './browsers';
import { until } from './wait';
import { afterAll, beforeAll } from 'vitest';

export type { ExpectedPage, ExpectedPost, FixtureServer };
export { startFixtureServer };

export const PAGES: readonly ExpectedPage[] = expectedPages();

/** Starts the HTTPS fixture server before the file's tests and closes it after them; returns a getter for it. */
export function useFixtureServer(): () => FixtureServer {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('The fixture server has not started.');
    return server;
  };
}

export function page(site: 'x' | 'facebook', key: string): ExpectedPage {
  const p = PAGES.find((x) => x.site === site && x.key === key);
  if (!p) throw new Error(`No fixture page ${site}/${key} in expected.json`);
  return p;
}

let seq = 0;

/** URL of a fixture page with a unique `e2e` marker and an explicit theme (light unless given). */
export function fixtureUrl(p: Pick<ExpectedPage, 'url'>, opts: { theme?: 'light' | 'dark' | 'dim' } = {}): string {
  const u = new URL(p.url);
  u.searchParams.set('theme', opts.theme ?? 'light');
  u.searchParams.set('e2e', String(++seq));
  return u.href;
}

/** Posts of a page that Firebreak should flag. */
export function flaggedPosts(p: ExpectedPage): ExpectedPost[] {
  return p.posts.filter((x) => x.flagged);
}

/** Opens a fixture page in a new tab, waits for its script (`__fixture.ready`) and turns infinite scroll off. */
export async function openFixture(b: E2EBrowser, p: ExpectedPage, opts: { theme?: 'light' | 'dark' | 'dim' } = {}): Promise<E2EPage> {
  const tab = await b.newPage();
  try {
    await tab.goto(fixtureUrl(p, opts));
    await until(`__fixture.ready on ${p.url}`, () => tab.probe<boolean>('fixtureReady'), Boolean, { timeout: 15_000 });
    // Clicks scroll posts into view; appended posts would change the counts the tests assert.
    await tab.evaluate(() => (window as unknown as { __fixture: { setAutoAppend(on: boolean): void } }).__fixture.setAutoAppend(false));
    await tab.bringToFront();
    return tab;
  } catch (error) {
    await tab.close().catch(() => {});
    throw error;
  }
}

// ---- oracle: the default pack, matched in Node --------------------------------------------------------------------

const DEFAULT_PACK_PATH = fileURLToPath(new URL('../../../public/packs/default.json', import.meta.url));

let cached: { pack: Pack; matcher: Matcher } | null = null;

export function defaultPack(): { pack: Pack; matcher: Matcher } {
  if (cached) return cached;
  const r = parsePack(new Uint8Array(readFileSync(DEFAULT_PACK_PATH)));
  if (!r.ok) throw new Error(`default pack does not validate: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  cached = { pack: r.pack, matcher: compileMatcher(packToMatcherPatterns(r.pack)) };
  return cached;
}

export interface PanelExpectation {
  severity: string | null;
  /** The claim of each context entry in the interface language (else claimReviewed), in the order the panel lists them. */
  claims: string[];
  /** English verdict labels. */
  verdicts: string[];
  /** Highlighted words: the merged matched spans of the post's text. */
  marks: string[];
}

/** What the in-page panel should show for a post's text (English interface, default pack). */
export function expectedPanel(text: string, lang: 'en' | 'fr' | 'ar' = 'en'): PanelExpectation {
  const { pack, matcher } = defaultPack();
  const result = matcher.match(text);
  const byId = new Map(pack.contexts.map((c) => [c.id, c]));
  const ctx = result.contextIds.map((id) => byId.get(id)).filter((c): c is NonNullable<typeof c> => !!c);
  return {
    severity: result.severity,
    claims: ctx.map((c) => pickLang(c.claim, lang)?.value ?? c.claimReviewed),
    verdicts: ctx.map((c) => (c.verdictLabel as Record<string, string> | undefined)?.[lang] ?? c.reviewRating.alternateName),
    marks: mergedSpans(text, resultSpans(result)).map((s) => text.slice(s.start, s.end)),
  };
}
