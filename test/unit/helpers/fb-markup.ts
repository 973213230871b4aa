// Facebook (Comet) markup builders for unit tests: layouts the saved fixture pages do not hold (feed units without
// aria-posinset, a group post titled with its group, member badges on comments, the photo viewer's side column).
// Same shapes as test/fixtures/sites/fb-markup.js (deep div nesting, atomic x… classes, data-ad-rendering-role hooks),
// which builds whole pages from corpus entries and cannot be bent to these variants. Returns HTML strings.

export const FB = 'https://www.facebook.com';

/** Atomic class lists as Comet writes them (noise for the adapter, which never reads classes). */
export const C = {
  div: 'html-div xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl',
  link: 'x1i10hfl xjbqb8w x1ejq31n x18oe1m7 x1sy0etr xstzfhl x972fbf x10w94by x1qhh985 x14e42zd x9f619 x1ypdohk xt0psk2',
  text: 'x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x xudqn12 x3x7a5m x6prxxf xvq8zen xo1l8bm xzsf02u x1yc453h',
  sub: 'x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x4zkp8e x676frb x1nxh6w3 x1sibtaa xo1l8bm xi81zsa x1yc453h',
  button: 'x1i10hfl x1qjc9v5 xjbqb8w xjqpnuy xa49m3k xqeqjp1 x2hbi6w x13fuv20 xu3j5b3 x1q0q8m5',
};

const CFT = '__cft__[0]=AZWq1n2b3c4d5e6f7g8h9i0jKLMNOPqrstuvwxYZ&__tn__=-UC%2CP-R';

/** An internal href with Facebook's tracking parameters. */
export const href = (u: string): string => `${u}${u.includes('?') ? '&' : '?'}${CFT}`;

/** One paragraph of a message or a comment. */
export const para = (t: string): string => `<div dir="auto" style="text-align: start;">${t}</div>`;

/** A post header's author (or group) link. */
export const authorLink = (name: string, url: string): string =>
  `<a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ1" class="${C.link} x1sur9pj xkrqix3 xzsf02u x1s688f" href="${href(url)}" role="link" tabindex="0"><strong><span>${name}</span></strong></a>`;

/** The timestamp link: href="#" until hovered, unless a permalink is given. */
export const timestamp = (label: string, permalink?: string): string =>
  `<span class="html-span xdj266r x14z9mp"><span class="x4k7w5x x1h91t0o"><a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ2" aria-label="${label}" class="${C.link} x1sur9pj xkrqix3 xi81zsa x1s688f"${permalink ? ` href="${href(permalink)}"` : ' href="#"'} role="link" tabindex="0"><span class="x1rg5ohu x6ikm8r x10wlt62 x16dsc37 xt0b8zv"><span>${label}</span></span></a></span></span>`;

const menu = `<div aria-expanded="false" aria-haspopup="menu" aria-label="Actions for this post" class="${C.button}" role="button" tabindex="0"><svg viewBox="0 0 20 20"></svg></div>`;

let headingSeq = 0;

/** A post header: avatar, profile_name (an h2 by default) holding `title`, then the sub line (`sub` · audience). */
export function header(title: string, sub: string, tag = 'h2'): string {
  const id = `h_${++headingSeq}`;
  return (
    `<div class="xu06os2 x1ok221b"><div class="x1cy8zhl x9f619 x78zum5 x1q0g3np xod5an3">` +
    `<div class="x1cy8zhl x9f619 x78zum5 xl56j7k"><div class="${C.div}"><a aria-hidden="true" class="${C.link}" href="#" role="link" tabindex="-1"><svg aria-hidden="true" role="none"></svg></a></div></div>` +
    `<div class="x1iyjqo2 x1pi30zi x1swvt13 x1yztbdb"><div class="${C.div} x1e56ztr x1xmf6yo"><div data-ad-rendering-role="profile_name" class="${C.div}"><${tag} id="${id}" class="html-${tag} xdj266r x14z9mp">` +
    `<span class="xjp7ctv">${title}</span></${tag}></div></div>` +
    `<div class="${C.div} x1e56ztr"><span class="${C.sub}" dir="auto"><div class="${C.div} x6s0dn4 x78zum5 x1q0g3np x1a02dak">${sub}<span aria-hidden="true" class="x1rg5ohu"> · </span><span class="x1rg5ohu"><svg title="Shared with Public" viewBox="0 0 16 16"><title>Shared with Public</title></svg></span></div></span></div></div>` +
    `<div class="x1cy8zhl x78zum5 xl56j7k"><div class="${C.div}">${menu}</div></div></div></div>`
  );
}

