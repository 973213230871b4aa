// Scheduled subscription updates. `alarms` is an optional permission: the options page requests it when the
// user turns the schedule on. While it is granted, one repeating alarm follows settings.updateSchedule; without
// it, nothing is scheduled and updates run only when the user asks.
import { normaliseSettings, SETTINGS_KEY, type Settings } from '../settings';
import type { BackgroundEnv } from './env';

export const UPDATE_ALARM = 'firebreak.pack-updates';

type AlarmsApi = NonNullable<BackgroundEnv['browser']['alarms']>;

/** The alarms API when the permission is granted (the namespace is absent otherwise). */
export function alarmsApi(env: BackgroundEnv): AlarmsApi | null {
  try {
    const a = env.browser.alarms as AlarmsApi | undefined;
    return a && typeof a.create === 'function' ? a : null;
  } catch {
    return null;
  }
}

export async function readSettings(env: BackgroundEnv): Promise<Settings> {
  try {
    const got = await env.browser.storage.local.get(SETTINGS_KEY);
    return normaliseSettings(got[SETTINGS_KEY]);
  } catch {
    return normaliseSettings(undefined);
  }
}

/** Creates, changes or clears the update alarm to match the settings. Returns the period set, or null. */
export async function syncUpdateSchedule(env: BackgroundEnv): Promise<number | null> {
  const alarms = alarmsApi(env);
  if (!alarms) return null;
  const { updateSchedule } = await readSettings(env);
  try {
    if (!updateSchedule.enabled) {
      await alarms.clear(UPDATE_ALARM);
      return null;
    }
    const period = updateSchedule.everyHours * 60;
    const existing = await alarms.get(UPDATE_ALARM);
    if (existing?.periodInMinutes !== period) {
      // A first check soon after turning it on, then every period.
      await alarms.create(UPDATE_ALARM, { delayInMinutes: Math.min(period, 5), periodInMinutes: period });
    }
    return period;
  } catch (err) {
    env.logError('schedule: alarms', err);
    return null;
  }
}
