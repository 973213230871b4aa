// What the e2e tests do again and again, in the words of the user: wait until a page is marked as expected.json says,
// open a post's panel by mouse or keyboard, close it, read the toolbar badge, change a setting.
import { expect } from 'vitest';
import type { E2EBrowser, E2EPage, ExtApi } from './browsers';
import { expectedPanel, type ExpectedPage, type ExpectedPost } from './fixtures';
import type { FocusInfo, MarkInfo, PanelInfo } from './probes';
import { until } from './wait';
import { SEVERITY_COLOURS } from '../../../lib/ui/severity-look';

export type { FocusInfo, MarkInfo, PanelInfo };

const SEVERITIES = ['high', 'medium', 'low'];
/** The badge button's background per severity (lib/ui/severity-look.ts, light colours), as computed styles give it. */
const SEVERITY_BACKGROUND: Record<string, string> = Object.fromEntries(
  Object.entries(SEVERITY_COLOURS.light).map(([severity, hex]) => {
    const n = parseInt(hex.slice(1), 16);
    return [severity, `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`];
  }),
);

export function label(p: Pick<ExpectedPage, 'site' | 'path'>): string {
  return `${p.site === 'x' ? 'X' : 'Facebook'} ${p.path}`;
}

function describePost(post: PostRef): string {
  return `post ${post.id} by ${post.author.name}${post.note ? ` (${post.note})` : ''}`;
}

/** A post as the mark checks need it (expected.json's, or one the fixture made while the test ran). */
export interface PostRef {
  id: string;
  flagged: boolean;
  note?: string;
  author: { name: string };
}

/** Differences between the page's marks and what the posts should get; empty when the page is right. */
export function markDiff(marks: MarkInfo[], posts: readonly PostRef[]): string[] {
  const out: string[] = [];
  const byId = new Map<string, MarkInfo[]>();
  for (const m of marks) {
    if (m.id === null) {
      out.push(`a marked container the fixture does not know (data-firebreak-id=${m.fbId}, ${m.state})`);
      continue;
    }
    byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  }
  const ids = new Set(posts.map((p) => p.id));
  for (const post of posts) {
    const found = byId.get(post.id) ?? [];
    const want = post.flagged ? 'flagged' : 'clear';
    if (found.length === 0) out.push(`${describePost(post)}: not marked (expected data-firebreak="${want}")`);
    else if (found.length > 1) out.push(`${describePost(post)}: ${found.length} containers carry its marks`);
    else if (found[0]!.state !== want) out.push(`${describePost(post)}: data-firebreak="${found[0]!.state}", expected "${want}"`);
  }
  for (const [id, ms] of byId) if (!ids.has(id)) out.push(`post ${id} is marked (${ms.map((m) => m.state).join(', ')}) but not expected on this page`);
  return out;
}

/** Waits until every post of the list carries the expected mark (and nothing else is marked); fails with a diff. */
export async function waitForMarks(
  tab: E2EPage,
  where: string,
  posts: readonly PostRef[],
  timeout = 15_000,
): Promise<MarkInfo[]> {
  let last: MarkInfo[] = [];
  try {
    return await until(
      `${where}: every post marked`,
      async () => (last = await tab.probe<MarkInfo[]>('marks')),
      (marks) => markDiff(marks, posts).length === 0,
      { timeout },
    );
  } catch {
    const diag = await tab.probe('diag').catch((e: unknown) => String(e));
    throw new Error(
      `${where}: the marks are not what the fixture expects after ${timeout} ms:\n  - ${markDiff(last, posts).join('\n  - ')}\n` +
        `  page: ${JSON.stringify(diag)}`,
    );
  }
}

/** The design's contract for one flagged or clear container (severity, one badge with an open shadow root…). */
export function expectMarkContract(m: MarkInfo, where: string): void {
  const what = `${where}: post ${m.id}`;
  if (m.state === 'flagged') {
    expect(SEVERITIES, `${what}: data-firebreak-severity`).toContain(m.severity);
    expect(m.badges.length, `${what}: exactly one <firebreak-badge>`).toBe(1);
    const badge = m.badges[0]!;
    expect(badge.open, `${what}: the badge's shadow root is open`).toBe(true);
    expect(badge.buttons, `${what}: one <button> in the badge`).toBe(1);
    expect(badge.name.length, `${what}: the badge button has an accessible name`).toBeGreaterThan(3);
    // The badge's own stylesheet applies (shared by every badge where the engine lets a content script do so).
    expect(badge.background, `${what}: the badge wears its severity's colour`).toBe(SEVERITY_BACKGROUND[m.severity ?? '']);
  } else {
    expect(m.state, `${what}: data-firebreak`).toBe('clear');
    expect(m.severity, `${what}: no severity on a clear post`).toBeNull();
    expect(m.badges.length, `${what}: no badge on a clear post`).toBe(0);
  }
}

export async function markOf(tab: E2EPage, id: string): Promise<MarkInfo | null> {
  return tab.probe<MarkInfo | null>('markOf', id);
}

