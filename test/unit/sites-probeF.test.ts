// @vitest-environment happy-dom
// Probe F (blind, 16 layouts: 8 X, 8 Facebook). Markup written from how x.com and facebook.com render in 2025/2026,
// on surfaces probes D and E did not hold: X's Explore news story (a Grok summary over the posts) and the Grok drawer
// opened by "Explain this post", the Bookmarks page, Notifications (grouped "liked your post" items and mentions),
// search with its "People" module and the Latest tab, replies hidden behind "muted" / "blocked" placeholders and a
// reply by @grok, sensitive-media and age-restricted interstitials and a "Visibility limited" label, a one-author
// thread ("Show this thread") and a post shared into a DM conversation; Facebook's Marketplace (item page, browse
// grid, a listing opened over the feed), a group's Announcements with member badges, translated posts and comments,
// a share of a share, the Memories page, an event's Discussion tab, a feed with a Sponsored post, a live video,
// "People you may know" and the Messenger chat, and a permalink.php album with comments cut by "See more" and
// replies two deep. The harness and the base builders are the shared ones (helpers/probe-markup*.ts); everything on
// top of them is new and written here. Blind run: 15 of 16 passed; on the Memories page two cards outside any feed,
// one of them with unmarked words, were read as one post (fixed in FacebookAdapter.wordsOfAnotherPost).

import { beforeAll, describe, expect, it } from 'vitest';
import { xAdapter } from '../../lib/sites/x';
import { AR, check, emoji, EN, FR, hashtag, id, loadDefaultPack, mention, packError, packLoaded, run, SP, sp, tco, tweetText, TX, V, xArticle, xCell } from './helpers/probe-markup';
import { avatar, BTN, FB, fb, fbCard, fbComments, fbFooter, fbHeader, fbShell, fparas, HD, homeFeed, homeUnit, LNK, nameLink, q, stamp, storyMessage, SUB, TXT } from './helpers/probe-markup-fb';

beforeAll(loadDefaultPack);

// ===============================================================================================================
// X: builders for the surfaces of this probe

const statusUrl = (h: string, s: string) => `https://x.com/${h}/status/${s}`;
const GREY = 'color: rgb(83, 100, 113);';

/** The sticky top bar of the primary column: back arrow, the page's title (an h2) and its sub line. */
const topBar = (title: string, sub = '', back = true) =>
  `<div class="${V} r-aqfbo4 r-gtdqiz r-1gn8etr r-1g40b8q"><div class="${V} r-1e5uvyk r-6026j"></div><div class="${V} r-136ojw6"><div class="${V}"><div class="${V} r-1habvwh r-18u37iz r-1pi2tsx r-1777fci r-1xcajam r-ipm5af r-1kihuf0">` +
  (back
    ? `<div class="${V} r-1pz39u2 r-1777fci r-15ysp7h r-1habvwh r-s8bhmr"><button aria-label="Back" role="button" class="${V} r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-2yi16 r-1qi8awa r-1loqt21" data-testid="app-bar-back" type="button"><div dir="ltr" class="${TX}"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M7.414 13l5.043 5.04"></path></g></svg></div></button></div>`
    : '') +
  `<div class="${V} r-16y2uox r-1wbh5a2 r-1pi2tsx r-1777fci"><div class="${V} r-1awozwy r-18u37iz r-1h3ijdo r-1777fci"><div class="${V} r-1wbh5a2 r-dnmrzs"><h2 dir="ltr" aria-level="2" role="heading" class="${TX} r-b88u0q r-1vr29t4"><span class="${SP} r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q"><span class="${SP}">${title}</span></span></h2></div></div>` +
  (sub ? `<div dir="ltr" class="${TX} r-n6v787 r-1cwl3u0 r-16dba41"><span class="${SP}">${sub}</span></div>` : '') +
  `</div></div></div></div></div>`;

/** Search top bar: the back arrow and the search box holding the query (an input, not text). */
const searchBar = (query: string) =>
  `<div class="${V} r-aqfbo4 r-gtdqiz r-1gn8etr r-1g40b8q"><div class="${V} r-136ojw6"><div class="${V} r-18u37iz r-1awozwy">` +
  `<button aria-label="Back" role="button" class="${V} r-sdzlij r-1loqt21" data-testid="app-bar-back" type="button"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M7.414 13l5.043 5.04"></path></g></svg></button>` +
  `<div class="${V} r-16y2uox"><form aria-label="Search" role="search" class="${V} r-1awozwy"><div class="${V} r-1wbh5a2"><label class="${V} r-1loqt21" data-testid="SearchBox_Search_Input_label"><div class="${V}"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M10.25 3.75"></path></g></svg></div>` +
  `<input aria-activedescendant="" aria-autocomplete="list" aria-label="Search query" aria-owns="typeaheadDropdown-1" autocapitalize="sentences" autocomplete="off" autocorrect="off" placeholder="Search" role="combobox" spellcheck="false" enterkeyhint="search" type="text" dir="auto" class="r-30o5oe r-1dz5y72 r-13qz1uu r-1niwhzg r-17gur6a r-1yadl64 r-deolkf r-homxoj r-poiln3 r-7cikom r-1ny4l3l r-t60dpp r-fdjqy7" data-testid="SearchBox_Search_Input" value="${query}"></label></div></form></div>` +
  `<button aria-label="More" role="button" class="${V} r-1loqt21" type="button"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M3 12c0-1.1"></path></g></svg></button></div></div></div>`;

/** A tab list (links with role=tab, the current one aria-selected). */
const tabs = (items: [string, string][], selected: number) =>
  `<nav aria-live="polite" role="navigation" class="${V} r-1e084wi r-1ny4l3l"><div class="${V} r-1adg3ll r-16y2uox r-1wbh5a2 r-1pi2tsx"><div role="tablist" class="${V} r-18u37iz r-1pi2tsx r-1w6e6rj" data-testid="ScrollSnap-List">` +
  items
    .map(
      ([label, href], i) =>
        `<div role="presentation" class="${V} r-16y2uox r-6b64d0 r-cpa5s6"><a href="${href}" role="tab" aria-selected="${i === selected}" tabindex="${i === selected ? 0 : -1}" class="${V} r-1awozwy r-bt1l66 r-1777fci r-1ny4l3l r-1loqt21"><div class="${V} r-1awozwy r-6koalj r-eqz5dr r-16y2uox r-1h3ijdo r-1777fci r-s8bhmr r-3pj75a"><div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}">${label}</span>${i === selected ? `<div class="${V} r-1kihuf0 r-sdzlij r-1p0dtai r-hdaws3 r-s8bhmr r-u8s1d r-13qz1uu"></div>` : ''}</div></div></a></div>`,
    )
    .join('') +
  `</div></div></nav>`;

/** Side navigation of a logged-in X page (icons and labels). */
const xNav =
  `<header role="banner" class="${V} r-lrvibr r-1g40b8q r-obd0qt r-16y2uox"><div class="${V} r-1habvwh"><h1 role="heading" class="${TX}"><a href="/home" aria-label="X" role="link" class="${V} r-1loqt21"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M18.244 2.25"></path></g></svg></a></h1>` +
  `<nav aria-label="Primary" role="navigation" class="${V} r-1habvwh r-eqz5dr">` +
  [
    ['/home', 'Home', 'AppTabBar_Home_Link'],
    ['/explore', 'Search and explore', 'AppTabBar_Explore_Link'],
    ['/notifications', 'Notifications', 'AppTabBar_Notifications_Link'],
    ['/messages', 'Direct Messages', 'AppTabBar_DirectMessage_Link'],
    ['/i/grok', 'Grok', 'AppTabBar_Grok_Link'],
    ['/i/bookmarks', 'Bookmarks', 'AppTabBar_Bookmarks_Link'],
    ['/samir_osint', 'Profile', 'AppTabBar_Profile_Link'],
  ]
    .map(([href, label, t]) => `<a href="${href}" aria-label="${label}" role="link" data-testid="${t}" class="${V} r-6koalj r-eqz5dr r-16y2uox r-1habvwh r-cnw61z r-13qz1uu r-1ny4l3l r-1loqt21"><div class="${V}"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M21.591 7.146"></path></g></svg><div dir="ltr" class="${TX} r-adyw6z r-135wba7 r-16dba41"><span class="${SP}">${label === 'Search and explore' ? 'Explore' : label}</span></div></div></a>`)
    .join('') +
  `</nav><a href="/compose/post" aria-label="Post" role="link" data-testid="SideNav_NewTweet_Button" class="${V} r-1loqt21"><span class="${SP}">Post</span></a>` +
  `<button aria-label="Account menu" role="button" data-testid="SideNav_AccountSwitcher_Button" type="button" class="${V}"><div class="${V}"><span class="${SP}">Samir</span></div><div class="${V}"><span class="${SP}">@samir_osint</span></div></button></div></header>`;

/** Logged-out chrome: no nav, a bottom bar asking to log in. */
const loggedOutBar =
  `<div class="${V} r-1p0dtai r-1d2f490 r-u8s1d r-zchlnj" data-testid="BottomBar"><div class="${V} r-18u37iz"><div class="${V}"><div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}">Don’t miss what’s happening</span></div><div dir="ltr" class="${TX}"><span class="${SP}">People on X are the first to know.</span></div></div>` +
  `<a href="/login" role="link" data-testid="login" class="${V} r-1loqt21"><span class="${SP}">Log in</span></a><a href="/i/flow/signup" role="link" data-testid="signup" class="${V} r-1loqt21"><span class="${SP}">Sign up</span></a></div></div>`;

interface XPageF {
  bar: string;
  above?: string;
  cells: string[];
  label: string;
  sidebar?: string;
  layers?: string;
  /** Drawers docked at the bottom right (messages, Grok), outside the primary column. */
  drawer?: string;
  loggedOut?: boolean;
  /** Replace the whole primary column (the DM page has two sections, no timeline). */
  primary?: string;
}

/** An X page: banner nav, primary column (top bar, what sits above the timeline, the timeline region), sidebar, drawers, #layers. */
function xPageF(o: XPageF): string {
  const primary =
    o.primary ??
    `<div class="${V}">` +
      o.bar +
      (o.above ?? '') +
      `<div class="${V}"><section aria-labelledby="accessible-list-4" role="region" class="${V}"><h1 dir="ltr" aria-level="1" role="heading" id="accessible-list-4" class="${TX} r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h">${o.label}</h1>` +
      `<div aria-label="Timeline: ${o.label}" class="${V}"><div class="${V}" style="position: relative; min-height: ${Math.max(1, o.cells.length) * 600}px;">${o.cells.join('')}</div></div></section></div></div>`;
  return (
    `<div id="react-root" style="height:100%;display:flex;"><div class="${V} r-1pi2tsx r-13qz1uu r-417010"><div class="${V} r-18u37iz r-13qz1uu r-417010">` +
    (o.loggedOut ? '' : xNav) +
    `<main role="main" class="${V} r-16y2uox r-1wbh5a2"><div class="${V} r-150rngu r-16y2uox r-1wbh5a2 r-rthrr5"><div class="${V} r-aqfbo4 r-16y2uox"><div class="${V} r-1oszu61 r-1niwhzg r-18u37iz r-16y2uox r-2llsf r-13qz1uu r-1wtj0ep">` +
    `<div class="${V} r-14lw9ot r-jxzhtn r-13l2t4g r-1ljd8xs r-1phboty r-16y2uox r-184en5c r-61z16t r-11wrixw r-1jgb5lz r-13qz1uu r-1ye8kvj" data-testid="primaryColumn"><div tabindex="0" class="${V} r-kemksi r-1kqtdi0 r-1ua6aaf r-th6na r-1phboty r-16y2uox r-184en5c r-1abdc3e r-1lg4w6u r-f8sm7e r-13qz1uu r-1ye8kvj">` +
    primary +
    `</div></div>` +
    `<div class="${V} r-aqfbo4 r-zso239 r-1hycxz"><div class="${V} r-1hycxz r-gtdqiz" data-testid="sidebarColumn">${o.sidebar ?? ''}</div></div>` +
    `</div></div></div></main></div></div></div>` +
    (o.drawer ?? '') +
    (o.loggedOut ? loggedOutBar : '') +
    `<div id="layers" class="r-zchlnj r-1d2f490 r-u8s1d r-ipm5af r-1p0dtai r-105ug2t">${o.layers ?? ''}</div>`
  );
}

const cellAt = (inner: string, y: number) => xCell(inner, y);

/** A section heading cell inside the timeline ("People", "Discover more"…). */
const headingCell = (words: string, y: number) =>
  xCell(`<div class="${V} r-1awozwy r-18u37iz r-1wtj0ep r-1e081e0 r-1f1sjgu"><h2 dir="ltr" aria-level="2" role="heading" class="${TX} r-b88u0q r-1vr29t4"><span class="${SP}">${words}</span></h2></div>`, y);

