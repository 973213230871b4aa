// The detail of one flagged post: why it was marked, fact-check context, reporting, "Not a threat".
// Used by the in-page panel (inside <firebreak-panel>'s shadow root) and by the side panel.
// Page text (post text, author) is rendered only as text nodes; pack text only through <PackText>.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { SEVERITY_RANK, type Category, type Lang, type MatchResult, type MatchedPattern, type PostData } from '../lib/types';
import type { ContextEntry } from '../lib/pack/schema';
import { destinationNote, type Destination } from '../lib/report/destinations';
import { isRtl, translator } from '../lib/i18n';
import { PackText, safeHttpsUrl } from '../lib/ui/sanitize';
import { buildExcerpt, matchedTexts, resultSpans } from '../lib/ui/highlight';
import { ExcerptParts } from './ExcerptParts';
import {
  categoryDescription,
  categoryLabel,
  countryName,
  formatDate,
  formatDateTime,
  isoAttr,
  mailtoHref,
  pickLang,
  severityLabel,
  siteName,
  telHref,
  tSlots,
} from '../lib/ui/format';
import {
  AlertIcon,
  CheckIcon,
  ChevronIcon,
  CloseIcon,
  DownloadIcon,
  ExternalIcon,
  FlagIcon,
  LocateIcon,
  LockIcon,
  MailIcon,
  PhoneIcon,
  SeverityIcon,
  ShieldIcon,
} from './icons';

export interface ActionOutcome {
  ok: boolean;
  message: string;
}

export interface DetailViewProps {
  /** Shown in the status region when the view opens (the in-page panel of an extension reloaded since). */
  notice?: string;
  lang: Lang;
  theme: 'light' | 'dark';
  post: PostData;
  result: MatchResult;
  /** Context entries of the match (any order; shown in the order of result.contextIds). */
  contexts: ContextEntry[];
  /** Destinations for the user's country (lib/report/destinations destinationsForCountry). */
  destinations: Destination[];
  /** Emergency number(s), '112' or '17/112'; '' where the country's are not known ("your local emergency number"). */
  emergencyNumber: string;
  /** The country was taken from the browser's language, not chosen in the settings: the panel says so. */
  countryFromBrowser?: boolean;
  /** The user marked the post "Not a threat". */
  dismissed: boolean;
  /** A promise when the outcome is known later: the status then says what came of it (a failure included). */
  onNotThreat(): void | Promise<void>;
  onUndo(): void | Promise<void>;
  /** Opens the site's own report menu; `message` is shown in the status region. */
  onReportPlatform(): Promise<ActionOutcome>;
  /** Opens the hotline and copies the evidence; `message` is shown in the status region. */
  onReportDestination(d: Destination): Promise<ActionOutcome>;
  onDownloadEvidence(): Promise<void>;
  /** When given, a close button is shown (in-page panel). */
  onClose?(): void;
  /** When given, a "Show on page" button is shown (side panel). */
  onScrollToPost?(): void;
  /** Extra class on the root element. */
  class?: string;
}

/**
 * Where a message is said: next to the action it is about. 'report': the site's report menu (and the notice the view
 * opens with); 'more': the help pages, hotlines and the evidence file; 'mistake': "Not a threat" and Undo.
 */
type StatusPlace = 'report' | 'more' | 'mistake';
type Status = { text: string; tone: 'info' | 'ok' | 'error'; at: StatusPlace } | null;

/** How many matched patterns, and how many sources of a fact-check, are shown before "Show all". */
export const PREVIEW_COUNT = 3;

/** Links from packs: https only, new tab, no opener or referrer; a hidden note says it opens a new tab. */
function ExtLink({ href, children, lang, class: className }: { href: string; children: ComponentChildren; lang: Lang; class?: string }) {
  const tr = translator(lang);
  return (
    <a class={className ? `fb-link ${className}` : 'fb-link'} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <ExternalIcon size={12} class="fb-link-icon" />
      <span class="fb-sr-only"> {tr('ui_opens_new_tab')}</span>
    </a>
  );
}

function Excerpt({ post, result, lang }: { post: PostData; result: MatchResult; lang: Lang }) {
  return <ExcerptParts parts={buildExcerpt(post.text, resultSpans(result))} lang={lang} positions />;
}

