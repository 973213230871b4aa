// X markup builders for unit tests: timeline cells and posts as x.com renders them (atomic css-…/r-… classes,
// data-testid hooks, the User-Name row with the permalink around <time>), for layouts the saved fixture pages do not
// hold. Same shapes as test/fixtures/sites/x-markup.js, which builds whole pages from corpus entries. HTML strings.

/** Atomic class lists as X writes them (noise for the adapter, which never reads classes). */
export const V = 'css-175oi2r';
export const TXT = 'css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41';
export const SPAN = 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3';

/** A run of text. */
export const s = (t: string): string => `<span class="${SPAN}">${t}</span>`;

/** The User-Name row: display name, @handle, and (with an id) "·" and the permalink around <time>. */
export const userName = (handle: string, name: string, id: string | null, time = '2025-11-27T07:06:00.000Z'): string =>
  `<div class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1awozwy r-18u37iz" id="id__u${handle}" data-testid="User-Name">` +
  `<div class="${V} r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><a href="/${handle}" role="link" class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div class="${V} r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div dir="ltr" class="${TXT} r-b88u0q"><span class="${SPAN}"><span class="${SPAN}">${name}</span></span></div></div></a></div>` +
  `<div class="${V} r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="${V} r-1d09ksm r-18u37iz r-1wbh5a2"><a href="/${handle}" role="link" tabindex="-1" class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div dir="ltr" class="${TXT}"><span class="${SPAN}">@${handle}</span></div></a>` +
  (id
    ? `<div dir="ltr" aria-hidden="true" class="${TXT}"><span class="${SPAN}">·</span></div><div class="${V} r-18u37iz r-1q142lx"><a href="/${handle}/status/${id}" dir="ltr" aria-label="3h" role="link" class="${TXT} r-1loqt21"><time datetime="${time}">3h</time></a></div>`
    : '') +
  `</div></div></div>`;

/** The post's words (data-testid="tweetText"). */
export const textBlock = (inner: string, lang = 'en', dir = 'auto'): string =>
  `<div class="${V}"><div dir="${dir}" lang="${lang}" class="${TXT} r-bnwqim" id="id__t" data-testid="tweetText" style="-webkit-line-clamp: 10;">${inner}</div></div>`;

const caret = `<button aria-expanded="false" aria-haspopup="menu" aria-label="More" role="button" class="${V}" data-testid="caret" type="button"><svg aria-hidden="true"></svg></button>`;

/** The action bar, with the analytics link (a status link outside the User-Name row). */
const actions = (handle: string, id: string): string =>
  `<div class="${V}"><div aria-label="12 replies, 30 reposts, 410 likes, 9K views" role="group" class="${V}">` +
  `<button aria-label="12 Replies. Reply" role="button" data-testid="reply" type="button"><span class="${SPAN}">12</span></button>` +
  `<a href="/${handle}/status/${id}/analytics" aria-label="9K views" role="link" class="${V}"><span class="${SPAN}">9K</span></a></div></div>`;

export interface ArticleOptions {
  handle: string;
  name?: string;
  /** The status id; null: no permalink and no action bar. */
  id: string | null;
  /** What follows the User-Name row: the text block, a quoted post… */
  body: string;
  /** The social context line above ("X reposted"). */
  social?: string;
  /** The focused post of a status page (tabindex -1). */
  focused?: boolean;
  /** No permalink around a <time> in the User-Name row (an ad shows "Ad" there); the action bar stays. */
  noTime?: boolean;
  /** Markup after the body, before the action bar (a card, a note, an "Ad" label). */
  extra?: string;
}

/** A post: <article data-testid="tweet"> with avatar, User-Name row, body and action bar. */
export function article(o: ArticleOptions): string {
  return (
    `<article aria-labelledby="id__a id__b" role="article" tabindex="${o.focused ? '-1' : '0'}" class="${V} r-18u37iz r-1udh08x" data-testid="tweet">` +
    `<div class="${V} r-eqz5dr r-16y2uox r-1wbh5a2"><div class="${V} r-16y2uox r-1wbh5a2 r-1ny4l3l">` +
    `<div class="${V}"><div class="${V} r-18u37iz"><div class="${V} r-1iusvr4 r-16y2uox r-ttdzmv">${o.social ?? ''}</div></div></div>` +
    `<div class="${V} r-18u37iz"><div class="${V} r-18kxxzh" data-testid="Tweet-User-Avatar"><a href="/${o.handle}" aria-hidden="true" role="link" tabindex="-1"><img alt="" src="data:,"></a></div>` +
    `<div class="${V} r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu"><div class="${V} r-zl2h9q"><div class="${V} r-k4xj1c r-18u37iz r-1wtj0ep">${userName(o.handle, o.name ?? o.handle, o.noTime ? null : o.id)}${caret}</div></div>` +
    `${o.body}${o.extra ?? ''}${o.id ? actions(o.handle, o.id) : ''}</div></div></div></div></article>`
  );
}

/** A cell of the virtual list. */
export const cell = (inner: string): string =>
  `<div class="${V} r-1igl3o0 r-qklmqi r-1adg3ll r-1ny4l3l" data-testid="cellInnerDiv" style="position: absolute; width: 100%; transform: translateY(0px);"><div class="${V} r-1adg3ll r-1ny4l3l"><div class="${V}">${inner}</div></div></div>`;

