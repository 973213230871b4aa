// @vitest-environment happy-dom
// Probe D (blind, 24 layouts: 12 X, 12 Facebook). Markup written from how x.com and facebook.com render posts in
// late 2025 / 2026 (React Native Web atomic classes and data-testid hooks on X; Comet's html-div / x… classes,
// data-ad-rendering-role, dir="auto" paragraphs and ARIA articles on Facebook), not from the repo's fixtures.
// Each snippet holds a post quoting the campaign threat or naming the group, next to clear posts. For every
// container the adapter finds: what it reads, whether it is a comment, and whether the default pack flags it.

import { beforeAll, describe, expect, it } from 'vitest';
import { xAdapter } from '../../lib/sites/x';
import { facebookAdapter } from '../../lib/sites/facebook';
import { withPage } from './helpers/page';
import { AR, check, emoji, EN, FR, hashtag, id, loadDefaultPack, mention, packError, packLoaded, quoteBlock, run, socialContext, SP, sp, tco, tweetText, TX, V, xArticle, xCell } from './helpers/probe-markup';
import { avatar, BTN, FB, fb, fbCard, fbComments, fbEmoji, fbHashtag, fbHeader, fbMention, fbShell, fpara, fparas, HD, homeFeed, homeUnit, LNK, nameLink, q, rid, stamp, storyMessage, SUB, TXT } from './helpers/probe-markup-fb';

beforeAll(loadDefaultPack);

/** The app shell: banner nav, primary column with its timeline region, sidebar, #layers. */
const xPage = (cells: string[], title = 'Your Home Timeline', sidebar = '') =>
  `<div id="react-root" style="height:100%;display:flex;"><div class="${V} r-1pi2tsx r-13qz1uu r-417010"><div class="${V} r-18u37iz r-13qz1uu r-417010">` +
  `<header role="banner" class="${V} r-lrvibr r-1g40b8q r-obd0qt r-16y2uox"><nav aria-label="Primary" role="navigation" class="${V} r-1habvwh r-eqz5dr"><a href="/home" aria-label="Home" role="link" data-testid="AppTabBar_Home_Link"><span class="${SP}">Home</span></a><a href="/explore" role="link"><span class="${SP}">Explore</span></a></nav></header>` +
  `<main role="main" class="${V} r-16y2uox r-1wbh5a2"><div class="${V} r-150rngu r-16y2uox r-1wbh5a2 r-rthrr5"><div class="${V} r-aqfbo4 r-16y2uox"><div class="${V} r-1oszu61 r-1niwhzg r-18u37iz r-16y2uox r-2llsf r-13qz1uu r-1wtj0ep">` +
  `<div class="${V} r-14lw9ot r-jxzhtn r-13l2t4g r-1ljd8xs r-1phboty r-16y2uox r-184en5c r-61z16t r-11wrixw r-1jgb5lz r-13qz1uu r-1ye8kvj" data-testid="primaryColumn"><div aria-label="${title}" class="${V}"><div class="${V}">` +
  `<section aria-labelledby="accessible-list-1" role="region" class="${V}"><h1 dir="ltr" aria-level="1" role="heading" id="accessible-list-1" class="${TX} r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h">${title}</h1>` +
  `<div aria-label="Timeline: ${title}" class="${V}"><div class="${V}" style="position: relative; min-height: ${cells.length * 600}px;">${cells.join('')}</div></div></section></div></div></div>` +
  `${sidebar}</div></div></div></main></div></div></div><div id="layers" class="r-zchlnj r-1d2f490 r-u8s1d r-ipm5af r-1p0dtai r-105ug2t"></div>`;


const statusUrl = (h: string, s: string) => `https://x.com/${h}/status/${s}`;

// ===============================================================================================================
// X