/**
 * The post quotes (X) or shares (Facebook) another, read as part of it. Says whose it is, and when every matched word
 * is in it, that the words are the other author's: the person quoting or sharing may be reporting or denouncing them.
 */
function QuotedNote({
  lang,
  site,
  quoted,
  result,
}: {
  lang: Lang;
  site: PostData['site'];
  quoted: NonNullable<PostData['quoted']>;
  result: MatchResult;
}) {
  const at = shownHandle(site, quoted.author.handle) ?? '';
  // The name and the handle each isolated: a name in Arabic script beside a Latin handle keeps both in order.
  const name = quoted.author.name;
  const author =
    name && at ? (
      <>
        <bdi>{name}</bdi> (<bdi dir="ltr">{at}</bdi>)
      </>
    ) : name ? (
      <bdi>{name}</bdi>
    ) : (
      <bdi dir="ltr">{at}</bdi>
    );
  const spans = resultSpans(result);
  const allInQuote = spans.length > 0 && spans.every((sp) => sp.start >= quoted.start && sp.end <= quoted.end);
  const key =
    site === 'facebook'
      ? allInQuote
        ? 'detail_match_in_shared'
        : 'detail_shares_post'
      : allInQuote
        ? 'detail_match_in_quoted'
        : 'detail_quotes_post';
  const pieces = tSlots(lang, key, ['author']);
  return (
    <p class="fb-muted fb-small fb-quoted-note" dir="auto">
      {pieces.map((piece, i) => (typeof piece === 'number' ? <span key={i}>{author}</span> : piece))}
    </p>
  );
}

/** A handle as the site shows it: on X with its '@'. */
function shownHandle(site: PostData['site'], handle: string | null): string | null {
  const h = handle?.trim();
  if (!h) return null;
  return site === 'x' && !h.startsWith('@') ? `@${h}` : h;
}

