// The flagged posts of a tab, newest first. Activating one shows its detail (rendered by the caller, usually a
// <DetailView>) with a back button; each item also offers "Show on page". "Back to the list" or Esc goes back to the
// list, with focus on the post's item; on the item that took its place when the post left the list (the page dropped
// it), else the one before it, else the list's heading. Posts the user marked "Not a threat" (dismissedIds) are shown
// greyed, labelled so, with an Undo button when onUndo is given.
// An item's button is named by its severity, author and time ("High risk — Jane, Nov 27, 2025, 6:49 AM"), its
// excerpt is its description: a screen reader says who and how serious before the post's words.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../lib/types';
import type { FlaggedPost } from '../lib/messages';
import { isRtl, t, translator } from '../lib/i18n';
import { buildExcerpt, resultSpans } from '../lib/ui/highlight';
import { formatDateTime, isoAttr, severityLabel } from '../lib/ui/format';
import { ExcerptParts } from './ExcerptParts';
import { BackIcon, CheckIcon, LocateIcon, SeverityIcon } from './icons';

export interface PostListProps {
  lang: Lang;
  theme: 'light' | 'dark';
  items: FlaggedPost[];
  /** Post ids the user marked "Not a threat" (shown as such in the list). */
  dismissedIds?: ReadonlySet<string>;
  /** Controlled selection; leave undefined to let the list keep its own. */
  selectedId?: string | null;
  onSelect?(postId: string | null): void;
  /** The detail of one post (a <DetailView>); the list puts a back button above it. */
  renderDetail(item: FlaggedPost): ComponentChildren;
  /** When given, each item has a "Show on page" button. */
  onShowOnPage?(item: FlaggedPost): void;
  /** When given, each item in dismissedIds has an Undo button (takes "Not a threat" back). */
  onUndo?(item: FlaggedPost): void;
  /** Shown under the heading (e.g. how many posts were checked). */
  summary?: ComponentChildren;
}

function sortKey(item: FlaggedPost): number {
  const t = item.post.time ? Date.parse(item.post.time) : NaN;
  return Number.isFinite(t) ? t : item.seenAt;
}

/** Newest first (post time, else when the tab flagged it). */
export function sortNewestFirst(items: readonly FlaggedPost[]): FlaggedPost[] {
  return [...items].sort((a, b) => sortKey(b) - sortKey(a) || b.seenAt - a.seenAt);
}

/** The accessible name of an item's button: severity (and "marked as not a threat"), author, time. */
export function itemName(lang: Lang, item: FlaggedPost, dismissed: boolean): string {
  const { post, result } = item;
  const severity = result.severity ? severityLabel(lang, result.severity) : t(lang, 'list_item_flagged');
  const state = dismissed ? t(lang, 'list_item_state_dismissed', { severity }) : severity;
  const author = post.author.name || t(lang, 'ui_unknown_author');
  const time = formatDateTime(lang, post.time) || post.timeShown?.trim() || '';
  return time ? t(lang, 'list_item_name', { state, author, time }) : t(lang, 'list_item_name_notime', { state, author });
}

function ItemExcerpt({ item, lang }: { item: FlaggedPost; lang: Lang }) {
  const parts = buildExcerpt(item.post.text, resultSpans(item.result), { maxLength: 180, context: 60, maxWindows: 1 });
  return <ExcerptParts parts={parts} lang={lang} />;
}

