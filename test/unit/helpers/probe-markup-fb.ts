// Shared by the blind markup probes (sites-probeD, sites-probeE): probe D's builders of Facebook markup (Comet's
// html-div and x… classes, data-ad-rendering-role, dir="auto" paragraphs, ARIA articles for comments), written blind
// from the live site, not from the fixtures.
import { facebookAdapter } from '../../../lib/sites/facebook';

export const FB = 'https://www.facebook.com';

export const HD = 'html-div xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl';

export const LNK = 'x1i10hfl xjbqb8w x1ejq31n x18oe1m7 x1sy0etr xstzfhl x972fbf x10w94by x1qhh985 x14e42zd x9f619 x1ypdohk xt0psk2 xe8uvvx xdj266r x11i5rnm xat24cr x1mh8g0r xexx8yu x4uap5 x18d9i69 xkhd6sd x16tdsg8 x1hl2dhg xggy1nq x1a2a7pz';

export const TXT = 'x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x xudqn12 x3x7a5m x6prxxf xvq8zen xo1l8bm xzsf02u x1yc453h';

export const SUB = 'x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x4zkp8e x3x7a5m x1nxh6w3 x1sibtaa xo1l8bm xi81zsa x1yc453h';

export const BTN = 'x1i10hfl xjbqb8w x1ejq31n x18oe1m7 x1sy0etr xstzfhl x972fbf x10w94by x1qhh985 x14e42zd x1ypdohk xe8uvvx xdj266r x11i5rnm xat24cr x1mh8g0r xexx8yu x4uap5 x18d9i69 xkhd6sd x16tdsg8 x1hl2dhg xggy1nq x1o1ewxj x3x9cwd x1e5q0jg x13rtm0m x87ps6o x1lku1pv x1a2a7pz x9f619 x3nfvp2 xdt5ytf xl56j7k x1n2onr6 xh8yej3';

export let fbSeq = 0;

export const rid = () => `_r_${(fbSeq++).toString(36)}_`;

export const q = (u: string) => `${u}${u.includes('?') ? '&amp;' : '?'}__cft__[0]=AZUq8v0Tz3rX1kYwE7nHc9mB2dQ&amp;__tn__=%2CO%2CP-R`;

export const fpara = (t: string, align = 'start') => `<div dir="auto" style="text-align: ${align};">${t}</div>`;

export const fparas = (ps: string[], align = 'start') =>
  ps.map((p, i) => (i === 0 ? `<div class="${HD}">${fpara(p, align)}</div>` : `<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">${fpara(p, align)}</div>`)).join('');

export const fbEmoji = (e: string, code: string) =>
  `<span class="html-span xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 x1j61x8r x1fcty0u xdj266r xat24cr xm2jcoa x1mpyi22 xxymvpz xlup9mm x1kky2od"><img height="16" width="16" alt="${e}" referrerpolicy="origin-when-cross-origin" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t${code}/1.5/16/${code}.png"></span>`;

export const fbHashtag = (tag: string) =>
  `<span class="html-span xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs"><a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ9" class="${LNK} x1sur9pj xkrqix3 x1fey0fg x1s688f" href="${q(`${FB}/hashtag/${encodeURIComponent(tag)}`)}" role="link" tabindex="0">#${tag}</a></span>`;

export const fbMention = (name: string, path: string) =>
  `<span class="html-span xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs"><span class="xt0psk2"><a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ8" class="${LNK} x1sur9pj xkrqix3 x1fey0fg x1s688f" href="${q(`${FB}/${path}`)}" role="link" tabindex="0">${name}</a></span></span>`;

export const storyMessage = (inner: string) =>
  `<div class="" dir="auto"><div class="${HD} x1iorvi4 x1pi30zi x1l90r2v x1swvt13" data-ad-rendering-role="story_message"><div class="${HD}">` +
  `<div class="${HD}" data-ad-comet-preview="message" data-ad-preview="message" id="${rid()}"><div class="x78zum5 xdt5ytf xz62fqu x16ldp7u"><div class="xu06os2 x1ok221b">` +
  `<span class="${TXT}" dir="auto"><div class="${HD}">${inner}</div></span></div></div></div></div></div></div>`;

export const avatar = (url: string, label = '') =>
  `<div class="${HD}"><span class="xjp7ctv"><div><a aria-hidden="true" class="${LNK}" href="${q(url)}" role="link" tabindex="-1"><div class="x1rg5ohu x1n2onr6 x3ajldb x1ja2u2z"><svg aria-hidden="true" class="x3ajldb" data-visualcompletion="ignore-dynamic" role="none" style="height: 40px; width: 40px;"><mask id="${rid()}"><circle cx="20" cy="20" fill="white" r="20"></circle></mask><g><image x="0" y="0" height="100%" preserveAspectRatio="xMidYMid slice" width="100%" href="https://scontent.xx.fbcdn.net/v/t39.30808-1/${label || 'p'}.jpg" style="height: 40px; width: 40px;"></image></g></svg></div></a></div></span></div>`;

