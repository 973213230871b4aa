// Shared state of the options page: the interface language (with its translator and formatters) and the
// status announcer that every section uses for its aria-live messages.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Lang } from '../../lib/types';
import { isRtl, translator, type MessageKey } from '../../lib/i18n';

export type Translate = (key: MessageKey, subs?: Record<string, string | number>) => string;
export type Tone = 'info' | 'success' | 'error';

export interface OptionsContextValue {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  tr: Translate;
  /**
   * Says something in the page's live region, and shows it where it covers nothing: in the card the user acted in
   * (see Status), else in the status bar.
   */
  announce: (text: string, tone?: Tone) => void;
  /** Date and time, localised; an em dash for nothing. */
  fmtDate: (value: string | number | null | undefined) => string;
  fmtNum: (n: number) => string;
}

const OptionsContext = createContext<OptionsContextValue | null>(null);

/**
 * The last status message. `origin` is the id of the card (its heading's id) the user last acted in when it was said:
 * that card shows it at its end (Card, ui.tsx), in the page's flow, so that it hides nothing (a status bar over the
 * page covered the next field for seconds). Without one, the status bar shows it.
 */
export interface Status {
  text: string;
  tone: Tone;
  seq: number;
  origin?: string;
}

/**
 * The last status, a way to dismiss it, and a way for a card to drop its own when the user starts something new in
 * it (its outcome is then shown otherwise: an import's preview). Apart from OptionsContext, so that a new message
 * re-renders only the cards, not every section.
 */
export const StatusContext = createContext<{ status: Status | null; dismiss: () => void; clear: (origin: string) => void }>({
  status: null,
  dismiss: () => {},
  clear: () => {},
});

export function useOptions(): OptionsContextValue {
  const ctx = useContext(OptionsContext);
  if (!ctx) throw new Error('useOptions outside OptionsProvider');
  return ctx;
}

export function makeFormatters(lang: Lang) {
  const dateFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const numFmt = new Intl.NumberFormat(lang);
  return {
    fmtDate(value: string | number | null | undefined): string {
      if (value === null || value === undefined || value === '') return '—';
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? String(value) : dateFmt.format(d);
    },
    fmtNum(n: number): string {
      return numFmt.format(n);
    },
  };
}

export function OptionsProvider(props: {
  lang: Lang;
  announce: OptionsContextValue['announce'];
  children: ComponentChildren;
}) {
  const { lang, announce } = props;
  const value = useMemo<OptionsContextValue>(
    () => ({ lang, dir: isRtl(lang) ? 'rtl' : 'ltr', tr: translator(lang), announce, ...makeFormatters(lang) }),
    [lang, announce],
  );
  return <OptionsContext.Provider value={value}>{props.children}</OptionsContext.Provider>;
}