describe('probe D — X', () => {
  it('X1 long post (note tweet) collapsed with "Show more": the visible words, not the control; the threat is before the cut', async () => {
    const long =
      sp(`Thread on how these groups recruit online 🧵\n\nTheir slogan last year was literally "${EN}". They meant it as a threat to moderators and it worked for a while because every ban was followed by a wave of new accounts, often created in bulk from the same phone farms, with the same avatars and bios recycled from`);
    const showMore = `<button class="css-146c3p1 r-bcqeeo r-qvutc0 r-37j5jr r-q4m81j r-a023e6 r-rjixqe r-b88u0q r-1loqt21" data-testid="tweet-text-show-more-link" type="button" style="color: rgb(29, 155, 240);">Show more</button>`;
    const cells = [
      xCell(xArticle({ name: 'Counter Extremism Desk', handle: 'cx_desk', status: '1996000000000000101', check: true, body: tweetText(long) + showMore })),
      xCell(xArticle({ name: 'Lina', handle: 'lina_codes', status: '1996000000000000102', body: tweetText(sp('Shipping the new build tonight, wish me luck')) }), 600),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPage(cells));
    check(got, [
      { text: long.replace(/<[^>]+>/g, ''), flag: true, author: 'Counter Extremism Desk' },
      { text: 'Shipping the new build tonight, wish me luck', flag: false },
    ]);
  });

  it('X2 long post whose threat lies past the cut: clear while collapsed, flagged once "Show more" expands it in place (fingerprint changes)', async () => {
    const head = 'Long read. I spent three months reading the channels that survived the last purge. What struck me most was how calm they were about bans, as if every closure was already priced in. One of the pinned messages said';
    const tail = ` "${FR}". Ils ne plaisantaient pas.`;
    const showMore = `<button class="css-146c3p1 r-bcqeeo r-qvutc0 r-37j5jr r-q4m81j r-a023e6 r-rjixqe r-b88u0q r-1loqt21" data-testid="tweet-text-show-more-link" type="button" style="color: rgb(29, 155, 240);">Show more</button>`;
    const post = (expanded: boolean) =>
      xCell(xArticle({ name: 'Élise R.', handle: 'elise_r', status: '1996000000000000201', body: tweetText(sp(expanded ? head + tail : head), 'en', !expanded) + (expanded ? '' : showMore) }));
    const collapsed = await run(xAdapter, 'https://x.com/home', xPage([post(false)]));
    check(collapsed, [{ text: head, flag: false }]);
    const expanded = await run(xAdapter, 'https://x.com/home', xPage([post(true)]));
    check(expanded, [{ text: head + tail, flag: true }]);
    expect(expanded[0]!.fp).not.toBe(collapsed[0]!.fp);
    expect(expanded[0]!.id).toBe(collapsed[0]!.id);
  });

  it('X3 a post of a quote only (no words of its own): the quoted French threat is its text; the quote is no container of its own', async () => {
    const q = quoteBlock({ name: 'جيش أبناء الخلافة', handle: 'sca_media_07', body: tweetText(sp(FR), 'fr') });
    const cells = [
      xCell(xArticle({ name: 'Mehdi', handle: 'mehdi_k', status: '1996000000000000301', body: q })),
      xCell(xArticle({ name: 'Paris Foot', handle: 'parisfoot', status: '1996000000000000302', body: tweetText(sp('Victoire 3-1 ce soir, quelle ambiance au Parc ') + emoji('🔴', '1f534', 'Red circle') + emoji('🔵', '1f535', 'Blue circle'), 'fr') + quoteBlock({ name: 'PSG', handle: 'PSG_inside', body: tweetText(sp('Merci pour votre soutien !'), 'fr') }) }), 600),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPage(cells));
    check(got, [
      { text: FR, flag: true, author: 'Mehdi' },
      { text: 'Victoire 3-1 ce soir, quelle ambiance au Parc 🔴🔵\nMerci pour votre soutien !', flag: false, author: 'Paris Foot' },
    ]);
  });

  it('X4 auto-translated post ("Translated from Arabic", "Show original") and an untranslated one with "Translate post": chrome left out', async () => {
    // Translated state: X swaps the words in tweetText for the translation and adds a caption and a control below.
    const translatedEn = 'If you close one of our accounts, we will take ten in return. Your sites will fall.';
    const caption =
      `<div class="${V} r-1s2bzr4"><div class="${V} r-18u37iz r-1wtj0ep"><div dir="ltr" class="${TX}" style="color: rgb(83, 100, 113);"><span class="${SP}">Translated from Arabic by </span><a href="https://x.ai/grok" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${SP} r-1loqt21"><span class="${SP}">Grok</span></a></div>` +
      `<button role="button" class="${V} r-1loqt21" type="button"><span class="${SP}">Show original</span></button></div></div>`;
    const translateBtn = `<div class="${V} r-1s2bzr4"><button role="button" class="${V} r-1loqt21" type="button"><span class="${SP}" style="color: rgb(29, 155, 240);">Translate post</span></button></div>`;
    const cells = [
      xCell(xArticle({ name: 'Ahmad', handle: 'ahmad_ar', status: '1996000000000000401', body: tweetText(sp(translatedEn), 'ar') + caption })),
      xCell(xArticle({ name: 'مطبخ سلمى', handle: 'salma_kitchen', status: '1996000000000000402', body: tweetText(sp('وصفة الكنافة بالجبن جاهزة، جربوها في عطلة نهاية الأسبوع'), 'ar') + translateBtn }), 600),
      xCell(xArticle({ name: 'Yusuf', handle: 'yusuf_o', status: '1996000000000000403', body: tweetText(sp(AR), 'ar') + translateBtn }), 1200),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPage(cells));
    check(got, [
      { text: translatedEn, flag: true },
      { text: 'وصفة الكنافة بالجبن جاهزة، جربوها في عطلة نهاية الأسبوع', flag: false },
      { text: AR, flag: true },
    ]);
  });

  it('X5 Community Notes under posts: the note names the group, the post does not (clear); a post quoting the threat with a note stays flagged', async () => {
    const note = (body: string) =>
      `<div class="${V} r-1s2bzr4"><div tabindex="0" class="${V} r-1kqtdi0 r-1867qdf r-rs99b7 r-1loqt21 r-1s2bzr4 r-1ny4l3l r-1udh08x r-o7ynqc r-6416eg" data-testid="birdwatch-pivot" role="link">` +
      `<div class="${V} r-k4xj1c r-g2wdr4 r-6koalj r-18u37iz r-1e081e0 r-1f1sjgu"><div class="${V} r-18u37iz r-13qz1uu"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M12 1.75"></path></g></svg><div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}">Readers added context they thought people might want to know</span></div></div></div>` +
      `<div class="${V} r-1e081e0 r-1f1sjgu"><div dir="ltr" class="${TX}"><span class="${SP}">${body} </span>${tco('n0te1', 'lemonde.fr/pixels/article/2', '016/06/02/armee-des-fils')}</div></div>` +
      `<div class="${V} r-1e081e0 r-1f1sjgu r-18u37iz"><div dir="ltr" class="${TX}"><span class="${SP}">Do you find this helpful?</span></div><button role="button" type="button" class="${V}"><span class="${SP}">Rate it</span></button></div>` +
      `</div></div>`;
    const photo = `<div class="${V} r-9aw3ui r-1s2bzr4"><div class="${V} r-9aw3ui"><div class="${V} r-1adg3ll r-1udh08x"><div class="${V} r-1867qdf"><a href="/newsflash_24/status/1996000000000000501/photo/1" role="link" class="${V} r-1pi2tsx r-1ny4l3l r-1loqt21"><div aria-label="Image" class="${V} r-1p0dtai r-1mlwlqe r-1d2f490 r-11wrixw r-61z16t r-1mnahxq r-1udh08x r-u8s1d r-zchlnj r-ipm5af r-417010" data-testid="tweetPhoto"><img alt="Image" draggable="true" src="https://pbs.twimg.com/media/GZx1.jpg?format=jpg&amp;name=small" class="css-9pa8cd"></div></a></div></div></div></div>`;
    const cells = [
      xCell(xArticle({ name: 'NewsFlash 24', handle: 'newsflash_24', status: '1996000000000000501', body: tweetText(sp('BREAKING: hackers just took down 10,000 accounts in one night. Who is behind this? ') + emoji('👀', '1f440', 'Eyes'), 'en') + photo + note('This image is a 2016 propaganda graphic of the Sons of the Caliphate Army, not a recent event.') })),
      xCell(xArticle({ name: 'Sam Ortiz', handle: 'samortiz', status: '1996000000000000502', body: tweetText(sp(`"${EN}" — this is what they post under every takedown report.`)) + note('The quote comes from a 2016 video targeting Facebook and Twitter founders.') }), 600),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPage(cells));
    check(got, [
      { text: 'BREAKING: hackers just took down 10,000 accounts in one night. Who is behind this? 👀', flag: false },
      { text: `"${EN}" — this is what they post under every takedown report.`, flag: true },
    ]);
  });

  it('X6 poll: the question and the open poll options are read, not "1,024 votes · 2 days left"', async () => {
    const option = (t: string, i: number) =>
      `<div class="${V} r-1awozwy r-18u37iz r-1mmae3n r-3pj75a"><div aria-checked="false" aria-posinset="${i}" aria-setsize="3" role="radio" tabindex="0" class="${V} r-1ets6dv r-1867qdf r-1phboty r-rs99b7 r-1loqt21 r-1ny4l3l"><div class="${V} r-1awozwy r-18u37iz r-1777fci r-1f1sjgu"><div dir="ltr" class="${TX} r-b88u0q"><span class="${SP}">${t}</span></div></div></div></div>`;
    const poll =
      `<div class="${V} r-9aw3ui r-1s2bzr4"><div aria-labelledby="${id('c')}" class="${V}" data-testid="card.wrapper"><div class="${V}" data-testid="cardPoll"><div role="radiogroup" class="${V}">` +
      option('Ignore them', 1) + option('Sons of the Caliphate Army', 2) + option('Report everything', 3) +
      `</div><div class="${V} r-18u37iz r-1f1sjgu"><div dir="ltr" class="${TX}"><span class="${SP}" data-testid="pollTotalVotes">1,024 votes</span><span class="${SP}"> · </span><span class="${SP}" data-testid="pollTimeRemaining">2 days left</span></div></div></div></div></div>`;
    const poll2 =
      `<div class="${V} r-9aw3ui r-1s2bzr4"><div aria-labelledby="${id('c')}" class="${V}" data-testid="card.wrapper"><div class="${V}" data-testid="cardPoll"><div role="radiogroup" class="${V}">` +
      option('Tea', 1) + option('Coffee', 2) + option('Mate', 3) +
      `</div><div class="${V} r-18u37iz r-1f1sjgu"><div dir="ltr" class="${TX}"><span class="${SP}">88 votes · 5 hours left</span></div></div></div></div></div>`;
    const cells = [
      xCell(xArticle({ name: 'OSINT Watch', handle: 'osint_watch', status: '1996000000000000601', body: tweetText(sp('Which account network keeps coming back after every purge?')) + poll })),
      xCell(xArticle({ name: 'Nadia', handle: 'nadia_b', status: '1996000000000000602', body: tweetText(sp('Morning poll ') + emoji('☕', '2615', 'Hot beverage')) + poll2 }), 600),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPage(cells));
    check(got, [
      { text: 'Which account network keeps coming back after every purge?\nIgnore them\nSons of the Caliphate Army\nReport everything', flag: true },
      { text: 'Morning poll ☕\nTea\nCoffee\nMate', flag: false },
    ]);
  });

  it('X7 conversation on a status page: the focused post quotes the threat; replies (one with "Replying to @…") are comments with their own words', async () => {
    const replyingTo = (handles: string[]) =>
      `<div class="${V} r-4qtqp9 r-zl2h9q"><div dir="ltr" class="${TX}" id="${id('rt')}" style="color: rgb(83, 100, 113);">Replying to ` +
      handles.map((h, i) => `${i ? ' and ' : ''}<div class="${V} r-1wbh5a2 r-dnmrzs"><a href="/${h}" dir="ltr" role="link" class="${SP} r-1loqt21"><span class="${SP}">@${h}</span></a></div>`).join('') +
      `</div></div>`;
    const cells = [
      xCell(xArticle({ name: 'Sons Caliphate Army Watch', handle: 'SonsCaliphateArmyWatch', status: '1996000000000000701', focused: true, body: tweetText(sp(`Archiving this before it is deleted: "${EN}"`)) })),
      xCell(xArticle({ name: 'Jules', handle: 'jules_v', status: '1996000000000000702', body: replyingTo(['SonsCaliphateArmyWatch', 'X']) + tweetText(sp('Reported. Please do not repost the original video.')) }), 700),
      xCell(xArticle({ name: 'Rami', handle: 'rami_h', status: '1996000000000000703', body: tweetText(sp(`${mention('SonsCaliphateArmyWatch')} ${AR}`), 'ar') }), 1300),
    ];
    const got = await run(xAdapter, statusUrl('SonsCaliphateArmyWatch', '1996000000000000701'), xPage(cells, 'Conversation'));
    check(got, [
      { text: `Archiving this before it is deleted: "${EN}"`, flag: true },
      { text: 'Reported. Please do not repost the original video.', flag: false, comment: true },
      { text: `@SonsCaliphateArmyWatch ${AR}`, flag: true, comment: true },
    ]);
  });

  it('X8 hashtags and mentions as links, emoji as <img alt> inside the sentence, a t.co link: read inline, in order', async () => {
    const body = tweetText(
      sp('They are back ') + emoji('⚠️', '26a0', 'Warning sign') + sp(' ') + mention('Safety') + sp(' the page keeps posting "If you close one of our accounts, we will take ') + emoji('🔟', '1f51f', 'Keycap: 10') +
        sp(' in return" ') + hashtag('Sons_Caliphate_Army') + sp(' ') + hashtag('OSINT') + sp(' ') + tco('xYz12', 'bbc.com/news/technolog', 'y-36498723'),
    );
    const cells = [
      xCell(xArticle({ name: 'Tariq', handle: 'tariq_osint', status: '1996000000000000801', body })),
      xCell(xArticle({ name: 'Chloé', handle: 'chloe_m', status: '1996000000000000802', body: tweetText(sp('Bon anniversaire ') + mention('maman_du_92') + sp(' ') + emoji('🎂', '1f382', 'Birthday cake') + emoji('❤️', '2764', 'Red heart') + sp(' ') + hashtag('famille'), 'fr') }), 600),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPage(cells));
    check(got, [
      { text: 'They are back ⚠️ @Safety the page keeps posting "If you close one of our accounts, we will take 🔟 in return" #Sons_Caliphate_Army #OSINT bbc.com/news/technolog', flag: true },
      { text: 'Bon anniversaire @maman_du_92 🎂❤️ #famille', flag: false },
    ]);
  });

  it('X9 a promoted post ("Ad", placementTracking) between organic posts: read as a post of its own; the organic threat post is flagged', async () => {
    const adCard = `<div class="${V} r-9aw3ui r-1s2bzr4"><div class="${V}" data-testid="card.wrapper"><div class="${V}" data-testid="card.layoutLarge.media"><a href="https://t.co/AdL1nk" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${V} r-1loqt21"><div class="${V} r-1adg3ll"><img alt="" src="https://pbs.twimg.com/card_img/1/x.jpg" class="css-9pa8cd"></div><div class="${V} r-1d2f490"><span class="${SP}">From nordvpn.com</span></div></a></div></div></div>`;
    const cells = [
      xCell(xArticle({ name: 'Yasmine', handle: 'yasmine_z', status: '1996000000000000901', body: tweetText(sp(`Screenshot from a channel today: ${EN}. Same wording as 2016.`)) })),
      xCell(`<div class="${V}" data-testid="placementTracking">` + xArticle({ name: 'NordVPN', handle: 'NordVPN', status: '1996000000000000902', ad: true, check: true, body: tweetText(sp('Protect every device you own with one account. 73% off this week only.')) + adCard }) + `</div>`, 600),
      xCell(xArticle({ name: 'Météo Paris', handle: 'meteo_paris', status: '1996000000000000903', body: tweetText(sp('Pluie faible attendue cet après-midi, 9°C.'), 'fr') }), 1200),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPage(cells));
    check(got, [
      { text: `Screenshot from a channel today: ${EN}. Same wording as 2016.`, flag: true },
      { text: 'Protect every device you own with one account. 73% off this week only.', flag: false, author: 'NordVPN' },
      { text: 'Pluie faible attendue cet après-midi, 9°C.', flag: false },
    ]);
  });

  it('X10 a repost ("Karim reposted") of the Arabic threat and a pinned post on a profile: the context line is not text', async () => {
    const cells = [
      xCell(xArticle({ name: 'Karim', handle: 'karim_b', status: '1996000000000001001', social: socialContext('karim_b', 'Pinned'), body: tweetText(sp('Journalist. Opinions mine. DMs open for tips.')) })),
      xCell(xArticle({ name: 'منبر الأنصار', handle: 'minbar_ansar_9', status: '1996000000000001002', social: socialContext('karim_b', 'Karim reposted'), body: tweetText(sp(AR + ' ') + hashtag('جيش_أبناء_الخلافة'), 'ar') }), 600),
    ];
    const got = await run(xAdapter, 'https://x.com/karim_b', xPage(cells, 'Karim'));
    check(got, [
      { text: 'Journalist. Opinions mine. DMs open for tips.', flag: false },
      { text: `${AR} #جيش_أبناء_الخلافة`, flag: true, author: 'منبر الأنصار' },
    ]);
  });

  it('X11 a quote of a long quoted post with its own "Show more", and a quoted post that is unavailable', async () => {
    const qShowMore = `<div class="${V}"><span class="${SP}" data-testid="tweet-text-show-more-link" style="color: rgb(29, 155, 240);">Show more</span></div>`;
    const unavailable = `<div class="${V} r-9aw3ui r-1s2bzr4"><div class="${V} r-1kqtdi0 r-1867qdf r-rs99b7 r-1udh08x r-1ets6dv"><div class="${V} r-1e081e0 r-1f1sjgu"><div dir="ltr" class="${TX}"><span class="${SP}">This post is unavailable. </span><a href="https://help.x.com/rules-and-policies/notices-on-x" role="link" class="${SP} r-1loqt21"><span class="${SP}">Learn more</span></a></div></div></div></div>`;
    const cells = [
      xCell(xArticle({ name: 'Inès', handle: 'ines_k', status: '1996000000000001101', body: tweetText(sp('Read the last paragraph. Chilling.'), 'en') + quoteBlock({ name: 'Archive Desk', handle: 'archive_desk', body: tweetText(sp(`Transcript of the 2016 video, part 2. The narrator addresses both founders directly and ends with: ${EN}`), 'en') + qShowMore }) })),
      xCell(xArticle({ name: 'Tom', handle: 'tom_r', status: '1996000000000001102', body: tweetText(sp('lol this aged badly')) + unavailable }), 700),
    ];
    const got = await run(xAdapter, 'https://x.com/home', xPage(cells));
    check(got, [
      { text: `Read the last paragraph. Chilling.\nTranscript of the 2016 video, part 2. The narrator addresses both founders directly and ends with: ${EN}`, flag: true },
      { text: 'lol this aged badly', flag: false },
    ]);
  });

  it('X12 status page: focused clear post, a reply thread, then "Discover more" posts that are not replies', async () => {
    const heading = `<div class="${V} r-1awozwy r-18u37iz r-1wtj0ep"><h2 dir="ltr" aria-level="2" role="heading" class="${TX} r-b88u0q r-1vr29t4"><span class="${SP}">Discover more</span></h2></div><div dir="ltr" class="${TX}"><span class="${SP}">Sourced from across X</span></div>`;
    const showReplies = `<div class="${V}"><button role="button" type="button" class="${V} r-1loqt21"><div dir="ltr" class="${TX}"><span class="${SP}">Show probable spam</span></div></button></div>`;
    const cells = [
      xCell(xArticle({ name: 'Le Monde', handle: 'lemondefr', status: '1996000000000001201', focused: true, check: true, body: tweetText(sp('Menaces en ligne : dix ans après, que reste-t-il des réseaux djihadistes francophones ? ') + tco('Lm1', 'lemonde.fr/pixels/article', '/2025/12/04/x.html'), 'fr') })),
      xCell(xArticle({ name: 'Bruno', handle: 'bruno_l', status: '1996000000000001202', body: tweetText(sp(`Je me souviens de « l'armée des fils du califat » et de leur « ${FR} ».`), 'fr') }), 700),
      xCell(xArticle({ name: 'Sophie', handle: 'sophie_d', status: '1996000000000001203', body: tweetText(sp('Article très complet, merci.'), 'fr') }), 1200),
      xCell(showReplies, 1700),
      xCell(heading, 1800),
      xCell(xArticle({ name: 'Ansar Watch', handle: 'ansar_watch', status: '1996000000000001204', body: tweetText(sp(`New upload repeats the old line: ${EN}`)) }), 1900),
    ];
    const got = await run(xAdapter, statusUrl('lemondefr', '1996000000000001201'), xPage(cells, 'Conversation'));
    check(got, [
      { text: 'Menaces en ligne : dix ans après, que reste-t-il des réseaux djihadistes francophones ? lemonde.fr/pixels/article', flag: false },
      { text: `Je me souviens de « l'armée des fils du califat » et de leur « ${FR} ».`, flag: true, comment: true },
      { text: 'Article très complet, merci.', flag: false, comment: true },
      { text: `New upload repeats the old line: ${EN}`, flag: true, comment: false },
    ]);
  });
});