export const stamp = (label: string, permalink?: string) =>
  `<span class="html-span xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs"><span class="x4k7w5x x1h91t0o x1h9r5lt x1jfb8zj xv2umb2 x1beo9mf xaigb6o x12ejxvf x3igimt xarpa2k xedcshv x1lytzrv x1t2pt76 x7ja8zs x1qrby5j">` +
  `<a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ2" aria-label="${label}" class="${LNK} x1sur9pj xkrqix3 xi81zsa x1s688f" href="${permalink ? q(permalink) : '#'}" role="link" tabindex="0"><span class="x1rg5ohu x6ikm8r x10wlt62 x16dsc37 xt0b8zv"><span class="x1rg5ohu">${label
    .split('')
    .map((c) => `<span style="position: relative;">${c}</span>`)
    .join('')}</span></span></a></span></span>` +
  `<span class="html-span xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs"><span aria-hidden="true"> · </span></span>` +
  `<span class="x1rg5ohu x6ikm8r x10wlt62 x16dsc37 xt0b8zv"><svg title="Shared with Public" fill="currentColor" viewBox="0 0 16 16" width="12" height="12" class="x14rh7hd x1lliihq x1tzjh5l"><title>Shared with Public</title><g><path d="M8 0a8 8 0 1 0 0 16"></path></g></svg></span>`;

export const postMenu = `<div class="x1cy8zhl x78zum5 xl56j7k"><div class="${HD}"><div aria-expanded="false" aria-haspopup="menu" aria-label="Actions for this post" class="${BTN}" role="button" tabindex="0"><svg viewBox="0 0 20 20" width="20" height="20" fill="currentColor"><g><circle cx="10" cy="10" r="2"></circle></g></svg></div></div></div>`;

export interface FbHeader {
  /** profile_name's inner: the author link(s) and any words ("shared a memory.", "is feeling…"). */
  title: string;
  /** Sub line before the timestamp (group member link, "Sponsored"…). */
  sub?: string;
  stamp: string;
  avatarUrl: string;
  tag?: 'h2' | 'h3' | 'h4';
  menu?: boolean;
}

export function fbHeader(h: FbHeader): string {
  const tag = h.tag ?? 'h2';
  return (
    `<div class="xu06os2 x1ok221b"><div class="x1cy8zhl x9f619 x78zum5 x1q0g3np xod5an3">` +
    `<div class="x1cy8zhl x9f619 x78zum5 xl56j7k x2lwn1j xeuugli x1iorvi4 xwib8y2 x1jeouym">${avatar(h.avatarUrl)}</div>` +
    `<div class="x1iyjqo2 x1pi30zi x1swvt13 x1yztbdb"><div class="${HD} x1e56ztr x1xmf6yo"><div data-ad-rendering-role="profile_name" class="${HD}"><${tag} class="html-${tag} xe8uvvx x1hl2dhg x16tdsg8 x1vvkbs x1d52u69" id="${rid()}"><span class="xjp7ctv">${h.title}</span></${tag}></div></div>` +
    `<div class="${HD} x1e56ztr"><span class="${SUB}" dir="auto"><span class="html-span xdj266r x14z9mp">${h.sub ?? ''}${h.stamp}</span></span></div></div>` +
    (h.menu === false ? '' : postMenu) +
    `</div></div>`
  );
}

export const nameLink = (name: string, url: string) =>
  `<span class="xt0psk2"><span class="xjp7ctv"><a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ1" class="${LNK} x1sur9pj xkrqix3 xzsf02u x1s688f" href="${q(url)}" role="link" tabindex="0"><b class="html-b xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs"><span>${name}</span></b></a></span></span>`;

