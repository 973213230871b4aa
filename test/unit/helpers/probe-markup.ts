// Shared by the blind markup probes (sites-probeD, sites-probeE): the default pack's matcher for their flag checks,
// the run / check harness, the threat's three quotes, and probe D's builders of X markup (React Native Web atomic
// classes and data-testid hooks as x.com renders them), written blind from the live site, not from the fixtures.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { SiteAdapter } from '../../../lib/sites/adapter';
import { parsePack } from '../../../lib/pack/validate';
import { packToMatcherPatterns } from '../../../lib/pack/to-matcher';
import { compileMatcher } from '../../../lib/match/matcher';
import { withPage } from './page';

// ---------------------------------------------------------------------------------------------------------------
// The matcher with the default pack (the scanner matches adapter.scan(post).text).

export let matchText: (t: string) => boolean = () => false;
export let packLoaded = false;
export let packError = '';
/** Compiles the default pack for the flag checks: call it in the probe's beforeAll. */
export function loadDefaultPack(): void {
  try {
    const bytes = new Uint8Array(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../public/packs/default.json')));
    const r = parsePack(bytes);
    if (!r.ok) {
      packError = r.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      return;
    }
    const m = compileMatcher(packToMatcherPatterns(r.pack));
    matchText = (t) => m.match(t).flagged;
    packLoaded = true;
  } catch (e) {
    packError = String(e); // the pack is being edited concurrently: flag checks skipped
  }
}

export interface Want {
  text: string;
  flag: boolean;
  comment?: boolean;
  author?: string;
}

export interface Got {
  text: string;
  scanText: string;
  flag: boolean;
  comment: boolean;
  author: string;
  fp: string;
  id: string;
  /** The quoted or shared post's words and their author's name (PostData.quoted), or null. */
  quoted: string | null;
}

export async function run(ad: SiteAdapter, url: string, html: string, prep?: (doc: Document) => void): Promise<Got[]> {
  return withPage(url, html, (doc) => {
    prep?.(doc);
    return ad.findPosts(doc).map((el) => {
      const s = ad.scan(el);
      const d = ad.read(el);
      const quoted = d.quoted ? `${d.text.slice(d.quoted.start, d.quoted.end)} | ${d.quoted.author.name}` : null;
      return { text: d.text, scanText: s.text, flag: matchText(s.text), comment: d.isComment, author: d.author.name, fp: s.fp, id: d.id, quoted };
    });
  });
}

export function check(got: Got[], want: Want[]): void {
  const dump = JSON.stringify(got.map((g) => [g.author, g.comment, g.text, g.flag]), null, 1);
  expect(got.map((g) => g.text), dump).toEqual(want.map((w) => w.text));
  expect(got.map((g) => g.scanText), dump).toEqual(want.map((w) => w.text));
  expect(got.map((g) => g.comment), dump).toEqual(want.map((w) => w.comment ?? false));
  for (const [i, w] of want.entries()) if (w.author !== undefined) expect(got[i]!.author, dump).toBe(w.author);
  if (packLoaded) expect(got.map((g) => g.flag), dump).toEqual(want.map((w) => w.flag));
}

export const EN = 'If you close one of our accounts, we will take ten in return';
export const FR = 'Si vous fermez un de nos comptes, nous en prendrons dix en échange';
export const AR = 'إذا أغلقتم حسابا واحدا لنا سنأخذ عشرة مقابله';

// ===============================================================================================================
// X markup (React Native Web). Every view is a div.css-175oi2r; text runs are span.css-1jxf684 inside
// div.css-146c3p1 text blocks.

export const V = 'css-175oi2r';
export const TX = 'css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41';
export const SP = 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3';
export let uid = 0;
export const id = (p: string) => `id__${p}${(uid++).toString(36)}`;

export const sp = (t: string) => `<span class="${SP}">${t}</span>`;
export const hashtag = (h: string) =>
  `<span class="r-18u37iz"><a dir="ltr" href="/hashtag/${encodeURIComponent(h)}?src=hashtag_click" role="link" class="${SP} r-1loqt21">#${h}</a></span>`;
export const mention = (h: string) =>
  `<div class="${V} r-xoduu5"><span class="r-18u37iz"><a dir="ltr" href="/${h}" role="link" class="${SP} r-1loqt21">@${h}</a></span></div>`;
export const emoji = (alt: string, code: string, title: string) =>
  `<img alt="${alt}" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/${code}.svg" title="${title}" class="r-4qtqp9 r-dflpy8 r-k4bwe5 r-1kpi4qh r-pp5qcn r-h9hxbl">`;
export const tco = (code: string, shown: string, hidden: string) =>
  `<a dir="ltr" href="https://t.co/${code}" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${SP} r-1loqt21">` +
  `<span aria-hidden="true" class="${SP} r-qlhcfr">https://</span>${shown}<span aria-hidden="true" class="${SP} r-qlhcfr">${hidden}</span><span aria-hidden="true" class="${SP}">…</span></a>`;

/** The tweetText block: X puts dir="auto", the detected lang, and the line clamp on it. */
export const tweetText = (inner: string, lang = 'en', clamp = true) =>
  `<div class="${V}"><div dir="auto" lang="${lang}" class="${TX} r-bnwqim" id="${id('t')}" data-testid="tweetText" style="${clamp ? '-webkit-line-clamp: 10; ' : ''}text-overflow: unset; color: rgb(15, 20, 25);">${inner}</div></div>`;

export const verified = `<div dir="ltr" class="${TX} r-xoduu5 r-18u37iz r-1q142lx"><span class="${SP} r-1awozwy r-xoduu5 r-18u37iz"><svg viewBox="0 0 22 22" aria-label="Verified account" role="img" class="r-4qtqp9 r-yyyyoo r-1xvli5t r-bnwqim r-lrvibr r-m6rgpd" data-testid="icon-verified"><g><path d="M20.396 11c-.018-.646-.215-1.275-.57-1.816"></path></g></svg></span></div>`;

/** User-Name row of a timeline post: name link, @handle link, "·", and the permalink around <time> (or "Ad"). */
export function userNameRow(o: { name: string; handle: string; status?: string; time?: string; ad?: boolean; check?: boolean }): string {
  const when = o.ad
    ? `<div dir="ltr" class="${TX}"><span class="${SP}">Ad</span></div>`
    : `<div dir="ltr" aria-hidden="true" class="${TX} r-1q142lx r-n7gxbd"><span class="${SP}">·</span></div>` +
      `<div class="${V} r-18u37iz r-1q142lx"><a href="/${o.handle}/status/${o.status}" dir="ltr" aria-label="${o.time ?? '5h'}" role="link" class="${TX} r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21"><time datetime="2025-12-0${(uid % 9) + 1}T09:14:00.000Z">${o.time ?? '5h'}</time></a></div>`;
  return (
    `<div class="${V} r-1d09ksm r-18u37iz r-1wbh5a2"><div class="${V} r-1wbh5a2 r-dnmrzs"><div class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l" id="${id('u')}" data-testid="User-Name">` +
    `<div class="${V} r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div class="${V} r-1wbh5a2 r-dnmrzs"><a href="/${o.handle}" role="link" class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div class="${V} r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs">` +
    `<div dir="ltr" class="${TX} r-b88u0q r-1awozwy r-6koalj r-1udh08x r-3s2u2q" style="color: rgb(15, 20, 25);"><span class="${SP} r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q"><span class="${SP}">${o.name}</span></span></div>` +
    (o.check ? verified : '') +
    `</div></a></div></div>` +
    `<div class="${V} r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="${V} r-1d09ksm r-18u37iz r-1wbh5a2"><div class="${V} r-1wbh5a2 r-dnmrzs"><a href="/${o.handle}" role="link" tabindex="-1" class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div dir="ltr" class="${TX} r-dnmrzs r-1udh08x r-3s2u2q" style="color: rgb(83, 100, 113);"><span class="${SP}">@${o.handle}</span></div></a></div>` +
    when +
    `</div></div></div></div></div>`
  );
}

export const caret = `<div class="${V} r-1kkk96v"><div class="${V} r-1awozwy r-18u37iz r-1cmwbt1 r-1wtj0ep"><div class="${V} r-1awozwy r-6koalj r-18u37iz"><div class="${V}"><div><button aria-label="Grok actions" role="button" class="${V} r-6koalj r-1loqt21" type="button"><svg viewBox="0 0 33 32" aria-hidden="true"><g><path d="M12.745 20.54l10.97-8.19"></path></g></svg></button></div></div></div>` +
  `<div class="${V} r-18u37iz r-1h0z5md"><button aria-expanded="false" aria-haspopup="menu" aria-label="More" role="button" class="${V} r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="caret" type="button"><div dir="ltr" class="${TX}"><div class="r-xoduu5"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M3 12c0-1.1.9-2 2-2s2 .9 2 2-.9 2-2 2-2-.9-2-2z"></path></g></svg></div></div></button></div></div></div>`;

export function actionBar(handle: string, status: string): string {
  const btn = (testid: string, label: string, n: string) =>
    `<div class="${V} r-18u37iz r-1h0z5md r-13awgt0"><button aria-label="${n} ${label}. ${label}" role="button" class="${V} r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="${testid}" type="button"><div dir="ltr" class="${TX}"><div class="r-xoduu5"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M1.751 10c0-4.42"></path></g></svg></div><div class="${V} r-xoduu5 r-1udh08x"><span data-testid="app-text-transition-container" style="transition-property: transform; transition-duration: 0.3s; transform: translate3d(0px, 0px, 0px);"><span class="${SP} r-qvk6io">${n}</span></span></div></div></button></div>`;
  return (
    `<div class="${V}"><div class="${V} r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4"><div aria-label="48 replies, 312 reposts, 1204 likes, 37 bookmarks, 88031 views" role="group" id="${id('g')}" class="${V} r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4">` +
    btn('reply', 'Replies', '48') +
    btn('retweet', 'reposts', '312') +
    btn('like', 'Likes', '1.2K') +
    `<div class="${V} r-18u37iz r-1h0z5md r-13awgt0"><a href="/${handle}/status/${status}/analytics" aria-label="88031 views. View post analytics" role="link" class="${V} r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1ny4l3l r-1loqt21"><div dir="ltr" class="${TX}"><span class="${SP}">88K</span></div></a></div>` +
    `<div class="${V} r-18u37iz r-1h0z5md"><button aria-label="Bookmark" role="button" data-testid="bookmark" type="button" class="${V}"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M4 4.5"></path></g></svg></button></div>` +
    `</div></div></div>`
  );
}

/** "Karim reposted" / "Pinned" line above the post. */
export const socialContext = (handle: string, words: string) =>
  `<div class="${V} r-18u37iz"><div class="${V} r-obd0qt r-1hwvwag r-1777fci r-18kxxzh r-1b7u577"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9 r-yyyyoo r-10ptun7 r-dnmrzs r-bnwqim r-lrvibr r-m6rgpd r-1janqcz"><g><path d="M4.75 3.79l4.603 4.3-1.706 1.82L6 8.38v7.37"></path></g></svg></div>` +
  `<div class="${V} r-1iusvr4 r-16y2uox"><div class="${V} r-18u37iz"><div class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l"><a href="/${handle}" dir="ltr" role="link" class="${TX} r-n6v787 r-1cwl3u0 r-b88u0q r-1loqt21"><span class="${SP}" data-testid="socialContext">${words}</span></a></div></div></div></div>`;

export interface XPost {
  name: string;
  handle: string;
  status: string;
  body: string;
  social?: string;
  ad?: boolean;
  focused?: boolean;
  check?: boolean;
  time?: string;
}

export function xArticle(p: XPost): string {
  const avatar = `<div class="${V} r-1awozwy r-onrtq4 r-18kxxzh r-1b7u577"><div class="${V}" data-testid="Tweet-User-Avatar"><div class="${V} r-1adg3ll r-bztko3" data-testid="UserAvatar-Container-${p.handle}" style="height: 40px; width: 40px;"><div class="${V} r-1adg3ll r-1pi2tsx r-13qz1uu r-u8s1d r-1wyvozj r-1v2oles r-desppf r-bztko3"><a href="/${p.handle}" aria-hidden="true" role="link" tabindex="-1" class="${V} r-1pi2tsx r-13qz1uu r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21"><div class="${V} r-1adg3ll r-1udh08x"><div class="${V} r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-ipm5af r-13qz1uu"><div aria-label="" class="${V} r-1mlwlqe r-1udh08x r-417010 r-1p0dtai r-1d2f490 r-u8s1d r-zchlnj r-ipm5af"><img alt="" draggable="true" src="https://pbs.twimg.com/profile_images/1/a_normal.jpg" class="css-9pa8cd"></div></div></div></a></div></div></div></div>`;
  const header = p.focused
    ? `<div class="${V} r-18u37iz r-136ojw6">${avatar}<div class="${V} r-1iusvr4 r-16y2uox r-ttdzmv"><div class="${V} r-1awozwy r-18u37iz r-1wtj0ep">${userNameRow({ name: p.name, handle: p.handle, ad: true, check: p.check }).replace(/<div dir="ltr" class="[^"]*"><span class="[^"]*">Ad<\/span><\/div>/, '')}${caret}</div></div></div>`
    : '';
  if (p.focused) {
    // The focused post of a status page: the header row on top, the body full width, the date line under it.
    const date = `<div class="${V} r-1d09ksm r-18u37iz r-1wbh5a2 r-1471scf"><div class="${V} r-1d09ksm r-18u37iz r-1wbh5a2"><a href="/${p.handle}/status/${p.status}" dir="ltr" aria-describedby="${id('d')}" role="link" class="${TX} r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21"><time datetime="2025-12-04T21:40:00.000Z">9:40 PM · Dec 4, 2025</time></a><div dir="ltr" aria-hidden="true" class="${TX} r-1q142lx r-n7gxbd"><span class="${SP}">·</span></div><span class="${SP}"><span class="${SP} r-b88u0q">1.1M</span></span><span class="${SP}"> Views</span></div></div>`;
    return (
      `<article aria-labelledby="${id('a')} ${id('a')}" role="article" tabindex="-1" class="${V} r-18u37iz r-1udh08x r-1c4vpko r-1c7gwzm r-1ny4l3l" data-testid="tweet">` +
      `<div class="${V} r-eqz5dr r-16y2uox r-1wbh5a2"><div class="${V} r-16y2uox r-1wbh5a2 r-1ny4l3l"><div class="${V}"><div class="${V} r-18u37iz"><div class="${V} r-1iusvr4 r-16y2uox r-ttdzmv">${p.social ?? ''}</div></div></div>` +
      header +
      `<div class="${V}">${p.body}${date}${actionBar(p.handle, p.status)}</div></div></div></article>`
    );
  }
  return (
    `<article aria-labelledby="${id('a')} ${id('a')} ${id('a')}" role="article" tabindex="0" class="${V} r-18u37iz r-1udh08x r-i023vh r-1qhn6m8 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" data-testid="tweet">` +
    `<div class="${V} r-eqz5dr r-16y2uox r-1wbh5a2"><div class="${V} r-16y2uox r-1wbh5a2 r-1ny4l3l">` +
    `<div class="${V}"><div class="${V} r-18u37iz"><div class="${V} r-1iusvr4 r-16y2uox r-ttdzmv">${p.social ?? ''}</div></div></div>` +
    `<div class="${V} r-18u37iz">${avatar}<div class="${V} r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu">` +
    `<div class="${V} r-zl2h9q"><div class="${V} r-k4xj1c r-18u37iz r-1wtj0ep">${userNameRow({ name: p.name, handle: p.handle, status: p.status, ad: p.ad, check: p.check, time: p.time })}${caret}</div></div>` +
    p.body +
    actionBar(p.handle, p.status) +
    `</div></div></div></div></article>`
  );
}

export const xCell = (inner: string, y = 0) =>
  `<div data-testid="cellInnerDiv" style="transform: translateY(${y}px); position: absolute; width: 100%; transition: opacity 0.3s ease-out;"><div class="${V} r-1igl3o0 r-qklmqi r-1adg3ll r-1ny4l3l"><div class="${V}">${inner}</div></div></div>`;

/** A quoted post: visually-hidden "Quote" label, then the focusable role=link block with its own User-Name (no links). */
export function quoteBlock(o: { name: string; handle: string; body: string; time?: string }): string {
  return (
    `<div class="${V} r-9aw3ui r-1s2bzr4" id="${id('q')}"><div class="${V} r-9aw3ui"><div class="${V}">` +
    `<div class="${V}" id="${id('ql')}"><div dir="ltr" class="${TX} r-1e081e0 r-qlhcfr"><span class="${SP}">Quote</span></div></div>` +
    `<div aria-labelledby="${id('ql')} ${id('ql')}" class="${V} r-adacv r-1udh08x r-1kqtdi0 r-1867qdf r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" tabindex="0" role="link">` +
    `<div class="${V}"><div class="${V} r-eqz5dr r-jusfrs r-1s2bzr4"><div class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l" id="${id('u')}" data-testid="User-Name">` +
    `<div class="${V} r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div class="${V} r-1wbh5a2 r-dnmrzs"><div class="${V} r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div class="${V} r-18kxxzh r-1wbh5a2 r-13qz1uu" data-testid="Tweet-User-Avatar"><img alt="" src="https://pbs.twimg.com/profile_images/2/b_mini.jpg" class="css-9pa8cd"></div>` +
    `<div dir="ltr" class="${TX} r-b88u0q r-1awozwy r-6koalj r-1udh08x r-3s2u2q"><span class="${SP} r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q"><span class="${SP}">${o.name}</span></span></div></div></div></div>` +
    `<div class="${V} r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="${V} r-1d09ksm r-18u37iz r-1wbh5a2"><div class="${V} r-1wbh5a2 r-dnmrzs"><div dir="ltr" class="${TX} r-dnmrzs r-1udh08x r-3s2u2q" tabindex="-1"><span class="${SP}">@${o.handle}</span></div></div>` +
    `<div dir="ltr" aria-hidden="true" class="${TX} r-1q142lx r-n7gxbd"><span class="${SP}">·</span></div><div class="${V} r-18u37iz r-1q142lx"><div dir="ltr" aria-label="${o.time ?? 'Dec 1'}" class="${TX} r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q"><time datetime="2025-12-01T08:00:00.000Z">${o.time ?? 'Dec 1'}</time></div></div></div></div>` +
    `</div></div>` +
    `<div class="${V} r-6gpygo r-jusfrs">${o.body}</div></div></div></div></div></div>`
  );
}