// ===============================================================================================================
// Facebook markup (Comet, 2025–26). html-div / html-span wrappers with atomic x… classes; the story header is tagged
// data-ad-rendering-role="profile_name", the message "story_message" around data-ad-preview="message"; paragraphs
// are div[dir=auto] with an inline text-align; controls are div[role=button]; comments are ARIA articles labelled
// "Comment by …" / "Reply by …", their replies in a sibling list after the article.


/** Paragraph wrappers Comet puts around each paragraph after the first. */
const seeMore = `<div class="${BTN} xt0b8zv xzsf02u x1s688f" role="button" tabindex="0">See more</div>`;

/** The story_message block around paragraphs. */


/** The timestamp (href="#" until hovered; "Shared with Public" icon after it). */


/** Reactions summary, counts and the Like / Comment / Share bar. */

interface FbComment {
  name: string;
  path: string;
  text: string;
  postUrl: string;
  cid: string;
  reply?: { to: string };
  badge?: string;
  replies?: string;
  seeMore?: boolean;
  lang?: string;
}

/** A comment (or reply): ARIA article labelled with its author and age; replies listed after it, outside it. */
function fbComment(c: FbComment): string {
  const label = c.reply ? `Reply by ${c.name} to ${c.reply.to}'s comment 3 hours ago` : `Comment by ${c.name} 5 hours ago`;
  const cid = btoa(`comment:1122334455_${c.cid}`).replace(/=+$/, '');
  const idParam = c.reply ? `comment_id=Y29tbWVudDoxMTIyMzM0NDU1XzkwMDE&amp;reply_comment_id=${c.cid}` : `comment_id=${cid}`;
  const badge = c.badge
    ? `<div class="${HD}"><span class="${SUB}"><a href="${q(`${FB}/groups/ansarwatchers/badges/?badge_type=TOP_CONTRIBUTOR`)}" role="link" tabindex="0" class="${LNK}"><span>${c.badge}</span></a></span></div>`
    : '';
  return (
    `<div class="x1n2onr6 x1iorvi4 x4uap5 x18d9i69 xurb0ha x78zum5 x1q0g3np x1a2a7pz" ><div aria-label="${label}" class="x1n2onr6 x1ye3gou xv1l7n4 x1yzgxni" role="article" tabindex="-1">` +
    `<div class="x1r8uery x1iyjqo2 x6ikm8r x10wlt62 x1pi30zi">${avatar(`${FB}/${c.path}?comment_id=${cid}`, c.path)}</div>` +
    `<div class="x1r8uery x1iyjqo2 x6ikm8r x10wlt62 x4uap5"><div class="x78zum5 xdt5ytf"><div class="x1n2onr6"><div class="x1n2onr6 x1ja2u2z x1jx94hy xw5cjc7 x1dmpuos x1vsv7so xau1kf4"><div class="x78zum5 xdt5ytf"><div class="x1cy8zhl x9f619 x78zum5 xdt5ytf x193iq5w x1n2onr6 x1rfph6h x13faqbe">` +
    `<div class="xqcrz7y x14yjl9h xudhj91 x18nykt9 xww2gxu x1lliihq x1w0mnb xr9ek0c x1ey2m1c xds687c x10l6tqk x17qophe">` +
    badge +
    `<span class="x3nfvp2"><span class="xt0psk2"><a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ3" class="${LNK} x1sur9pj xkrqix3 xzsf02u x1s688f" href="${q(`${FB}/${c.path}?comment_id=${cid}`)}" role="link" tabindex="0"><span class="x3nfvp2"><span class="${TXT} x1s688f" dir="auto">${c.name}</span></span></a></span></span>` +
    `<div class="x1lliihq xjkvuk6 x1iorvi4" dir="auto"><span class="${TXT}" lang="${c.lang ?? 'en-US'}" dir="auto"><div class="xdj266r x14z9mp xat24cr x1lziwak x1vvkbs"><div dir="auto" style="text-align: start;">${c.text}${c.seeMore ? `… ${seeMore}` : ''}</div></div></span></div>` +
    `</div></div></div></div></div></div>` +
    `<ul class="html-ul xe8uvvx xdj266r x14z9mp xat24cr x1lziwak x1hl2dhg x16tdsg8 x1vvkbs"><li class="html-li xdj266r x14z9mp"><div class="x1i10hfl" role="button" tabindex="0">Like</div></li><li class="html-li xdj266r"><div class="x1i10hfl" role="button" tabindex="0">Reply</div></li>` +
    `<li class="html-li xdj266r"><span class="html-span"><a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ4" class="${LNK}" href="${q(`${c.postUrl}?${idParam}`)}" role="link" tabindex="0"><span class="${SUB}">5h</span></a></span></li></ul>` +
    `</div></div>` +
    (c.replies ? `<div class="x1n2onr6 x1swvt13 x1iorvi4 x78zum5 x1q0g3np x1a2a7pz"><div class="x1n2onr6">${c.replies}</div></div>` : '') +
    `</div>`
  );
}