export async function panelOf(tab: E2EPage): Promise<PanelInfo | null> {
  return tab.probe<PanelInfo | null>('panel');
}

export type OpenHow = 'click' | 'Enter' | 'Space';

/** Opens a post's panel from its badge: a mouse click, or focus on the badge button then Enter or Space. */
export async function openPanel(tab: E2EPage, id: string, how: OpenHow, where: string): Promise<PanelInfo> {
  if (how === 'click') {
    await tab.clickProbe('badgeButton', id, `${where}: the badge of post ${id}`);
  } else {
    const h = await tab.probeHandle('badgeButton', id);
    if (!h) throw new Error(`${where}: post ${id} has no badge button`);
    try {
      await h.focus();
    } finally {
      await h.dispose();
    }
    const focus = await tab.probe<FocusInfo>('focus');
    expect(focus.badgeOf, `${where}: focus on the badge button of post ${id} before pressing ${how}`).toBe(id);
    await tab.press(how);
  }
  const panel = await until(`${where}: the panel of post ${id} to open (${how})`, () => panelOf(tab), (p) => !!p && p.open);
  return panel!;
}

/** Esc closes the panel and gives focus back to the badge button. */
export async function closePanelWithEsc(tab: E2EPage, id: string, where: string): Promise<void> {
  // The panel takes focus once it has rendered; a user presses Esc after seeing it.
  await until(`${where}: focus inside the panel of post ${id}`, () => tab.probe<FocusInfo>('focus'), (f) => f.inPanel);
  await tab.press('Escape');
  await until(`${where}: Esc to close the panel of post ${id}`, () => panelOf(tab), (p) => p === null);
  const focus = await until(`${where}: focus back on the badge of post ${id}`, () => tab.probe<FocusInfo>('focus'), (f) => f.badgeOf === id);
  expect(focus.badgeOf).toBe(id);
}

/** The panel shows the post's context (claim, verdict) and highlights exactly the matched words. */
export function expectPanelContext(panel: PanelInfo, post: Pick<ExpectedPost, 'id' | 'text'>, where: string, lang: 'en' | 'fr' | 'ar' = 'en'): void {
  const want = expectedPanel(post.text, lang);
  const what = `${where}: panel of post ${post.id}`;
  expect(panel.visible, `${what} is visible`).toBe(true);
  expect(panel.role, `${what} is a dialog`).toBe('dialog');
  expect(panel.fitsViewport, `${what} fits the window (its content scrolls inside it)`).toBe(true);
  expect(panel.side, `${what} is against the end edge of the page (left to right on every fixture)`).toBe('right');
  expect(want.claims.length, `${where}: the oracle finds context for post ${post.id}`).toBeGreaterThan(0);
  expect(panel.claims, `${what}: claims reviewed`).toEqual(want.claims);
  expect(panel.verdicts, `${what}: verdicts`).toEqual(want.verdicts);
  expect(panel.claimsVisible, `${what}: the claims are visible`).toBe(true);
  expect(
    panel.marks.map((m) => m.text),
    `${what}: highlighted words`,
  ).toEqual(want.marks);
  for (const m of panel.marks) {
    expect(post.text.slice(m.start, m.end), `${what}: <mark> ${JSON.stringify(m.text)} sits at its place in the post`).toBe(m.text);
  }
}

/** Waits until the toolbar button's badge shows `want` for the tab. */
export async function expectToolbarBadge(b: E2EBrowser, tabId: number, want: string, where: string): Promise<void> {
  await until(`${where}: toolbar badge text ${JSON.stringify(want)}`, () => b.badgeText(tabId), (t) => t === want);
}

/** Merges a change into the stored settings ('firebreak.settings' in storage.local), as the options page does. */
export async function setSettings(b: E2EBrowser, patch: Record<string, unknown>): Promise<void> {
  await b.extEval(async (p: Record<string, unknown>) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
    const api = (g.browser ?? g.chrome) as ExtApi;
    const key = 'firebreak.settings';
    const cur = ((await api.storage.local.get(key))[key] ?? {}) as Record<string, unknown>;
    const next: Record<string, unknown> = { ...cur, ...p };
    if (p.sites && typeof p.sites === 'object') next.sites = { ...((cur.sites as object) ?? {}), ...(p.sites as object) };
    await api.storage.local.set({ [key]: next });
  }, patch);
}

/** The popup's "Posts checked" and "Flagged" numbers, or null while it shows no stats. */
export async function popupStats(popup: E2EPage): Promise<{ checked: number; flagged: number } | null> {
  return popup.evaluate(() => {
    const dds = Array.from(document.querySelectorAll('.fb-stats dd'), (d) => Number((d.textContent ?? '').replace(/[^\d]/g, '')));
    return dds.length === 2 ? { checked: dds[0]!, flagged: dds[1]! } : null;
  });
}

/** Post ids the side panel lists (data-post-id of its items). */
export async function sidePanelIds(panel: E2EPage): Promise<string[]> {
  return panel.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-post-id]'), (e) => e.dataset.postId ?? ''));
}