/** "Replying to @a" line above the words of a reply. */
const replyingTo = (handles: string[]) =>
  `<div class="${V} r-4qtqp9 r-zl2h9q"><div dir="ltr" class="${TX}" id="${id('rt')}" style="${GREY}">Replying to ` +
  handles.map((h, i) => `${i ? ' and ' : ''}<div class="${V} r-1wbh5a2 r-dnmrzs"><a href="/${h}" dir="ltr" role="link" class="${SP} r-1loqt21"><span class="${SP}">@${h}</span></a></div>`).join('') +
  `</div></div>`;

/** A photo of a post (tweetPhoto), optionally covered by the sensitive-media warning. */
const tweetPhoto = (handle: string, status: string, warn?: { title: string; words: string }) =>
  `<div class="${V} r-9aw3ui r-1s2bzr4"><div class="${V} r-9aw3ui"><div class="${V} r-1adg3ll r-1udh08x"><div class="${V} r-1867qdf r-1phboty r-rs99b7 r-1udh08x">` +
  `<a href="/${handle}/status/${status}/photo/1" role="link" class="${V} r-1pi2tsx r-1ny4l3l r-1loqt21"><div aria-label="Image" class="${V} r-1p0dtai r-1mlwlqe r-1d2f490 r-11wrixw r-61z16t r-1mnahxq r-1udh08x r-u8s1d r-zchlnj r-ipm5af r-417010" data-testid="tweetPhoto">` +
  `<div class="css-175oi2r r-1niwhzg r-vvn4in r-u6sd8q r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-zchlnj r-ipm5af r-13qz1uu r-1wyyakw r-4gszlv" style="background-image: url(&quot;https://pbs.twimg.com/media/G${status.slice(-4)}.jpg?format=jpg&amp;name=small&quot;);${warn ? ' filter: blur(30px);' : ''}"></div><img alt="Image" draggable="true" src="https://pbs.twimg.com/media/G${status.slice(-4)}.jpg?format=jpg&amp;name=small" class="css-9pa8cd"></div></a>` +
  (warn
    ? `<div class="${V} r-1awozwy r-1p0dtai r-1777fci r-1d2f490 r-u8s1d r-zchlnj r-ipm5af" style="background-color: rgba(0, 0, 0, 0.4);"><div class="${V} r-1awozwy r-1777fci r-1f1sjgu">` +
      `<svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M3.693 21.707l-1.414-1.414"></path></g></svg>` +
      `<div dir="ltr" class="${TX} r-b88u0q" style="color: rgb(255, 255, 255);"><span class="${SP}">${warn.title}</span></div>` +
      `<div dir="ltr" class="${TX}" style="color: rgb(255, 255, 255);"><span class="${SP}">${warn.words}</span></div></div>` +
      `<button role="button" type="button" class="${V} r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-2yi16 r-1qi8awa r-1loqt21"><div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}">Show</span></div></button></div>`
    : '') +
  `</div></div></div></div>`;

// ===============================================================================================================
// X

