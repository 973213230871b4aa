// User settings: their shape, defaults and the storage.local key; read by every part of the extension.
import type { Lang } from './types';
import type { SiteId } from './sites/hosts';

export interface Settings {
  /** Interface language; 'auto' follows the browser. */
  uiLang: Lang | 'auto';
  /**
   * ISO 3166-1 alpha-2 country for the reporting hotline; 'auto' derives it from the browser's locale; 'none': no
   * country (the platforms' own report pages only).
   */
  country: string | 'auto' | 'none';
  /** Firebreak runs on a site only while its switch is on. */
  sites: Record<SiteId, boolean>;
  /** Blur high-severity posts behind a click. */
  blurHighSeverity: boolean;
  /** Theme of Firebreak's own UI; 'auto' follows the site (in-page) or the system (extension pages). */
  theme: 'auto' | 'light' | 'dark';
  /** Scheduled subscription updates (alarms); off unless the user turns it on. */
  updateSchedule: { enabled: boolean; everyHours: number };
}

export const SETTINGS_KEY = 'firebreak.settings';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  uiLang: 'auto',
  country: 'auto',
  sites: { x: true, facebook: true },
  blurHighSeverity: false,
  theme: 'auto',
  updateSchedule: { enabled: false, everyHours: 24 },
}) as Settings;

/** Merges stored values over the defaults, dropping anything of the wrong type (stored data may be old or edited). */
export function normaliseSettings(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites = (s.sites && typeof s.sites === 'object' ? s.sites : {}) as Partial<Record<SiteId, unknown>>;
  const sched = (s.updateSchedule && typeof s.updateSchedule === 'object' ? s.updateSchedule : {}) as Record<string, unknown>;
  const hours = Number(sched.everyHours);
  return {
    uiLang: s.uiLang === 'en' || s.uiLang === 'fr' || s.uiLang === 'ar' ? s.uiLang : 'auto',
    country: typeof s.country === 'string' && /^([A-Z]{2}|auto|none)$/.test(s.country) ? s.country : 'auto',
    sites: {
      x: typeof sites.x === 'boolean' ? sites.x : true,
      facebook: typeof sites.facebook === 'boolean' ? sites.facebook : true,
    },
    blurHighSeverity: s.blurHighSeverity === true,
    theme: s.theme === 'light' || s.theme === 'dark' ? s.theme : 'auto',
    updateSchedule: {
      enabled: sched.enabled === true,
      everyHours: Number.isFinite(hours) && hours >= 1 && hours <= 168 ? Math.round(hours) : 24,
    },
  };
}