/** Comments under a post: "Most relevant" sorter, the list, "View more comments", then the composer. */

/** The post card inside a unit: header, body, footer, comments. */

/** Home news feed (2025): heading, then units with aria-describedby/labelledby and no aria-posinset. */
/** A feed unit with the ARIA article and its position (page timelines on many accounts). */
const articleUnit = (inner: string, pos: number) =>
  `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div aria-posinset="${pos}" aria-setsize="-1" aria-describedby="${rid()} ${rid()}" aria-labelledby="${rid()}" class="x1a2a7pz" role="article"><div class="x1n2onr6 x1ja2u2z">${inner}</div></div></div>`;


// ===============================================================================================================
// Facebook


describe('probe D — Facebook', () => {
  it('F1 group feed: background-colour text posts (big centred text over a background image), with and without the message marker', async () => {
    const bg = (inner: string) =>
      `<div class="x1n2onr6"><div class="x1n2onr6 x1ja2u2z x1jx94hy x9f619" style="background-color: rgb(110, 28, 138);"><div class="x10l6tqk x13vifvy x1o0tod xh8yej3 x5yr21d" style="background-image: url(&quot;https://scontent.xx.fbcdn.net/v/t39.10873-6/1028_n.png&quot;); background-position: center center; background-size: cover;"></div>` +
      `<div class="x6s0dn4 x78zum5 xdt5ytf x5yr21d xl56j7k x10l6tqk x17qophe x13vifvy xh8yej3" style="min-height: 353px;"><div class="x1yx25j4 x13crsa5 x6x52a7 x1rxj1xn xxpdul3" style="color: rgb(255, 255, 255); font-size: 30px; font-weight: bold;">${inner}</div></div></div></div>`;
    const member = (name: string, id: string) => nameLink(name, `${FB}/groups/873456120/user/${id}/`);
    const groupPost = (name: string, uid: string, body: string) => `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">${fbCard(fbHeader({ title: member(name, uid), stamp: stamp('4h'), avatarUrl: `${FB}/groups/873456120/user/${uid}/` }), body)}</div>`;
    const feed =
      `<div role="feed" class="x1yztbdb">` +
      `<div class="x1yztbdb"><div class="${HD}"><div role="button" tabindex="0"><span>Write something…</span></div></div></div>` +
      groupPost('Walid Amrani', '100084512', bg(`<span class="${TXT}" dir="auto"><div class="${HD}">${fpara(EN + ' 🔥', 'center')}</div></span>`)) +
      groupPost('Claire Dubois', '100099871', `<div class="${HD}" data-ad-rendering-role="story_message"><div class="${HD}" data-ad-comet-preview="message" data-ad-preview="message">${bg(`<span class="${TXT}" dir="auto"><div class="${HD}">${fpara('Bonne fête des mères à toutes les mamans du groupe ❤️', 'center')}</div></span>`)}</div></div>`) +
      groupPost('Omar S.', '100055544', bg(`<span class="${TXT}" dir="auto"><div class="${HD}">${fpara('Sons of the Caliphate Army is back', 'center')}</div></span>`)) +
      `</div>`;
    const page = fbShell(`<div class="x1hc1fzr"><div><h1 dir="auto"><span><a href="${FB}/groups/873456120/" role="link">Quartier Nord Entraide</a></span></h1></div>${feed}</div>`);
    const got = await run(fb, `${FB}/groups/873456120/`, page);
    check(got, [
      { text: EN + ' 🔥', flag: true, author: 'Walid Amrani' },
      { text: 'Bonne fête des mères à toutes les mamans du groupe ❤️', flag: false, author: 'Claire Dubois' },
      { text: 'Sons of the Caliphate Army is back', flag: true, author: 'Omar S.' },
    ]);
  });

  it('F2 news feed shares: a share with words of its own and a marked original (French threat), and a share without words', async () => {
    const original = (body: string) =>
      `<div class="x1n2onr6"><div class="x1n2onr6 xh8yej3 x1ja2u2z x1jx94hy x1qpq9i9 xdney7k xu5ydu1 xt3gfkd x9f619 xh8yej3 x6ikm8r x10wlt62 x1lq5wgf xgqcy7u x30kzoy x9jhf4c" style="border-radius: 8px;">` +
      fbHeader({ title: nameLink('Minbar Ansar', `${FB}/minbar.ansar.fr`), stamp: stamp('3d'), avatarUrl: `${FB}/minbar.ansar.fr`, menu: false, tag: 'h3' }) +
      storyMessage(body) +
      `</div></div>`;
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('Karim Benali', `${FB}/karim.benali.75`), stamp: stamp('2h'), avatarUrl: `${FB}/karim.benali.75` }), storyMessage(fparas(['Regardez ce que cette page publie encore 😡 Signalez-la.'])) + original(fparas([FR, 'Partagez avant suppression.'])))),
      homeUnit(fbCard(fbHeader({ title: nameLink('Amel Haddad', `${FB}/amel.haddad.3`), stamp: stamp('6h'), avatarUrl: `${FB}/amel.haddad.3` }), original(fparas(["l'armée des fils du califat vous salue"])))),
      homeUnit(fbCard(fbHeader({ title: nameLink('Boulangerie Martin', `${FB}/boulangeriemartin`), stamp: stamp('1d'), avatarUrl: `${FB}/boulangeriemartin` }), storyMessage(fparas(['Nouvelle galette des rois dès lundi ! 👑'])))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: `Regardez ce que cette page publie encore 😡 Signalez-la.\n${FR}\nPartagez avant suppression.`, flag: true, author: 'Karim Benali' },
      { text: "l'armée des fils du califat vous salue", flag: true, author: 'Amel Haddad' },
      { text: 'Nouvelle galette des rois dès lundi ! 👑', flag: false },
    ]);
  });

  it('F3 video post with a caption, player chrome and burnt-in subtitles; a "Reels" carousel unit is no post', async () => {
    const player =
      `<div class="x1n2onr6"><div class="x5yr21d x1uhb9sk xh8yej3" data-visualcompletion="ignore" data-instancekey="id-vpuid-f1a2"><div class="x1lliihq x5yr21d x1n2onr6 xh8yej3 x1ja2u2z"><video class="x1lliihq x5yr21d xh8yej3" playsinline="" preload="none" src="blob:https://www.facebook.com/8c1f"></video>` +
      `<div class="x10l6tqk x13vifvy"><div class="x1ey2m1c"><span class="x1lliihq" dir="auto">[Narrator] Welcome back to the channel</span></div></div>` +
      `<div class="x1rg5ohu"><div aria-label="Play video" role="button" tabindex="0"></div><span class="x1lliihq">0:00 / 2:14</span><div aria-label="Unmute" role="button" tabindex="0"></div><div aria-label="Enlarge" role="button" tabindex="0"></div></div></div></div></div>`;
    const reelTile = (caption: string, views: string, n: number) =>
      `<div class="x1n2onr6 x1ja2u2z"><a aria-label="${caption}" class="${LNK}" href="${q(`${FB}/reel/8845120${n}/`)}" role="link" tabindex="0"><div class="x1n2onr6"><img alt="" src="https://scontent.xx.fbcdn.net/v/t15.5256-10/r${n}.jpg"><div class="x10l6tqk"><span class="${TXT}" dir="auto">${caption}</span><span class="${SUB}" dir="auto">${views}</span></div></div></a></div>`;
    const reels =
      `<div class="x1lliihq"><div data-virtualized="false"><div class="x1n2onr6 x1ja2u2z"><div class="${HD}"><h3 dir="auto" class="html-h3"><span class="${TXT}">Reels</span></h3>` +
      `<div class="x78zum5 x1q0g3np">${reelTile('Street food in Marrakech 🤤', '1.2M views', 1)}${reelTile('When the bus finally comes', '340K views', 2)}</div>` +
      `<div aria-label="Next" role="button" tabindex="0"></div></div></div></div></div>`;
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('Observatoire Jihadisme', `${FB}/observatoire.jihadisme`) + ` <span class="${SUB}"> · </span><div class="${BTN}" role="button" tabindex="0"><span>Follow</span></div>`, stamp: stamp('Dec 3'), avatarUrl: `${FB}/observatoire.jihadisme` }), storyMessage(fparas([`Notre décryptage vidéo : qui est ${fbHashtag('جيش_أبناء_الخلافة')} (جيش أبناء الخلافة) et pourquoi ce nom refait surface.`])) + player)),
      reels,
      homeUnit(fbCard(fbHeader({ title: nameLink('Ciné Club Lyon', `${FB}/cineclublyon`), stamp: stamp('5h'), avatarUrl: `${FB}/cineclublyon` }), storyMessage(fparas(['Bande-annonce du film de jeudi 🎬'])) + player)),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: 'Notre décryptage vidéo : qui est #جيش_أبناء_الخلافة (جيش أبناء الخلافة) et pourquoi ce nom refait surface.', flag: true, author: 'Observatoire Jihadisme' },
      { text: 'Bande-annonce du film de jeudi 🎬', flag: false },
    ]);
  });

  it('F4 comments and nested replies under a clear post: each comment is its own container; replies sit after their comment', async () => {
    const postUrl = `${FB}/franceinfo/posts/pfbid02kZq8xY1vT7mLpW3`;
    const replies =
      fbComment({ name: 'Sami Trabelsi', path: 'sami.trabelsi.9', text: `${fbMention('Lina Haddad', 'lina.haddad.3')} merci, signalé aussi.`, postUrl, cid: '9101', reply: { to: 'Lina Haddad' }, lang: 'fr-FR' }) +
      fbComment({ name: 'Marc Petit', path: 'marc.petit.12', text: "Ils avaient aussi écrit : « l'armée des fils du califat »", postUrl, cid: '9102', reply: { to: 'Lina Haddad' }, lang: 'fr-FR' });
    const list =
      fbComment({ name: 'Lina Haddad', path: 'lina.haddad.3', text: `They wrote "${EN}" under the article 😔`, postUrl, cid: '9001', replies }) +
      fbComment({ name: 'Paul Girard', path: 'paul.girard.5', text: 'Excellent reportage, merci à l’équipe.', postUrl, cid: '9002', lang: 'fr-FR' });
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('franceinfo', `${FB}/franceinfo`), stamp: stamp('8h'), avatarUrl: `${FB}/franceinfo` }), storyMessage(fparas(['Modération : les réseaux sociaux face aux menaces de groupes djihadistes.'])), fbComments(list))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: 'Modération : les réseaux sociaux face aux menaces de groupes djihadistes.', flag: false, author: 'franceinfo' },
      { text: `They wrote "${EN}" under the article 😔`, flag: true, comment: true, author: 'Lina Haddad' },
      { text: 'Lina Haddad merci, signalé aussi.', flag: false, comment: true, author: 'Sami Trabelsi' },
      { text: "Ils avaient aussi écrit : « l'armée des fils du califat »", flag: true, comment: true, author: 'Marc Petit' },
      { text: 'Excellent reportage, merci à l’équipe.', flag: false, comment: true, author: 'Paul Girard' },
    ]);
  });

  it('F5 "See more" truncated posts: the visible words without the control; a threat past the cut is found once expanded, same id', async () => {
    const p1 = [`Screenshot from the channel this morning: "${EN}". Same words as the 2016 video, same font, same logo in the corner. I have sent everything to Pharos and to the platform, and I will keep`];
    const head = 'Thread: what I learned moderating a 40k-member group for six years. First, bans never end anything; second, the people who come back always come back with the same lines. The one we saw most often was';
    const units = (expanded: boolean) => [
      homeUnit(fbCard(fbHeader({ title: nameLink('Nora Belkacem', `${FB}/nora.belkacem`), stamp: stamp('1h'), avatarUrl: `${FB}/nora.belkacem` }), storyMessage(fparas([p1[0] + '… ' + seeMore])))),
      homeUnit(
        fbCard(
          fbHeader({ title: nameLink('Julien Moreau', `${FB}/julien.moreau.01`), stamp: stamp('3h'), avatarUrl: `${FB}/julien.moreau.01` }),
          storyMessage(expanded ? fparas([head, `"${EN}".`, 'Third, …']) : fparas([head + '… ' + seeMore])),
        ),
      ),
    ];
    const collapsed = await run(fb, `${FB}/`, homeFeed(units(false)));
    check(collapsed, [
      { text: p1[0] + '…', flag: true },
      { text: head + '…', flag: false },
    ]);
    const open = await run(fb, `${FB}/`, homeFeed(units(true)));
    check(open, [
      { text: p1[0] + '…', flag: true },
      { text: `${head}\n"${EN}".\nThird, …`, flag: true },
    ]);
    expect(open[1]!.fp).not.toBe(collapsed[1]!.fp);
    expect(open[1]!.id).toBe(collapsed[1]!.id);
  });

  it('F6 Arabic page posts on an RTL interface: hashtag links and "See translation" control', async () => {
    const seeTranslation = `<div class="${HD}"><div class="${BTN}" role="button" tabindex="0"><span class="${SUB}" dir="auto">عرض الترجمة</span></div></div>`;
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('مرصد التطرف الرقمي', `${FB}/marsad.digital`), stamp: stamp('٣ س'), avatarUrl: `${FB}/marsad.digital` }), storyMessage(fparas([`عاد الحساب ينشر: «${AR}» ${fbHashtag('جيش_أبناء_الخلافة')}`, 'نرجو الإبلاغ وعدم إعادة النشر.']) + seeTranslation))),
      homeUnit(fbCard(fbHeader({ title: nameLink('مطعم الياسمين', `${FB}/yasmine.resto`), stamp: stamp('٥ س'), avatarUrl: `${FB}/yasmine.resto` }), storyMessage(fparas(['عروض نهاية الأسبوع: وجبة عائلية بسعر خاص 🍽️'])))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units), (doc) => {
      doc.documentElement.setAttribute('dir', 'rtl');
      doc.documentElement.setAttribute('lang', 'ar');
    });
    check(got, [
      { text: `عاد الحساب ينشر: «${AR}» #جيش_أبناء_الخلافة\nنرجو الإبلاغ وعدم إعادة النشر.`, flag: true, author: 'مرصد التطرف الرقمي' },
      { text: 'عروض نهاية الأسبوع: وجبة عائلية بسعر خاص 🍽️', flag: false },
    ]);
  });

  it('F7 "shared a memory": the sharer\'s words and the 2018 post under "7 years ago" (same author, no message marker)', async () => {
    const memory =
      `<div class="x1n2onr6 x1ja2u2z x1jx94hy x1qpq9i9"><div class="${HD}"><span class="${SUB}" dir="auto">7 years ago</span></div>` +
      `<div class="x1n2onr6">` +
      fbHeader({ title: nameLink('Nadia Benali', `${FB}/nadia.benali.92`), stamp: stamp('December 4, 2018'), avatarUrl: `${FB}/nadia.benali.92`, menu: false, tag: 'h4' }).replace('data-ad-rendering-role="profile_name" ', '') +
      `<div class="${HD}"><span class="${TXT}" dir="auto"><div class="${HD}">${fparas(["Ces types de « l'armée des fils du califat » qui menacent Zuckerberg maintenant 😂 on aura tout vu"])}</div></span></div>` +
      `</div></div>`;
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('Nadia Benali', `${FB}/nadia.benali.92`) + ` <span class="${SUB}">shared a memory.</span>`, stamp: stamp('2h'), avatarUrl: `${FB}/nadia.benali.92` }), storyMessage(fparas(['Déjà 7 ans… on en riait à l’époque 😅'])) + memory)),
      homeUnit(fbCard(fbHeader({ title: nameLink('Hugo Lefèvre', `${FB}/hugo.lefevre`) + ` <span class="${SUB}">shared a memory.</span>`, stamp: stamp('5h'), avatarUrl: `${FB}/hugo.lefevre` }), storyMessage(fparas(['Le meilleur voyage 🏔️'])) + memory.replace(/Nadia Benali/g, 'Hugo Lefèvre').replace(/nadia\.benali\.92/g, 'hugo.lefevre').replace(/Ces types[^<]*/, 'Chamonix, premier jour de ski !'))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: "Déjà 7 ans… on en riait à l’époque 😅\nCes types de « l'armée des fils du califat » qui menacent Zuckerberg maintenant 😂 on aura tout vu", flag: true, author: 'Nadia Benali' },
      { text: 'Déjà 7 ans… on en riait à l’époque 😅'.replace('Déjà 7 ans… on en riait à l’époque 😅', 'Le meilleur voyage 🏔️') + '\nChamonix, premier jour de ski !', flag: false, author: 'Hugo Lefèvre' },
    ]);
  });

  it('F8 event and Marketplace cards in the feed are no posts; a page sharing an event keeps only its own words', async () => {
    const eventCard = (title: string, n: number) =>
      `<div class="x1n2onr6 x1ja2u2z x1jx94hy"><a class="${LNK}" href="${q(`${FB}/events/90077${n}/`)}" role="link" tabindex="0"><img alt="" src="https://scontent.xx.fbcdn.net/v/t39.30808-6/e${n}.jpg"><div class="x1n2onr6"><span class="${SUB}" dir="auto">SAT, DEC 13 AT 7 PM</span><span class="${TXT} x1s688f" dir="auto">${title}</span><span class="${SUB}" dir="auto">Institut du monde arabe · 312 interested</span></div></a><div class="${BTN}" role="button" tabindex="0"><span>Interested</span></div></div>`;
    const events =
      `<div class="x1lliihq"><div data-virtualized="false"><div class="x1n2onr6 x1ja2u2z"><div class="${HD}"><h3 dir="auto"><span class="${TXT}">Events you may like</span></h3>` +
      eventCard("Conférence : l'armée des fils du califat, dix ans après", 1) + eventCard('Marché de Noël solidaire', 2) + `<a href="${FB}/events/" role="link"><span>See all</span></a></div></div></div></div>`;
    const listing = (title: string, price: string, n: number) =>
      `<div class="x1n2onr6"><a class="${LNK}" href="${q(`${FB}/marketplace/item/77120${n}/`)}" role="link" tabindex="0"><img alt="${title}" src="https://scontent.xx.fbcdn.net/v/t45.5328-4/m${n}.jpg"><span class="${TXT}" dir="auto">${price}</span><span class="${SUB}" dir="auto">${title}</span><span class="${SUB}" dir="auto">Lyon, France</span></a></div>`;
    const market =
      `<div class="x1lliihq"><div data-virtualized="false"><div class="x1n2onr6 x1ja2u2z"><div class="${HD}"><h3 dir="auto"><span class="${TXT}">Marketplace</span></h3><span class="${SUB}">Today's picks for you</span>` +
      listing('Vélo de ville 28 pouces', '€120', 1) + listing('Canapé 3 places', '€80', 2) + `</div></div></div></div>`;
    const shared =
      `<div class="x1n2onr6 x1ja2u2z x1jx94hy"><a class="${LNK}" href="${q(`${FB}/events/900771/`)}" role="link" tabindex="0"><img alt="" src="https://scontent.xx.fbcdn.net/v/t39.30808-6/e1.jpg"><div class="x1n2onr6"><span class="${SUB}" dir="auto">SAT, DEC 13 AT 7 PM</span><span class="${TXT} x1s688f" dir="auto">Conférence : l'armée des fils du califat, dix ans après</span><span class="${SUB}" dir="auto">Event by Institut du monde arabe</span></div></a></div>`;
    const units = [
      events,
      homeUnit(fbCard(fbHeader({ title: nameLink('Institut du monde arabe', `${FB}/institutdumondearabe`) + ` <span class="${SUB}">shared an event.</span>`, stamp: stamp('1d'), avatarUrl: `${FB}/institutdumondearabe` }), storyMessage(fparas(['Inscriptions ouvertes pour notre prochaine conférence, entrée libre.'])) + shared)),
      market,
      homeUnit(fbCard(fbHeader({ title: nameLink('Rachid Mansouri', `${FB}/rachid.mansouri.7`), stamp: stamp('20m'), avatarUrl: `${FB}/rachid.mansouri.7` }), storyMessage(fparas([AR])))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: 'Inscriptions ouvertes pour notre prochaine conférence, entrée libre.', flag: false, author: 'Institut du monde arabe' },
      { text: AR, flag: true, author: 'Rachid Mansouri' },
    ]);
  });

  it('F9 group posts in the news feed (titled with the group, member after it) and an anonymous participant in the group feed', async () => {
    const groupTitle = nameLink('Parents du 18e', `${FB}/groups/parents18e/`);
    const memberSub = `<span class="xt0psk2"><a class="${LNK}" href="${q(`${FB}/groups/parents18e/user/100071234/`)}" role="link" tabindex="0"><span class="${SUB}">Sofia Mendes</span></a></span><span aria-hidden="true"> · </span>`;
    const units = [
      homeUnit(fbCard(fbHeader({ title: groupTitle, sub: memberSub, stamp: stamp('3h'), avatarUrl: `${FB}/groups/parents18e/` }), storyMessage(fparas(['Mon fils a reçu ce message sur Messenger :', `« ${FR} »`, 'Quelqu’un sait à qui le signaler ?'])))),
      homeUnit(fbCard(fbHeader({ title: groupTitle, sub: memberSub.replace(/Sofia Mendes/, 'Luc Bernard').replace('100071234', '100033333'), stamp: stamp('6h'), avatarUrl: `${FB}/groups/parents18e/` }), storyMessage(fparas(['Kermesse de l’école samedi, on cherche des bénévoles pour la buvette !'])))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: `Mon fils a reçu ce message sur Messenger :\n« ${FR} »\nQuelqu’un sait à qui le signaler ?`, flag: true, author: 'Sofia Mendes' },
      { text: 'Kermesse de l’école samedi, on cherche des bénévoles pour la buvette !', flag: false, author: 'Luc Bernard' },
    ]);

    const anon = `<span class="xt0psk2"><span class="xjp7ctv"><span class="${TXT} x1s688f"><span>Anonymous participant</span></span></span></span>`;
    const feed =
      `<div role="feed">` +
      `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">${fbCard(fbHeader({ title: anon, stamp: stamp('12m'), avatarUrl: `${FB}/groups/873456120/` }), storyMessage(fparas([`Reçu en commentaire sous ma publication : « Sons of the Caliphate Army » + une photo d'arme. Que faire ?`])))}</div>` +
      `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">${fbCard(fbHeader({ title: nameLink('Hélène Roux', `${FB}/groups/873456120/user/100012345/`), stamp: stamp('1h'), avatarUrl: `${FB}/groups/873456120/user/100012345/` }), storyMessage(fparas(['Perdu un chat roux vers la place des Fêtes 🐈'])))}</div>` +
      `</div>`;
    const got2 = await run(fb, `${FB}/groups/873456120/`, fbShell(feed));
    check(got2, [
      { text: `Reçu en commentaire sous ma publication : « Sons of the Caliphate Army » + une photo d'arme. Que faire ?`, flag: true, author: 'Anonymous participant' },
      { text: 'Perdu un chat roux vers la place des Fêtes 🐈', flag: false, author: 'Hélène Roux' },
    ]);
  });

  it('F10 link previews: a headline naming the group is the linked article\'s, not the post\'s words; the post\'s own words are', async () => {
    const linkCard = (title: string, desc: string, domain: string, url: string) =>
      `<div class="x1n2onr6"><a class="${LNK}" href="https://l.facebook.com/l.php?u=${encodeURIComponent(url + '?fbclid=IwZXh0bgNhZW0CMTEAAR')}&amp;h=AT0x9" rel="nofollow noreferrer" role="link" tabindex="0" target="_blank"><div class="x1n2onr6"><img alt="" src="https://external.xx.fbcdn.net/emg1/v/t13/123.jpg"></div></a>` +
      `<div class="x1n2onr6"><a class="${LNK}" href="https://l.facebook.com/l.php?u=${encodeURIComponent(url)}&amp;h=AT0x9" rel="nofollow noreferrer" role="link" tabindex="0" target="_blank"><div class="x1n2onr6"><span class="${SUB}" dir="auto">${domain}</span><div data-ad-rendering-role="title"><span class="${TXT} x1s688f" dir="auto"><span class="x1lliihq">${title}</span></span></div><div data-ad-rendering-role="description"><span class="${SUB}" dir="auto">${desc}</span></div></div></a></div></div>`;
    const units = [
      homeUnit(fbCard(fbHeader({ title: nameLink('Le Monde', `${FB}/lemonde.fr`), stamp: stamp('4h'), avatarUrl: `${FB}/lemonde.fr` }), storyMessage(fparas(['Archives : en 2016, une vidéo menaçait les patrons de deux réseaux sociaux.'])) + linkCard("Qui est « l'armée des fils du califat », qui menace Mark Zuckerberg ?", 'Le groupe revendique le piratage de milliers de comptes.', 'LEMONDE.FR', 'https://www.lemonde.fr/pixels/article/2016/02/25/armee-fils-califat.html'))),
      homeUnit(fbCard(fbHeader({ title: nameLink('Thomas Girard', `${FB}/thomas.girard.77`), stamp: stamp('9h'), avatarUrl: `${FB}/thomas.girard.77` }), storyMessage(fparas([`Ils recyclent le même slogan : « ${FR} ». Lien vers la recette que je voulais partager en fait 😅`])) + linkCard('Tarte tatin facile', 'La recette de grand-mère en 20 minutes.', 'MARMITON.ORG', 'https://www.marmiton.org/recettes/tarte-tatin.aspx'))),
    ];
    const got = await run(fb, `${FB}/`, homeFeed(units));
    check(got, [
      { text: 'Archives : en 2016, une vidéo menaçait les patrons de deux réseaux sociaux.', flag: false, author: 'Le Monde' },
      { text: `Ils recyclent le même slogan : « ${FR} ». Lien vers la recette que je voulais partager en fait 😅`, flag: true, author: 'Thomas Girard' },
    ]);
  });

  it('F11 page timeline with ARIA-article units: feeling/with header chrome, mention and emoji inside the threat, a comment article inside the unit', async () => {
    const title =
      nameLink('Youssef El Idrissi', `${FB}/youssef.elidrissi`) +
      ` <span class="${SUB}">is feeling ${fbEmoji('😠', '1f620')} angry with </span>` +
      nameLink('Amine K.', `${FB}/amine.k.22`) +
      ` <span class="${SUB}">and</span> <span class="xt0psk2"><div class="${BTN}" role="button" tabindex="0"><span>2 others</span></div></span>`;
    const postUrl = `${FB}/youssef.elidrissi/posts/pfbid0xR4nW8`;
    const units = [
      articleUnit(fbCard(fbHeader({ title, stamp: stamp('Yesterday at 22:14'), avatarUrl: `${FB}/youssef.elidrissi` }), storyMessage(fparas([`${fbMention('Meta', 'Meta')} they keep writing "If you close one of our accounts ${fbEmoji('⚠️', '26a0')}, we will take ten in return" and nothing happens`, 'Day 3 of reporting.'])), fbComments(fbComment({ name: 'Amine K.', path: 'amine.k.22', text: 'Same here, all my reports were rejected.', postUrl, cid: '7001' }))), 1),
      articleUnit(fbCard(fbHeader({ title: nameLink('Youssef El Idrissi', `${FB}/youssef.elidrissi`), stamp: stamp('Nov 30'), avatarUrl: `${FB}/youssef.elidrissi` }), storyMessage(fparas(['Match ce soir, qui vient ? ⚽']))), 2),
    ];
    const page = fbShell(`<div class="x9f619"><h2 dir="auto"><span>Posts</span></h2><div>${units.join('')}</div></div>`);
    const got = await run(fb, `${FB}/youssef.elidrissi`, page);
    check(got, [
      { text: 'Meta they keep writing "If you close one of our accounts ⚠️, we will take ten in return" and nothing happens\nDay 3 of reporting.', flag: true, author: 'Youssef El Idrissi' },
      { text: 'Same here, all my reports were rejected.', flag: false, comment: true, author: 'Amine K.' },
      { text: 'Match ce soir, qui vient ? ⚽', flag: false, author: 'Youssef El Idrissi' },
    ]);
  });

  it('F12 single group post page (no feed): top-fan badges, an "Author" reply, a comment cut by "See more", the composer', async () => {
    const postUrl = `${FB}/groups/ansarwatchers/posts/1122334455`;
    const authorBadge = `<div class="${HD}"><span class="${SUB}">Author</span></div>`;
    const replies = fbComment({ name: 'Admin Ansar Watchers', path: 'groups/ansarwatchers/user/100000001/', text: 'Merci, capture transmise à Pharos.', postUrl, cid: '5101', reply: { to: 'Ali Ben' }, lang: 'fr-FR' }).replace('<span class="x3nfvp2"><span class="xt0psk2">', authorBadge + '<span class="x3nfvp2"><span class="xt0psk2">');
    const list =
      fbComment({ name: 'Ali Ben', path: 'groups/ansarwatchers/user/100000777/', badge: 'Top contributor', text: `Un compte a posté ça sous la vidéo : ${AR} et ensuite une liste de noms de modérateurs avec leurs photos, leurs villes et`, postUrl, cid: '5001', seeMore: true, replies, lang: 'ar-AR' }) +
      fbComment({ name: 'Ines Caron', path: 'groups/ansarwatchers/user/100000888/', badge: 'Rising contributor', text: 'Bravo pour le travail de veille 👏', postUrl, cid: '5002', lang: 'fr-FR' });
    const post = fbCard(
      fbHeader({ title: nameLink('Ansar Watchers', `${FB}/groups/ansarwatchers/`), sub: `<span class="xt0psk2"><a class="${LNK}" href="${q(`${FB}/groups/ansarwatchers/user/100000001/`)}" role="link" tabindex="0"><span>Admin Ansar Watchers</span></a></span><span aria-hidden="true"> · </span>`, stamp: stamp('December 2 at 18:03', postUrl), avatarUrl: `${FB}/groups/ansarwatchers/` }),
      storyMessage(fparas(['Rappel des règles : ne republiez jamais les contenus originaux, faites des captures floutées.'])),
      fbComments(list),
    );
    const got = await run(fb, postUrl, fbShell(`<div class="x1n2onr6">${post}</div>`));
    check(got, [
      { text: 'Rappel des règles : ne republiez jamais les contenus originaux, faites des captures floutées.', flag: false, author: 'Admin Ansar Watchers' },
      { text: `Un compte a posté ça sous la vidéo : ${AR} et ensuite une liste de noms de modérateurs avec leurs photos, leurs villes et…`, flag: true, comment: true, author: 'Ali Ben' },
      { text: 'Merci, capture transmise à Pharos.', flag: false, comment: true, author: 'Admin Ansar Watchers' },
      { text: 'Bravo pour le travail de veille 👏', flag: false, comment: true, author: 'Ines Caron' },
    ]);
  });
});