describe('probe F — X', () => {
  it('XA an Explore news story (/i/trending/ID): Grok\'s summary above the posts is no post; then the Grok drawer opened by "Explain this post" on a status page', async () => {
    const story = '1998877665544332211';
    const facepile = [4, 5, 6]
      .map((n) => `<div class="${V} r-1adg3ll r-bztko3" style="height: 20px; width: 20px;"><img alt="" draggable="true" src="https://pbs.twimg.com/profile_images/${n}/g_mini.jpg" class="css-9pa8cd"></div>`)
      .join('');
    const summary =
      `<div class="${V} r-1e081e0 r-1f1sjgu r-109y4c4">` +
      `<div class="${V} r-1adg3ll r-1udh08x" style="padding-bottom: 50%;"><img alt="" src="https://pbs.twimg.com/semantic_core_img/${story}/a.jpg?format=jpg&amp;name=medium" class="css-9pa8cd"></div>` +
      `<div dir="ltr" class="${TX} r-adyw6z r-135wba7 r-b88u0q"><span class="${SP}">2016 threat video against Zuckerberg and Dorsey resurfaces</span></div>` +
      `<div class="${V} r-18u37iz r-1awozwy"><div class="${V} r-18u37iz">${facepile}</div><div dir="ltr" class="${TX}" style="${GREY}"><span class="${SP}">Trending now · News · 14K posts</span></div></div>` +
      `<div dir="auto" class="${TX} r-1s2bzr4"><span class="${SP}">Accounts are resharing a February 2016 video by a group calling itself the Sons of the Caliphate Army, which told Mark Zuckerberg and Jack Dorsey: “${EN}.” Researchers on X note the clip reappears after each wave of suspensions, while several users ask platforms to remove reuploads rather than quote them.</span></div>` +
      `<div class="${V} r-18u37iz r-1awozwy r-1s2bzr4"><svg viewBox="0 0 33 32" aria-hidden="true" class="r-4qtqp9"><g><path d="M12.745 20.54l10.97-8.19"></path></g></svg><div dir="ltr" class="${TX} r-n6v787" style="${GREY}"><span class="${SP}">This story is a summary of posts on X and may evolve over time. Grok can make mistakes, verify its outputs.</span></div></div>` +
      `</div>`;
    const cells = [
      headingCell('Top posts', 0),
      cellAt(xArticle({ name: 'Counter Extremism Desk', handle: 'cx_desk', status: '1998877665544330001', check: true, body: tweetText(sp('The clip going around today is from February 2016. Please do not reupload it; link to an archive write-up instead.')) }), 60),
      cellAt(xArticle({ name: 'Nadia B.', handle: 'nadia_veille', status: '1998877665544330002', body: tweetText(sp(`Dix ans après, même phrase sous chaque suppression : « ${FR} ». Rien n’a changé.`), 'fr') }), 660),
      cellAt(xArticle({ name: 'Tom', handle: 'tom_r', status: '1998877665544330003', body: tweetText(sp('Why is this trending again? Slow news day ') + emoji('🙄', '1f644', 'Face with rolling eyes')) }), 1260),
    ];
    const got = await run(xAdapter, `https://x.com/i/trending/${story}`, xPageF({ bar: topBar('News'), above: summary, cells, label: 'News' }));
    check(got, [
      { text: 'The clip going around today is from February 2016. Please do not reupload it; link to an archive write-up instead.', flag: false, author: 'Counter Extremism Desk' },
      { text: `Dix ans après, même phrase sous chaque suppression : « ${FR} ». Rien n’a changé.`, flag: true, author: 'Nadia B.' },
      { text: 'Why is this trending again? Slow news day 🙄', flag: false, author: 'Tom' },
    ]);

    // "Explain this post" (Grok actions): the Grok drawer docked over the page, with the question and Grok's answer.
    const drawer =
      `<div class="${V} r-1p0dtai r-u8s1d r-zchlnj" data-testid="GrokDrawer"><div aria-labelledby="${id('gk')}" role="dialog" class="${V} r-1867qdf r-1udh08x r-1ye8kvj" style="width: 400px; height: 560px;">` +
      `<div class="${V} r-18u37iz r-1awozwy"><h2 dir="ltr" aria-level="2" role="heading" class="${TX} r-b88u0q"><span class="${SP}">Grok</span></h2><button aria-label="Close" role="button" type="button" class="${V}"></button></div>` +
      `<div class="${V} r-150rngu r-16y2uox"><div class="${V} r-1awozwy"><div class="${V} r-1867qdf" style="background-color: rgb(239, 243, 244);"><span class="${SP}">Explain this post</span></div></div>` +
      `<div class="${V}"><div dir="auto" class="${TX} r-bnwqim"><span class="${SP}">The post quotes the closing line of a February 2016 video attributed to the Sons of the Caliphate Army: “${EN}.” The video threatened Mark Zuckerberg and Jack Dorsey after Facebook and Twitter suspended accounts linked to the Islamic State.</span></div>` +
      `<div class="${V} r-18u37iz"><button aria-label="Copy text" role="button" type="button" class="${V}"></button><button aria-label="Regenerate" role="button" type="button" class="${V}"></button></div></div></div>` +
      `<div class="${V}"><textarea aria-label="Ask anything" placeholder="Ask anything" class="r-30o5oe"></textarea></div></div></div>`;
    const page = [
      cellAt(xArticle({ name: 'Archive Desk', handle: 'archive_desk', status: '1998877665544330101', focused: true, check: true, body: tweetText(sp(`Transcript, Feb. 2016, last line: "${EN}" Context and sources below.`)) }), 0),
      cellAt(xArticle({ name: 'Léo', handle: 'leo_m', status: '1998877665544330102', body: replyingTo(['archive_desk']) + tweetText(sp('Is there a version with English subtitles that is not the original upload?')) }), 700),
    ];
    const got2 = await run(xAdapter, statusUrl('archive_desk', '1998877665544330101'), xPageF({ bar: topBar('Post'), cells: page, label: 'Conversation', drawer }));
    check(got2, [
      { text: `Transcript, Feb. 2016, last line: "${EN}" Context and sources below.`, flag: true, author: 'Archive Desk' },
      { text: 'Is there a version with English subtitles that is not the original upload?', flag: false, comment: true, author: 'Léo' },
    ]);
  });

  it('XB the Bookmarks page (/i/bookmarks): a bookmarked reply is a post, not a comment; the search field and the header are no post', async () => {
    const above =
      `<div class="${V} r-1e081e0 r-1f1sjgu"><form aria-label="Search Bookmarks" role="search" class="${V}"><input aria-label="Search Bookmarks" placeholder="Search Bookmarks" type="text" dir="auto" data-testid="SearchBox_Search_Input" value=""></form></div>`;
    const cells = [
      cellAt(xArticle({ name: 'Julia Carter', handle: 'julia_ct', status: '1996200000000000101', check: true, body: tweetText(sp('Reading list for new moderators: how banned networks rebuild, part 1 ') + tco('Rl1', 'juliacarter.net/reading-l', 'ist-part-1')) }), 0),
      cellAt(xArticle({ name: 'Amir Haddad', handle: 'amir_h', status: '1996200000000000102', body: replyingTo(['julia_ct']) + tweetText(sp(`Add the 2016 video transcript. The last line, "${EN}", is still how the comeback accounts sign off.`)) }), 600),
      cellAt(xArticle({ name: 'Chef Lina', handle: 'cheflina', status: '1996200000000000103', body: tweetText(sp('Pâte à crêpes sans repos : 250 g de farine, 4 œufs, 50 cl de lait, une pincée de sel. ') + emoji('🥞', '1f95e', 'Pancakes'), 'fr') + tweetPhoto('cheflina', '1996200000000000103') }), 1200),
    ];
    const got = await run(xAdapter, 'https://x.com/i/bookmarks', xPageF({ bar: topBar('Bookmarks', '@samir_osint'), above, cells, label: 'Bookmarks' }));
    check(got, [
      { text: 'Reading list for new moderators: how banned networks rebuild, part 1 juliacarter.net/reading-l', flag: false, author: 'Julia Carter' },
      { text: `Add the 2016 video transcript. The last line, "${EN}", is still how the comeback accounts sign off.`, flag: true, comment: false, author: 'Amir Haddad' },
      { text: 'Pâte à crêpes sans repos : 250 g de farine, 4 œufs, 50 cl de lait, une pincée de sel. 🥞', flag: false, author: 'Chef Lina' },
    ]);
  });

  it('XC Notifications: grouped "liked your post" / "reposted your post" / "followed you" items (with a preview of your own post) are no posts; replies and mentions are posts, not comments', async () => {
    const heart = 'M20.884 13.19c-1.351 2.48-4.001 5.12-8.379 7.67l-.503.3-.504-.3c-4.379-2.55-7.029-5.19-8.382-7.67';
    const rt = 'M4.75 3.79l4.603 4.3-1.706 1.82L6 8.38v7.37c0 .97.784 1.75 1.75 1.75H13V20H7.75';
    const person = 'M17.863 13.44c1.477 1.58 2.366 3.8 2.632 6.46l.11 1.1H3.395l.11-1.1';
    const notif = (o: { icon: string; color: string; who: [string, string][]; words: string; preview?: string; href?: string }) =>
      `<article aria-labelledby="${id('n')} ${id('n')}" role="article" tabindex="0" class="${V} r-1loqt21 r-18u37iz r-1ny4l3l r-1udh08x r-o7ynqc r-6416eg r-1c7gwzm" data-testid="notification">` +
      `<div class="${V} r-eqz5dr r-16y2uox r-1wbh5a2"><div class="${V} r-16y2uox r-1wbh5a2 r-1ny4l3l"><div class="${V} r-18u37iz r-136ojw6">` +
      `<div class="${V} r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9 r-yyyyoo r-1q142lx r-lwhw9o r-dnmrzs r-bnwqim r-lrvibr r-m6rgpd" style="color: ${o.color};"><g><path d="${o.icon}"></path></g></svg></div>` +
      `<div class="${V} r-1iusvr4 r-16y2uox r-ttdzmv"><div class="${V} r-18u37iz r-1wtj0ep"><div class="${V} r-18u37iz">` +
      o.who
        .map(([, h]) => `<div class="${V} r-1adg3ll r-bztko3" data-testid="UserAvatar-Container-${h}" style="height: 32px; width: 32px;"><a href="/${h}" aria-hidden="true" role="link" tabindex="-1" class="${V} r-1loqt21"><img alt="" draggable="true" src="https://pbs.twimg.com/profile_images/${h.length}/n_normal.jpg" class="css-9pa8cd"></a></div>`)
        .join('') +
      `</div><div class="${V}"><button aria-label="More" aria-haspopup="menu" role="button" type="button" data-testid="caret" class="${V}"></button></div></div>` +
      `<div class="${V} r-1inuy60"><div dir="ltr" class="${TX}"><span class="${SP} r-bcqeeo"><a href="/${o.who[0]![1]}" role="link" class="${SP} r-b88u0q r-1loqt21"><span class="${SP}">${o.who[0]![0]}</span></a></span><span class="${SP}"> ${o.words}</span></div></div>` +
      (o.preview
        ? `<div class="${V} r-1inuy60"><a href="${o.href}" role="link" class="${V} r-1loqt21"><div dir="auto" class="${TX} r-1udh08x" style="-webkit-line-clamp: 3; ${GREY}"><span class="${SP}">${o.preview}</span></div></a></div>`
        : '') +
      `</div></div></div></div></article>`;
    const ownPost = `"${EN}" is still the sign-off of every comeback account. Thread on what changed since 2016 🧵`;
    const cellsAll = [
      cellAt(notif({ icon: heart, color: 'rgb(249, 24, 128)', who: [['Nadia B.', 'nadia_veille'], ['Théo', 'theo_osint'], ['Julia Carter', 'julia_ct']], words: 'and 3 others liked your post', preview: ownPost, href: '/samir_osint/status/1996300000000000001' }), 0),
      cellAt(xArticle({ name: 'Karim', handle: 'karim_b', status: '1996300000000000101', body: replyingTo(['samir_osint']) + tweetText(sp(`Ils l’ont reposté ce soir mot pour mot : « ${FR} »`), 'fr') }), 200),
      cellAt(notif({ icon: rt, color: 'rgb(0, 186, 124)', who: [['Julia Carter', 'julia_ct']], words: 'reposted your post', preview: 'Workshop slides on open-source investigation are up, free to reuse with credit.', href: '/samir_osint/status/1996300000000000002' }), 800),
      cellAt(notif({ icon: person, color: 'rgb(29, 155, 240)', who: [['Amine K.', 'amine_k22']], words: 'followed you' }), 1000),
      cellAt(xArticle({ name: 'Lina', handle: 'lina_codes', status: '1996300000000000102', body: tweetText(mention('samir_osint') + sp(' thanks for the workshop today! Could you share the slides? ') + emoji('🙏', '1f64f', 'Folded hands')) }), 1150),
    ];
    const notifTabs = tabs([['All', '/notifications'], ['Verified', '/notifications/verified'], ['Mentions', '/notifications/mentions']], 0);
    const want = [
      { text: `Ils l’ont reposté ce soir mot pour mot : « ${FR} »`, flag: true, comment: false, author: 'Karim' },
      { text: '@samir_osint thanks for the workshop today! Could you share the slides? 🙏', flag: false, comment: false, author: 'Lina' },
    ];
    const got = await run(xAdapter, 'https://x.com/notifications', xPageF({ bar: topBar('Notifications', '', false), above: notifTabs, cells: cellsAll, label: 'Notifications' }));
    check(got, want);

    // The Mentions tab: only the posts.
    const mentionTabs = tabs([['All', '/notifications'], ['Verified', '/notifications/verified'], ['Mentions', '/notifications/mentions']], 2);
    const got2 = await run(xAdapter, 'https://x.com/notifications/mentions', xPageF({ bar: topBar('Notifications', '', false), above: mentionTabs, cells: [cellsAll[1]!, cellsAll[4]!], label: 'Notifications' }));
    check(got2, want);
  });

  it('XD search: the Top tab with a "People" module (user cells with bios) between posts, then the Latest tab where a reply is a post, not a comment', async () => {
    const query = '"fils du califat"';
    const searchTabs = (sel: number) =>
      tabs(
        [
          ['Top', `/search?q=${encodeURIComponent(query)}&src=typed_query`],
          ['Latest', `/search?q=${encodeURIComponent(query)}&src=typed_query&f=live`],
          ['People', `/search?q=${encodeURIComponent(query)}&src=typed_query&f=user`],
          ['Media', `/search?q=${encodeURIComponent(query)}&src=typed_query&f=media`],
          ['Lists', `/search?q=${encodeURIComponent(query)}&src=typed_query&f=list`],
        ],
        sel,
      );
    const userCell = (name: string, handle: string, bio: string, y: number) =>
      cellAt(
        `<button role="button" type="button" class="${V} r-1loqt21 r-1mmae3n r-3pj75a r-1ny4l3l r-o7ynqc r-6416eg" data-testid="UserCell"><div class="${V} r-18u37iz">` +
          `<div class="${V} r-18kxxzh r-1wron08 r-onrtq4"><div class="${V} r-1adg3ll r-bztko3" data-testid="UserAvatar-Container-${handle}" style="height: 40px; width: 40px;"><a href="/${handle}" aria-hidden="true" role="link" tabindex="-1" class="${V} r-1loqt21"><img alt="" src="https://pbs.twimg.com/profile_images/${handle.length}/u_normal.jpg" class="css-9pa8cd"></a></div></div>` +
          `<div class="${V} r-1iusvr4 r-16y2uox"><div class="${V} r-1awozwy r-18u37iz r-1wtj0ep"><div class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l">` +
          `<div class="${V} r-1wbh5a2 r-dnmrzs"><a href="/${handle}" role="link" class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}"><span class="${SP}">${name}</span></span></div></a></div>` +
          `<div class="${V} r-1wbh5a2 r-dnmrzs"><a href="/${handle}" role="link" tabindex="-1" class="${V} r-1loqt21"><div dir="ltr" class="${TX}" style="${GREY}"><span class="${SP}">@${handle}</span></div></a></div></div>` +
          `<div class="${V} r-1cwvpvk"><button aria-label="Follow @${handle}" role="button" type="button" data-testid="${handle.length}0017-follow" class="${V} r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-15ysp7h r-4wgw6l r-3pj75a r-1loqt21"><div dir="ltr" class="${TX}"><span class="${SP}">Follow</span></div></button></div></div>` +
          `<div dir="auto" class="${TX} r-1jeg54m r-bnwqim r-1ny4l3l"><span class="${SP}">${bio}</span></div></div></div></button>`,
        y,
      );
    const viewAll = (y: number) => cellAt(`<a href="/search?q=${encodeURIComponent(query)}&amp;src=typed_query&amp;f=user" role="link" class="${V} r-1loqt21 r-1e081e0 r-1f1sjgu"><div dir="ltr" class="${TX}" style="color: rgb(29, 155, 240);"><span class="${SP}">View all</span></div></a>`, y);
    const top = [
      cellAt(xArticle({ name: 'Le Monde Pixels', handle: 'lemondepixels', status: '1996400000000000101', check: true, body: tweetText(sp(`Archives, 2016 : « l'armée des fils du califat » menaçait Zuckerberg et Dorsey : « ${FR} ». Ce que l’on sait dix ans plus tard. `) + tco('Lp1', 'lemonde.fr/pixels/article', '/2016/02/25/x.html'), 'fr') }), 0),
      headingCell('People', 600),
      userCell('Veille Ansar', 'veille_ansar', "Chercheuse. J'archive la propagande de « l'armée des fils du califat » depuis 2016. Pas de republication.", 660),
      userCell('Samir', 'samir_osint', 'OSINT. FR/EN/AR. Threads on how takedowns work.', 780),
      viewAll(900),
      cellAt(xArticle({ name: 'Bruno', handle: 'bruno_l', status: '1996400000000000102', body: tweetText(sp('Quelqu’un a le lien vers le rapport complet ? Je ne le retrouve plus.'), 'fr') }), 960),
    ];
    const got = await run(xAdapter, `https://x.com/search?q=${encodeURIComponent(query)}&src=typed_query`, xPageF({ bar: searchBar(query.replace(/"/g, '&quot;')), above: searchTabs(0), cells: top, label: 'Search timeline' }));
    check(got, [
      { text: `Archives, 2016 : « l'armée des fils du califat » menaçait Zuckerberg et Dorsey : « ${FR} ». Ce que l’on sait dix ans plus tard. lemonde.fr/pixels/article`, flag: true, author: 'Le Monde Pixels' },
      { text: 'Quelqu’un a le lien vers le rapport complet ? Je ne le retrouve plus.', flag: false, author: 'Bruno' },
    ]);

    const latest = [
      cellAt(xArticle({ name: 'ansar_x_77', handle: 'ansar_x_77', status: '1996400000000000201', time: '2m', body: replyingTo(['lemondepixels']) + tweetText(sp(`${AR} `) + hashtag('جيش_أبناء_الخلافة'), 'ar') }), 0),
      cellAt(xArticle({ name: 'Inès', handle: 'ines_k', status: '1996400000000000202', time: '9m', body: tweetText(sp('Le documentaire sur les « fils du califat » passe ce soir sur Arte, 22h40.'), 'fr') }), 600),
    ];
    const got2 = await run(xAdapter, `https://x.com/search?q=${encodeURIComponent(query)}&src=typed_query&f=live`, xPageF({ bar: searchBar(query.replace(/"/g, '&quot;')), above: searchTabs(1), cells: latest, label: 'Search timeline' }));
    check(got2, [
      { text: `${AR} #جيش_أبناء_الخلافة`, flag: true, comment: false, author: 'ansar_x_77' },
      { text: 'Le documentaire sur les « fils du califat » passe ce soir sur Arte, 22h40.', flag: false, author: 'Inès' },
    ]);
  });

  it('XE status page: replies hidden behind "This Post is from an account you muted / blocked" placeholders are no posts, a reply by @grok is a comment; "View" reveals the muted reply', async () => {
    const placeholder = (words: string) =>
      `<div class="${V} r-1adg3ll r-1ny4l3l"><div class="${V} r-18u37iz r-1wtj0ep r-1e081e0 r-1f1sjgu"><div class="${V} r-1awozwy r-g6ijar r-cqee49 r-1867qdf r-1phboty r-rs99b7 r-18u37iz r-1wtj0ep r-1mmae3n r-n7gxbd r-16y2uox" style="background-color: rgb(247, 249, 249);">` +
      `<div dir="ltr" class="${TX}" style="${GREY}"><span class="${SP}">${words}</span></div>` +
      `<button role="button" type="button" class="${V} r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-15ysp7h r-4wgw6l r-ymttw5 r-1loqt21"><div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}"><span class="${SP}">View</span></span></div></button></div></div></div>`;
    const focused = xArticle({ name: 'franceinfo', handle: 'franceinfo', status: '1996500000000000001', focused: true, check: true, body: tweetText(sp('Menaces contre les dirigeants des réseaux sociaux : un homme condamné à Paris pour avoir relayé une vidéo de propagande.'), 'fr') });
    const grok = xArticle({ name: 'Grok', handle: 'grok', status: '1996500000000000004', check: true, body: replyingTo(['leo_m', 'franceinfo']) + tweetText(sp('According to the court, the video dates from 2016 and was reposted in 2025 on several accounts, which were suspended. I cannot verify the identity of the person convicted beyond the press reports.')) });
    const cells = (muted: string) => [
      cellAt(focused, 0),
      cellAt(muted, 700),
      cellAt(placeholder('This Post is from an account you blocked.'), 800),
      cellAt(xArticle({ name: 'Léo', handle: 'leo_m', status: '1996500000000000003', body: tweetText(mention('grok') + sp(' is this true?')) }), 900),
      cellAt(grok, 1300),
    ];
    const got = await run(xAdapter, statusUrl('franceinfo', '1996500000000000001'), xPageF({ bar: topBar('Post'), cells: cells(placeholder('This Post is from an account you muted.')), label: 'Conversation' }));
    check(got, [
      { text: 'Menaces contre les dirigeants des réseaux sociaux : un homme condamné à Paris pour avoir relayé une vidéo de propagande.', flag: false, author: 'franceinfo' },
      { text: '@grok is this true?', flag: false, comment: true, author: 'Léo' },
      { text: 'According to the court, the video dates from 2016 and was reposted in 2025 on several accounts, which were suspended. I cannot verify the identity of the person convicted beyond the press reports.', flag: false, comment: true, author: 'Grok' },
    ]);

    // "View" pressed on the muted one: the reply is rendered in place of the placeholder.
    const shown = xArticle({ name: 'minbar_fr', handle: 'minbar_fr', status: '1996500000000000002', body: tweetText(sp(`${FR}. Vous ne nous ferez pas taire.`), 'fr') });
    const got2 = await run(xAdapter, statusUrl('franceinfo', '1996500000000000001'), xPageF({ bar: topBar('Post'), cells: cells(shown), label: 'Conversation' }));
    check(got2, [
      { text: 'Menaces contre les dirigeants des réseaux sociaux : un homme condamné à Paris pour avoir relayé une vidéo de propagande.', flag: false, author: 'franceinfo' },
      { text: `${FR}. Vous ne nous ferez pas taire.`, flag: true, comment: true, author: 'minbar_fr' },
      { text: '@grok is this true?', flag: false, comment: true, author: 'Léo' },
      { text: 'According to the court, the video dates from 2016 and was reposted in 2025 on several accounts, which were suspended. I cannot verify the identity of the person convicted beyond the press reports.', flag: false, comment: true, author: 'Grok' },
    ]);
  });

  it('XF sensitive media: the "Content warning" overlay on a photo and a "Visibility limited" label are not text; logged out, the age-restricted interstitial of a status page is not either', async () => {
    const limited =
      `<div class="${V} r-1s2bzr4"><div class="${V} r-18u37iz r-1awozwy r-1kqtdi0 r-1867qdf r-rs99b7 r-1e081e0 r-1f1sjgu"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M12 1.75"></path></g></svg>` +
      `<div dir="ltr" class="${TX}" style="${GREY}"><span class="${SP}">Visibility limited: this post may violate X’s rules against Violent Speech. </span><a href="https://help.x.com/rules-and-policies/enforcement-options" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${SP} r-1loqt21"><span class="${SP}">Learn more</span></a></div></div></div>`;
    const cells = [
      cellAt(xArticle({ name: 'Observatoire', handle: 'obs_jihad', status: '1996600000000000101', check: true, body: tweetText(sp(`Capture floutée de la vidéo publiée cette nuit. Le texte à l’écran : « ${FR} ».`), 'fr') + tweetPhoto('obs_jihad', '1996600000000000101', { title: 'Content warning: Violence', words: 'The post author flagged this post as showing sensitive content.' }) }), 0),
      cellAt(xArticle({ name: 'Urgences Vétos', handle: 'urgences_vetos', status: '1996600000000000102', body: tweetText(sp('Opération réussie pour Pistache, 9 points de suture. Photo du bloc pour les plus courageux.'), 'fr') + tweetPhoto('urgences_vetos', '1996600000000000102', { title: 'Content warning: Sensitive content', words: 'The post author flagged this post as showing sensitive content.' }) }), 700),
      cellAt(xArticle({ name: 'ansar_media_24', handle: 'ansar_media_24', status: '1996600000000000103', body: tweetText(sp('Sons of the Caliphate Army. Ten for one. ') + hashtag('Zuckerberg')) + limited }), 1400),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPageF({ bar: topBar('Home', '', false), cells, label: 'Your Home Timeline' }));
    check(got, [
      { text: `Capture floutée de la vidéo publiée cette nuit. Le texte à l’écran : « ${FR} ».`, flag: true, author: 'Observatoire' },
      { text: 'Opération réussie pour Pistache, 9 points de suture. Photo du bloc pour les plus courageux.', flag: false, author: 'Urgences Vétos' },
      { text: 'Sons of the Caliphate Army. Ten for one. #Zuckerberg', flag: true, author: 'ansar_media_24' },
    ]);

    // Logged out on a status page: the media of a post marked sensitive is replaced by the age-restricted box.
    const ageBox =
      `<div class="${V} r-9aw3ui r-1s2bzr4"><div class="${V} r-1kqtdi0 r-1867qdf r-rs99b7 r-1udh08x r-1e081e0 r-1f1sjgu" style="background-color: rgb(247, 249, 249);">` +
      `<div dir="ltr" class="${TX} r-b88u0q r-adyw6z"><span class="${SP}">Age-restricted adult content. This content might not be appropriate for people under 18 years old. To view this media, you’ll need to log in to X. </span><a href="https://help.x.com/rules-and-policies/media-policy" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${SP} r-1loqt21"><span class="${SP}">Learn more</span></a></div>` +
      `<div class="${V} r-18u37iz"><a href="/login" role="link" class="${V} r-sdzlij r-1loqt21"><span class="${SP}">Log in</span></a><a href="/i/flow/signup" role="link" class="${V} r-sdzlij r-1loqt21"><span class="${SP}">Sign up</span></a></div></div></div>`;
    const sidebar = `<div class="${V} r-1kqtdi0 r-1867qdf"><h2 dir="ltr" aria-level="2" role="heading" class="${TX} r-b88u0q"><span class="${SP}">New to X?</span></h2><div dir="ltr" class="${TX}"><span class="${SP}">Sign up now to get your own personalized timeline!</span></div></div>`;
    const page = [cellAt(xArticle({ name: 'Warfare Archive', handle: 'warfare_archive', status: '1996600000000000201', focused: true, body: tweetText(sp(`Still frame from the 2016 clip. Caption on screen: "${EN}"`)) + ageBox }), 0)];
    const got2 = await run(xAdapter, statusUrl('warfare_archive', '1996600000000000201'), xPageF({ bar: topBar('Post'), cells: page, label: 'Conversation', loggedOut: true, sidebar }));
    check(got2, [{ text: `Still frame from the 2016 clip. Caption on screen: "${EN}"`, flag: true, author: 'Warfare Archive' }]);
  });

  it('XG a one-author thread: on the home timeline two connected posts and "Show this thread" (not text); on the first post\'s page, the author\'s own continuations are replies', async () => {
    const threadLine = `<div class="${V} r-1bnu78o r-f8sm7e r-m5arl1 r-1p0dtai r-1d2f490 r-u8s1d r-zchlnj r-ipm5af"></div>`;
    const withLine = (html: string) => html.replace('data-testid="Tweet-User-Avatar">', `data-testid="Tweet-User-Avatar">${threadLine}`);
    const showThread = (handle: string, status: string) =>
      `<div class="${V} r-1s2bzr4"><a href="/${handle}/status/${status}" dir="ltr" role="link" class="${TX} r-1loqt21" style="color: rgb(29, 155, 240);"><span class="${SP}">Show this thread</span></a></div>`;
    const t1 = '1/3 How the 2016 threat video is still used today 🧵 A short thread for new moderators.';
    const t2 = `2/3 The closing line, "${EN}", is reused as a signature by new accounts within hours of a suspension.`;
    const t3 = '3/3 What works: report the account, do not quote-post the clip, and archive through the platform’s own tools.';
    const home = [
      cellAt(withLine(xArticle({ name: 'Samir', handle: 'samir_osint', status: '1996700000000000001', body: tweetText(sp(t1)) })), 0),
      cellAt(xArticle({ name: 'Samir', handle: 'samir_osint', status: '1996700000000000003', body: tweetText(sp(t3)) + showThread('samir_osint', '1996700000000000001') }), 500),
      cellAt(xArticle({ name: 'Chloé', handle: 'chloe_m', status: '1996700000000000010', body: tweetText(sp('Premier marché de Noël de l’année, vin chaud validé ') + emoji('🎄', '1f384', 'Christmas tree'), 'fr') }), 1000),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPageF({ bar: topBar('Home', '', false), cells: home, label: 'Your Home Timeline' }));
    check(got, [
      { text: t1, flag: false, author: 'Samir' },
      { text: t3, flag: false, author: 'Samir' },
      { text: 'Premier marché de Noël de l’année, vin chaud validé 🎄', flag: false, author: 'Chloé' },
    ]);

    const page = [
      cellAt(xArticle({ name: 'Samir', handle: 'samir_osint', status: '1996700000000000001', focused: true, body: tweetText(sp(t1)) }), 0),
      cellAt(withLine(xArticle({ name: 'Samir', handle: 'samir_osint', status: '1996700000000000002', body: tweetText(sp(t2)) })), 700),
      cellAt(xArticle({ name: 'Samir', handle: 'samir_osint', status: '1996700000000000003', body: tweetText(sp(t3)) }), 1100),
      cellAt(xArticle({ name: 'Julia Carter', handle: 'julia_ct', status: '1996700000000000004', body: replyingTo(['samir_osint']) + tweetText(sp('Useful, bookmarking for the team.')) }), 1500),
    ];
    const got2 = await run(xAdapter, statusUrl('samir_osint', '1996700000000000001'), xPageF({ bar: topBar('Post'), cells: page, label: 'Conversation' }));
    check(got2, [
      { text: t1, flag: false, author: 'Samir' },
      { text: t2, flag: true, comment: true, author: 'Samir' },
      { text: t3, flag: false, comment: true, author: 'Samir' },
      { text: 'Useful, bookmarking for the team.', flag: false, comment: true, author: 'Julia Carter' },
    ]);
  });

  it('XH a DM conversation (/messages/A-B) with a post shared as a card and messages quoting the threat: no posts (private messages, not a timeline)', async () => {
    const convo = (name: string, handle: string, preview: string, when: string, active = false) =>
      `<div class="${V}" data-testid="cellInnerDiv"><div role="tab" aria-selected="${active}" tabindex="${active ? 0 : -1}" class="${V} r-1loqt21" data-testid="conversation"><div class="${V} r-18u37iz"><div class="${V}" data-testid="DM_Conversation_Avatar"><img alt="" src="https://pbs.twimg.com/profile_images/${handle.length}/d_normal.jpg" class="css-9pa8cd"></div>` +
      `<div class="${V} r-16y2uox"><div class="${V} r-18u37iz"><div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}">${name}</span></div><div dir="ltr" class="${TX}" style="${GREY}"><span class="${SP}">@${handle}</span></div><div dir="ltr" class="${TX}" style="${GREY}"><time datetime="2025-12-06T10:42:00.000Z">${when}</time></div></div>` +
      `<div dir="ltr" class="${TX}" style="${GREY}"><span class="${SP}">${preview}</span></div></div></div></div></div>`;
    const bubble = (text: string, mine: boolean) =>
      `<div class="${V}" data-testid="cellInnerDiv"><div class="${V} r-18u37iz ${mine ? 'r-1h0z5md' : ''}" data-testid="messageEntry"><div class="${V} r-1habvwh r-1wbh5a2"><div class="${V} r-1867qdf r-1phboty" style="background-color: ${mine ? 'rgb(29, 155, 240)' : 'rgb(239, 243, 244)'};">` +
      `<div dir="auto" class="${TX} r-bnwqim"><span class="${SP}">${text}</span></div></div><div dir="ltr" class="${TX}" style="${GREY}"><span class="${SP}">10:4${text.length % 10} AM</span></div></div></div></div>`;
    const sharedCard =
      `<div class="${V}" data-testid="cellInnerDiv"><div class="${V} r-18u37iz" data-testid="messageEntry"><div class="${V} r-1habvwh r-1wbh5a2" style="max-width: 320px;">` +
      `<div aria-labelledby="${id('dq')}" class="${V} r-adacv r-1udh08x r-1kqtdi0 r-1867qdf r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" tabindex="0" role="link">` +
      `<div class="${V} r-eqz5dr r-jusfrs r-1s2bzr4"><div class="${V} r-1wbh5a2 r-dnmrzs r-1ny4l3l" data-testid="User-Name"><div class="${V} r-1awozwy r-18u37iz"><div class="${V}" data-testid="Tweet-User-Avatar"><img alt="" src="https://pbs.twimg.com/profile_images/2/b_mini.jpg" class="css-9pa8cd"></div>` +
      `<div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}"><span class="${SP}">منبر الأنصار</span></span></div><div dir="ltr" class="${TX}" style="${GREY}"><span class="${SP}">@minbar_ansar_9</span></div><div dir="ltr" class="${TX}" style="${GREY}"><time datetime="2025-12-05T22:10:00.000Z">Dec 5</time></div></div></div></div>` +
      `<div class="${V} r-6gpygo r-jusfrs">${tweetText(sp(AR), 'ar')}</div></div></div></div></div>`;
    const inbox =
      `<section aria-label="Section navigation" role="region" class="${V} r-1ye8kvj"><div class="${V}">${topBar('Messages', '', false)}</div><div aria-label="Timeline: Messages" class="${V}">` +
      convo('Nadia B.', 'nadia_veille', 'Nadia shared a post', '10:42 AM', true) +
      convo('Julia Carter', 'julia_ct', 'See you at the workshop!', 'Dec 4') +
      `</div></section>`;
    const thread =
      `<section aria-label="Section details" role="region" class="${V} r-16y2uox"><div class="${V}">${topBar('Nadia B.', '@nadia_veille', false)}</div>` +
      `<div class="${V} r-150rngu r-16y2uox" data-testid="DmActivityViewport"><div class="${V}" data-testid="DmActivityContainer"><div class="${V}" style="position: relative;">` +
      bubble('Regarde ce qu’ils ont posté hier soir, c’est le même compte qu’en 2016', false) +
      sharedCard +
      bubble(`Oui, c'est exactement leur « ${FR} ». Je le signale.`, true) +
      bubble('Merci ! On en parle à la réunion jeudi ?', false) +
      `</div></div></div>` +
      `<aside aria-label="Start a new message" role="complementary" class="${V}"><div class="${V}" data-testid="dmComposerTextInput"><div aria-label="Start a new message" role="textbox" contenteditable="true" class="notranslate public-DraftEditor-content"></div></div><button aria-label="Send" role="button" data-testid="dmComposerSendButton" type="button" class="${V}"></button></aside></section>`;
    const primary = `<div class="${V} r-18u37iz r-1pi2tsx">${inbox}${thread}</div>`;
    const url = 'https://x.com/messages/1401234567-1589012345';
    const got = await run(xAdapter, url, xPageF({ bar: '', cells: [], label: 'Messages', primary }));
    check(got, []);
    expect(xAdapter.pageExpectsPosts(new URL(url))).toBe(false);
  });
});

// ===============================================================================================================
// Facebook: builders for the surfaces of this probe

const globe = `<span class="x1rg5ohu x6ikm8r x10wlt62 x16dsc37 xt0b8zv"><svg title="Shared with Public" fill="currentColor" viewBox="0 0 16 16" width="12" height="12" class="x14rh7hd x1lliihq x1tzjh5l"><title>Shared with Public</title><g><path d="M8 0a8 8 0 1 0 0 16"></path></g></svg></span>`;
const dot = `<span class="html-span xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs"><span aria-hidden="true"> · </span></span>`;
const role = (words: string) => `<div class="${BTN}" role="button" tabindex="0"><span class="${SUB}" dir="auto">${words}</span></div>`;

/** story_message with something after the message block (translation chrome, the translated words). */
const storyMessageWith = (inner: string, after: string) =>
  storyMessage(inner).replace(/<\/div><\/div><\/div><\/div><\/div><\/div>$/, `</div></div></div></div>${after}</div></div>`);

/** A feed photo: a link to the viewer around the image with its automatic description. */
const feedPhoto = (fbid: string, set: string, alt: string, overlay = '') =>
  `<div class="x1n2onr6"><a class="${LNK}" href="${q(`${FB}/photo/?fbid=${fbid}&set=${set}`)}" role="link" tabindex="0"><div class="x1n2onr6"><img alt="${alt}" class="x1ey2m1c xds687c x5yr21d x10l6tqk x17qophe x13vifvy xh8yej3 xl1xv1r" referrerpolicy="origin-when-cross-origin" src="https://scontent.xx.fbcdn.net/v/t39.30808-6/${fbid}_n.jpg"></div>` +
  (overlay ? `<div class="x6s0dn4 x78zum5 xl56j7k x10l6tqk x17qophe x13vifvy" style="background-color: rgba(0, 0, 0, 0.4);"><span class="${TXT} x1s688f" dir="auto" style="color: white; font-size: 2rem;">${overlay}</span></div>` : '') +
  `</a></div>`;

/** A paragraph block outside any message marker. */
const plainText = (ps: string[]) => `<div class="${HD}"><span class="${TXT}" dir="auto"><div class="${HD}">${fparas(ps)}</div></span></div>`;

interface FbComment3 {
  name: string;
  path: string;
  text: string;
  postUrl: string;
  cid: string;
  /** A reply: to whose comment or reply. */
  parent?: { name: string; kind: 'comment' | 'reply' };
  badge?: string;
  seeMore?: boolean;
  /** Auto-translated comment: "See original · Rate this translation" under the bubble. */
  translated?: boolean;
  replies?: string;
  lang?: string;
}

/** A comment (Comet): ARIA article labelled with its author and age; replies in a sibling block after it, nested again for replies of replies. */
function fbComment3(c: FbComment3): string {
  const label = c.parent ? `Reply by ${c.name} to ${c.parent.name}'s ${c.parent.kind} 2 hours ago` : `Comment by ${c.name} 5 hours ago`;
  const cid = btoa(`comment:771122334455_${c.cid}`).replace(/=+$/, '');
  const sep = c.postUrl.includes('?') ? '&amp;' : '?';
  const idParam = c.parent ? `comment_id=Y29tbWVudDo3NzExMjIzMzQ0NTVfNjAwMQ&amp;reply_comment_id=${c.cid}` : `comment_id=${cid}`;
  const badge = c.badge ? `<div class="${HD}"><span class="${SUB}" dir="auto">${c.badge}</span></div>` : '';
  const seeMore = `… <div class="${BTN} xt0b8zv xzsf02u x1s688f" role="button" tabindex="0">See more</div>`;
  return (
    `<div class="x1n2onr6 x1iorvi4 x4uap5 x18d9i69 xurb0ha x78zum5 x1q0g3np x1a2a7pz"><div aria-label="${label}" class="x1n2onr6 x1ye3gou xv1l7n4 x1yzgxni" role="article" tabindex="-1">` +
    `<div class="x1r8uery x1iyjqo2 x6ikm8r x10wlt62 x1pi30zi">${avatar(`${FB}/${c.path}${c.path.includes('?') ? '&amp;' : '?'}comment_id=${cid}`, c.path)}</div>` +
    `<div class="x1r8uery x1iyjqo2 x6ikm8r x10wlt62 x4uap5"><div class="x78zum5 xdt5ytf"><div class="x1n2onr6"><div class="x1n2onr6 x1ja2u2z x1jx94hy xw5cjc7 x1dmpuos x1vsv7so xau1kf4"><div class="x78zum5 xdt5ytf"><div class="x1cy8zhl x9f619 x78zum5 xdt5ytf x193iq5w x1n2onr6 x1rfph6h x13faqbe"><div class="xqcrz7y x14yjl9h xudhj91 x18nykt9 xww2gxu">` +
    badge +
    `<span class="x3nfvp2"><span class="xt0psk2"><a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ3" class="${LNK} x1sur9pj xkrqix3 xzsf02u x1s688f" href="${q(`${FB}/${c.path}`)}" role="link" tabindex="0"><span class="x3nfvp2"><span class="${TXT} x1s688f" dir="auto">${c.name}</span></span></a></span></span>` +
    `<div class="x1lliihq xjkvuk6 x1iorvi4" dir="auto"><span class="${TXT}" lang="${c.lang ?? 'fr-FR'}" dir="auto"><div class="xdj266r x14z9mp xat24cr x1lziwak x1vvkbs"><div dir="auto" style="text-align: start;">${c.text}${c.seeMore ? seeMore : ''}</div></div></span></div>` +
    `</div></div></div></div></div>` +
    (c.translated ? `<div class="x78zum5 x1iorvi4">${role('See original')}<span aria-hidden="true" class="${SUB}"> · </span>${role('Rate this translation')}</div>` : '') +
    `</div>` +
    `<ul class="html-ul xe8uvvx xdj266r x14z9mp xat24cr x1lziwak x1hl2dhg x16tdsg8 x1vvkbs"><li class="html-li xdj266r x14z9mp"><span class="html-span"><a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ4" class="${LNK}" href="${q(`${c.postUrl}${sep}${idParam}`)}" role="link" tabindex="0"><span class="${SUB}">${c.parent ? '2h' : '5h'}</span></a></span></li>` +
    `<li class="html-li xdj266r"><div class="x1i10hfl" role="button" tabindex="0">Like</div></li><li class="html-li xdj266r"><div class="x1i10hfl" role="button" tabindex="0">Reply</div></li></ul>` +
    `</div></div>` +
    (c.replies ? `<div class="x1n2onr6 x1swvt13 x1iorvi4 x78zum5 x1q0g3np x1a2a7pz"><div class="x1n2onr6">${c.replies}<div class="x1i10hfl" role="button" tabindex="0"><span class="${SUB}" dir="auto">View all 4 replies</span></div></div></div>` : '') +
    `</div>`
  );
}

/** A Facebook page whose right rail and docked chat are given (the shared fbShell has a fixed, empty rail). */
const fbShellWith = (main: string, rail: string, docked = '') =>
  fbShell(main).replace(/<div role="complementary" class="x9f619">.*?<\/div><\/div><\/div><\/div>$/, `<div role="complementary" class="x9f619">${rail}</div></div></div></div>`) + docked;

/** The nested attachment box of a share (the shared story, bordered, with its own header). */
const attachment = (header: string, body: string) =>
  `<div class="x1n2onr6"><div class="x1n2onr6 xh8yej3 x1ja2u2z x1jx94hy x1qpq9i9 xdney7k xu5ydu1 xt3gfkd x9f619 x6ikm8r x10wlt62" style="border-radius: 8px;">${header}${body}</div></div>`;

// ===============================================================================================================
// Facebook

describe('probe F — Facebook', () => {
  it('FA Marketplace: an item page (title, price, seller description, "Send seller a message") and the browse grid are no posts; a listing opened over the news feed leaves the feed\'s posts alone', async () => {
    const ITEM = '1530987612345678';
    const mpNav =
      `<div role="navigation" aria-label="Marketplace sidebar" class="x9f619"><h1 dir="auto" class="html-h1"><span>Marketplace</span></h1><input aria-label="Search Marketplace" placeholder="Search Marketplace" type="search" value="">` +
      ['Browse all', 'Notifications', 'Inbox', 'Marketplace access', 'Buying', 'Selling'].map((w) => `<a class="${LNK}" href="${q(`${FB}/marketplace/${w.toLowerCase().replace(/ /g, '')}/`)}" role="link" tabindex="0"><span class="${TXT}" dir="auto">${w}</span></a>`).join('') +
      `<a class="${LNK}" href="${FB}/marketplace/create/" role="link" tabindex="0"><span>+ Create new listing</span></a><h2 dir="auto"><span>Categories</span></h2><a href="${FB}/marketplace/category/vehicles/" role="link"><span>Vehicles</span></a><a href="${FB}/marketplace/category/propertyrentals/" role="link"><span>Property Rentals</span></a></div>`;
    const item = (close: boolean) =>
      `<div class="x9f619 x1n2onr6 x78zum5 x1iyjqo2">` +
      (close ? `<div aria-label="Close" class="${BTN}" role="button" tabindex="0"><i class="x1b0d499" data-visualcompletion="css-img"></i></div>` : '') +
      `<div class="x1n2onr6 x1iyjqo2" style="background-color: rgb(0, 0, 0);"><div aria-label="Thumbnail 1" role="button" tabindex="0"><img alt="Product photo of Vélo de ville 28 pouces, Peugeot" src="https://scontent.xx.fbcdn.net/v/t45.5328-4/${ITEM}_1.jpg"></div><div aria-label="View next image" class="${BTN}" role="button" tabindex="0"></div></div>` +
      `<div class="x1r8uery x1iyjqo2 x6ikm8r x10wlt62" style="width: 360px;"><div class="x78zum5 xdt5ytf">` +
      `<h1 dir="auto" class="html-h1 xdj266r x14z9mp"><span class="${TXT} x1s688f" dir="auto">Vélo de ville 28 pouces, Peugeot</span></h1>` +
      `<div class="${HD}"><span class="${TXT}" dir="auto">€120</span></div><div class="${HD}"><span class="${SUB}" dir="auto">Listed 2 days ago in Lyon, France</span></div>` +
      `<div class="x78zum5">${role('Message')}${role('Save')}${role('Share')}<div aria-label="More" class="${BTN}" role="button" tabindex="0"></div></div>` +
      `<h2 dir="auto" class="html-h2"><span class="${TXT} x1s688f" dir="auto">Details</span></h2><div class="x78zum5"><span class="${TXT}" dir="auto">Condition</span><span class="${TXT}" dir="auto">Used - good</span></div>` +
      `<div class="xz9dl7a x4uap5 xsag5q8 xkhd6sd x126k92a"><span class="${TXT}" dir="auto">Vélo Peugeot taille M, révisé en octobre : freins et chaîne neufs, pneus 28 pouces. Antivol et panier offerts. Remise en main propre à Lyon 7e, pas d'envoi.</span></div>` +
      `<div class="x1n2onr6"><img alt="" src="https://external.xx.fbcdn.net/static_map.php?v=2041&amp;center=45.75%2C4.84&amp;zoom=13"><span class="${SUB}" dir="auto">Lyon, ARA · Location is approximate</span></div>` +
      `<h2 dir="auto" class="html-h2"><span class="${TXT} x1s688f" dir="auto">Seller information</span></h2><div class="x78zum5"><a class="${LNK}" href="${q(`${FB}/marketplace/profile/100012345678/`)}" role="link" tabindex="0"><span class="${TXT}" dir="auto">Julien Moreau</span></a><span class="${SUB}" dir="auto">Joined Facebook in 2012</span>${role('Seller details')}</div>` +
      `<div class="x1n2onr6"><div class="x78zum5"><i class="x1b0d499" data-visualcompletion="css-img"></i><span class="${TXT} x1s688f" dir="auto">Send seller a message</span></div><label aria-label="Please type your message to the seller"><textarea class="x1i10hfl">Hi Julien, is this still available?</textarea></label>${role('Send')}</div>` +
      `</div></div></div>`;
    const url = `${FB}/marketplace/item/${ITEM}/`;
    const got = await run(fb, url, fbShell(`<div class="x78zum5">${mpNav}${item(false)}</div>`));
    check(got, []);
    expect(fb.pageExpectsPosts(new URL(url))).toBe(false);

    // The browse grid (/marketplace/lyon/): tiles with a price, a title and a place.
    const tile = (title: string, price: string, place: string, n: number) =>
      `<div class="x9f619 x78zum5 x1r8uery xdt5ytf x1iyjqo2 xs83m0k" style="max-width: 381px; min-width: 242px;"><div class="x1n2onr6"><a class="${LNK}" href="${q(`${FB}/marketplace/item/${ITEM.slice(0, -1)}${n}/?ref=category_feed`)}" role="link" tabindex="0">` +
      `<div class="x1n2onr6"><img alt="${title} in ${place}" class="xt7dq6l xl1xv1r x6ikm8r x10wlt62 xh8yej3" src="https://scontent.xx.fbcdn.net/v/t45.5328-4/m${n}.jpg"></div>` +
      `<div class="x1gslohp"><span class="${TXT}" dir="auto">${price}</span></div><div class="x1gslohp"><span class="x1lliihq x6ikm8r x10wlt62 x1n2onr6" style="-webkit-line-clamp: 2; display: -webkit-box;"><span class="${TXT}" dir="auto">${title}</span></span></div><div class="x1gslohp"><span class="${SUB}" dir="auto">${place}</span></div></a></div></div>`;
    const grid =
      `<div class="x1n2onr6"><h2 dir="auto" class="html-h2"><span class="${TXT} x1s688f">Today's picks</span></h2><span class="${SUB}">Lyon · 65 km</span><div class="x8gbvx8 x78zum5 x1q0g3np x1a02dak">` +
      tile('Vélo de ville 28 pouces, Peugeot', '€120', 'Lyon, ARA', 8) + tile('Canapé 3 places gris', '€80', 'Villeurbanne, ARA', 9) + tile('Livre « Les fils du califat », enquête 2017', '€6', 'Lyon, ARA', 7) +
      `</div></div>`;
    const gotGrid = await run(fb, `${FB}/marketplace/lyon/`, fbShell(`<div class="x78zum5">${mpNav}${grid}</div>`));
    check(gotGrid, []);

    // A listing opened from a feed card: the listing is laid over the feed (a dialog), the feed stays mounted below.
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('Karim Benali', `${FB}/karim.benali.75`), stamp: stamp('1h'), avatarUrl: `${FB}/karim.benali.75` }), storyMessage(fparas([`Encore ce commentaire sous la page de la mairie : « ${FR} ». Signalé.`])))),
      homeUnit(fbCard(fbHeader({ title: nameLink('Julie Petit', `${FB}/julie.petit.21`), stamp: stamp('3h'), avatarUrl: `${FB}/julie.petit.21` }), storyMessage(fparas(['Quelqu’un vend un vélo pour un ado ? Budget 100 € max 🚲'])))),
    ];
    const overlay = `<div class="x1n2onr6 xzkaem6"><div aria-label="Marketplace listing" aria-modal="true" role="dialog" class="x1n2onr6 x1vjfegm">${item(true)}</div></div>`;
    const gotOver = await run(fb, `${url}?ref=feed_marketplace_module`, homeFeed(units) + overlay);
    check(gotOver, [
      { text: `Encore ce commentaire sous la page de la mairie : « ${FR} ». Signalé.`, flag: true, author: 'Karim Benali' },
      { text: 'Quelqu’un vend un vélo pour un ado ? Budget 100 € max 🚲', flag: false, author: 'Julie Petit' },
    ]);
  });

  it('FB a group\'s Discussion: the "Announcements" unit (an admin\'s pinned post) and member badges ("Admin", "Top contributor", "New member", "Group expert") beside the names: the author is the member, never the badge', async () => {
    const G = `${FB}/groups/lyonentraide`;
    const member = (name: string, uid: string) => nameLink(name, `${G}/user/${uid}/`);
    const badgeLink = (words: string, type: string, uid: string) =>
      `<span class="xt0psk2"><a class="${LNK} x1sur9pj xkrqix3 xi81zsa" href="${q(`${G}/user/${uid}/?badge_type=${type}`)}" role="link" tabindex="0"><span class="x1rg5ohu"><i class="x1b0d499 xep6ejk" data-visualcompletion="css-img" aria-hidden="true"></i><span class="${SUB}" dir="auto">${words}</span></span></a></span>${dot}`;
    const inTitle = (words: string) => ` <span class="x1rg5ohu"><span aria-hidden="true" class="${SUB}"> · </span><span class="${SUB}" dir="auto">${words}</span></span>`;
    const pin = `<span class="x1rg5ohu"><i aria-label="Pinned post" role="img" class="x1b0d499 xep6ejk" data-visualcompletion="css-img"></i></span>`;
    const groupHeader =
      `<div class="x1n2onr6"><a href="${q(`${FB}/photo/?fbid=5500&set=g.lyonentraide`)}" role="link" class="${LNK}"><img alt="May be an image of bridge and river" src="https://scontent.xx.fbcdn.net/v/t39.30808-6/cover3.jpg"></a>` +
      `<h1 dir="auto" class="html-h1"><span><a class="${LNK}" href="${q(`${G}/`)}" role="link" tabindex="0">Lyon Entraide 7e</a></span></h1><div class="${HD}"><span class="${SUB}">Public group · 12.4K members</span></div>` +
      `<div role="tablist" class="x78zum5"><a aria-selected="false" class="${LNK}" href="${G}/about" role="tab"><span>About</span></a><a aria-selected="true" class="${LNK}" href="${G}/" role="tab"><span>Discussion</span></a><a aria-selected="false" class="${LNK}" href="${G}/members" role="tab"><span>People</span></a><a aria-selected="false" class="${LNK}" href="${G}/events" role="tab"><span>Events</span></a></div></div>`;
    const announcement = fbCard(
      fbHeader({ title: member('Sophie Martin', '100001'), sub: badgeLink('Admin', 'ADMIN', '100001'), stamp: stamp('November 28', `${G}/posts/8800112233/`), avatarUrl: `${G}/user/100001/` }) + pin,
      storyMessage(fparas(['📌 Règle n°4 du groupe :', `Ne relayez pas les captures du type « ${FR} ». Signalez-les à la plateforme et prévenez un admin en message privé.`])),
    );
    const announcements =
      `<div class="x1yztbdb"><div class="${HD}"><div class="x78zum5 x1q0g3np"><h2 dir="auto" class="html-h2"><span class="${TXT} x1s688f">Announcements</span></h2><span class="${SUB}"> · 1</span><a class="${LNK}" href="${q(`${G}/announcements/`)}" role="link" tabindex="0"><span>See all</span></a></div>${announcement}</div></div>`;
    const post = (title: string, sub: string, uid: string, when: string, words: string[]) =>
      `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">${fbCard(fbHeader({ title, sub, stamp: stamp(when), avatarUrl: `${G}/user/${uid}/` }), storyMessage(fparas(words)))}</div>`;
    const feed =
      `<div class="${HD}"><div class="x6s0dn4 x78zum5" role="button" tabindex="0"><span class="${TXT}" dir="auto">Most relevant</span></div></div>` +
      `<div role="feed">` +
      post(member('Marc Petit', '100077'), badgeLink('Top contributor', 'TOP_CONTRIBUTOR', '100077'), '100077', '2h', ['Trousseau de clés trouvé rue de Marseille, déposé à la boulangerie Martin 🔑']) +
      post(member('Aïcha Diallo', '100078') + inTitle('New member'), '', '100078', '4h', ['Bonjour, ce message a été écrit à la craie devant l’école Gilbert-Dru :', `« ${AR} »`, 'Quelqu’un peut traduire ? La directrice a prévenu la police.']) +
      post(member('Karim Haddad', '100079'), badgeLink('Group expert in Sécurité', 'GROUP_EXPERT', '100079'), '100079', '6h', ['Rappel : la réunion de quartier sur l’éclairage public est jeudi à 19 h, salle Garibaldi.']) +
      `</div>`;
    const got = await run(fb, `${G}/`, fbShell(`<div class="x1hc1fzr">${groupHeader}${announcements}${feed}</div>`));
    check(got, [
      { text: `📌 Règle n°4 du groupe :\nNe relayez pas les captures du type « ${FR} ». Signalez-les à la plateforme et prévenez un admin en message privé.`, flag: true, author: 'Sophie Martin' },
      { text: 'Trousseau de clés trouvé rue de Marseille, déposé à la boulangerie Martin 🔑', flag: false, author: 'Marc Petit' },
      { text: `Bonjour, ce message a été écrit à la craie devant l’école Gilbert-Dru :\n« ${AR} »\nQuelqu’un peut traduire ? La directrice a prévenu la police.`, flag: true, author: 'Aïcha Diallo' },
      { text: 'Rappel : la réunion de quartier sur l’éclairage public est jeudi à 19 h, salle Garibaldi.', flag: false, author: 'Karim Haddad' },
    ]);
  });

  it('FC translations: a post auto-translated in place ("See original · Rate this translation"), an Arabic post with "See translation" opened (original and translation shown), a translated comment: the shown words, no chrome', async () => {
    const chrome = (first: string) => `<div class="x1n2onr6 x1iorvi4"><div class="x78zum5 x1q0g3np">${role(first)}<span aria-hidden="true" class="${SUB}"> · </span>${role('Rate this translation')}</div></div>`;
    // 1. German, auto-translated into English by Facebook: the message shows the translation.
    const deTranslated = `The channel is posting again, same sentence as in 2016: "${EN}." Please report it, do not share it.`;
    // 2. Arabic with "See translation" pressed: the original stays, the translation is shown under it.
    const arOriginal = `عاد الحساب ينشر الجملة نفسها: «${AR}». نرجو الإبلاغ وعدم إعادة النشر.`;
    const arTranslation = `The account is posting the same sentence again: "If you close one account of ours, we will take ten in return." Please report and do not repost.`;
    const translationBlock = `<div class="x1n2onr6 x1swvt13 xz9dl7a"><span class="${TXT}" dir="auto" lang="en"><div class="${HD}">${fparas([arTranslation])}</div></span>${chrome('Hide translation')}</div>`;
    // 3. Italian, auto-translated, with a translated Spanish comment.
    const itTranslated = 'Best pizza in Lyon, no contest. Book ahead on weekends 🍕';
    const postUrl = `${FB}/pizzeria.napoli.lyon/posts/pfbid02Hq7nBvT3kLx9`;
    const comments = fbComment3({ name: 'Lucía Gómez', path: 'lucia.gomez.14', text: 'Totally agree, the margherita is amazing!', postUrl, cid: '4101', translated: true, lang: 'en-US' });
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('Jonas Weber', `${FB}/jonas.weber.9`), stamp: stamp('2h'), avatarUrl: `${FB}/jonas.weber.9` }), storyMessageWith(fparas([deTranslated]), chrome('See original')))),
      homeUnit(fbCard(fbHeader({ title: nameLink('مرصد التطرف الرقمي', `${FB}/marsad.digital`), stamp: stamp('3h'), avatarUrl: `${FB}/marsad.digital` }), storyMessageWith(fparas([arOriginal]), translationBlock))),
      homeUnit(fbCard(fbHeader({ title: nameLink('Pizzeria Napoli', `${FB}/pizzeria.napoli.lyon`), stamp: stamp('5h', postUrl), avatarUrl: `${FB}/pizzeria.napoli.lyon` }), storyMessageWith(fparas([itTranslated]), chrome('See original')), fbComments(comments))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: deTranslated, flag: true, author: 'Jonas Weber' },
      { text: `${arOriginal}\n${arTranslation}`, flag: true, author: 'مرصد التطرف الرقمي' },
      { text: itTranslated, flag: false, author: 'Pizzeria Napoli' },
      { text: 'Totally agree, the margherita is amazing!', flag: false, comment: true, author: 'Lucía Gómez' },
    ]);
  });

  it('FD a share of a share: the sharer\'s words, the intermediate share\'s words and the original\'s, under the outer sharer; a share whose original is no longer available', async () => {
    const hdr = (name: string, path: string, when: string, tag: 'h3' | 'h4') => fbHeader({ title: nameLink(name, `${FB}/${path}`), stamp: stamp(when), avatarUrl: `${FB}/${path}`, menu: false, tag });
    const original = attachment(hdr('Minbar Ansar', 'minbar.ansar.fr', 'December 1 at 23:04', 'h4'), storyMessage(fparas([`${FR}.`, 'Partagez avant suppression.'])));
    const middle = attachment(hdr('Veille Citoyenne Lyon', 'veille.citoyenne.lyon', 'December 2 at 08:15', 'h3'), storyMessage(fparas(['Cette page est de retour sous un autre nom. Ne partagez pas, signalez.'])) + original);
    const gone =
      `<div class="x1n2onr6"><div class="x1n2onr6 x1jx94hy x1qpq9i9" style="border-radius: 8px;"><div class="x78zum5 x1iorvi4"><i class="x1b0d499" data-visualcompletion="css-img"></i><div><span class="${TXT} x1s688f" dir="auto">This content isn't available right now</span>` +
      `<span class="${SUB}" dir="auto">When this happens, it's usually because the owner only shared it with a small group of people, changed who can see it or it's been deleted.</span></div></div></div></div>`;
    const middle2 = attachment(hdr('Amel Haddad', 'amel.haddad.3', 'November 30', 'h3'), storyMessage(fparas(['Quelqu’un a une capture de ce post avant qu’il disparaisse ?'])) + gone);
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('Karim Benali', `${FB}/karim.benali.75`), stamp: stamp('1h'), avatarUrl: `${FB}/karim.benali.75` }), storyMessage(fparas(['Je relaie l’alerte de la Veille 👇'])) + middle)),
      homeUnit(fbCard(fbHeader({ title: nameLink('Julie Petit', `${FB}/julie.petit.21`), stamp: stamp('4h'), avatarUrl: `${FB}/julie.petit.21` }), storyMessage(fparas(['Moi non plus je ne la retrouve pas'])) + middle2)),
      homeUnit(fbCard(fbHeader({ title: nameLink('Boulangerie Martin', `${FB}/boulangeriemartin`), stamp: stamp('6h'), avatarUrl: `${FB}/boulangeriemartin` }), storyMessage(fparas(['Bûches de Noël à commander avant le 20 décembre 🎄'])))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: `Je relaie l’alerte de la Veille 👇\nCette page est de retour sous un autre nom. Ne partagez pas, signalez.\n${FR}.\nPartagez avant suppression.`, flag: true, author: 'Karim Benali' },
      { text: 'Moi non plus je ne la retrouve pas\nQuelqu’un a une capture de ce post avant qu’il disparaisse ?', flag: false, author: 'Julie Petit' },
      { text: 'Bûches de Noël à commander avant le 20 décembre 🎄', flag: false, author: 'Boulangerie Martin' },
    ]);
  });

  it('FE the Memories page (/memories/): each "N years ago" card holds one of your old posts (read, under your name); the "Friends since" card and the page intro are no posts', async () => {
    const me = 'nadia.benali.92';
    const intro =
      `<div class="x1n2onr6"><h1 dir="auto" class="html-h1"><span class="${TXT} x1s688f">Memories</span></h1><div role="tablist" class="x78zum5"><a aria-selected="true" role="tab" href="${FB}/memories/"><span>On This Day</span></a><a aria-selected="false" role="tab" href="${FB}/memories/settings/"><span>Settings</span></a></div>` +
      `<div class="${HD}"><span class="${TXT}" dir="auto">Your memories on Facebook</span><span class="${SUB}" dir="auto">We care about you and the memories you share here. We thought you'd like to look back on this post from 9 years ago.</span></div></div>`;
    const card = (ago: string, inner: string) =>
      `<div class="x1yztbdb"><div class="x1n2onr6 x1ja2u2z x1jx94hy x1qpq9i9"><div class="x78zum5 x1q0g3np x6s0dn4"><h2 dir="auto" class="html-h2"><span class="${TXT} x1s688f">${ago}</span></h2>${role('Share')}</div>` +
      `<div class="x1n2onr6">${inner}</div></div></div>`;
    const memHeader = (when: string, hooked: boolean) => {
      const h = fbHeader({ title: nameLink('Nadia Benali', `${FB}/${me}`), stamp: stamp(when, `${FB}/${me}/posts/pfbid0${when.replace(/\D/g, '')}`), avatarUrl: `${FB}/${me}`, menu: false, tag: 'h3' });
      return hooked ? h : h.replace('data-ad-rendering-role="profile_name" ', '');
    };
    // The 2016 card's words carry no message marker (the probe's blind version dropped its author hook too: a card
    // with neither hook, outside any feed or ARIA article, is not found; with the author hook alone its two posts were
    // read as one, fixed).
    const mem2016 = card('9 years ago', memHeader('December 6, 2016', true) + plainText([`Ils ont menacé Zuckerberg et Dorsey dans une vidéo : « ${FR} ». On vit une époque formidable.`]));
    const mem2019 = card('6 years ago', memHeader('December 6, 2019', true) + storyMessage(fparas(['Premier marathon bouclé en 4h12 🏃‍♀️ merci à tous pour les encouragements !'])) + feedPhoto('2233445566', 'a.2233', 'May be an image of 1 person, running and marathon'));
    const friends =
      `<div class="x1yztbdb"><div class="x1n2onr6 x1ja2u2z x1jx94hy x1qpq9i9"><div class="x78zum5"><h2 dir="auto" class="html-h2"><span class="${TXT} x1s688f">Friends since</span></h2>${role('Share')}</div>` +
      `<div class="x78zum5"><img alt="Nadia Benali" src="https://scontent.xx.fbcdn.net/v/t39.30808-1/nb.jpg"><img alt="Julie Petit" src="https://scontent.xx.fbcdn.net/v/t39.30808-1/jp.jpg"></div>` +
      `<span class="${TXT}" dir="auto">You and <a class="${LNK}" href="${q(`${FB}/julie.petit.21`)}" role="link">Julie Petit</a> became friends on Facebook 7 years ago.</span></div></div>`;
    const got = await run(fb, `${FB}/memories/`, fbShell(`<div class="x9f619 x1n2onr6">${intro}<div>${mem2016}${friends}${mem2019}</div></div>`));
    check(got, [
      { text: `Ils ont menacé Zuckerberg et Dorsey dans une vidéo : « ${FR} ». On vit une époque formidable.`, flag: true, author: 'Nadia Benali' },
      { text: 'Premier marathon bouclé en 4h12 🏃‍♀️ merci à tous pour les encouragements !', flag: false, author: 'Nadia Benali' },
    ]);
  });

  it('FF an event\'s Discussion tab (/events/ID/): the event header and its "Details" description are no posts; the host\'s and guests\' posts are, with a comment', async () => {
    const EV = `${FB}/events/1187766554433`;
    const header =
      `<div class="x1n2onr6"><img alt="May be an image of text that says 'CONFÉRENCE'" src="https://scontent.xx.fbcdn.net/v/t39.30808-6/ev.jpg"><div class="x1n2onr6">` +
      `<span class="${TXT}" dir="auto" style="color: rgb(228, 30, 63);">SATURDAY, DECEMBER 13, 2025 AT 7 PM – 9 PM</span>` +
      `<h1 dir="auto" class="html-h1"><span class="${TXT} x1s688f">Dix ans de menaces en ligne : que reste-t-il de « l'armée des fils du califat » ?</span></h1>` +
      `<span class="${SUB}" dir="auto">Institut du monde arabe, Paris</span></div>` +
      `<div class="x78zum5">${role('Interested')}${role('Going')}${role('Invite')}<div aria-label="More" class="${BTN}" role="button" tabindex="0"></div></div>` +
      `<div role="tablist" class="x78zum5"><a aria-selected="false" class="${LNK}" href="${EV}/" role="tab"><span>About</span></a><a aria-selected="true" class="${LNK}" href="${EV}/?active_tab=discussion" role="tab"><span>Discussion</span></a></div></div>`;
    const details =
      `<div class="x1yztbdb"><div class="${HD}"><h2 dir="auto" class="html-h2"><span class="${TXT} x1s688f">Details</span></h2>` +
      `<div class="x78zum5"><span class="${TXT}" dir="auto">312 people responded</span></div><div class="x78zum5"><span class="${TXT}" dir="auto">Event by <a class="${LNK}" href="${q(`${FB}/institutdumondearabe`)}" role="link">Institut du monde arabe</a></span></div>` +
      `<div class="x78zum5"><span class="${TXT}" dir="auto">Public · Anyone on or off Facebook</span></div>` +
      `<div class="xz9dl7a"><span class="${TXT}" dir="auto"><div class="${HD}">${fparas(["En 2016, « l'armée des fils du califat » menaçait publiquement les fondateurs de Facebook et de Twitter.", 'Table ronde avec des chercheurs et des modérateurs. Entrée libre sur inscription.'])}</div></span>${role('See less')}</div></div></div>`;
    const composer = `<div class="x1yztbdb"><div class="${HD}"><div class="${BTN}" role="button" tabindex="0"><span>Write something...</span></div></div></div>`;
    const hostBadge = `<span class="${SUB}" dir="auto">Host</span>${dot}`;
    const postUrl = `${EV}/?post_id=1187766554433_9901`;
    const comments = fbComment3({ name: 'Paul Girard', path: 'paul.girard.5', text: 'Il reste des places pour jeudi prochain aussi ?', postUrl, cid: '9911' });
    const feed =
      `<div role="feed">` +
      `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">${fbCard(fbHeader({ title: nameLink('Institut du monde arabe', `${FB}/institutdumondearabe`), sub: hostBadge, stamp: stamp('December 2 at 10:00', postUrl), avatarUrl: `${FB}/institutdumondearabe` }), storyMessage(fparas([`Au programme : l'analyse de la vidéo de 2016 et de sa phrase finale, « ${FR} », par deux chercheurs du CNRS.`])), fbComments(comments))}</div>` +
      `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">${fbCard(fbHeader({ title: nameLink('Sarah Martin', `${FB}/sarah.martin.8`), stamp: stamp('December 4 at 18:21'), avatarUrl: `${FB}/sarah.martin.8` }), storyMessage(fparas(['Y a-t-il un parking à proximité ? Je viens de Lyon en voiture.'])))}</div>` +
      `</div>`;
    const got = await run(fb, `${EV}/?active_tab=discussion`, fbShell(`<div class="x9f619 x1n2onr6">${header}<div class="x78zum5"><div class="x1iyjqo2">${details}${composer}${feed}</div></div></div>`));
    check(got, [
      { text: `Au programme : l'analyse de la vidéo de 2016 et de sa phrase finale, « ${FR} », par deux chercheurs du CNRS.`, flag: true, author: 'Institut du monde arabe' },
      { text: 'Il reste des places pour jeudi prochain aussi ?', flag: false, comment: true, author: 'Paul Girard' },
      { text: 'Y a-t-il un parking à proximité ? Je viens de Lyon en voiture.', flag: false, author: 'Sarah Martin' },
    ]);
  });

  it('FG news feed with a Sponsored post (an ad, read as a post, CTA card left out), a live video, "People you may know" (no posts), the right rail (ads, contacts) and an open Messenger chat (no posts)', async () => {
    const sponsored =
      `<span class="html-span xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs"><span class="x4k7w5x x1h91t0o x1h9r5lt x1jfb8zj xv2umb2 x1beo9mf xaigb6o x12ejxvf x3igimt xarpa2k xedcshv x1lytzrv x1t2pt76 x7ja8zs x1qrby5j">` +
      `<a aria-label="Sponsored" attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ7" class="${LNK} x1sur9pj xkrqix3 xi81zsa x1s688f" href="${q(`${FB}/ads/about/?entry_product=ad_preferences`)}" role="link" tabindex="0"><span class="x1rg5ohu x6ikm8r x10wlt62 x16dsc37 xt0b8zv"><span>Sponsored</span></span></a></span></span>${dot}${globe}`;
    const cta =
      `<div class="x1n2onr6"><a class="${LNK}" href="https://l.facebook.com/l.php?u=${encodeURIComponent('https://www.arte.tv/fr/videos/dix-pour-un/?utm_source=facebook')}&amp;h=AT2x" rel="nofollow noreferrer" role="link" tabindex="0" target="_blank"><div class="x1n2onr6"><img alt="" src="https://scontent.xx.fbcdn.net/v/t45.1600-4/ad1.jpg"></div>` +
      `<div class="x1n2onr6 x78zum5"><div class="x1iyjqo2"><span class="${SUB}" dir="auto">ARTE.TV</span><div data-ad-rendering-role="title"><span class="${TXT} x1s688f" dir="auto">Dix pour un — documentaire</span></div><div data-ad-rendering-role="description"><span class="${SUB}" dir="auto">Disponible jusqu’au 31 janvier</span></div></div>` +
      `<div data-ad-rendering-role="cta"><div class="${BTN}" role="button" tabindex="0"><span class="${TXT}">Watch more</span></div></div></div></a></div>`;
    const adWords = `« ${FR} » : en 2016, une vidéo menaçait Mark Zuckerberg et Jack Dorsey. Enquête sur ceux qui l’ont tournée, dans « Dix pour un », notre documentaire.`;
    const live =
      `<div class="x1n2onr6"><div class="x5yr21d x1uhb9sk xh8yej3" data-visualcompletion="ignore" data-instancekey="id-vpuid-live1"><div class="x1lliihq x5yr21d x1n2onr6 xh8yej3 x1ja2u2z" data-video-id="2299887766554433"><video class="x1lliihq x5yr21d xh8yej3" playsinline="" preload="none" src="blob:https://www.facebook.com/live1"></video>` +
      `<div class="x10l6tqk x13vifvy x78zum5"><span class="x1lliihq" style="background-color: rgb(228, 30, 63); color: white;">LIVE</span><span class="x1lliihq"><i class="x1b0d499"></i>1.2K</span></div>` +
      `<div class="x1rg5ohu"><div aria-label="Pause" role="button" tabindex="0"></div><div aria-label="Unmute" role="button" tabindex="0"></div><div aria-label="Enlarge" role="button" tabindex="0"></div></div></div></div></div>`;
    const pymkCard = (name: string, uid: string, mutual: string) =>
      `<div class="x1n2onr6 x2lah0s" style="width: 180px;"><a class="${LNK}" href="${q(`${FB}/profile.php?id=${uid}`)}" role="link" tabindex="0"><img alt="${name}" src="https://scontent.xx.fbcdn.net/v/t39.30808-1/${uid}.jpg" style="height: 180px; width: 180px;"></a>` +
      `<a class="${LNK}" href="${q(`${FB}/profile.php?id=${uid}`)}" role="link" tabindex="0"><span class="${TXT} x1s688f" dir="auto">${name}</span></a><span class="${SUB}" dir="auto">${mutual}</span>` +
      `<div aria-label="Add friend" class="${BTN}" role="button" tabindex="0"><span class="${TXT}">Add friend</span></div><div aria-label="Remove" class="${BTN}" role="button" tabindex="0"><span class="${TXT}">Remove</span></div></div>`;
    const pymk =
      `<div class="x1lliihq"><div data-virtualized="false"><div class="x1n2onr6 x1ja2u2z"><div class="x1yztbdb"><div class="${HD}"><div class="x78zum5"><h3 dir="auto" class="html-h3"><span class="${TXT} x1s688f">People you may know</span></h3><div aria-label="More" class="${BTN}" role="button" tabindex="0"></div></div>` +
      `<div class="x78zum5 x1q0g3np xw2csxc">${pymkCard('Youssef El Idrissi', '100023456789', '12 mutual friends')}${pymkCard('Claire Dubois', '100034567890', '3 mutual friends')}${pymkCard('Minbar Ansar', '100045678901', '1 mutual friend')}</div>` +
      `<a class="${LNK}" href="${FB}/friends/suggestions/" role="link" tabindex="0"><span>See all</span></a></div></div></div></div></div>`;
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('ARTE', `${FB}/ARTE`), stamp: sponsored, avatarUrl: `${FB}/ARTE` }), storyMessage(fparas([adWords])) + cta)),
      homeUnit(fbCard(fbHeader({ title: nameLink('France 24', `${FB}/FRANCE24`) + ` <span class="${SUB}">is live now.</span>`, stamp: stamp('12m'), avatarUrl: `${FB}/FRANCE24` }), storyMessage(fparas(['🔴 EN DIRECT | Procès des menaces en ligne contre des dirigeants de réseaux sociaux : suivez l’audience avec notre correspondante.'])) + live)),
      pymk,
      homeUnit(fbCard(fbHeader({ title: nameLink('Hugo Lefèvre', `${FB}/hugo.lefevre`), stamp: stamp('2h'), avatarUrl: `${FB}/hugo.lefevre` }), storyMessage(fparas(['Première neige à Chamonix ce matin ❄️'])))),
    ];
    const contact = (name: string, uid: string) =>
      `<li class="html-li"><a class="${LNK}" href="${FB}/messages/t/${uid}/" role="link" tabindex="0"><div class="x78zum5"><img alt="" src="https://scontent.xx.fbcdn.net/v/t39.30808-1/c${uid}.jpg" style="height: 36px; width: 36px;"><span class="${TXT}" dir="auto">${name}</span></div></a></li>`;
    const rail =
      `<div class="x1n2onr6"><h3 dir="auto"><span class="${SUB}">Sponsored</span></h3><a class="${LNK}" href="https://l.facebook.com/l.php?u=${encodeURIComponent('https://www.nordvpn.com/')}" rel="nofollow noreferrer" role="link" tabindex="0" target="_blank"><img alt="" src="https://scontent.xx.fbcdn.net/v/t45.1600-4/r1.jpg"><span class="${TXT}" dir="auto">Protect every device</span><span class="${SUB}" dir="auto">nordvpn.com</span></a></div>` +
      `<div class="x1n2onr6"><h3 dir="auto"><span class="${SUB}">Birthdays</span></h3><span class="${TXT}" dir="auto"><b>Claire Dubois</b>'s birthday is today.</span></div>` +
      `<div class="x1n2onr6"><div class="x78zum5"><h3 dir="auto"><span class="${SUB}">Contacts</span></h3><div aria-label="Search contacts" role="button" tabindex="0"></div></div><ul class="html-ul">${contact('Julie Petit', '100011111')}${contact('Karim Benali', '100022222')}${contact('Amine K.', '100033333')}</ul></div>` +
      `<div class="x1n2onr6"><h3 dir="auto"><span class="${SUB}">Group chats</span></h3><ul class="html-ul">${contact('Veille Citoyenne', '2233445566')}</ul></div>`;
    const msg = (text: string, mine: boolean) =>
      `<div role="row" class="x1n2onr6"><div class="x78zum5 ${mine ? 'x13a6bvl' : ''}"><div class="x1n2onr6"><div dir="auto" class="html-div xexx8yu x18d9i69 x1gslohp x12nagc x1yc453h x126k92a ${mine ? 'xyk4ms5' : 'x18lvrbx'}">${text}</div></div></div></div>`;
    const chat =
      `<div class="x1ey2m1c xtijo5x x1o0tod x10l6tqk x13vifvy" data-pagelet="ChatTab"><div aria-label="Chat with Julie Petit" role="region" class="x1n2onr6 x1ja2u2z" style="height: 455px; width: 328px;">` +
      `<div class="x78zum5"><a class="${LNK}" href="${FB}/julie.petit.21" role="link"><span class="${TXT} x1s688f" dir="auto">Julie Petit</span></a><span class="${SUB}">Active now</span><div aria-label="Start a voice call" role="button" tabindex="0"></div><div aria-label="Minimize chat" role="button" tabindex="0"></div><div aria-label="Close chat" role="button" tabindex="0"></div></div>` +
      `<div aria-label="Messages in conversation with Julie Petit" role="grid" class="x1n2onr6">` +
      msg('Tu as vu ce qu’ils ont écrit sous la vidéo de la mairie ?', false) + msg(`« ${FR} »… j’ai signalé.`, true) + msg('Merci ! Je fais pareil 👍', false) +
      `</div><div aria-label="Message" contenteditable="true" role="textbox" class="xzsf02u notranslate" data-lexical-editor="true"><p><br></p></div></div></div>`;
    const main = `<div class="x1hc1fzr x1unhpq9 x6o7n8i"><h3 dir="auto" class="html-h3 xdj266r x14z9mp x1lziwak x1vvkbs x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz">News Feed posts</h3><div>${units.join('')}</div></div>`;
    const got = await run(fb, `${FB}/`, fbShellWith(main, rail, chat));
    check(got, [
      { text: adWords, flag: true, author: 'ARTE' },
      { text: '🔴 EN DIRECT | Procès des menaces en ligne contre des dirigeants de réseaux sociaux : suivez l’audience avec notre correspondante.', flag: false, author: 'France 24' },
      { text: 'Première neige à Chamonix ce matin ❄️', flag: false, author: 'Hugo Lefèvre' },
    ]);
  });

  it('FH a /permalink.php album post ("added 5 new photos to the album"): the message and the words a photo shows, then comments cut by "See more" and replies two deep', async () => {
    const url = `${FB}/permalink.php?story_fbid=pfbid0Zx3kLmN8qR2vT5wYbC7dE1fG4hJ6&id=100064123456789`;
    const PAGE = `${FB}/profile.php?id=100064123456789`;
    const title = nameLink('Collectif Vigilance Lyon', PAGE) + ` <span class="${SUB}">added 5 new photos to the album: </span>` + nameLink('Rassemblement du 12 décembre', `${FB}/media/set/?set=a.1122334455`) + '.';
    const grid =
      `<div class="x1n2onr6"><div class="x78zum5 x1q0g3np x1a02dak">` +
      feedPhoto('1122334401', 'a.1122334455', 'May be an image of 6 people, crowd and street') +
      feedPhoto('1122334402', 'a.1122334455', "May be an image of 2 people and text that says 'NON À LA HAINE'") +
      feedPhoto('1122334403', 'a.1122334455', 'May be an image of crowd') +
      feedPhoto('1122334404', 'a.1122334455', 'May be an image of 1 person and smiling', '+1') +
      `</div></div>`;
    const seeMoreText = `Sur la vidéo qu’ils ont postée après le rassemblement, le narrateur répète « ${FR} », puis il cite les noms de trois bénévoles du collectif, leurs quartiers et même`;
    const lvl2 = fbComment3({ name: 'Lina Haddad', path: 'lina.haddad.3', text: `C’est sur la bannière : « ${AR} »`, postUrl: url, cid: '6003', parent: { name: 'Omar S.', kind: 'reply' }, lang: 'ar-AR' });
    const lvl1 =
      fbComment3({ name: 'Omar S.', path: 'omar.s.88', text: 'Tu as la version arabe exacte ? Pour la plainte.', postUrl: url, cid: '6002', parent: { name: 'Lina Haddad', kind: 'comment' }, replies: lvl2 }) +
      fbComment3({ name: 'Collectif Vigilance Lyon', path: 'profile.php?id=100064123456789', text: 'Merci Lina, nous transmettons à la préfecture.', postUrl: url, cid: '6004', parent: { name: 'Lina Haddad', kind: 'comment' }, badge: 'Author' });
    const list =
      fbComment3({ name: 'Lina Haddad', path: 'lina.haddad.3', text: seeMoreText, postUrl: url, cid: '6001', seeMore: true, replies: lvl1 }) +
      fbComment3({ name: 'Paul Girard', path: 'paul.girard.5', text: 'Belle mobilisation malgré la pluie 👏', postUrl: url, cid: '6005' });
    const post = fbCard(
      fbHeader({ title, stamp: stamp('December 12 at 20:31', url), avatarUrl: PAGE }),
      storyMessage(fparas(['Merci aux 400 personnes venues place Bellecour samedi. Prochain rendez-vous le 9 janvier.'])) + grid,
      fbComments(list),
    );
    const got = await run(fb, url, fbShell(`<div class="x1n2onr6">${post}</div>`));
    check(got, [
      { text: 'Merci aux 400 personnes venues place Bellecour samedi. Prochain rendez-vous le 9 janvier.\nNON À LA HAINE', flag: false, author: 'Collectif Vigilance Lyon' },
      { text: `${seeMoreText}…`, flag: true, comment: true, author: 'Lina Haddad' },
      { text: 'Tu as la version arabe exacte ? Pour la plainte.', flag: false, comment: true, author: 'Omar S.' },
      { text: `C’est sur la bannière : « ${AR} »`, flag: true, comment: true, author: 'Lina Haddad' },
      { text: 'Merci Lina, nous transmettons à la préfecture.', flag: false, comment: true, author: 'Collectif Vigilance Lyon' },
      { text: 'Belle mobilisation malgré la pluie 👏', flag: false, comment: true, author: 'Paul Girard' },
    ]);
  });
});

