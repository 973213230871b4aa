// Shared data shapes of the core: languages, severities, posts read from a page, match results.
// Pack shapes (patterns, context entries) are inferred from the schema in lib/pack/schema.ts.

/** Languages the interface and the packs cover. */
export const LANGS = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** How serious a match is; a post takes the highest severity of its matched patterns. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank for comparing severities: higher is more serious. */
export const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** Pattern categories, shown to the user as the reason for a match. */
export const CATEGORIES = [
  'campaign-quote',
  'group-name',
  'campaign-title',
  'propaganda-outlet',
  'publication',
  'slogan',
  'direct-threat',
  'custom',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A post as a site adapter reads it from the page. `text` is exactly what the matcher scans. */
export interface PostData {
  /** Stable id from the site (status id on X, post or comment id on Facebook); a content hash when none is found. */
  id: string;
  site: 'x' | 'facebook';
  /** Permalink, or null when the page does not expose it yet (Facebook fills it on hover). */
  url: string | null;
  author: { name: string; handle: string | null; profileUrl: string | null };
  /** Text as displayed: emoji images by their alt text, the quoted post's text included. */
  text: string;
  /** ISO 8601 time of the post, when the page shows one. */
  time: string | null;
  /**
   * The post's time as the page displays it ("6 h", "3 March at 17:12"), where the page gives no machine-readable
   * time (Facebook). Relative to when it was read.
   */
  timeShown?: string | null;
  /** BCP 47 language the site declares for the text (`lang` attribute), when it does. */
  lang: string | null;
  /** Outbound links, unwrapped from the sites' redirectors. */
  links: string[];
  /** True for a Facebook comment or an X reply shown under a post. */
  isComment: boolean;
  /**
   * The post this one quotes (X) or shares (Facebook), whose words are `text`'s [start, end) (a quoted or shared post
   * is read as part of the post around it), and its author as shown there.
   */
  quoted?: { start: number; end: number; author: { name: string; handle: string | null } };
  /**
   * The page shows the post machine-translated (X: "Translated from Arabic by Grok", with "Show original"): `text`
   * is the translation the reader sees, not the author's own words, and `lang` is not given.
   */
  machineTranslated?: boolean;
}

/** One span of the original text that a pattern term matched. */
export interface MatchSpan {
  /** UTF-16 offsets in the original (unfolded) text, end exclusive. */
  start: number;
  end: number;
  patternId: string;
}

/** A pattern that fired on a post, with what the panel needs to say why. */
export interface MatchedPattern {
  id: string;
  packId: string;
  name: string;
  category: Category;
  severity: Severity;
  contextId: string | null;
  spans: MatchSpan[];
}

/** The matcher's answer for one post. */
export interface MatchResult {
  flagged: boolean;
  /** Highest severity among matched patterns; null when nothing matched. */
  severity: Severity | null;
  patterns: MatchedPattern[];
  categories: Category[];
  /** Context entry ids to show, without duplicates, in the order of the patterns. */
  contextIds: string[];
  /** Every span, sorted by start, for highlighting. */
  spans: MatchSpan[];
}

/** A context entry as a pattern names it: ids are unique within a pack only. */
export interface ContextRef {
  packId: string;
  id: string;
}

/** The context entries a result shows, each from the pack of the pattern that names it, in the order of contextIds. */
export function contextRefsOf(result: MatchResult): ContextRef[] {
  const out: ContextRef[] = [];
  const seen = new Set<string>();
  for (const id of result.contextIds) {
    for (const p of result.patterns) {
      if (p.contextId !== id) continue;
      const ref = { packId: p.packId, id };
      const key = contextKey(ref);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}

/** Cache key of a context entry of a pack. */
export function contextKey(ref: ContextRef): string {
  return `${ref.packId}\u0000${ref.id}`;
}

export const EMPTY_RESULT: MatchResult = Object.freeze({
  flagged: false,
  severity: null,
  patterns: [],
  categories: [],
  contextIds: [],
  spans: [],
}) as MatchResult;