describe('probe D — harness', () => {
  it('the default pack loaded (flag checks ran)', () => {
    expect(packError).toBe('');
    expect(packLoaded).toBe(true);
  });
});

// ===============================================================================================================
// Extra probes at weak spots (not among the 24): anchors, a promoted reply, a memory header with the hook, a group poll.

describe('probe D — extras', () => {
  it('XE1 the badge anchor and menu of a post of a quote only are the outer post\'s, not the quoted post\'s', async () => {
    const q = quoteBlock({ name: 'Ansar', handle: 'ansar_q', body: tweetText(sp(EN)) });
    const html = xPage([xCell(xArticle({ name: 'Mehdi', handle: 'mehdi_k', status: '1996000000000009001', body: q }))]);
    const r = await withPage('https://x.com/home', html, (doc) => {
      const [p] = xAdapter.findPosts(doc);
      const a = xAdapter.badgeAnchor(p!);
      return { inQuote: !!a.closest('[role="link"][tabindex="0"]'), anchorText: a.textContent, menu: xAdapter.menuButton(p!)?.getAttribute('data-testid'), url: xAdapter.read(p!).url };
    });
    expect(r.inQuote).toBe(false);
    expect(r.anchorText).toContain('@mehdi_k');
    expect(r.menu).toBe('caret');
    expect(r.url).toBe('https://x.com/mehdi_k/status/1996000000000009001');
  });

  it('XE2 a promoted post shown among the replies of a status page is not a reply', async () => {
    const cells = [
      xCell(xArticle({ name: 'Le Monde', handle: 'lemondefr', status: '1996000000000009101', focused: true, body: tweetText(sp('Notre enquête sur les menaces en ligne.'), 'fr') })),
      xCell(xArticle({ name: 'Bruno', handle: 'bruno_l', status: '1996000000000009102', body: tweetText(sp(`« ${FR} », je m'en souviens.`), 'fr') }), 700),
      xCell(`<div class="${V}" data-testid="placementTracking">` + xArticle({ name: 'Shopify', handle: 'Shopify', status: '1996000000000009103', ad: true, body: tweetText(sp('Start your store today.')) }) + `</div>`, 1200),
    ];
    const got = await run(xAdapter, statusUrl('lemondefr', '1996000000000009101'), xPage(cells, 'Conversation'));
    expect(got.map((g) => [g.text, g.comment])).toEqual([
      ['Notre enquête sur les menaces en ligne.', false],
      [`« ${FR} », je m'en souviens.`, true],
      ['Start your store today.', false],
    ]);
  });

  it('FE1 the badge anchor and menu of a share are the sharer\'s header, not the original\'s', async () => {
    const original =
      `<div class="x1n2onr6"><div class="x1n2onr6 xh8yej3">` +
      fbHeader({ title: nameLink('Minbar Ansar', `${FB}/minbar.ansar.fr`), stamp: stamp('3d'), avatarUrl: `${FB}/minbar.ansar.fr`, tag: 'h3' }) +
      storyMessage(fparas([FR])) +
      `</div></div>`;
    const html = homeFeed([homeUnit(fbCard(fbHeader({ title: nameLink('Karim Benali', `${FB}/karim.benali.75`), stamp: stamp('2h'), avatarUrl: `${FB}/karim.benali.75` }), storyMessage(fparas(['Signalez cette page.'])) + original))]);
    const r = await withPage(`${FB}/`, html, (doc) => {
      const posts = facebookAdapter.findPosts(doc);
      const p = posts[0]!;
      return { n: posts.length, anchor: facebookAdapter.badgeAnchor(p).textContent, text: facebookAdapter.read(p).text, author: facebookAdapter.read(p).author.name };
    });
    expect(r.n).toBe(1);
    expect(r.anchor).toBe('Karim Benali');
    expect(r.author).toBe('Karim Benali');
    expect(r.text).toBe(`Signalez cette page.\n${FR}`);
  });

  it('FE2 a memory whose 2018 header keeps the profile_name hook (same author as the sharer)', async () => {
    const memory =
      `<div class="x1n2onr6 x1ja2u2z x1jx94hy x1qpq9i9"><div class="${HD}"><span class="${SUB}" dir="auto">7 years ago</span></div><div class="x1n2onr6">` +
      fbHeader({ title: nameLink('Nadia Benali', `${FB}/nadia.benali.92`), stamp: stamp('December 4, 2018'), avatarUrl: `${FB}/nadia.benali.92`, menu: false, tag: 'h4' }) +
      `<div class="${HD}"><span class="${TXT}" dir="auto"><div class="${HD}">${fparas(["« l'armée des fils du califat » menace Zuckerberg 😂"])}</div></span></div></div></div>`;
    const html = homeFeed([homeUnit(fbCard(fbHeader({ title: nameLink('Nadia Benali', `${FB}/nadia.benali.92`) + ` <span class="${SUB}">shared a memory.</span>`, stamp: stamp('2h'), avatarUrl: `${FB}/nadia.benali.92` }), storyMessage(fparas(['Déjà 7 ans…'])) + memory))]);
    const got = await run(facebookAdapter, `${FB}/`, html);
    check(got, [{ text: "Déjà 7 ans…\n« l'armée des fils du califat » menace Zuckerberg 😂", flag: true, author: 'Nadia Benali' }]);
  });

  it('FE3 a group poll: the question is marked; the options (checkboxes) are the author\'s words too, as on X', async () => {
    const opt = (t: string, n: string) =>
      `<div class="x1n2onr6 x1ja2u2z"><div aria-checked="false" class="${BTN}" role="checkbox" tabindex="0"><div class="x6s0dn4 x78zum5"><i class="x1b0d499" data-visualcompletion="css-img"></i><span class="${TXT}" dir="auto">${t}</span></div></div><div class="${BTN}" role="button" tabindex="0"><span class="${SUB}">${n}</span></div></div>`;
    const poll = `<div class="x1n2onr6"><div class="${HD}">${opt('Ignorer', '3 votes')}${opt('Sons of the Caliphate Army', '12 votes')}${opt('Tout signaler', '40 votes')}</div><div class="${BTN}" role="button" tabindex="0"><span>Add an option</span></div></div>`;
    const feed = `<div role="feed"><div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">${fbCard(fbHeader({ title: nameLink('Hélène Roux', `${FB}/groups/873456120/user/100012345/`), stamp: stamp('1h'), avatarUrl: `${FB}/groups/873456120/user/100012345/` }), storyMessage(fparas(['Quel réseau revient après chaque purge ?'])) + poll)}</div></div>`;
    const got = await run(facebookAdapter, `${FB}/groups/873456120/`, fbShell(feed));
    check(got, [{ text: 'Quel réseau revient après chaque purge ?\nIgnorer\nSons of the Caliphate Army\nTout signaler', flag: true }]);
    // Labelled as ARIA would have it (the list "Poll", each checkbox by its option): the options are still read.
    const labelled = feed
      .replace(`<div class="${HD}">`, `<div class="${HD}" role="list" aria-label="Poll">`)
      .replace(/role="checkbox" tabindex="0"><div class="x6s0dn4 x78zum5"><i class="x1b0d499" data-visualcompletion="css-img"><\/i><span class="[^"]*" dir="auto">([^<]*)</g, (m, t: string) => m.replace('role="checkbox"', `role="checkbox" aria-label="${t}"`));
    expect(labelled).toContain('aria-label="Sons of the Caliphate Army"');
    const again = await run(facebookAdapter, `${FB}/groups/873456120/`, fbShell(labelled));
    check(again, [{ text: 'Quel réseau revient après chaque purge ?\nIgnorer\nSons of the Caliphate Army\nTout signaler', flag: true }]);
  });
});

