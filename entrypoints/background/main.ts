// The real background environment: the polyfilled `browser`, the 'firebreak' IndexedDB database, fetch, the
// typed messenger and Chrome's sidePanel (absent in Firefox). Called synchronously by defineBackground's main.
import { browser, type PublicPath } from 'wxt/browser';
import { startBackground } from '../../lib/background';
import type { BackgroundEnv, BuiltInKey, SidePanelApi } from '../../lib/background/env';
import { parseBuiltInKeys } from '../../lib/background/keys-service';
import { sendToTab } from '../../lib/messages';
import { openFirebreakDB, type FirebreakDB } from '../../lib/store/db';

/** Shipped files (public/), read with fetch from the extension's own origin. */
export const DEFAULT_PACK_PATH = '/packs/default.json';
export const DEFAULT_KEYS_PATH = '/keys/default-publisher.json';

function extensionUrl(path: string): string {
  return browser.runtime.getURL(path as PublicPath);
}

async function readShipped(path: string): Promise<string | null> {
  try {
    const res = await fetch(extensionUrl(path), { cache: 'no-cache' });
    return res.ok ? await res.text() : null;
  } catch {
    // Not shipped in this build.
    return null;
  }
}

export function createEnv(): BackgroundEnv {
  let dbPromise: Promise<FirebreakDB> | null = null;
  const chromeGlobal = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome;
  return {
    browser,
    db() {
      dbPromise ??= openFirebreakDB({
        onClose: () => {
          dbPromise = null;
        },
      }).catch((err: unknown) => {
        dbPromise = null;
        throw err;
      });
      return dbPromise;
    },
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    sendToTab: (tabId, type, data) => sendToTab(browser.tabs, tabId, type, data),
    sidePanel: chromeGlobal?.sidePanel?.open ? chromeGlobal.sidePanel : null,
    async loadDefaultPack() {
      const text = await readShipped(DEFAULT_PACK_PATH);
      return text === null ? null : { text };
    },
    async loadBuiltInKeys(): Promise<BuiltInKey[]> {
      const text = await readShipped(DEFAULT_KEYS_PATH);
      if (text === null) return [];
      return parseBuiltInKeys(JSON.parse(text));
    },
    logError(context, err) {
      console.warn(`[Firebreak] ${context}:`, err);
    },
  };
}

/** Registers every listener synchronously; nothing is awaited here. */
export function main(): void {
  startBackground(createEnv());
}
