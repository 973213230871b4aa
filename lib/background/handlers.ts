// Message handlers of the background (lib/messages.ts ProtocolMap), and their wiring to @webext-core/messaging
// and the browser events. Everything is registered synchronously when the worker starts, so an event that woke
// it is not missed. Messages that change packs, keys or logs are accepted from extension pages only; a content
// script may ask for the snapshot, contexts, its own tab's state, report its tab, and give feedback.
import { onMessage, type ProtocolMap } from '../messages';
import { siteForUrl } from '../sites/hosts';
import type { Background } from './background';
import type { BackgroundEnv, TabMessage } from './env';
import { openSidePanelNow, syncSidePanelForTab } from './side-panel';
import { alarmsApi, syncUpdateSchedule } from './schedule';
import { isQuotaError } from '../store/db';
import { getContextEntries, StoreError } from '../store/packs';
import { readUiLang, storeErrorText } from './ui-lang';
import { contextKey, type ContextRef } from '../types';

/** Messages the background answers. */
export type BackgroundMessage = Exclude<keyof ProtocolMap, TabMessage>;

/** What the handlers read from runtime.MessageSender. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Handler<K extends BackgroundMessage> = (
  data: Parameters<ProtocolMap[K]>[0],
  sender: Sender,
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

export type Handlers = { [K in BackgroundMessage]: Handler<K> };

/** Messages a content script may send. */
export const CONTENT_MESSAGES: ReadonlySet<BackgroundMessage> = new Set<BackgroundMessage>([
  'getSnapshot',
  'getSnapshotChunk',
  'getSnapshotMeta',
  'tabReport',
  'getContexts',
  'addFeedback',
  'removeFeedback',
  'openSidePanel',
  'logReport',
  'openReportPage',
  'getTabState',
]);

export const MAX_CONTEXT_IDS = 200;

/** True when the message comes from one of this extension's own pages (options, popup, side panel). */
export function isExtensionPage(env: BackgroundEnv, sender: Sender): boolean {
  if (sender.id !== undefined && sender.id !== env.browser.runtime.id) return false;
  const origin = env.browser.runtime.getURL('/' as never);
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

function forbidden(): Error {
  return new Error('This request is only accepted from Firebreak’s own pages.');
}

export function createHandlers(bg: Background): Handlers {
  const { env } = bg;
  const sidePanelTabs = new Set<number>();

  const handlers: Handlers = {
    getSnapshot: () => bg.snapshot.response(),
    getSnapshotChunk: (req) => bg.snapshot.chunk(String(req?.matcherVersion ?? ''), Number(req?.index)),
    getSnapshotMeta: (req) => bg.snapshot.metaPart(String(req?.matcherVersion ?? ''), Number(req?.index)),

    tabReport: async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) throw new Error('tabReport comes from a tab.');
      const site = siteForUrl(sender.tab?.url ?? sender.url ?? '');
      if (!site || site !== report?.site) throw new Error('This page is not one of the sites Firebreak runs on.');
      if (!sidePanelTabs.has(tabId)) {
        sidePanelTabs.add(tabId);
        void syncSidePanelForTab(env, tabId, sender.tab?.url ?? sender.url);
      }
      const { resync } = await bg.tabs.report(tabId, report);
      return { resync };
    },

    getContexts: async (refs) => {
      const { enabledPackIds } = await bg.snapshot.get();
      const enabled = new Set(enabledPackIds);
      const list = (Array.isArray(refs) ? refs : []).slice(0, MAX_CONTEXT_IDS) as unknown[];
      const valid = (r: unknown): r is ContextRef =>
        !!r && typeof r === 'object' && typeof (r as ContextRef).packId === 'string' && typeof (r as ContextRef).id === 'string';
      // The refs this answer may look up (a well-formed ref to a pack that is on), aligned with the request.
      const asked = list.map((r) => (valid(r) && enabled.has(r.packId) ? r : null));
      const found = await getContextEntries(await env.db(), asked.filter((r): r is ContextRef => r !== null));
      return asked.map((r) => (r ? (found.get(contextKey(r)) ?? null) : null));
    },

    addFeedback: (data) => bg.feedback.add(data),
    removeFeedback: (id) => bg.feedback.remove(String(id ?? '')),

    // Synchronous on purpose: Chrome's sidePanel.open() needs the user gesture the message carries.
    openSidePanel: (_data, sender) => openSidePanelNow(env, sender.tab?.id),

    logReport: (data) => bg.reports.log(data),
    openReportPage: (destinationId, sender) => bg.reports.openReportPage(destinationId, sender.tab?.id),

    getTabState: async (tabId, sender) => {
      if (!isExtensionPage(env, sender) && sender.tab?.id !== tabId) throw forbidden();
      return bg.tabs.get(Number(tabId));
    },

    listPacks: () => bg.packs.list(),
    previewImport: (data) => bg.packs.preview(data),
    importPack: (data) => bg.packs.import(data),
    exportPack: (id) => bg.packs.export(id),
    setPackEnabled: (data) => bg.packs.setEnabled(data),
    removePack: (id) => bg.packs.remove(id),
    addSubscription: (url) => bg.subscriptions.add(url),
    updatePack: (id) => bg.subscriptions.update(id),
    listTrustedKeys: () => bg.keys.list(),
    trustKey: (data) => bg.keys.trust(data),
    untrustKey: (id) => bg.keys.untrust(id),
    listCustomPatterns: () => bg.custom.list(),
    saveCustomPattern: (p) => bg.custom.save(p),
    removeCustomPattern: (id) => bg.custom.remove(id),
    listFeedback: () => bg.feedback.list(),
    listReports: () => bg.reports.list(),
    removeReport: (id) => bg.reports.remove(id),
    clearReports: () => bg.reports.clear(),
  };

  // Pages-only messages refuse other senders; the check is synchronous so openSidePanel stays synchronous.
  const guarded = {} as Record<BackgroundMessage, (data: unknown, sender: Sender) => unknown>;
  for (const key of Object.keys(handlers) as BackgroundMessage[]) {
    const fn = worded(env, handlers[key] as (data: unknown, sender: Sender) => unknown);
    guarded[key] = CONTENT_MESSAGES.has(key)
      ? fn
      : (data, sender) => {
          if (!isExtensionPage(env, sender)) return Promise.reject(forbidden());
          return fn(data, sender);
        };
  }
  return guarded as unknown as Handlers;
}

