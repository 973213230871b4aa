// The page bench's floor: the least that any extension marking posts does on the X fixture, written out as a
// throwaway MV3 extension (a manifest, an empty service worker, one content script). Its content script watches the
// page for added elements, reads the text of each post once (the `textContent` of its text block) and writes one
// attribute on the post: no matching, no messaging, no badge, no panel. The page bench runs it in launches of its own
// beside Firebreak's and the page's own, so the scripting ratio of a content script that merely reads and marks
// every post is measured in the same minutes as Firebreak's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The floor's content script. It marks with `data-firebreak`, the attribute the bench's page instrument waits for, so
 * insertion → mark and "every post marked" read the same way as for Firebreak.
 */
const CONTENT_SCRIPT = `(() => {
  const POST = 'article[data-testid="tweet"]';
  const TEXT = '[data-testid="tweetText"]';
  const mark = (post) => {
    if (post.hasAttribute('data-firebreak')) return;
    const block = post.querySelector(TEXT);
    const text = block === null ? '' : block.textContent;
    post.setAttribute('data-firebreak', text.length > 0 ? 'clear' : 'empty');
  };
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        if (n.matches(POST)) mark(n);
        else if (n.firstElementChild !== null) for (const p of n.querySelectorAll(POST)) mark(p);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  for (const p of document.querySelectorAll(POST)) mark(p);
})();
`;

/** Writes the floor extension to a temporary directory; `remove` deletes it. */
export function writeFloorExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'firebreak-bench-floor-'));
  mkdirSync(path.join(dir, 'content-scripts'));
  const manifest = {
    manifest_version: 3,
    name: 'Firebreak bench floor',
    version: '1.0.0',
    description: 'Reads and marks each post of the X fixture; nothing else (the page bench floor).',
    background: { service_worker: 'background.js' },
    host_permissions: ['https://x.com/*'],
    content_scripts: [{ matches: ['https://x.com/*'], js: ['content-scripts/floor.js'], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'background.js'), '// The floor has no background work; the harness waits for a worker.\n');
  writeFileSync(path.join(dir, 'content-scripts', 'floor.js'), CONTENT_SCRIPT);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}