/** The page around a timeline of `cells`: main column, its region and heading, the virtual list. */
export const timelinePage = (cells: string, title = 'Your Home Timeline'): string =>
  `<div id="react-root"><main role="main"><div data-testid="primaryColumn"><section aria-labelledby="accessible-list-1" role="region" class="${V}"><h1 id="accessible-list-1" class="r-4iw3lz">${title}</h1>` +
  `<div aria-label="Timeline: ${title}"><div style="position: relative; min-height: 5000px;">${cells}</div></div></section></div></main><div id="layers"></div></div>`;

/** The "Replying to @a and @b" line a reply shows above its words on timelines (outside data-testid="tweetText"). */
export const replyingTo = (handles: string[]): string =>
  `<div class="${V} r-4qtqp9 r-zl2h9q"><div dir="ltr" class="${TXT}" id="id__rt" style="color: rgb(83, 100, 113);">Replying to ` +
  handles
    .map((h, i) => `${i ? (i === handles.length - 1 ? ' and ' : ', ') : ''}<div class="${V} r-1wbh5a2 r-dnmrzs"><a href="/${h}" dir="ltr" role="link" class="${SPAN} r-1loqt21"><span class="${SPAN}">@${h}</span></a></div>`)
    .join('') +
  `</div></div>`;

/** A trend row of the right sidebar ("What's happening"): a focusable ARIA link, no post. */
const trend = (context: string, name: string, count: string): string =>
  `<div data-testid="cellInnerDiv" class="${V}"><div class="${V}"><div data-testid="trend" role="link" tabindex="0" class="${V} r-1loqt21"><div class="${V}">` +
  `<div dir="ltr" class="${TXT}"><span class="${SPAN}">${context}</span></div><div dir="ltr" class="${TXT} r-b88u0q"><span class="${SPAN}">${name}</span></div>` +
  `<div dir="ltr" class="${TXT}"><span class="${SPAN}">${count}</span></div></div>` +
  `<button aria-haspopup="menu" aria-label="More" role="button" data-testid="caret" type="button"><svg aria-hidden="true"></svg></button></div></div></div>`;

/** A user row of a sidebar list ("Who to follow", "Relevant people"): name, @handle, bio, Follow button. */
const userCell = (handle: string, name: string, bio: string): string =>
  `<li role="listitem" data-testid="UserCell" class="${V}"><div class="${V}"><a href="/${handle}" aria-hidden="true" role="link" tabindex="-1"><img alt="" src="data:,"></a>` +
  `<div class="${V}"><a href="/${handle}" role="link"><div dir="ltr" class="${TXT}"><span class="${SPAN}">${name}</span></div></a><a href="/${handle}" role="link" tabindex="-1"><div dir="ltr" class="${TXT}"><span class="${SPAN}">@${handle}</span></div></a>` +
  `<div dir="auto" class="${TXT}"><span class="${SPAN}">${bio}</span></div></div><button aria-label="Follow @${handle}" role="button" data-testid="${handle}-follow" type="button"><span class="${SPAN}">Follow</span></button></div></li>`;

/**
 * The right column: search box, "Relevant people" (status pages), "What's happening" (a region of timeline cells of
 * trends) and "Who to follow", each an ARIA complementary or region with its h2, as x.com lays out sidebarColumn.
 */
export const sidebar = (): string =>
  `<div data-testid="sidebarColumn" class="${V}"><div aria-label="Trending" class="${V}"><div class="${V}">` +
  `<div role="search" class="${V}"><form aria-label="Search" role="search"><input aria-label="Search query" data-testid="SearchBox_Search_Input" placeholder="Search" role="combobox" type="text" value=""></form></div>` +
  `<aside aria-label="Relevant people" role="complementary" class="${V}"><h2 dir="ltr" aria-level="2" role="heading"><span class="${SPAN}">Relevant people</span></h2><ul role="list">${userCell('amira', 'Amira', 'Journaliste. Nous en prendrons dix.')}</ul></aside>` +
  `<section aria-labelledby="accessible-list-9" role="region" class="${V}"><h1 id="accessible-list-9" class="r-4iw3lz">Timeline: Trending now</h1><div aria-label="Timeline: Trending now"><div>` +
  `<div data-testid="cellInnerDiv" class="${V}"><div class="${V}"><h2 dir="ltr" aria-level="2" role="heading"><span class="${SPAN}">What’s happening</span></h2></div></div>` +
  trend('Trending in France', '#Zuckerberg', '12.3K posts') +
  trend('Politics · Trending', 'Armée des fils du califat', '2,104 posts') +
  `<div data-testid="cellInnerDiv" class="${V}"><a href="/explore/tabs/for-you" role="link"><span class="${SPAN}">Show more</span></a></div></div></div></section>` +
  `<aside aria-label="Who to follow" role="complementary" class="${V}"><h2 dir="ltr" aria-level="2" role="heading"><span class="${SPAN}">Who to follow</span></h2><ul role="list">` +
  userCell('ansar_x', 'Ansar', 'Si vous fermez un de nos comptes') +
  `</ul><a href="/i/connect_people" role="link"><span class="${SPAN}">Show more</span></a></aside>` +
  `</div></div></div>`;

/** A page (timelinePage's markup) with `column` as the right column, beside the primary column inside <main>. */
export const withSidebar = (page: string, column = sidebar()): string => page.replace('</section></div></main>', `</section></div>${column}</main>`);