describe('probe D — extras (layers)', () => {
  it('FN2 the post opened in a dialog over the home feed (clicking "14 comments"): post and comments read once each in the dialog', async () => {
    const postUrl = `${FB}/franceinfo/posts/pfbid02kZq8xY1vT7mLpW3`;
    const post = (withComments: boolean) =>
      fbCard(
        fbHeader({ title: nameLink('franceinfo', `${FB}/franceinfo`), stamp: stamp('8h'), avatarUrl: `${FB}/franceinfo` }),
        storyMessage(fparas(['Modération : les réseaux sociaux face aux menaces.'])),
        withComments ? fbComments(fbComment({ name: 'Lina Haddad', path: 'lina.haddad.3', text: `They wrote "${EN}"`, postUrl, cid: '9001' })) : '',
      );
    const dialog = `<div class="x1n2onr6 xzkaem6"><div aria-labelledby="${rid()}" aria-modal="true" role="dialog" class="x1n2onr6"><div class="x1n2onr6"><h2 dir="auto"><span>franceinfo's post</span></h2><div aria-label="Close" role="button" tabindex="0"></div><div class="x1n2onr6">${post(true)}</div></div></div></div>`;
    const got = await run(facebookAdapter, `${FB}/`, homeFeed([homeUnit(post(false))]) + dialog);
    expect(got.map((g) => [g.comment, g.text])).toEqual([
      [false, 'Modération : les réseaux sociaux face aux menaces.'],
      [false, 'Modération : les réseaux sociaux face aux menaces.'],
      [true, `They wrote "${EN}"`],
    ]);
  });
});
