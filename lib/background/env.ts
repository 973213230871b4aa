// What the background services need from the outside world, injected so unit tests can run them with
// wxt's fakeBrowser, fake-indexeddb and a stubbed fetch. entrypoints/background/main.ts builds the real one.
import type { WxtBrowser } from 'wxt/browser';
import type { ProtocolMap } from '../messages';
import type { FirebreakDB } from '../store/db';
import type { StagingOptions } from '../store/staging';

/** The extension API object (`browser` from wxt/browser; fakeBrowser in tests). */
export type ExtBrowser = WxtBrowser;

/** Messages the background sends to a tab's content script. */
export type TabMessage = 'snapshotChanged' | 'showPost' | 'reportOnPlatform' | 'captureEvidence';

/** The part of Chrome's sidePanel API the background uses; null in Firefox (it has sidebarAction). */
export interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick?: boolean }): Promise<void>;
}

/** A pack file shipped in the extension. */
export interface ShippedPack {
  text: string;
}

/** A publisher key shipped in the extension. */
export interface BuiltInKey {
  id: string;
  label: string;
  publicKeyB64: string;
}

export interface BackgroundEnv {
  browser: ExtBrowser;
  /** The open database; opened on first use and reopened after the worker restarts. */
  db(): Promise<FirebreakDB>;
  fetch: typeof fetch;
  now(): Date;
  /** Sends a typed message to a tab's content script; rejects when the tab has none. */
  sendToTab<K extends TabMessage>(
    tabId: number,
    type: K,
    data: Parameters<ProtocolMap[K]>[0],
  ): Promise<ReturnType<ProtocolMap[K]>>;
  sidePanel: SidePanelApi | null;
  /** The default pack as shipped (public/packs/default.json). */
  loadDefaultPack(): Promise<ShippedPack | null>;
  /** Publisher keys shipped in the extension (public/keys/default-publisher.json); may be empty. */
  loadBuiltInKeys(): Promise<BuiltInKey[]>;
  /** Logs a background failure that has no caller to report to. */
  logError(context: string, err: unknown): void;
  /** Where extension pages stage pack files (lib/store/staging.ts); tests give each case its own database. */
  staging?: StagingOptions;
  /** How long a pack download may take (tests shorten it); FETCH_TIMEOUT_MS of subscriptions.ts by default. */
  fetchTimeoutMs?: number;
}
