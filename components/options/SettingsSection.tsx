// Settings: interface language, reporting country, sites, display, scheduled updates. Every change is saved to
// storage.local at once; content scripts and other Firebreak pages listen to storage changes and apply it live.
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings';
import type { Lang } from '../../lib/types';
import {
  COUNTRY_CODES,
  countryFromLocale,
  destinationsForCountry,
  reportingCountry,
  SUPPORTED_COUNTRIES,
} from '../../lib/report/destinations';
import { countryName } from '../../lib/ui/format';
import { t, tp } from '../../lib/i18n';
import { useOptions } from './context';
import { siteLabel } from './labels';
import { Card, Switch } from './ui';
import { browserLocale, type UpdateSettings } from './useSettings';
import { errorText } from './util';

/** Each language's own name, shown the same whatever the interface language. */
const ENDONYMS: Record<Lang, string> = { en: 'English', fr: 'Français', ar: 'العربية' };
const SCHEDULE_HOURS = [6, 12, 24, 48, 168] as const;

export function SettingsSection(props: { settings: Settings; update: UpdateSettings; browserLang: Lang }) {
  const { tr, lang, announce, fmtNum } = useOptions();
  const { settings, update } = props;
  const [schedMessage, setSchedMessage] = useState<string | null>(null);
  const [schedBusy, setSchedBusy] = useState(false);
  const [, setTick] = useState(0);

  const save = async (fn: (s: Settings) => Settings, message?: string) => {
    try {
      await update(fn);
      announce(message ?? tr('opt_saved'), 'success');
    } catch (err) {
      announce(tr('opt_save_failed', { message: errorText(err) }), 'error');
    }
  };

  const autoCountry = countryFromLocale(browserLocale());
  const effectiveCountry = reportingCountry(settings.country, browserLocale());
  // Every country, named in the interface language: those with a national hotline first, then the others (their
  // emergency number only).
  const countries = useMemo(() => {
    const named = (codes: readonly string[]) =>
      codes.map((code) => ({ code, name: countryName(lang, code) })).sort((a, b) => a.name.localeCompare(b.name, lang));
    const hotline = new Set<string>(SUPPORTED_COUNTRIES);
    return { hotline: named(SUPPORTED_COUNTRIES), other: named(COUNTRY_CODES.filter((c) => !hotline.has(c))) };
  }, [lang]);
  const national = effectiveCountry
    ? destinationsForCountry(effectiveCountry).filter((d) => d.kind !== 'platform-help')
    : [];

  const toggleSchedule = async (on: boolean) => {
    setSchedMessage(null);
    if (on) {
      // The permission prompt must come straight from the click: request before anything else is awaited.
      let granted: boolean;
      setSchedBusy(true);
      try {
        // Firefox grants alarms with the extension (it is not an optional permission there); Chrome asks now.
        granted = typeof browser.alarms !== 'undefined' || (await browser.permissions.request({ permissions: ['alarms'] }));
      } catch {
        granted = false;
      } finally {
        setSchedBusy(false);
      }
      if (!granted) {
        const msg = tr('opt_set_sched_denied');
        setSchedMessage(msg);
        announce(msg, 'error');
        setTick((n) => n + 1); // puts the switch back to off
        return;
      }
    }
    await save((s) => ({ ...s, updateSchedule: { ...s.updateSchedule, enabled: on } }));
    if (!on) {
      try {
        await browser.permissions.remove({ permissions: ['alarms'] });
      } catch {
        // keeping an unused permission is harmless
      }
    }
  };

  return (
    <>
      <div class="panel-intro">
        <h2>{tr('opt_set_heading')}</h2>
        <p>{tr('opt_set_intro')}</p>
      </div>

      <Card id="settings-language" title={tr('opt_set_language_heading')}>
        <div class="field">
          <label for="set-ui-lang">{tr('opt_set_ui_lang')}</label>
          <select
            id="set-ui-lang"
            value={settings.uiLang}
            onChange={(e) => {
              const v = e.currentTarget.value as Settings['uiLang'];
              const next = v === 'auto' ? props.browserLang : v;
              void save((s) => ({ ...s, uiLang: v }), t(next, 'opt_set_lang_changed', { lang: ENDONYMS[next] }));
            }}
          >
            <option value="auto">{tr('opt_set_lang_auto', { lang: ENDONYMS[props.browserLang] })}</option>
            {(Object.keys(ENDONYMS) as Lang[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {ENDONYMS[l]}
              </option>
            ))}
          </select>
        </div>
      </Card>

      <Card id="settings-country" title={tr('opt_set_country_heading')}>
        <div class="field">
          <label for="set-country">{tr('opt_set_country')}</label>
          <select
            id="set-country"
            value={settings.country}
            aria-describedby="set-country-hint"
            onChange={(e) => void save((s) => ({ ...s, country: e.currentTarget.value }))}
          >
            <option value="auto">
              {autoCountry
                ? tr('opt_set_country_auto', { country: countryName(lang, autoCountry) })
                : tr('opt_set_country_auto_none')}
            </option>
            <option value="none">{tr('opt_set_country_none')}</option>
            {(
              [
                [tr('opt_set_country_group_hotline'), countries.hotline],
                [tr('opt_set_country_group_other'), countries.other],
              ] as const
            ).map(([label, list]) => (
              <optgroup key={label} label={label}>
                {list.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <p class="hint" id="set-country-hint">
            {settings.country === 'none'
              ? tr('opt_set_country_hint_off')
              : !effectiveCountry
              ? tr('opt_set_country_hint_none')
              : national.length > 0
                ? tr('opt_set_country_hint', {
                    country: countryName(lang, effectiveCountry),
                    destinations: national.map((d) => d.name[lang]).join(' · '),
                  })
                : tr('opt_set_country_hint_platform_only', { country: countryName(lang, effectiveCountry) })}
          </p>
        </div>
      </Card>

      <Card id="settings-sites" title={tr('opt_set_sites_heading')} description={tr('opt_set_sites_intro')}>
        <Switch
          id="set-site-x"
          checked={settings.sites.x}
          hint={tr('opt_set_site_x_hint')}
          onChange={(on) => void save((s) => ({ ...s, sites: { ...s.sites, x: on } }))}
        >
          {siteLabel(lang, 'x')}
        </Switch>
        <Switch
          id="set-site-facebook"
          checked={settings.sites.facebook}
          hint={tr('opt_set_site_facebook_hint')}
          onChange={(on) => void save((s) => ({ ...s, sites: { ...s.sites, facebook: on } }))}
        >
          {siteLabel(lang, 'facebook')}
        </Switch>
      </Card>

      <Card id="settings-display" title={tr('opt_set_display_heading')}>
        <Switch
          id="set-blur"
          checked={settings.blurHighSeverity}
          hint={tr('opt_set_blur_hint')}
          onChange={(on) => void save((s) => ({ ...s, blurHighSeverity: on }))}
        >
          {tr('opt_set_blur')}
        </Switch>
        <fieldset class="radio-group">
          <legend>{tr('opt_set_theme')}</legend>
          {(['auto', 'light', 'dark'] as const).map((th) => (
            <label key={th} class="radio">
              <input
                type="radio"
                name="theme"
                value={th}
                checked={settings.theme === th}
                onChange={() => void save((s) => ({ ...s, theme: th }))}
              />
              <span>{tr(th === 'auto' ? 'opt_set_theme_auto' : th === 'light' ? 'opt_set_theme_light' : 'opt_set_theme_dark')}</span>
            </label>
          ))}
        </fieldset>
      </Card>

      <Card id="settings-updates" title={tr('opt_set_updates_heading')}>
        <Switch
          id="set-schedule"
          checked={settings.updateSchedule.enabled}
          busy={schedBusy}
          hint={tr('opt_set_sched_hint')}
          onChange={(on) => void toggleSchedule(on)}
        >
          {tr('opt_set_sched')}
        </Switch>
        {schedMessage ? (
          <p class="field-error" role="alert">
            {schedMessage}
          </p>
        ) : null}
        {settings.updateSchedule.enabled ? (
          <div class="field field-indent">
            <label for="set-schedule-hours">{tr('opt_set_sched_every')}</label>
            <select
              id="set-schedule-hours"
              value={String(settings.updateSchedule.everyHours)}
              onChange={(e) => {
                const everyHours = Number(e.currentTarget.value);
                void save((s) => ({ ...s, updateSchedule: { ...s.updateSchedule, everyHours } }));
              }}
            >
              {[...new Set<number>([...SCHEDULE_HOURS, settings.updateSchedule.everyHours])]
                .sort((a, b) => a - b)
                .map((h) => (
                  <option key={h} value={String(h)}>
                    {h === 24
                      ? tr('opt_set_sched_daily')
                      : h === 168
                        ? tr('opt_set_sched_weekly')
                        : tp(lang, 'opt_set_sched_hours', h, { hours: fmtNum(h) })}
                  </option>
                ))}
            </select>
          </div>
        ) : null}
      </Card>
    </>
  );
}