describe('probe F — review of the Memories fix', () => {
  // Outside any feed, a card whose sharer's words carry no message marker and whose shared original (another author,
  // or the same one resharing a memory) sits in its attachment box: one post, the sharer's, with both words. The
  // Memories fix split such cards once (found in review); two posts are told apart only when the second card is
  // built like the first (its author block as deep inside it).
  const hdr = (name: string, path: string, when: string, tag: 'h2' | 'h3' | 'h4') => fbHeader({ title: nameLink(name, `${FB}/${path}`), stamp: stamp(when), avatarUrl: `${FB}/${path}`, menu: false, tag });
  const card = (top: string, rest: string, footer: boolean) =>
    `<div class="x1yztbdb"><div class="x1n2onr6 x1ja2u2z"><div class="x78zum5 xdt5ytf">${top}</div>${rest}${footer ? fbFooter() : ''}</div></div>`;
  it.each([
    ['another author, with an action bar', 'Karim Benali', 'karim.benali.75', 'Minbar Ansar', 'minbar.ansar.fr', true],
    ['another author, no action bar', 'Karim Benali', 'karim.benali.75', 'Minbar Ansar', 'minbar.ansar.fr', false],
    ['a memory reshared by its author', 'Nadia Benali', 'nadia.benali.92', 'Nadia Benali', 'nadia.benali.92', true],
  ])('a share outside any feed, %s: one post, the sharer\'s', async (_, sharer, path, author, authorPath, footer) => {
    const html = card(hdr(sharer, path, '1h', 'h2') + plainText(['Je relaie 👇']), attachment(hdr(author, authorPath, 'December 1', 'h4'), storyMessage(fparas([`${FR}.`]))), footer);
    check(await run(fb, `${FB}/${path}`, fbShell(`<div>${html}</div>`)), [{ text: `Je relaie 👇\n${FR}.`, flag: true, author: sharer }]);
  });
});

describe('probe F — harness', () => {
  it('the default pack loaded (flag checks ran)', () => {
    expect(packError).toBe('');
    expect(packLoaded).toBe(true);
  });
});
