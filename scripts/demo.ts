// `npm run demo`: builds the Chrome extension, serves the saved X and Facebook fixture pages over HTTPS at their real
// host names, opens Chromium with Firebreak loaded (a window when a display exists, headless otherwise), scrolls
// both feeds and opens a Facebook video's and a reel's page, opens the panel on each flagged post and prints the
// words it highlights, and saves screenshots of the first flagged post of each page and its panel.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/e2e/harness/chromium';
import { CHROMIUM_PATH, requireBrowser } from '../test/e2e/harness/extension';
import { startFixtureServer } from '../test/fixtures/server';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'demo-output');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

const FEEDS = [
  { name: 'x-home', url: 'https://x.com/home' },
  { name: 'x-search', url: 'https://x.com/search?q=dabiq&src=typed_query&f=live' },
  { name: 'x-post', url: 'https://x.com/ansar_x_0216/status/1993776202834477056' },
  { name: 'facebook-feed', url: 'https://www.facebook.com/' },
  { name: 'facebook-group', url: 'https://www.facebook.com/groups/451236789012345' },
  {
    name: 'facebook-post',
    url: 'https://www.facebook.com/franceinfo/posts/pfbid0Fi2Nf4Oo6Pp8Qq1Rr3Ss5Tt7Uu9Vv2Ww4Xx6Yy8Zz1Aa3Bb5Cc7Dd9Ee2Ff4Ggl',
  },
  // A video's and a reel's own page: captions written as bare words, no message marker.
  { name: 'facebook-watch', url: 'https://www.facebook.com/watch/?v=1185623498765432' },
  { name: 'facebook-reel', url: 'https://www.facebook.com/reel/1029384756473829' },
];

type DemoPage = Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['newPage']>>;

/** Opens the panel on the page's nth flagged post and reads the words it highlights and the start of its excerpt. */
async function readPanel(page: DemoPage, nth: number): Promise<{ matched: string[]; excerpt: string } | null> {
  const opened = await page.evaluate((n) => {
    const el = document.querySelectorAll('[data-firebreak="flagged"]')[n];
    const button = el?.querySelector('firebreak-badge')?.shadowRoot?.querySelector('button');
    button?.click();
    return !!button;
  }, nth);
  if (!opened) return null;
  try {
    const handle = await page.waitForFunction(
      () => {
        const text = document.querySelector('firebreak-panel')?.shadowRoot?.querySelector('[role="dialog"] .fb-post-text');
        if (!text) return null;
        const matched = [...text.querySelectorAll('.fb-mark')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
        return { matched: [...new Set(matched)], excerpt: text.textContent!.replace(/\s+/g, ' ').trim().slice(0, 70) + '…' };
      },
      null,
      { timeout: 5_000 },
    );
    return (await handle.jsonValue()) as { matched: string[]; excerpt: string };
  } catch {
    return null;
  } finally {
    await page.keyboard.press('Escape');
    await page
      .waitForFunction(() => !document.querySelector('firebreak-panel')?.shadowRoot?.querySelector('[role="dialog"]'), null, {
        timeout: 2_000,
      })
      .catch(() => undefined);
  }
}

async function main(): Promise<number> {
  if (!requireBrowser(CHROMIUM_PATH)) {
    console.error(`Chromium is not installed at ${CHROMIUM_PATH}: run "apt-get install chromium" (Debian) first.`);
    return 1;
  }
  console.log('Building the extension (npm run build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) return build.status ?? 1;

  mkdirSync(outDir, { recursive: true });
  const server = await startFixtureServer({ port: 0 });
  const browser = await launchChromium({ extensionPath: path.join(root, '.output/chrome-mv3'), serverPort: server.port, headless });
  console.log(`Chromium ${headless ? '(headless)' : '(window)'} with Firebreak ${browser.extensionId}; fixtures on port ${server.port}`);
  let failures = 0;
  try {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    for (const feed of FEEDS) {
      const url = feed.url;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // Scroll the feed the way a reader does; the fixture appends posts near the bottom like the live sites.
      for (let i = 0; i < 6; i++) {
        await page.mouse.wheel(0, 900);
        await page.waitForTimeout(350);
      }
      await page.waitForFunction(() => document.querySelectorAll('[data-firebreak]').length > 0, null, { timeout: 15_000 });
      const found = await page.evaluate(() => {
        const all = [...document.querySelectorAll('[data-firebreak]')];
        return {
          scanned: all.length,
          flagged: all
            .filter((el) => el.getAttribute('data-firebreak') === 'flagged')
            .map((el) => ({ id: el.getAttribute('data-firebreak-id'), severity: el.getAttribute('data-firebreak-severity') })),
        };
      });
      console.log(`\n${feed.name} (${url}): ${found.scanned} posts scanned, ${found.flagged.length} flagged`);
      // What Firebreak read and matched in each flagged post, as its panel shows them (not a guess from the page).
      for (const [i, f] of found.flagged.entries()) {
        const read = await readPanel(page, i);
        const words = read ? read.matched.map((w) => `«${w}»`).join(', ') : '(the panel did not open)';
        console.log(`  [${f.severity}] ${f.id}: ${words}${read ? ` in “${read.excerpt}”` : ''}`);
      }
      const feedShot = path.join(outDir, `${feed.name}.png`);
      if (found.flagged.length > 0) {
        await page.evaluate(() => {
          const el = document.querySelector('[data-firebreak="flagged"]');
          el?.scrollIntoView({ block: 'center' });
        });
        await page.waitForTimeout(300);
        await page.screenshot({ path: feedShot });
        await page.evaluate(() => {
          const badge = document.querySelector('[data-firebreak="flagged"] firebreak-badge');
          badge?.shadowRoot?.querySelector('button')?.click();
        });
        await page.waitForFunction(() => !!document.querySelector('firebreak-panel')?.shadowRoot?.querySelector('[role="dialog"]'));
        await page.waitForTimeout(400);
        const panelShot = path.join(outDir, `${feed.name}-panel.png`);
        await page.screenshot({ path: panelShot });
        console.log(`  screenshots: ${path.relative(root, feedShot)}, ${path.relative(root, panelShot)}`);
        await page.keyboard.press('Escape');
      } else {
        await page.screenshot({ path: feedShot });
        console.log(`  screenshot: ${path.relative(root, feedShot)}`);
      }
    }
    if (browser.consoleErrors.length > 0) {
      failures++;
      console.error('\nErrors logged by the pages or the extension:\n  ' + browser.consoleErrors.join('\n  '));
    }
    console.log(`\nScreenshots are in ${outDir}`);
    if (!headless) {
      console.log('The browser stays open: browse https://x.com/home or https://www.facebook.com/, close the window to end.');
      await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