export const fbFooter = (comments = '14 comments') =>
  `<div class="${HD}"><div class="x1n2onr6"><div class="x6s0dn4 xi81zsa x78zum5 x6prxxf x13a6bvl xvq8zen xdj266r xktsk01 xat24cr x1d52u69 x889kno x4uap5 x1a8lsjc xkhd6sd xdppsyt">` +
  `<div class="x6s0dn4 x78zum5 x1iyjqo2 x6ikm8r x10wlt62"><span aria-label="See who reacted to this" class="xt0b8zv x1jx94hy xrbpyxo xl423tq" role="toolbar"><span class="x1rg5ohu"><div aria-label="Like: 212 people" class="${BTN}" role="button" tabindex="0"><img height="18" role="presentation" src="data:image/svg+xml,%3Csvg%3E" width="18"></div></span></span>` +
  `<div class="x1i10hfl x1qjc9v5" role="button" tabindex="0"><span aria-hidden="true" class="xrbpyxo x6ikm8r x10wlt62 xlyipyv x1exxlbk"><span><span class="xt0b8zv x1jx94hy xrbpyxo xl423tq">212</span></span></span></div></div>` +
  `<div class="x9f619 x1n2onr6 x1ja2u2z x78zum5 x2lah0s x1qughib x6s0dn4 xozqiw3 x1q0g3np"><div class="${HD}"><div class="x1i10hfl" role="button" tabindex="0"><span class="${SUB}" dir="auto">${comments}</span></div></div><div class="${HD}"><div class="x1i10hfl" role="button" tabindex="0"><span class="${SUB}" dir="auto">5 shares</span></div></div></div></div>` +
  `<div class="x9f619 x1n2onr6 x1ja2u2z x78zum5 xdt5ytf x193iq5w xeuugli x1r8uery x1iyjqo2 xs83m0k xg83lxy x1h0ha7o x10b6aqq x1yrsyyn"><div class="x9f619 x1ja2u2z x78zum5 x2lah0s x1n2onr6 x1qughib x1qjc9v5 xozqiw3 x1q0g3np">` +
  `<div class="${HD}"><div aria-label="Like" class="${BTN}" role="button" tabindex="0"><div class="x9f619 x1n2onr6"><div class="x6s0dn4 x78zum5"><i data-visualcompletion="css-img" class="x1b0d499 xep6ejk" style="background-image: url(&quot;https://static.xx.fbcdn.net/rsrc.php/v4/yN/r/x.png&quot;);"></i></div><div class="x6s0dn4 x78zum5"><span data-ad-rendering-role="like_button" class="${TXT}">Like</span></div></div></div></div>` +
  `<div class="${HD}"><div aria-label="Leave a comment" class="${BTN}" role="button" tabindex="0"><span data-ad-rendering-role="comment_button" class="${TXT}">Comment</span></div></div>` +
  `<div class="${HD}"><div aria-label="Send this to friends or post it on your profile." class="${BTN}" role="button" tabindex="0"><span data-ad-rendering-role="share_button" class="${TXT}">Share</span></div></div>` +
  `</div></div></div></div>`;

export const fbComments = (list: string) =>
  `<div class="x1jx94hy x12nagc"><div class="${HD}"><div class="x6s0dn4 x78zum5" role="button" tabindex="0"><span class="${TXT}" dir="auto">Most relevant</span></div></div>` +
  `<div class="x1gslohp">${list}</div>` +
  `<div class="x1i10hfl" role="button" tabindex="0"><span class="${TXT}" dir="auto">View more comments</span></div>` +
  `<div class="x78zum5 x13a6bvl"><div class="xi81zsa xlyipyv xuxw1ft" id="${rid()}">Write a comment…</div><div aria-label="Write a comment…" class="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true"><p class="xdj266r x11i5rnm xat24cr x1mh8g0r x16tdsg8"><br></p></div></div></div>`;

export const fbCard = (header: string, body: string, comments = '') =>
  `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div class="x1n2onr6 x1ja2u2z"><div class="x78zum5 xdt5ytf x1n2onr6"><div class="x9f619 x1n2onr6 x1ja2u2z">` +
  `<div class="x78zum5 xdt5ytf"><div class="x9f619 x1n2onr6 x1ja2u2z x78zum5 xdt5ytf x2lah0s x193iq5w xeuugli x1iyjqo2">` +
  `<div class="${HD}">${header}</div><div class="${HD}">${body}</div>` +
  `</div></div>${fbFooter()}${comments}</div></div></div></div>`;

export const homeUnit = (inner: string) =>
  `<div class="x1lliihq"><div data-virtualized="false"><div class="x1n2onr6 x1ja2u2z"><div aria-describedby="${rid()} ${rid()} ${rid()}" aria-labelledby="${rid()}" class="x1a2a7pz"><div class="x78zum5 xdt5ytf"><div class="${HD}">${inner}</div></div></div></div></div></div>`;

export const fbShell = (main: string, dir = 'ltr') =>
  `<div class="x9f619 x1n2onr6 x1ja2u2z" dir="${dir}"><div role="banner" class="x1qjc9v5"><div role="navigation" class="x6s0dn4"><a aria-label="Facebook" href="/" role="link"><svg viewBox="0 0 36 36"></svg></a><input aria-label="Search Facebook" placeholder="Search Facebook" type="search" value=""></div></div>` +
  `<div class="x78zum5 xdt5ytf x1t2pt76 x1n2onr6 x1ja2u2z x10cihs4"><div class="x9f619 x1n2onr6 x1ja2u2z x78zum5"><div role="navigation" class="x9f619"><ul><li><a href="/groups/feed/" role="link"><span>Groups</span></a></li><li><a href="/marketplace/" role="link"><span>Marketplace</span></a></li></ul></div>` +
  `<div role="main" class="x9f619 x1n2onr6 x1ja2u2z">${main}</div><div role="complementary" class="x9f619"><h3 dir="auto"><span>Sponsored</span></h3><h3 dir="auto"><span>Contacts</span></h3></div></div></div></div>`;

export const homeFeed = (units: string[]) => fbShell(`<div class="x1hc1fzr x1unhpq9 x6o7n8i"><h3 dir="auto" class="html-h3 xdj266r x14z9mp x1lziwak x1vvkbs x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz">News Feed posts</h3><div>${units.join('')}</div></div>`);

export const fb = facebookAdapter;
