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