/** The post's message block (story_message and the message preview hooks), holding `inner` paragraphs. */
export function message(inner: string): string {
  return (
    `<div class="" dir="auto"><div class="${C.div} x1iorvi4 x1pi30zi" data-ad-rendering-role="story_message"><div class="${C.div}">` +
    `<div class="${C.div}" data-ad-comet-preview="message" data-ad-preview="message"><div class="x78zum5 xdt5ytf xz62fqu x16ldp7u"><div class="xu06os2 x1ok221b">` +
    `<span class="${C.text}" dir="auto"><div class="${C.div}">${inner}</div></span></div></div></div></div></div></div>`
  );
}

const footer =
  `<div class="x1n2onr6"><div class="x6s0dn4 xi81zsa x78zum5"><span aria-label="See who reacted to this" role="toolbar"><span>12</span></span>` +
  `<div class="${C.button}" role="button" tabindex="0"><span class="${C.sub}" dir="auto">3 comments</span></div></div>` +
  `<div data-ad-rendering-role="like_button" class="${C.div}"><div aria-label="Like" class="${C.button}" role="button" tabindex="0"><span>Like</span></div></div>` +
  `<div data-ad-rendering-role="comment_button" class="${C.div}"><div aria-label="Comment" class="${C.button}" role="button" tabindex="0"><span>Comment</span></div></div></div>`;

/** A post card: `body` (header, message, attachment), the reactions and buttons footer, then `after` (comments). */
export function card(body: string, after = ''): string {
  return `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div class="x1n2onr6 x1ja2u2z x1jx94hy"><div class="x78zum5 xdt5ytf"><div class="x9f619 x1n2onr6 x1ja2u2z x78zum5 xdt5ytf">${body}</div>${footer}${after}</div></div></div>`;
}

/**
 * A feed unit holding `inner`: with aria-posinset / aria-describedby / aria-labelledby at position `pos`, as Comet
 * wrote them for years, or with none of them (`pos` null), as 2026 feeds render posts: bare children of [role=feed].
 */
export function unit(inner: string, pos: number | null): string {
  const attrs = pos === null ? '' : ` aria-posinset="${pos}" aria-describedby="d${pos}a d${pos}b" aria-labelledby="l${pos}"`;
  return `<div class="x1lliihq"><div class="${C.div}"><div${attrs} class="x1a2a7pz"><div class="${C.div}">${inner}</div></div></div></div>`;
}

/** The page around a feed: banner, navigation, the main column with its [role=feed], the right rail, then `extra`. */
export function feedPage(units: string, extra = ''): string {
  return (
    `<div id="mount_0_0_Qz"><div role="banner"></div><div class="x9f619"><div role="navigation"></div><div role="main" class="x9f619 x1n2onr6 x1ja2u2z"><div class="x1hc1fzr">` +
    `<h3 dir="auto" class="html-h3" style="position: absolute; clip: rect(0 0 0 0);">News Feed posts</h3><div role="feed" class="x1hc1fzr">${units}</div></div></div>` +
    `<div role="complementary"></div></div>${extra}</div>`
  );
}

export interface CommentOptions {
  lang?: string;
  /** Markup before the name (a group member badge). */
  badge?: string;
  cid?: string;
  /** The commented post's URL (the comment's timestamp links to it with comment_id). */
  postUrl?: string;
}