export function PostList(props: PostListProps) {
  const { lang, theme, items } = props;
  const tr = translator(lang);
  const headingId = useId();
  /** Prefix of the excerpts' ids (an item's button is described by its excerpt). */
  const excerptIds = useId();
  const [ownSelected, setOwnSelected] = useState<string | null>(null);
  const controlled = props.selectedId !== undefined;
  const selectedId = controlled ? (props.selectedId ?? null) : ownSelected;
  // The last seen version of the selected post: it stays open even if the page drops it from the list.
  const lastSelected = useRef<FlaggedPost | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  /**
   * Where focus goes once the view it waits for is rendered: the detail of a post, or the list (a post's item). Effects
   * run after paint, so a click can come between a render and its effect: that effect, of a render showing the other
   * view, leaves the request to the render that shows its view.
   */
  const focusAfter = useRef<{ kind: 'detail'; id: string } | { kind: 'item'; id: string; order: readonly string[] } | null>(null);
  /** The list's post ids, as last listed with the selected post in it: where to go back to once it has left. */
  const listedOrder = useRef<readonly string[]>([]);
  /** The item focus last went to in the list, and the list then: where focus goes if that item leaves the list. */
  const focusedItem = useRef<{ id: string; order: readonly string[] } | null>(null);

  const sorted = sortNewestFirst(items);
  let selected: FlaggedPost | null = null;
  if (selectedId) {
    selected = sorted.find((i) => i.post.id === selectedId) ?? (lastSelected.current?.post.id === selectedId ? lastSelected.current : null);
    if (sorted.some((i) => i.post.id === selectedId)) listedOrder.current = sorted.map((i) => i.post.id);
  }
  lastSelected.current = selected;
  // Its post selected but gone from the list in the same update as the click: no detail to focus, now or later.
  const pending = focusAfter.current;
  if (pending?.kind === 'detail' && pending.id === selectedId && !selected) focusAfter.current = null;

  const select = (id: string | null) => {
    if (!controlled) setOwnSelected(id);
    props.onSelect?.(id);
  };

  /** Back to the list; focus then goes to the post's item (see the effect below). */
  const back = (id: string) => {
    focusAfter.current = { kind: 'item', id, order: listedOrder.current };
    select(null);
  };
  const backRef = useRef(back);
  backRef.current = back;

  // Esc in the detail goes back to the list, as "Back to the list" does (the in-page panel closes on Esc). Listened to
  // on the document: focus may be on no control at all (a click on the detail's text leaves it on <body>).
  const detailId = selected?.post.id ?? null;
  useEffect(() => {
    const doc = rootRef.current?.ownerDocument;
    if (detailId === null || !doc) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      backRef.current(detailId);
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [detailId]);

  useEffect(() => {
    const root = rootRef.current;
    // The focused item left the list (the page dropped the post, or the list emptied): focus would fall to the
    // document's body, where a keyboard or screen-reader user loses their place. It goes where Back would take it.
    const had = focusedItem.current;
    if (!focusAfter.current && had && detailId === null && root) {
      const doc = root.ownerDocument;
      const active = doc.activeElement;
      const stillListed = Array.from(root.querySelectorAll<HTMLElement>('.fb-list-open[data-post-id]')).some((el) => el.dataset.postId === had.id);
      if (!stillListed && (!active || active === doc.body)) focusAfter.current = { kind: 'item', id: had.id, order: had.order };
    }
    const f = focusAfter.current;
    if (!f || !root) return;
    if (f.kind === 'detail' ? detailId !== f.id : detailId !== null) return;
    focusAfter.current = null;
    if (f.kind === 'detail') {
      const title = root.querySelector<HTMLElement>('.fb-title');
      if (title) {
        title.setAttribute('tabindex', '-1');
        title.focus();
      }
    } else {
      const items = new Map<string, HTMLElement>();
      for (const el of root.querySelectorAll<HTMLElement>('.fb-list-open[data-post-id]')) items.set(el.dataset.postId ?? '', el);
      // The post's item; gone from the list ("Not a threat", or the page dropped it): the item listed after it, which
      // took its place, else the nearest one before it, else the heading.
      const at = f.order.indexOf(f.id);
      const neighbours = at < 0 ? [] : [...f.order.slice(at + 1), ...f.order.slice(0, at).reverse()];
      const target = [f.id, ...neighbours].map((id) => items.get(id)).find((el) => el !== undefined);
      if (target) {
        target.focus();
      } else {
        const heading = root.querySelector<HTMLElement>('.fb-list-title');
        if (heading) {
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
      }
    }
  });

  const dir = isRtl(lang) ? 'rtl' : 'ltr';

  if (selected) {
    const id = selected.post.id;
    return (
      <div class="fb-root fb-list" data-theme={theme} dir={dir} lang={lang} ref={rootRef}>
        <div class="fb-list-back">
          <button
            type="button"
            class="fb-btn fb-btn-ghost"
            aria-keyshortcuts="Escape"
            onClick={() => back(id)}
          >
            <BackIcon size={16} />
            <span>{tr('list_back')}</span>
          </button>
        </div>
        {props.renderDetail(selected)}
      </div>
    );
  }

  return (
    <div class="fb-root fb-list" data-theme={theme} dir={dir} lang={lang} ref={rootRef}>
     <section aria-labelledby={headingId}>
      <div class="fb-list-head">
        <h2 class="fb-list-title" id={headingId}>
          {tr('list_heading')}
        </h2>
        <span class="fb-list-count">
          {tr('list_count', { count: new Intl.NumberFormat(lang).format(items.filter((i) => !props.dismissedIds?.has(i.post.id)).length) })}
        </span>
      </div>
      {props.summary}
      {sorted.length === 0 ? (
        <p class="fb-list-empty">{tr('list_empty')}</p>
      ) : (
        <ul class="fb-list-items">
          {sorted.map((item, index) => {
            const { post, result } = item;
            const dismissed = props.dismissedIds?.has(post.id) ?? false;
            const time = formatDateTime(lang, post.time);
            const author = post.author.name || tr('ui_unknown_author');
            const excerptId = `${excerptIds}-${index}`;
            return (
              <li key={post.id} class={`fb-list-item${dismissed ? ' is-dismissed' : ''}`}>
                <button
                  type="button"
                  class="fb-list-open"
                  data-post-id={post.id}
                  aria-label={itemName(lang, item, dismissed)}
                  aria-describedby={excerptId}
                  onFocus={() => {
                    focusedItem.current = { id: post.id, order: sorted.map((i) => i.post.id) };
                  }}
                  // Focus the user moved away (browsers fire no blur for an element removed while focused).
                  onBlur={() => {
                    focusedItem.current = null;
                  }}
                  onClick={() => {
                    focusAfter.current = { kind: 'detail', id: post.id };
                    select(post.id);
                  }}
                >
                  <span class="fb-list-top">
                    {result.severity && (
                      <span class={`fb-sev fb-sev-${result.severity}`}>
                        <SeverityIcon severity={result.severity} size={13} />
                        <span>{severityLabel(lang, result.severity)}</span>
                      </span>
                    )}
                    {dismissed && (
                      <span class="fb-list-dismissed">
                        <CheckIcon size={13} />
                        <span>{tr('detail_not_threat')}</span>
                      </span>
                    )}
                    {time ? (
                      <time class="fb-list-time" dateTime={isoAttr(post.time)}>
                        {time}
                      </time>
                    ) : post.timeShown?.trim() ? (
                      // The page's own words for the time ("6 h"), where it gives no date.
                      <bdi class="fb-list-time">{post.timeShown.trim()}</bdi>
                    ) : null}
                  </span>
                  <bdi class="fb-list-author">{author}</bdi>
                  <span class="fb-list-excerpt" id={excerptId} dir="auto" lang={post.lang ?? ''}>
                    <ItemExcerpt item={item} lang={lang} />
                  </span>
                </button>
                {props.onShowOnPage && (
                  <span class="fb-list-side">
                    <button
                      type="button"
                      class="fb-icon-btn"
                      aria-label={tr('list_show_on_page_of', { author })}
                      title={tr('detail_show_on_page')}
                      onClick={() => props.onShowOnPage?.(item)}
                    >
                      <LocateIcon size={18} />
                    </button>
                  </span>
                )}
                {dismissed && props.onUndo && (
                  <span class="fb-list-undo">
                    <button
                      type="button"
                      class="fb-btn fb-btn-secondary fb-btn-small"
                      aria-label={tr('list_undo_of', { author })}
                      onClick={() => {
                        // The button goes with the mark: focus to the post's item (or where it was, if it left).
                        focusAfter.current = { kind: 'item', id: post.id, order: sorted.map((i) => i.post.id) };
                        props.onUndo?.(item);
                      }}
                    >
                      {tr('detail_undo')}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
     </section>
    </div>
  );
}
