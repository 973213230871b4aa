// Chrome's side panel (Firefox has a sidebar, opened by the user only): enabled per tab on the social sites,
// disabled elsewhere, and opened from a content-script message while its user gesture is still valid.
import { siteForUrl } from '../sites/hosts';
import type { BackgroundEnv } from './env';

/** The side panel page WXT builds from entrypoints/sidepanel. */
export const SIDE_PANEL_PATH = 'sidepanel.html';

/**
 * Opens the side panel for the tab. Must be called synchronously from the message handler: Chrome only allows
 * open() during the user gesture that sent the message, and any await before it loses the gesture.
 * In Firefox (no chrome.sidePanel), sidebarAction.open() is not allowed from a content-script message: does nothing.
 */
export function openSidePanelNow(env: BackgroundEnv, tabId: number | undefined): Promise<void> | undefined {
  const sp = env.sidePanel;
  if (!sp || tabId === undefined || tabId < 0) return undefined;
  // Both calls are issued in this same task, in order: the tab's panel is enabled before open() runs.
  sp.setOptions({ tabId, path: SIDE_PANEL_PATH, enabled: true }).catch((err) => env.logError('sidePanel.setOptions', err));
  return sp.open({ tabId });
}

/** Global behaviour: the toolbar button opens the popup, and the panel is off except on the social sites' tabs. */
export async function configureSidePanel(env: BackgroundEnv): Promise<void> {
  const sp = env.sidePanel;
  if (!sp) return;
  try {
    await sp.setPanelBehavior({ openPanelOnActionClick: false });
    await sp.setOptions({ enabled: false });
  } catch (err) {
    env.logError('sidePanel: configure', err);
  }
}

/** Enables the panel on a tab showing one of the social sites, disables it on other pages. */
export async function syncSidePanelForTab(env: BackgroundEnv, tabId: number, url: string | undefined): Promise<void> {
  await setSidePanelForTab(env, tabId, url ? siteForUrl(url) !== null : false);
}

async function setSidePanelForTab(env: BackgroundEnv, tabId: number, social: boolean): Promise<void> {
  const sp = env.sidePanel;
  if (!sp) return;
  try {
    await sp.setOptions(social ? { tabId, path: SIDE_PANEL_PATH, enabled: true } : { tabId, enabled: false });
  } catch (err) {
    // The tab may be gone.
    env.logError('sidePanel: per-tab options', err);
  }
}

/** Enables the panel on every open tab of the social sites (after install or browser start). */
export async function syncSidePanelForOpenTabs(env: BackgroundEnv, patterns: readonly string[]): Promise<void> {
  if (!env.sidePanel) return;
  try {
    const tabs = await env.browser.tabs.query({ url: [...patterns] });
    await Promise.all(tabs.map((t) => (t.id !== undefined ? setSidePanelForTab(env, t.id, true) : undefined)));
  } catch (err) {
    env.logError('sidePanel: open tabs', err);
  }
}