/** A comment ([role=article]) by `name`, whose profile is `authorUrl`, saying `text`. */
export function comment(name: string, authorUrl: string, text: string, o: CommentOptions = {}): string {
  const cid = o.cid ?? '1234567890';
  const postUrl = o.postUrl ?? `${FB}/somepage/posts/pfbid0abc`;
  const aHref = href(`${authorUrl}${authorUrl.includes('?') ? '&' : '?'}comment_id=${cid}`);
  return (
    `<div class="x1n2onr6 x1xb5h2r"><div aria-label="Comment by ${name} 2 hours ago" class="x1n2onr6 x1iorvi4" role="article" tabindex="-1">` +
    `<div class="x1r8uery"><a aria-hidden="true" class="${C.link}" href="${aHref}" role="link" tabindex="-1"><svg aria-hidden="true"></svg></a></div>` +
    `<div class="x1r8uery"><div class="xmjcpbm x1tlxs6b"><div class="x1cy8zhl x9f619 x78zum5">` +
    (o.badge ?? '') +
    `<div class="x1lliihq xjkvuk6 x1iorvi4"><span class="xt0psk2"><span class="xjp7ctv"><a class="${C.link}" href="${aHref}" role="link" tabindex="0"><span class="x3nfvp2"><span class="${C.sub}" dir="auto">${name}</span></span></a></span></span></div>` +
    `<div class="x1lliihq xjkvuk6 x1iorvi4" dir="auto"><span class="${C.text}"${o.lang ? ` lang="${o.lang}"` : ''} dir="auto"><div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs">${para(text)}</div></span></div></div></div>` +
    `<ul class="html-ul"><li><a class="${C.link}" href="${href(`${postUrl}${postUrl.includes('?') ? '&' : '?'}comment_id=${cid}`)}" role="link" tabindex="0">2h</a></li><li><div role="button" tabindex="0"><span>Like</span></div></li><li><div role="button" tabindex="0"><span>Reply</span></div></li></ul></div>` +
    `<div class="x1cy8zhl"><div aria-haspopup="menu" aria-expanded="false" aria-label="Edit or delete this" role="button" tabindex="0"><svg></svg></div></div>` +
    `</div></div>`
  );
}

/** The comment list under a post. */
export const comments = (list: string): string =>
  `<div class="x1jx94hy x12nagc"><div class="x1gslohp"><div class="x169t7cy x19f6ikt">${list}</div></div></div>`;

/** A plain post by `name` (profile /`handle`): header, its message when `text` is not null, then `extra`. */
export const textPost = (name: string, handle: string, text: string | null, extra = ''): string =>
  card(header(`<span class="xt0psk2">${authorLink(name, `${FB}/${handle}`)}</span>`, timestamp('3h')) + (text === null ? '' : message(para(text))) + extra);

/** A photo attachment linking to the photo's page. */
export const photo = (fbid: string): string =>
  `<div><div class="x10l6tqk x13vifvy"><a class="${C.link}" href="${FB}/photo/?fbid=${fbid}&set=a.111" role="link" tabindex="0"><img alt="May be an image of text" src="data:,"></a></div></div>`;

/**
 * A post shared inside another (the attachment of a share): its own header, whose title is a profile_name block (Comet
 * renders the shared story with the story components: the hook comes with them), its timestamp link (the shared post's
 * permalink, or "#" until hovered), then its message when `text` is not null, in a bordered box. No "…" menu.
 */
export function sharedStory(name: string, authorUrl: string, text: string | null, permalink?: string): string {
  return (
    `<div class="x1n2onr6 x1ja2u2z"><div class="x1ey2m1c xds687c x17qophe x47corl x10l6tqk x13vifvy x1ebt8du x19991ni x1dhq9h xzolkzo x12go9s9 x1rnf11y xprq8jg"></div>` +
    `<div class="x6s0dn4 x78zum5 x1q0g3np"><div class="${C.div}"><a aria-hidden="true" class="${C.link}" href="${href(authorUrl)}" role="link" tabindex="-1"><svg aria-hidden="true"></svg></a></div>` +
    `<div class="x1iyjqo2"><div data-ad-rendering-role="profile_name" class="${C.div}"><h4 class="html-h4 xdj266r x14z9mp"><span class="xjp7ctv"><span class="xt0psk2">${authorLink(name, authorUrl)}</span></span></h4></div>` +
    `<div class="${C.div}"><span class="${C.sub}" dir="auto">${timestamp('5 d', permalink)}<span aria-hidden="true"> · </span><svg title="Shared with Public"></svg></span></div></div></div>` +
    (text === null ? '' : message(para(text))) +
    `</div>`
  );
}

/** A paragraph cut by "See more": its words, an ellipsis, then the control (an ARIA button, its words in the UI language). */
export const seeMorePara = (t: string, label = 'See more'): string =>
  `<div dir="auto" style="text-align: start;">${t}… <div class="x1i10hfl xjbqb8w x1ejq31n x18oe1m7 x1sy0etr xstzfhl x972fbf" role="button" tabindex="0">${label}</div></div>`;