/** The patterns of one category: the category once (label + what it means), then each pattern. */
function PatternGroup({ lang, post, category, patterns }: { lang: Lang; post: PostData; category: Category; patterns: MatchedPattern[] }) {
  const tr = translator(lang);
  return (
    <li class="fb-pattern">
      <div class="fb-pattern-head">
        <span class="fb-chip">{categoryLabel(lang, category)}</span>
      </div>
      <p class="fb-muted fb-small fb-pattern-desc">{categoryDescription(lang, category)}</p>
      <ul class="fb-pattern-items">
        {patterns.map((pattern) => {
          const texts = matchedTexts(post.text, pattern.spans);
          const name = pattern.name.toLowerCase();
          const showMatched = texts.length > 0 && !texts.every((x) => name.includes(x.toLowerCase()));
          return (
            <li key={`${pattern.packId}/${pattern.id}`} class="fb-pattern-item">
              <p class="fb-pattern-name">
                <bdi>{pattern.name}</bdi>
              </p>
              <p class={`fb-sev-inline fb-sev-${pattern.severity}`}>
                <SeverityIcon severity={pattern.severity} size={13} />
                <span>{severityLabel(lang, pattern.severity)}</span>
              </p>
              {showMatched && (
                <p class="fb-matched fb-small">
                  <span class="fb-matched-label">{tr('detail_matched_words')}</span>{' '}
                  {texts.map((x, i) => (
                    <span key={i} class="fb-matched-text">
                      {i > 0 ? ' ' : ''}
                      {tSlots(lang, 'ui_quote', ['text']).map((part, j) =>
                        typeof part === 'string' ? part : <bdi key={j}>{x}</bdi>,
                      )}
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** Patterns grouped by category, in the order categories first appear; within a group, most severe first. */
function groupByCategory(patterns: readonly MatchedPattern[]): [Category, MatchedPattern[]][] {
  const groups = new Map<Category, MatchedPattern[]>();
  for (const p of patterns) {
    const g = groups.get(p.category);
    if (g) g.push(p);
    else groups.set(p.category, [p]);
  }
  for (const g of groups.values()) g.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return [...groups.entries()];
}

/**
 * The patterns shown before "Show all": the first of each category in turn (the most severe of each, categories in
 * the order they first appear), then the second of each, and so on, up to PREVIEW_COUNT: every category of the first
 * three is seen, not three of one.
 */
function previewPatterns(groups: readonly [Category, MatchedPattern[]][]): Set<MatchedPattern> {
  const picked = new Set<MatchedPattern>();
  for (let round = 0; picked.size < PREVIEW_COUNT; round++) {
    let left = false;
    for (const [, patterns] of groups) {
      const p = patterns[round];
      if (!p) continue;
      left = true;
      if (picked.size < PREVIEW_COUNT) picked.add(p);
    }
    if (!left) break;
  }
  return picked;
}

/**
 * The disclosure button under a shortened list: "Show all N …" / "Show fewer …", with aria-expanded and aria-controls
 * (the list). Opened, the list takes focus: the items it shows now are above the button, where a keyboard or screen
 * reader user would not look. Closed, focus stays on the button, scrolled back into view (now higher up).
 */
function ShowAllButton(props: { expanded: boolean; controls: string; showAll: string; showFewer: string; onToggle(): void }) {
  const ref = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (toggled.current) {
      // The list is the row's previous sibling (its id, from useId, may be another view's too in one document).
      const list = ref.current?.parentElement?.previousElementSibling;
      if (props.expanded && list instanceof HTMLElement && list.id === props.controls) list.focus();
      else if (!props.expanded) ref.current?.scrollIntoView?.({ block: 'nearest' });
    }
    toggled.current = false;
  }, [props.expanded]);
  return (
    <div class="fb-show-all-row">
      <button
        type="button"
        ref={ref}
        class="fb-btn fb-btn-ghost fb-show-all"
        aria-expanded={props.expanded ? 'true' : 'false'}
        aria-controls={props.controls}
        onClick={() => {
          toggled.current = true;
          props.onToggle();
        }}
      >
        <ChevronIcon size={16} class="fb-show-all-icon" />
        <span>{props.expanded ? props.showFewer : props.showAll}</span>
      </button>
    </div>
  );
}

/** The matched patterns by category; past PREVIEW_COUNT, the first ones and "Show all N matched patterns". */
function MatchedPatterns({ lang, post, result }: { lang: Lang; post: PostData; result: MatchResult }) {
  const tr = translator(lang);
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const groups = groupByCategory(result.patterns);
  const total = result.patterns.length;
  const collapsible = total > PREVIEW_COUNT;
  const shown = collapsible && !expanded ? previewPatterns(groups) : null;
  const visible = shown ? groups.map(([c, ps]) => [c, ps.filter((p) => shown.has(p))] as [Category, MatchedPattern[]]).filter(([, ps]) => ps.length > 0) : groups;
  return (
    <>
      <ul class="fb-patterns" id={listId} tabIndex={-1}>
        {visible.map(([category, patterns]) => (
          <PatternGroup key={category} lang={lang} post={post} category={category} patterns={patterns} />
        ))}
      </ul>
      {collapsible && (
        <ShowAllButton
          expanded={expanded}
          controls={listId}
          showAll={tr('detail_show_all_patterns', { count: new Intl.NumberFormat(lang).format(total) })}
          showFewer={tr('detail_show_fewer_patterns')}
          onToggle={() => setExpanded((x) => !x)}
        />
      )}
    </>
  );
}

function ContextCard({ lang, entry }: { lang: Lang; entry: ContextEntry }) {
  const tr = translator(lang);
  const claimId = useId();
  const verdict = pickLang(entry.verdictLabel, lang)?.value ?? entry.reviewRating.alternateName;
  // The claim and the verdict's explanation in the reader's language where the pack has them (else its ClaimReview's
  // own, in the one language it was written in).
  const claim = pickLang(entry.claim, lang);
  const explanation = pickLang(entry.explanation, lang);
  const explanationText = explanation?.value ?? entry.reviewRating.ratingExplanation;
  const summary = pickLang(entry.summary, lang);
  const known = pickLang(entry.known, lang);
  const entryUrl = safeHttpsUrl(entry.url);
  const authorUrl = safeHttpsUrl(entry.author.url);
  const published = formatDate(lang, entry.datePublished);
  const authorNode = authorUrl ? (
    <ExtLink href={authorUrl} lang={lang}>
      <bdi>{entry.author.name}</bdi>
    </ExtLink>
  ) : (
    <bdi>{entry.author.name}</bdi>
  );
  const dateNode = <time dateTime={isoAttr(entry.datePublished)}>{published}</time>;
  const byline = published
    ? tSlots(lang, 'detail_reviewed_by', ['author', 'date'])
    : tSlots(lang, 'detail_reviewed_by_nodate', ['author']);
  const sources = entry.sources.filter((s) => safeHttpsUrl(s.url));
  const sourcesId = useId();
  const [allSources, setAllSources] = useState(false);
  const sourcesCollapsible = sources.length > PREVIEW_COUNT;
  const shownSources = sourcesCollapsible && !allSources ? sources.slice(0, PREVIEW_COUNT) : sources;

  return (
    <article class="fb-ctx" aria-labelledby={claimId}>
      <p class="fb-verdict">
        <span class="fb-verdict-label">{tr('detail_verdict')}</span>
        <strong class="fb-verdict-value">
          <bdi>{verdict}</bdi>
        </strong>
      </p>
      <h4 class="fb-claim" id={claimId}>
        <span class="fb-sr-only">{tr('detail_claim')}: </span>
        <span class="fb-claim-text" dir="auto" lang={claim && claim.lang !== lang ? claim.lang : undefined}>
          {claim?.value ?? entry.claimReviewed}
        </span>
      </h4>
      {explanationText && (
        <PackText
          class="fb-pack fb-rating-expl"
          text={explanationText}
          lang={explanation && explanation.lang !== lang ? explanation.lang : undefined}
        />
      )}
      {summary && (
        <>
          <PackText
            class={`fb-pack fb-summary${/<[a-z]/i.test(summary.value) ? '' : ' fb-preline'}`}
            text={summary.value}
            lang={summary.lang !== lang ? summary.lang : undefined}
          />
          {summary.lang !== lang && <p class="fb-muted fb-small">{tr('detail_in_language')}</p>}
        </>
      )}
      {known && (
        <div class="fb-known">
          <h5 class="fb-h5">{tr('detail_known_heading')}</h5>
          <ul class="fb-bullets" lang={known.lang !== lang ? known.lang : undefined}>
            {known.value.map((k, i) => (
              <PackText key={i} as="li" class="fb-pack" text={k} />
            ))}
          </ul>
        </div>
      )}
      {sources.length > 0 && (
        <div class="fb-sources">
          <h5 class="fb-h5">{tr('detail_sources_heading')}</h5>
          <ul class="fb-source-list" id={sourcesId} tabIndex={-1}>
            {shownSources.map((s, i) => {
              const d = formatDate(lang, s.datePublished);
              return (
                <li key={i} class="fb-source">
                  <ExtLink href={safeHttpsUrl(s.url) as string} lang={lang}>
                    <bdi>{s.title}</bdi>
                  </ExtLink>
                  <span class="fb-source-meta fb-muted">
                    <bdi>{s.publisher}</bdi>
                    {d && (
                      <>
                        <span aria-hidden="true"> · </span>
                        <time dateTime={isoAttr(s.datePublished)}>{d}</time>
                      </>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
          {sourcesCollapsible && (
            <ShowAllButton
              expanded={allSources}
              controls={sourcesId}
              showAll={tr('detail_show_all_sources', { count: new Intl.NumberFormat(lang).format(sources.length) })}
              showFewer={tr('detail_show_fewer_sources')}
              onToggle={() => setAllSources((x) => !x)}
            />
          )}
        </div>
      )}
      <p class="fb-ctx-foot fb-small fb-muted">
        <span>
          {byline.map((p, i) =>
            typeof p === 'string' ? p : <span key={i}>{p === 0 ? authorNode : dateNode}</span>,
          )}
        </span>
        {entryUrl && (
          <ExtLink href={entryUrl} lang={lang} class="fb-read-more">
            {tr('detail_read_full')}
          </ExtLink>
        )}
      </p>
    </article>
  );
}

function EmergencyLine({ lang, numbers }: { lang: Lang; numbers: string }) {
  const tr = translator(lang);
  if (!numbers.trim()) {
    return (
      <p class="fb-emergency">
        <AlertIcon size={18} class="fb-emergency-icon" />
        <span>{tr('detail_emergency_any')}</span>
      </p>
    );
  }
  const list = numbers
    .split(/[/,]/)
    .map((n) => n.trim())
    .filter(Boolean);
  const links: JSX.Element[] = [];
  list.forEach((n, i) => {
    if (i > 0) links.push(<span key={`or${i}`}> {tr('detail_or')} </span>);
    const href = telHref(n);
    links.push(
      href ? (
        <a key={n} class="fb-emergency-num" href={href} dir="ltr">
          {n}
        </a>
      ) : (
        <bdi key={n}>{n}</bdi>
      ),
    );
  });
  return (
    <p class="fb-emergency">
      <AlertIcon size={18} class="fb-emergency-icon" />
      <span>
        {tSlots(lang, 'detail_emergency', ['number']).map((p, i) =>
          typeof p === 'string' ? p : <span key={i}>{links}</span>,
        )}
      </span>
    </p>
  );
}

function DestinationItem({
  lang,
  d,
  hintId,
  busy,
  onActivate,
}: {
  lang: Lang;
  d: Destination;
  hintId: string;
  busy: boolean;
  onActivate(): void;
}) {
  const tr = translator(lang);
  const noteId = useId();
  const name = d.name[lang] || d.name.en;
  const note = destinationNote(d, lang);
  const tel = telHref(d.phone);
  const mail = mailtoHref(d.email);
  const alternatives = (d.alternatives ?? []).filter((a) => safeHttpsUrl(a.url));
  return (
    <li class="fb-dest">
      <button
        type="button"
        class="fb-btn fb-btn-secondary fb-dest-btn"
        aria-describedby={`${noteId} ${hintId}`}
        aria-disabled={busy ? 'true' : undefined}
        onClick={onActivate}
      >
        <span class="fb-dest-name">{name}</span>
        {d.url ? <ExternalIcon size={14} class="fb-dest-icon" /> : null}
      </button>
      {note && (
        <p class="fb-dest-note fb-small fb-muted" id={noteId}>
          {note}
        </p>
      )}
      {(tel || mail) && (
        <p class="fb-dest-contact fb-small">
          {tel && d.phone && (
            <span class="fb-contact">
              <PhoneIcon size={13} />
              <span class="fb-sr-only">{tr('detail_phone')}: </span>
              <a class="fb-link" href={tel} dir="ltr">
                {d.phone}
              </a>
            </span>
          )}
          {mail && d.email && (
            <span class="fb-contact">
              <MailIcon size={13} />
              <span class="fb-sr-only">{tr('detail_email')}: </span>
              <a class="fb-link fb-break" href={mail} dir="ltr">
                {d.email}
              </a>
            </span>
          )}
        </p>
      )}
      {alternatives.length > 0 && (
        <p class="fb-dest-alt fb-small">
          <span class="fb-muted">{tr('detail_also')} </span>
          {/* The language's own list ("A, B et C", «أ وب») with a link for each name. */}
          {new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(alternatives.map((_, i) => String(i))).map((part, k) => {
            const a = part.type === 'element' ? alternatives[Number(part.value)] : undefined;
            return a ? (
              <ExtLink key={k} href={safeHttpsUrl(a.url) as string} lang={lang}>
                <bdi>{a.name}</bdi>
              </ExtLink>
            ) : (
              <span key={k}>{part.value}</span>
            );
          })}
        </p>
      )}
    </li>
  );
}

/**
 * Context entries in the order of result.contextIds, then any others, each entry once. Two packs may have entries
 * with the same id (ids are unique within a pack): both are shown.
 */
function orderedContexts(result: MatchResult, contexts: ContextEntry[]): ContextEntry[] {
  const out: ContextEntry[] = [];
  for (const id of result.contextIds) for (const c of contexts) if (c.id === id && !out.includes(c)) out.push(c);
  for (const c of contexts) if (!out.includes(c)) out.push(c);
  return out;
}

/** A live region, always in the document (a region added with its first message is often not read out). */
function StatusRegion({ status, at, class: className, children }: { status: Status; at: StatusPlace; class: string; children?: ComponentChildren }) {
  return (
    <div class={className} role="status" aria-live="polite" aria-atomic="true">
      {children}
      {status?.at === at && <p class={`fb-status-msg fb-status-${status.tone}`}>{status.text}</p>}
    </div>
  );
}

/**
 * The order is the one a moderator works in: the post and its risk, then what to do about it (report it to the site,
 * or "Not a threat"), then the other places to report, then why it matched and the fact-check context, their long
 * lists shortened to their first items with a "Show all" button.
 */
export function DetailView(props: DetailViewProps) {
  const { lang, theme, post, result, destinations, dismissed } = props;
  const tr = translator(lang);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const busyRef = useRef<string | null>(null);
  const focusNext = useRef<'undo' | 'notThreat' | null>(null);
  const notThreatRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const ids = {
    title: useId(),
    post: useId(),
    why: useId(),
    ctx: useId(),
    report: useId(),
    more: useId(),
    mistake: useId(),
    platformHint: useId(),
    destHint: useId(),
    destHintCopy: useId(),
    downloadHint: useId(),
    notThreatHint: useId(),
    notice: useId(),
  };

  // A new post: forget the previous post's status.
  useEffect(() => {
    setStatus(null);
  }, [post.id]);

  // Keep keyboard focus on the "Not a threat" / "Undo" pair when one replaces the other.
  useEffect(() => {
    const want = focusNext.current;
    if (want === 'undo' && dismissed) undoRef.current?.focus();
    if (want === 'notThreat' && !dismissed) notThreatRef.current?.focus();
    focusNext.current = null;
  }, [dismissed]);

  /**
   * Says `done` next to "Not a threat" once the action succeeded (at once when it answers nothing), or that it failed.
   * `done` null: the view's own "Marked as not a threat." says it (it follows the `dismissed` prop), once.
   */
  async function settle(outcome: void | Promise<void>, done: string | null) {
    const ok = (): Status => (done ? { text: done, tone: 'ok', at: 'mistake' } : null);
    if (!outcome) {
      setStatus(ok());
      return;
    }
    try {
      await outcome;
      setStatus(ok());
    } catch {
      setStatus({ text: tr('detail_action_failed'), tone: 'error', at: 'mistake' });
    }
  }

  async function run(id: string, at: StatusPlace, action: () => Promise<Status>) {
    if (busyRef.current) return;
    busyRef.current = id;
    setBusy(id);
    setStatus({ text: tr('detail_working'), tone: 'info', at });
    try {
      setStatus(await action());
    } catch {
      setStatus({ text: tr('detail_action_failed'), tone: 'error', at });
    } finally {
      busyRef.current = null;
      setBusy(null);
    }
  }

  const toStatus = (r: ActionOutcome | null | undefined, at: StatusPlace): Status => {
    if (r && typeof r.message === 'string' && r.message) return { text: r.message, tone: r.ok ? 'ok' : 'error', at };
    return r?.ok ? null : { text: tr('detail_action_failed'), tone: 'error', at };
  };

  const site = siteName(lang, post.site);
  const handle = shownHandle(post.site, post.author.handle);
  const time = formatDateTime(lang, post.time);
  const postUrl = safeHttpsUrl(post.url);
  const contexts = orderedContexts(result, props.contexts);
  const helpPages = destinations.filter((d) => d.kind === 'platform-help' && (!d.site || d.site === post.site));
  const national = destinations.filter((d) => d.kind !== 'platform-help');
  const country = national.find((d) => /^[A-Z]{2}$/i.test(d.country))?.country ?? null;
  const rootClass = ['fb-root', 'fb-detail', props.class].filter(Boolean).join(' ');
  const reportTo = (d: Destination) => run(`dest:${d.id}`, 'more', async () => toStatus(await props.onReportDestination(d), 'more'));

  return (
    <article
      class={rootClass}
      data-theme={theme}
      dir={isRtl(lang) ? 'rtl' : 'ltr'}
      lang={lang}
      aria-labelledby={ids.title}
      aria-describedby={props.notice ? ids.notice : undefined}
    >
      <header class="fb-head">
        <div class="fb-head-text">
          <p class="fb-brand">
            <ShieldIcon size={14} />
            <span>{tr('extName')}</span>
          </p>
          <h2 class="fb-title" id={ids.title}>
            {tr('detail_title')}
          </h2>
          <div class="fb-head-badges">
            {result.severity && (
              <p class={`fb-sev fb-sev-${result.severity}`}>
                <SeverityIcon severity={result.severity} size={15} />
                <span>{severityLabel(lang, result.severity)}</span>
              </p>
            )}
            {dismissed && (
              <p class="fb-sev fb-sev-dismissed">
                <CheckIcon size={15} />
                <span>{tr('detail_not_threat')}</span>
              </p>
            )}
          </div>
        </div>
        {props.onClose && (
          <button
            type="button"
            class="fb-icon-btn"
            aria-label={tr('detail_close')}
            aria-keyshortcuts="Escape"
            title={tr('detail_close')}
            onClick={() => props.onClose?.()}
          >
            <CloseIcon size={18} />
          </button>
        )}
      </header>

      <div class="fb-body">
        {props.notice && (
          // Before everything it bears on (the actions below fail while it holds), and part of the panel's description,
          // so that it is read when the panel opens: a live region says nothing of what it holds when it appears.
          <div class="fb-status fb-notice" id={ids.notice}>
            <p class="fb-status-msg fb-status-error">{props.notice}</p>
          </div>
        )}
        <section class="fb-section" aria-labelledby={ids.post}>
          <h3 class="fb-h3" id={ids.post}>
            {tr('detail_post_heading')}
          </h3>
          <figure class="fb-post">
            <figcaption class="fb-post-meta">
              <span class="fb-post-who">
                <bdi class="fb-author">{post.author.name || tr('ui_unknown_author')}</bdi>
                {handle && (
                  <bdi class="fb-handle fb-muted" dir="ltr">
                    {handle}
                  </bdi>
                )}
              </span>
              {time ? (
                <time class="fb-post-time fb-muted" dateTime={isoAttr(post.time)}>
                  {time}
                </time>
              ) : post.timeShown ? (
                // The page's own words for the time ("6 h"), where it gives no date: shown as the page showed them.
                <bdi class="fb-post-time fb-muted">{post.timeShown}</bdi>
              ) : null}
            </figcaption>
            <blockquote class="fb-post-text" dir="auto" lang={post.lang ?? ''}>
              <Excerpt post={post} result={result} lang={lang} />
            </blockquote>
            {post.quoted && <QuotedNote lang={lang} site={post.site} quoted={post.quoted} result={result} />}
            {post.machineTranslated && (
              <p class="fb-muted fb-small fb-quoted-note">{tr('detail_machine_translated', { site })}</p>
            )}
          </figure>
          {(props.onScrollToPost || postUrl) && (
            <div class="fb-row">
              {props.onScrollToPost && (
                <button type="button" class="fb-btn fb-btn-ghost" onClick={() => props.onScrollToPost?.()}>
                  <LocateIcon size={15} />
                  <span>{tr('detail_show_on_page')}</span>
                </button>
              )}
              {postUrl && (
                <ExtLink href={postUrl} lang={lang} class="fb-btn fb-btn-ghost">
                  {tr('detail_open_post')}
                </ExtLink>
              )}
            </div>
          )}
        </section>

        <section class="fb-section fb-report" aria-labelledby={ids.report}>
          <h3 class="fb-h3" id={ids.report}>
            {tr('detail_report_heading')}
          </h3>
          <p class="fb-privacy fb-small">
            <LockIcon size={15} class="fb-privacy-icon" />
            <span>{tr('detail_report_privacy')}</span>
          </p>

          <div class="fb-report-group">
            <button
              type="button"
              class="fb-btn fb-btn-primary fb-btn-wide"
              aria-describedby={ids.platformHint}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => run('platform', 'report', async () => toStatus(await props.onReportPlatform(), 'report'))}
            >
              <FlagIcon size={16} />
              <span>{tr('detail_report_platform', { site })}</span>
            </button>
            <p class="fb-hint fb-small fb-muted" id={ids.platformHint}>
              {tr('detail_report_platform_hint', { site })}
            </p>
          </div>

          <StatusRegion status={status} at="report" class="fb-status" />
        </section>

        <section class="fb-section fb-mistake" aria-labelledby={ids.mistake}>
          <h3 class="fb-h3" id={ids.mistake}>
            {tr('detail_mistake_heading')}
          </h3>
          <div class={`fb-row fb-mistake-row${dismissed ? ' fb-dismissed' : ''}`}>
            {/* Says "Marked as not a threat." once, here (it follows `dismissed`), and what came of Undo or a failure. */}
            <StatusRegion status={status} at="mistake" class="fb-mistake-status">
              {dismissed && (
                <p class="fb-dismissed-text">
                  <CheckIcon size={16} />
                  <span>{tr('detail_marked_not_threat')}</span>
                </p>
              )}
            </StatusRegion>
            {dismissed ? (
              <button
                type="button"
                ref={undoRef}
                class="fb-btn fb-btn-secondary"
                onClick={() => {
                  focusNext.current = 'notThreat';
                  void settle(props.onUndo(), tr('detail_undone'));
                }}
              >
                {tr('detail_undo')}
              </button>
            ) : (
              <button
                type="button"
                ref={notThreatRef}
                class="fb-btn fb-btn-secondary"
                aria-describedby={ids.notThreatHint}
                onClick={() => {
                  focusNext.current = 'undo';
                  void settle(props.onNotThreat(), null);
                }}
              >
                <CheckIcon size={16} />
                <span>{tr('detail_not_threat')}</span>
              </button>
            )}
          </div>
          {!dismissed && (
            <p class="fb-hint fb-small fb-muted" id={ids.notThreatHint}>
              {tr('detail_not_threat_hint')}
            </p>
          )}
        </section>

        <section class="fb-section fb-report-more" aria-labelledby={ids.more}>
          <h3 class="fb-h3" id={ids.more}>
            {tr('detail_report_more_heading')}
          </h3>
          {helpPages.length > 0 && (
            <div class="fb-report-group">
              <h4 class="fb-h4">{tr('detail_report_help_heading', { site })}</h4>
              <ul class="fb-dests">
                {helpPages.map((d) => (
                  <DestinationItem key={d.id} lang={lang} d={d} hintId={d.url ? ids.destHint : ids.destHintCopy} busy={busy !== null} onActivate={() => reportTo(d)} />
                ))}
              </ul>
            </div>
          )}

          <div class="fb-report-group">
            <h4 class="fb-h4">
              {country ? tr('detail_report_hotlines', { country: countryName(lang, country) }) : tr('detail_report_hotlines_any')}
            </h4>
            {props.countryFromBrowser && <p class="fb-small fb-muted">{tr('detail_report_country_auto')}</p>}
            {national.length === 0 ? (
              <p class="fb-small fb-muted">{tr('detail_report_no_hotline')}</p>
            ) : (
              <ul class="fb-dests">
                {national.map((d) => (
                  <DestinationItem key={d.id} lang={lang} d={d} hintId={d.url ? ids.destHint : ids.destHintCopy} busy={busy !== null} onActivate={() => reportTo(d)} />
                ))}
              </ul>
            )}
          </div>
          <p class="fb-sr-only" id={ids.destHint}>
            {tr('detail_report_dest_hint')}
          </p>
          <p class="fb-sr-only" id={ids.destHintCopy}>
            {tr('detail_report_dest_hint_copy')}
          </p>

          <EmergencyLine lang={lang} numbers={props.emergencyNumber} />

          <div class="fb-report-group">
            <button
              type="button"
              class="fb-btn fb-btn-secondary"
              data-action="download-evidence"
              aria-describedby={ids.downloadHint}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() =>
                run('download', 'more', async () => {
                  await props.onDownloadEvidence();
                  return { text: tr('detail_download_done'), tone: 'ok', at: 'more' };
                })
              }
            >
              <DownloadIcon size={16} />
              <span>{tr('detail_download')}</span>
            </button>
            <p class="fb-hint fb-small fb-muted" id={ids.downloadHint}>
              {tr('detail_download_hint')}
            </p>
          </div>

          <StatusRegion status={status} at="more" class="fb-status fb-status-more" />
        </section>

        <section class="fb-section" aria-labelledby={ids.why}>
          <h3 class="fb-h3" id={ids.why}>
            {tr('detail_why_heading')}
          </h3>
          <p class="fb-muted fb-small fb-intro">{tr('detail_why_intro')}</p>
          <MatchedPatterns key={post.id} lang={lang} post={post} result={result} />
        </section>

        <section class="fb-section" aria-labelledby={ids.ctx}>
          <h3 class="fb-h3" id={ids.ctx}>
            {tr('detail_context_heading')}
          </h3>
          {contexts.length === 0 ? (
            <p class="fb-muted">{tr('detail_context_none')}</p>
          ) : (
            contexts.map((c, i) => <ContextCard key={`${post.id}:${i}:${c.id}`} lang={lang} entry={c} />)
          )}
        </section>
      </div>
    </article>
  );
}
