// The options page: a header, a vertical tab list (arrow keys, Home/End) and one panel per section.
// The whole page follows the chosen interface language at once (lang and dir on <html>).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import { isRtl, langFromLocale, t } from '../../lib/i18n';
import { OptionsProvider, StatusContext, type Status, type Tone } from './context';
import { Icon, type IconName } from './ui';
import { browserLocale, useSettings } from './useSettings';
import { PacksSection } from './PacksSection';
import { PatternsSection } from './PatternsSection';
import { FeedbackSection } from './FeedbackSection';
import { ReportLogSection } from './ReportLogSection';
import { SettingsSection } from './SettingsSection';
import { AboutSection } from './AboutSection';

export const SECTION_IDS = ['packs', 'patterns', 'feedback', 'reports', 'settings', 'about'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

const NAV: Record<SectionId, { key: MessageKey; icon: IconName }> = {
  packs: { key: 'opt_nav_packs', icon: 'packs' },
  patterns: { key: 'opt_nav_patterns', icon: 'patterns' },
  feedback: { key: 'opt_nav_feedback', icon: 'feedback' },
  reports: { key: 'opt_nav_reports', icon: 'reports' },
  settings: { key: 'opt_nav_settings', icon: 'settings' },
  about: { key: 'opt_nav_about', icon: 'about' },
};

function sectionFromHash(hash: string): SectionId | null {
  const id = hash.replace(/^#/, '');
  return (SECTION_IDS as readonly string[]).includes(id) ? (id as SectionId) : null;
}

/** Controls whose click starts an action (a click into a text field only puts the caret there). */
const ACTION_CONTROLS =
  'button, a[href], summary, [role="button"], [role="switch"], [role="menuitem"], input[type="checkbox"], input[type="radio"], input[type="file"], input[type="submit"], input[type="button"]';

/** Controls whose change is a choice made (a text field's change only says it lost focus after an edit). */
const CHOICE_CONTROLS = 'select, input[type="checkbox"], input[type="radio"], input[type="file"], input[type="range"], input[type="color"]';

/** The card (its heading's id, Card in ui.tsx) that holds `el`, if any. */
function cardOf(el: Element | null | undefined): string | undefined {
  return el?.closest('section.card[aria-labelledby]')?.getAttribute('aria-labelledby') ?? undefined;
}

export function OptionsApp(props: { initialSection?: SectionId }) {
  const { settings, loaded, update } = useSettings();
  const browserLang = langFromLocale(browserLocale());
  const lang = settings.uiLang === 'auto' ? browserLang : settings.uiLang;
  const dir = isRtl(lang) ? 'rtl' : 'ltr';

  const [section, setSection] = useState<SectionId>(
    () => props.initialSection ?? (typeof location !== 'undefined' ? sectionFromHash(location.hash) : null) ?? 'packs',
  );
  const [status, setStatus] = useState<Status | null>(null);
  const seq = useRef(0);
  // What the user last pressed or focused: an action that ends later (a message to the background) is told in the
  // card it was started from, even when focus has moved since or a click did not focus (buttons in Safari, Firefox
  // on macOS).
  const lastTouched = useRef<Element | null>(null);
  // The control that started the last action (a button pressed, a form sent, a choice changed): a slow action's
  // outcome is told in its card even when the user has gone on to another card meanwhile. Focus moving, or a click
  // into a text field, starts nothing.
  const lastAction = useRef<Element | null>(null);
  useEffect(() => {
    const touch = (e: Event) => {
      if (e.target instanceof Element) lastTouched.current = e.target;
    };
    const act = (e: Event) => {
      if (!(e.target instanceof Element)) return;
      // A text field's change (fired as it loses focus after an edit) starts nothing; a choice's does.
      const control =
        e.type === 'click' ? e.target.closest(ACTION_CONTROLS) : e.type === 'change' ? e.target.closest(CHOICE_CONTROLS) : e.target;
      if (control) lastAction.current = control;
    };
    document.addEventListener('pointerdown', touch, true);
    document.addEventListener('focusin', touch, true);
    for (const type of ['click', 'submit', 'change']) document.addEventListener(type, act, true);
    return () => {
      document.removeEventListener('pointerdown', touch, true);
      document.removeEventListener('focusin', touch, true);
      for (const type of ['click', 'submit', 'change']) document.removeEventListener(type, act, true);
    };
  }, []);
  const announce = useCallback((text: string, tone: Tone = 'info') => {
    seq.current += 1;
    const active = document.activeElement;
    // Not a control of a section since left (the arrow keys switch sections without a click): its card is hidden.
    const acted = lastAction.current;
    const origin =
      (acted?.isConnected && !acted.closest('[hidden]') ? cardOf(acted) : undefined) ??
      cardOf(active) ??
      (lastTouched.current?.isConnected ? cardOf(lastTouched.current) : undefined);
    setStatus({ text, tone, seq: seq.current, ...(origin ? { origin } : {}) });
  }, []);
  const dismiss = useCallback(() => setStatus(null), []);
  const clear = useCallback((origin: string) => setStatus((s) => (s?.origin === origin ? null : s)), []);
  const statusValue = useMemo(() => ({ status, dismiss, clear }), [status, dismiss, clear]);

  // Language, direction and theme of the whole document.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = dir;
    root.dataset.theme = settings.theme;
    document.title = t(lang, 'opt_page_title');
  }, [lang, dir, settings.theme]);

  useEffect(() => {
    const onHash = () => {
      const id = sectionFromHash(location.hash);
      if (id) setSection(id);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // The status bar's messages fade from view after a while (the live region has already spoken them). One shown in a
  // card stays until the next one, a dismissal or another section: it covers nothing, and its going would move
  // what is below it.
  useEffect(() => {
    if (!status || status.tone === 'error' || status.origin) return;
    const timer = setTimeout(() => setStatus((s) => (s && s.seq === status.seq ? null : s)), 9000);
    return () => clearTimeout(timer);
  }, [status]);

  const tabRefs = useRef<Partial<Record<SectionId, HTMLButtonElement | null>>>({});
  // On a narrow window or at a high zoom the tabs are one row that scrolls sideways (options.css): the selected tab is
  // brought into that row's view when the page opens (#settings, #reports) and whenever the section changes (a
  // click, the arrow keys, the address's hash), in either direction of writing. 'nearest' moves nothing that is
  // already in view (the vertical list on a wide window).
  useEffect(() => {
    if (!loaded) return;
    tabRefs.current[section]?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [section, loaded, dir]);

  // Another section: the last message belonged to the one left.
  const shownSection = useRef(section);
  useEffect(() => {
    if (shownSection.current === section) return;
    shownSection.current = section;
    setStatus((s) => (s?.origin ? null : s));
  }, [section]);

  const select = (id: SectionId, focus = false) => {
    setSection(id);
    if (typeof history !== 'undefined' && location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
    if (focus) tabRefs.current[id]?.focus();
  };
  const onTabKey = (e: KeyboardEvent) => {
    const i = SECTION_IDS.indexOf(section);
    const last = SECTION_IDS.length - 1;
    // The list is vertical on wide screens and horizontal on narrow ones: accept both axes, mirrored in RTL.
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next: number | null = null;
    if (e.key === 'ArrowDown' || e.key === forward) next = i === last ? 0 : i + 1;
    else if (e.key === 'ArrowUp' || e.key === backward) next = i === 0 ? last : i - 1;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    if (next === null) return;
    e.preventDefault();
    select(SECTION_IDS[next] as SectionId, true);
  };

  const tr = (key: MessageKey, subs?: Record<string, string | number>) => t(lang, key, subs);

  // Wait for the stored settings (a few ms) so that the page never flashes in the wrong language or direction.
  if (!loaded) return <div class="app" aria-busy="true" />;

  return (
    <OptionsProvider lang={lang} announce={announce}>
      <StatusContext.Provider value={statusValue}>
        <div class="app" lang={lang} dir={dir}>
          <a class="skip-link" href={`#panel-${section}`}>
            {tr('opt_skip_to_content')}
          </a>
          <header class="app-header">
            <div class="brand">
              <span class="brand-mark" aria-hidden="true">
                <Icon name="flame" />
              </span>
              <div>
                <h1>{tr('opt_page_heading')}</h1>
                <p class="brand-tagline">{tr('opt_page_tagline')}</p>
              </div>
            </div>
          </header>
          <div class="layout">
            <nav class="nav" aria-label={tr('opt_nav_label')}>
              <div role="tablist" aria-orientation="vertical" aria-label={tr('opt_nav_label')} onKeyDown={onTabKey}>
                {SECTION_IDS.map((id) => (
                  <button
                    key={id}
                    ref={(el) => {
                      tabRefs.current[id] = el;
                    }}
                    type="button"
                    role="tab"
                    id={`tab-${id}`}
                    class="nav-tab"
                    aria-selected={section === id}
                    aria-controls={`panel-${id}`}
                    tabIndex={section === id ? 0 : -1}
                    onClick={() => select(id)}
                  >
                    <Icon name={NAV[id].icon} />
                    <span>{tr(NAV[id].key)}</span>
                  </button>
                ))}
              </div>
            </nav>
            <main class="content">
              {SECTION_IDS.map((id) => (
                <section
                  key={id}
                  id={`panel-${id}`}
                  role="tabpanel"
                  aria-labelledby={`tab-${id}`}
                  // In the tab order, as the ARIA tabs pattern has it: a panel opens with text, and "Privacy & about"
                  // holds no control at all (Tab from its tab would otherwise go to <body>).
                  tabIndex={0}
                  hidden={section !== id}
                  class="panel"
                >
                  {id === 'packs' && <PacksSection active={section === id} />}
                  {id === 'patterns' && <PatternsSection active={section === id} />}
                  {id === 'feedback' && <FeedbackSection active={section === id} />}
                  {id === 'reports' && <ReportLogSection active={section === id} />}
                  {id === 'settings' && <SettingsSection settings={settings} update={update} browserLang={browserLang} />}
                  {id === 'about' && <AboutSection />}
                </section>
              ))}
            </main>
          </div>
          {/* Only for a message said outside any card (a card shows its own). */}
          <div class={`status-bar${status ? ` status-${status.tone}` : ''}`} hidden={!status || !!status.origin}>
            {status && !status.origin ? (
              <>
                <Icon name={status.tone === 'error' ? 'alert' : 'check'} />
                <span class="status-text">{status.text}</span>
                <button type="button" class="icon-btn" aria-label={tr('opt_status_dismiss')} onClick={() => setStatus(null)}>
                  <Icon name="close" />
                </button>
              </>
            ) : null}
          </div>
          {/* Live regions exist from the start so that screen readers notice changes to them. */}
          <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-polite">
            {status && status.tone !== 'error' ? <span key={status.seq}>{status.text}</span> : null}
          </div>
          <div class="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true" data-testid="live-assertive">
            {status && status.tone === 'error' ? <span key={status.seq}>{status.text}</span> : null}
          </div>
        </div>
      </StatusContext.Provider>
    </OptionsProvider>
  );
}