/**
 * `fn`, whose failed database writes reach the page worded in the interface language (the pages show an error's
 * message as it is). A synchronous answer stays synchronous.
 */
function worded(env: BackgroundEnv, fn: (data: unknown, sender: Sender) => unknown): (data: unknown, sender: Sender) => unknown {
  return (data, sender) => {
    const out = fn(data, sender);
    if (!(out instanceof Promise)) return out;
    return out.catch(async (err: unknown) => {
      const text = err instanceof StoreError || isQuotaError(err) ? storeErrorText(await readUiLang(env), err) : null;
      throw text === null ? err : new Error(text, { cause: err });
    });
  };
}

/** Registers every message handler with @webext-core/messaging. */
export function registerMessageHandlers(handlers: Handlers): void {
  for (const key of Object.keys(handlers) as BackgroundMessage[]) {
    const fn = handlers[key] as (data: unknown, sender: Sender) => unknown;
    // The library calls this synchronously from runtime.onMessage, so a synchronous handler stays synchronous.
    onMessage(key, ((msg: { data: unknown; sender: Sender }) => fn(msg.data, msg.sender)) as never);
  }
}

/** Registers the browser event listeners (call synchronously at the top level of the background's main). */
export function registerEventListeners(bg: Background): void {
  const { env } = bg;
  const b = env.browser;
  const log = (ctx: string) => (err: unknown) => env.logError(ctx, err);

  b.runtime.onInstalled.addListener(() => void bg.onStartup().catch(log('onInstalled')));
  b.runtime.onStartup.addListener(() => void bg.onStartup().catch(log('onStartup')));
  b.tabs.onRemoved.addListener((tabId) => void bg.tabs.onRemoved(tabId).catch(log('tabs.onRemoved')));
  b.tabs.onUpdated.addListener((tabId, changeInfo, tab) => void bg.onTabUpdated(tabId, changeInfo, tab).catch(log('tabs.onUpdated')));
  b.storage.onChanged.addListener((changes, area) => void bg.onStorageChanged(changes, area).catch(log('storage.onChanged')));

  let alarmListener = false;
  const listenAlarms = () => {
    const alarms = alarmsApi(env);
    if (!alarms || alarmListener) return;
    alarmListener = true;
    alarms.onAlarm.addListener((alarm) => void bg.onAlarm(alarm).catch(log('alarms.onAlarm')));
  };
  listenAlarms();
  // The options page asks for `alarms` when the user turns scheduled updates on.
  try {
    b.permissions.onAdded.addListener((perms) => {
      if (perms.permissions?.includes('alarms')) {
        listenAlarms();
        void syncUpdateSchedule(env).catch(log('permissions.onAdded'));
      }
    });
  } catch (err) {
    log('permissions.onAdded')(err);
  }
}
