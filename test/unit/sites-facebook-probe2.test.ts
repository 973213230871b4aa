// @vitest-environment happy-dom
// Facebook adapter, second markup probe: layouts the other adapter tests do not hold. A post that shares another
// (both texts, the shared post's own header and permalink), "See more" before and after it expands, search results
// (posts tab), a Page's timeline, an event's discussion, a reel in the feed, memories, big text on a coloured
// background, a header with a feeling, a place and a tagged friend, and Watch (a video's page and the Watch feed).
// Markup from test/unit/helpers/fb-markup.ts, shaped as Comet renders it (role/aria hooks, data-ad-rendering-role,
// atomic classes the adapter never reads).

import { describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { withPage } from './helpers/page';
import {
  C,
  FB,
  authorLink,
  card,
  comment,
  comments,
  feedPage,
  header,
  href,
  message,
  para,
  photo,
  seeMorePara,
  sharedStory,
  textPost,
  timestamp,
  unit,
} from './helpers/fb-markup';

/** Every container on the page, read, with the scanner's one-pass text checked against the full read. */
const readAll = (url: string, html: string) =>
  withPage(url, html, (doc) =>
    ad.findPosts(doc).map((el) => {
      const d = ad.read(el);
      expect(ad.scan(el).text).toBe(d.text);
      return d;
    }),
  );
const brief = (d: { isComment: boolean; author: { name: string; handle: string | null }; text: string }) => [d.isComment, d.author.name, d.author.handle, d.text];

/** Words of Facebook's interface that must never be read as a post's words. */
const CHROME = ['See more', 'See less', 'Like', 'Comment', 'Share', 'Follow', 'is feeling', 'shared a memory', 'years ago', 'Shared with Public', 'Write a comment'];
const noChrome = (text: string) => {
  for (const w of CHROME) expect(text, `"${w}" in the text`).not.toContain(w);
};

/** A post header's author, as the title of a story (profile_name). */
const byline = (name: string, handle: string) => `<span class="xt0psk2">${authorLink(name, `${FB}/${handle}`)}</span>`;

describe('Facebook shares: a post that reshares another', () => {
  const SHARED = `${FB}/OriginalPage/posts/pfbid02abcDEFghiJKLmnoPQRstu`;

  it("the sharer's words and the shared post's, under the sharer's name; the shared post's permalink is not the share's", async () => {
    const share = card(header(byline('Tom Leroy', 'tom.leroy'), timestamp('3h')) + message(para('Regardez ça')) + sharedStory('Original Page', `${FB}/OriginalPage`, 'Le texte partagé', SHARED));
    const reads = await readAll(`${FB}/`, feedPage(unit(share, null) + unit(textPost('Le Monde', 'lemonde', 'Autre message'), null)));
    expect(reads.map(brief)).toEqual([
      [false, 'Tom Leroy', 'tom.leroy', 'Regardez ça\nLe texte partagé'],
      [false, 'Le Monde', 'lemonde', 'Autre message'],
    ]);
    expect(reads[0]!.url).toBeNull();
    expect(reads[0]!.id).not.toContain('pfbid02abc');
    for (const d of reads) noChrome(d.text);
    // The shared post's words, and whose they are (the panel and the evidence name them).
    const q = reads[0]!.quoted!;
    expect(reads[0]!.text.slice(q.start, q.end)).toBe('Le texte partagé');
    expect(q.author).toEqual({ name: 'Original Page', handle: 'OriginalPage' });
    expect(reads[1]!.quoted).toBeUndefined();
  });

  it("a share without words of its own: the whole text is the shared post's; a shared post of several paragraphs is one range", async () => {
    const bare = card(header(byline('Tom Leroy', 'tom.leroy'), timestamp('3h')) + sharedStory('Original Page', `${FB}/OriginalPage`, 'Le texte partagé', SHARED));
    const long = sharedStory('أنصار', `${FB}/ansar.page`, null).replace(/<\/div>$/, message(para('إذا أغلقتم حساباً واحداً') + para('سنأخذ عشرة مقابله')) + '</div>');
    const two = card(header(byline('Julie Petit', 'julie.petit'), timestamp('1h')) + message(para('Signalé.')) + long);
    const reads = await readAll(`${FB}/`, feedPage(unit(bare, null) + unit(two, null)));
    expect(reads.map(brief)).toEqual([
      [false, 'Tom Leroy', 'tom.leroy', 'Le texte partagé'],
      [false, 'Julie Petit', 'julie.petit', 'Signalé.\nإذا أغلقتم حساباً واحداً\nسنأخذ عشرة مقابله'],
    ]);
    expect(reads[0]!.quoted).toEqual({ start: 0, end: 'Le texte partagé'.length, author: { name: 'Original Page', handle: 'OriginalPage' } });
    const q = reads[1]!.quoted!;
    expect(reads[1]!.text.slice(q.start, q.end)).toBe('إذا أغلقتم حساباً واحداً\nسنأخذ عشرة مقابله');
    expect(q.author).toEqual({ name: 'أنصار', handle: 'ansar.page' });
  });

  it("a group's post shared: its author is the member named under the group's title, not the group", async () => {
    const GROUP = `${FB}/groups/451236789012345`;
    // The shared post's header as the feed titles a group's post: the group, then "Member · 5 d".
    const member = `<span class="xt0psk2"><span><a class="${C.link}" href="${GROUP}/user/100004567890123/?__cft__[0]=AZx" role="link" tabindex="0"><span>Nadia Haddad</span></a></span></span><span aria-hidden="true"> · </span>`;
    const story = sharedStory('Parents de Belleville', `${GROUP}/`, 'Le texte partagé').replace('<span class="' + C.sub + '" dir="auto">', `<span class="${C.sub}" dir="auto">${member}`);
    const share = card(header(byline('Tom Leroy', 'tom.leroy'), timestamp('3h')) + message(para('Regardez ça')) + story);
    const reads = await readAll(`${FB}/`, feedPage(unit(share, null)));
    expect(reads.map(brief)).toEqual([[false, 'Tom Leroy', 'tom.leroy', 'Regardez ça\nLe texte partagé']]);
    const q = reads[0]!.quoted!;
    expect(reads[0]!.text.slice(q.start, q.end)).toBe('Le texte partagé');
    expect(q.author).toEqual({ name: 'Nadia Haddad', handle: '100004567890123' });
    // Without a member's link (an anonymous participant), the group is all the header names.
    const anonymous = card(header(byline('Tom Leroy', 'tom.leroy'), timestamp('3h')) + message(para('Regardez ça')) + sharedStory('Parents de Belleville', `${GROUP}/`, 'Le texte partagé'));
    const [d] = await readAll(`${FB}/`, feedPage(unit(anonymous, null)));
    expect(d!.quoted!.author.name).toBe('Parents de Belleville');
    // With the unlinked name Facebook shows for one: that name, never the group's.
    const named = `<span class="xt0psk2"><span>Participant anonyme</span></span><span aria-hidden="true"> · </span>`;
    const anonStory = sharedStory('Parents de Belleville', `${GROUP}/`, 'Le texte partagé').replace('<span class="' + C.sub + '" dir="auto">', `<span class="${C.sub}" dir="auto">${named}`);
    const [e] = await readAll(`${FB}/`, feedPage(unit(card(header(byline('Tom Leroy', 'tom.leroy'), timestamp('3h')) + message(para('Regardez ça')) + anonStory), null)));
    expect(e!.quoted!.author).toEqual({ name: 'Participant anonyme', handle: null });
  });

  it('the badge and the "…" menu are the sharer\'s, not the shared post\'s header', async () => {
    const share = card(header(byline('Tom Leroy', 'tom.leroy'), timestamp('3h')) + message(para('Regardez ça')) + sharedStory('Original Page', `${FB}/OriginalPage`, 'Le texte partagé', SHARED));
    await withPage(`${FB}/`, feedPage(unit(share, null)), (doc) => {
      const [post] = ad.findPosts(doc);
      expect(ad.badgeAnchor(post!).textContent).toContain('Tom Leroy');
      expect(ad.menuButton(post!)?.getAttribute('aria-label')).toBe('Actions for this post');
    });
  });

  it("a memory shared to the feed (\"Tom Leroy shared a memory.\"): the memory's words, under the sharer's name", async () => {
    const title = `${byline('Tom Leroy', 'tom.leroy')}<span> shared a memory.</span>`;
    const memory = card(header(title, timestamp('2h')) + `<div class="x1n2onr6"><span class="${C.sub}">3 years ago</span></div>` + sharedStory('Tom Leroy', `${FB}/tom.leroy`, 'Ma première manif'));
    const reads = await readAll(`${FB}/`, feedPage(unit(memory, null)));
    expect(reads.map(brief)).toEqual([[false, 'Tom Leroy', 'tom.leroy', 'Ma première manif']]);
    expect(reads[0]!.quoted, "the author's own post: nobody else's words").toBeUndefined();
  });
});

describe('Facebook "See more": the text before and after it expands', () => {
  const LONG = [
    'Si vous fermez un de nos comptes, nous en prendrons dix en échange',
    'et vos noms seront effacés une fois que nous aurons effacé vos sites.',
  ];

  it('cut: the shown words without the control; expanded in place: every paragraph, a new fingerprint, the same id', async () => {
    const post = card(header(byline('Ansar', 'ansar.page'), timestamp('3h')) + message(para(LONG[0]!) + seeMorePara('et vos noms seront')), comments(comment('Julie Petit', `${FB}/julie.petit`, 'Honteux')));
    await withPage(`${FB}/`, feedPage(unit(post, 2)), (doc) => {
      const [el, cmt] = ad.findPosts(doc);
      const before = ad.scan(el!);
      const id = ad.read(el!).id;
      expect(before.text).toBe(`${LONG[0]}\net vos noms seront…`);
      // Comet replaces the message's paragraphs with the whole text; the control goes.
      const box = el!.querySelector('[data-ad-rendering-role="story_message"] [data-ad-preview="message"] span[dir="auto"] > div')!;
      box.innerHTML = LONG.map(para).join('');
      const after = ad.scan(el!);
      expect(after.text).toBe(LONG.join('\n'));
      expect(after.fp).not.toBe(before.fp);
      expect(ad.read(el!).id).toBe(id);
      // The comment is still its own, its words not in the post.
      expect(ad.read(cmt!).text).toBe('Honteux');
    });
  });

  it('a shared post cut by "See more" inside a share: the control is not text, the sharer still the author', async () => {
    const inner = sharedStory('Original Page', `${FB}/OriginalPage`, null).replace(/<\/div>$/, message(para(LONG[0]!) + seeMorePara('et vos noms')) + '</div>');
    const reads = await readAll(`${FB}/`, feedPage(unit(card(header(byline('Tom Leroy', 'tom.leroy'), timestamp('3h')) + inner), 1)));
    expect(reads.map(brief)).toEqual([[false, 'Tom Leroy', 'tom.leroy', `${LONG[0]}\net vos noms…`]]);
  });
});

describe('Facebook pages that list posts', () => {
  it('search results, Posts tab (/search/posts/?q=…): each result once, its author and words; the filters are not posts', async () => {
    const filters =
      `<div role="navigation" class="x9f619"><div><h1 dir="auto" class="html-h1"><span>Search results</span></h1></div>` +
      `<div><h2 dir="auto" class="html-h2"><span>Filters</span></h2><a href="${href(`${FB}/search/top/?q=dabiq`)}" role="link"><span>All</span></a><a aria-current="page" href="${href(`${FB}/search/posts/?q=dabiq`)}" role="link"><span>Posts</span></a>` +
      `<div role="switch" aria-checked="false" tabindex="0"><span>Recent posts</span></div></div></div>`;
    const result = (name: string, handle: string, text: string) =>
      `<div class="x1yztbdb"><div><div><div aria-describedby=":r7: :r8:" aria-labelledby=":r6:" class="x1a2a7pz" role="article">${card(header(byline(name, handle), timestamp('2d')) + message(para(text)))}</div></div></div></div>`;
    const html =
      `<div id="mount_0_0_Ab"><div role="banner"></div><div class="x9f619">${filters}<div role="main" class="x1n2onr6"><div><div role="feed">` +
      result('Ansar', 'ansar.page', 'جيش أبناء الخلافة') +
      result('Le Monde', 'lemonde', 'Dabiq, une ville de Syrie') +
      `</div></div></div></div></div>`;
    const url = `${FB}/search/posts/?q=dabiq`;
    const reads = await readAll(url, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Ansar', 'ansar.page', 'جيش أبناء الخلافة'],
      [false, 'Le Monde', 'lemonde', 'Dabiq, une ville de Syrie'],
    ]);
    expect(ad.pageExpectsPosts(new URL(url))).toBe(true);
  });

  it("a Page's timeline (/lemonde): the Intro box and the page's header are not posts; a photo-only post is its own", async () => {
    const intro =
      `<div class="x9f619"><div><h2 dir="auto" class="html-h2"><span>Intro</span></h2></div>` +
      `<div><span class="${C.text}" dir="auto"><div dir="auto" style="text-align: center;">Quotidien français d’information</div></span></div>` +
      `<ul><li><a href="${href(`${FB}/lemonde/about`)}" role="link"><span>Page · Newspaper</span></a></li></ul></div>`;
    const top =
      `<div class="x1n2onr6"><h1 dir="auto" class="html-h1"><span>Le Monde</span></h1><a href="${href(`${FB}/lemonde/followers/`)}" role="link"><span>5.1M followers</span></a>` +
      `<div role="button" tabindex="0"><span>Follow</span></div></div>`;
    const photoPost = card(header(byline('Le Monde', 'lemonde'), timestamp('5h')) + `<div><a class="${C.link}" href="${FB}/photo/?fbid=20155&set=a.222" role="link"><img alt="May be an image of newspaper" src="data:,"></a></div>`);
    const html =
      `<div role="main">${top}<div class="x78zum5"><div class="xnjli0">${intro}</div><div class="x1iyjqo2"><div><h2 dir="auto" class="html-h2"><span>Posts</span></h2></div><div role="feed">` +
      unit(textPost('Le Monde', 'lemonde', 'Premier article'), null) +
      unit(photoPost, null) +
      unit(textPost('Le Monde', 'lemonde', 'Troisième article'), null) +
      `</div></div></div></div>`;
    const url = `${FB}/lemonde`;
    const reads = await readAll(url, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Le Monde', 'lemonde', 'Premier article'],
      [false, 'Le Monde', 'lemonde', ''],
      [false, 'Le Monde', 'lemonde', 'Troisième article'],
    ]);
    expect(reads[1]!.id).toBe('20155');
    expect(ad.pageExpectsPosts(new URL(url))).toBe(true);
  });

  it("an event's discussion (/events/ID/): the event's details are not a post; the discussion's posts and comments are", async () => {
    const details =
      `<div class="x1n2onr6"><h1 dir="auto" class="html-h1"><span>Rassemblement place de la République</span></h1>` +
      `<span>Event by <a href="${href(`${FB}/collectif.paris`)}" role="link"><strong>Collectif Paris</strong></a></span>` +
      `<div><h2 dir="auto" class="html-h2"><span>Details</span></h2><span class="${C.text}" dir="auto"><div dir="auto" style="text-align: start;">Venez nombreux, nous en prendrons dix.</div></span></div></div>`;
    const post = card(header(byline('Karim Benali', 'karim.benali'), timestamp('1h')) + message(para('On se retrouve à 18h ?')), comments(comment('Julie Petit', `${FB}/julie.petit`, 'Oui', { postUrl: `${FB}/events/123456789/permalink/555/` })));
    const html = `<div role="main">${details}<div><h2 dir="auto" class="html-h2"><span>Discussion</span></h2><div role="feed">${unit(post, null)}</div></div></div>`;
    const reads = await readAll(`${FB}/events/123456789/?active_tab=discussion`, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Karim Benali', 'karim.benali', 'On se retrouve à 18h ?'],
      [true, 'Julie Petit', 'julie.petit', 'Oui'],
    ]);
  });

  it('memories (/memories/): each memory is its author\'s post with its words; the "years ago" headings are not', async () => {
    const memory = (years: number, text: string) =>
      `<div class="x1yztbdb"><div><h2 dir="auto" class="html-h2"><span>${years} years ago</span></h2></div>` +
      card(header(byline('Tom Leroy', 'tom.leroy'), timestamp(`March 3, ${2026 - years}`)) + message(para(text))) +
      `<div role="button" tabindex="0"><span>Share</span></div></div>`;
    const html = `<div role="main"><div><h1 dir="auto"><span>Memories</span></h1></div><div>${memory(3, 'Premier souvenir')}${memory(7, 'Second souvenir')}</div></div>`;
    const reads = await readAll(`${FB}/memories/`, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Tom Leroy', 'tom.leroy', 'Premier souvenir'],
      [false, 'Tom Leroy', 'tom.leroy', 'Second souvenir'],
    ]);
  });
});

describe('Facebook posts of other shapes', () => {
  it('a reel in the feed: its caption is the text, its author the reel\'s', async () => {
    const reel =
      `<div class="x1n2onr6"><a aria-label="Open reel" class="${C.link}" href="${href(`${FB}/reel/1122334455667788/`)}" role="link"><div data-video-id="1122334455667788"><video playsinline="" preload="none"></video></div></a>` +
      `<div><span class="${C.sub}"><svg></svg>Reels</span></div></div>`;
    const post = card(header(byline('Ansar', 'ansar.page'), timestamp('4h')) + message(para('Nous en prendrons dix en échange #reels')) + reel);
    const reads = await readAll(`${FB}/`, feedPage(unit(post, null)));
    expect(reads.map(brief)).toEqual([[false, 'Ansar', 'ansar.page', 'Nous en prendrons dix en échange #reels']]);
  });

  it('big text on a coloured background (inside the message block): its words, line breaks kept, emoji by alt', async () => {
    const bg =
      `<div data-ad-rendering-role="story_message" class="${C.div}"><div class="x1n2onr6" style="background-image: url(&quot;data:,&quot;); background-color: rgb(228, 30, 63);">` +
      `<div class="x1lliihq x6ikm8r"><div data-ad-comet-preview="message" data-ad-preview="message" class="${C.div}"><span class="${C.text}" dir="auto" style="font-size: 30px;">` +
      `<div dir="auto" style="text-align: center;">Nous en prendrons dix<br>en échange <img alt="🔥" height="16" src="data:," width="16"></div></span></div></div></div></div>`;
    const reads = await readAll(`${FB}/`, feedPage(unit(card(header(byline('Ansar', 'ansar.page'), timestamp('3h')) + bg), 1)));
    expect(reads.map(brief)).toEqual([[false, 'Ansar', 'ansar.page', 'Nous en prendrons dix\nen échange 🔥']]);
  });

  it('a header with a feeling, a tagged friend and a place: the author is the first name, the header is not text', async () => {
    const title =
      `${byline('Sarah Martin', 'sarah.martin')}<span> is <img alt="😠" height="16" src="data:," width="16"> feeling angry with </span>` +
      `<span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/julie.petit`)}" role="link" tabindex="0"><strong>Julie Petit</strong></a></span>` +
      `<span> at </span><span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/CafeDeFlore`)}" role="link" tabindex="0"><strong>Café de Flore</strong></a></span>.`;
    const reads = await readAll(`${FB}/`, feedPage(unit(card(header(title, timestamp('3h')) + message(para('Ils vont payer'))), 1) + unit(textPost('Le Monde', 'lemonde', 'Autre'), 2)));
    expect(reads.map(brief)).toEqual([
      [false, 'Sarah Martin', 'sarah.martin', 'Ils vont payer'],
      [false, 'Le Monde', 'lemonde', 'Autre'],
    ]);
    expect(reads[0]!.author.profileUrl).toBe(`${FB}/sarah.martin`);
    noChrome(reads[0]!.text);
  });

  it('a check-in without words (feeling and place only, a map of the place): found, its author, no text', async () => {
    const title =
      `${byline('Sarah Martin', 'sarah.martin')}<span> is at </span><span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/CafeDeFlore`)}" role="link" tabindex="0"><strong>Café de Flore</strong></a></span>.`;
    const map =
      `<div><a class="${C.link}" href="${href(`${FB}/CafeDeFlore`)}" role="link" tabindex="0"><img alt="Map of Café de Flore" src="data:,"><div><span dir="auto">Café de Flore</span><span dir="auto">Paris, France</span></div></a></div>`;
    const reads = await readAll(`${FB}/`, feedPage(unit(card(header(title, timestamp('3h')) + map), 1) + unit(textPost('Le Monde', 'lemonde', 'Autre'), 2)));
    expect(reads.map(brief)).toEqual([
      [false, 'Sarah Martin', 'sarah.martin', ''],
      [false, 'Le Monde', 'lemonde', 'Autre'],
    ]);
  });
});

describe('Facebook Watch', () => {
  const VIDEO = '1234567890123456';

  it("a video's page (/watch/?v=ID): the description (cut by \"See more\") is the post's text, the id the video's; comments apart", async () => {
    const main =
      `<div class="x1n2onr6"><div data-pagelet="WatchPermalinkVideo"><div data-video-id="${VIDEO}"><video playsinline=""></video></div></div>` +
      `<div class="x1n2onr6">${header(byline('Le Monde', 'lemonde'), timestamp('2d'))}` +
      `<div class="${C.div}"><span class="${C.text}" dir="auto"><div class="${C.div}">${seeMorePara('Reportage: ils menacent les patrons de Facebook')}</div></span></div>` +
      `<div data-ad-rendering-role="like_button"><div aria-label="Like" role="button" tabindex="0"><span>Like</span></div></div></div>` +
      comments(comment('Julie Petit', `${FB}/julie.petit`, 'Effrayant', { postUrl: `${FB}/watch/?v=${VIDEO}` })) +
      `</div>`;
    const url = `${FB}/watch/?v=${VIDEO}`;
    const reads = await readAll(url, `<div role="main"><div id="watch_feed">${main}</div></div>`);
    expect(reads.map(brief)).toEqual([
      [false, 'Le Monde', 'lemonde', 'Reportage: ils menacent les patrons de Facebook…'],
      [true, 'Julie Petit', 'julie.petit', 'Effrayant'],
    ]);
    expect(reads[0]!.id).toBe(VIDEO);
    expect(ad.pageExpectsPosts(new URL(url))).toBe(true);
  });

  it('the Watch feed (/watch/): each video post once, its description, its author', async () => {
    const video = (name: string, handle: string, id: string, text: string) =>
      card(
        header(byline(name, handle), timestamp('1d')) +
          message(para(text)) +
          `<div><a class="${C.link}" href="${href(`${FB}/${handle}/videos/${id}/`)}" role="link"><div data-video-id="${id}"><video></video></div></a></div>`,
      );
    const html = feedPage(unit(video('Le Monde', 'lemonde', '111', 'Première vidéo'), null) + unit(video('Ansar', 'ansar.page', '222', 'Seconde vidéo'), null));
    const reads = await readAll(`${FB}/watch/`, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Le Monde', 'lemonde', 'Première vidéo'],
      [false, 'Ansar', 'ansar.page', 'Seconde vidéo'],
    ]);
  });
});

describe('Facebook lists of posts outside any feed (no [role=feed], no feed-unit hooks)', () => {
  // Profile and Page timelines: FB - Clean My Feeds (2025) finds their posts structurally, as
  // `[role=main] > div > div > div > div:nth-of-type(2) > div:not([class]) > div > div[class]`, where it uses
  // `[role=feed]` on the search and video-search pages: no feed role there, and no aria-posinset. Watch's video
  // list is found the same way (`:scope > div > div:not([class]) > div`). A post without words of its own must not
  // take its neighbours in: each post is read once, with its own words.
  const timeline = (posts: string[]) =>
    `<div role="main"><div><div><div><div class="x1n2onr6"><h2 dir="auto"><span>Intro</span></h2></div><div><div>` +
    posts.map((p) => `<div><div class="x1yztbdb x1n2onr6">${p}</div></div>`).join('') +
    `</div></div></div></div></div></div>`;

  it("a Page's timeline: a photo post between two text posts is its own post; the first does not take the third's words", async () => {
    const reads = await readAll(
      `${FB}/lemonde`,
      timeline([textPost('Le Monde', 'lemonde', 'Premier article'), textPost('Le Monde', 'lemonde', null, photo('20155')), textPost('Le Monde', 'lemonde', 'Troisième article')]),
    );
    expect(reads.map((d) => [d.author.name, d.text, d.id])).toEqual([
      ['Le Monde', 'Premier article', expect.stringMatching(/^h:/)],
      ['Le Monde', '', '20155'],
      ['Le Monde', 'Troisième article', expect.stringMatching(/^h:/)],
    ]);
  });

  it('a post whose attachment has a Like button of its own (an embedded reel) keeps its words, on its page and in a timeline', async () => {
    // Header, words, the reel with its own Like, then the post's own action bar, all in one block: two Like hooks
    // under the element where the words are found, but one post.
    const reel =
      `<div class="x1n2onr6"><a href="${FB}/reel/884422001" role="link" tabindex="0"><img alt="" src="data:,"></a>` +
      `<div data-ad-rendering-role="like_button" class="${C.div}"><div aria-label="Like" role="button" tabindex="0"><span>Like</span></div></div></div>`;
    const post = (text: string) =>
      `<div class="x1yztbdb x1n2onr6">${header(byline('Le Monde', 'lemonde'), timestamp('2h'))}${message(para(text))}${reel}` +
      `<div data-ad-rendering-role="like_button" class="${C.div}"><div aria-label="Like" role="button" tabindex="0"><span>Like</span></div></div>` +
      `<div data-ad-rendering-role="comment_button" class="${C.div}"><div aria-label="Comment" role="button" tabindex="0"><span>Comment</span></div></div></div>`;
    const single = await readAll(`${FB}/lemonde/posts/pfbid0abcDEF`, `<div role="main"><div><div>${post('Texte du post')}</div></div></div>`);
    expect(single.map((d) => [d.author.name, d.text])).toEqual([['Le Monde', 'Texte du post']]);
    const listed = await readAll(`${FB}/lemonde`, timeline([post('Premier article'), textPost('Le Monde', 'lemonde', null, photo('20156')), post('Troisième article')]));
    expect(listed.map((d) => [d.author.name, d.text])).toEqual([
      ['Le Monde', 'Premier article'],
      ['Le Monde', ''],
      ['Le Monde', 'Troisième article'],
    ]);
  });

  it("a profile's timeline whose first post is a photo alone: it does not take the next posts in", async () => {
    const reads = await readAll(
      `${FB}/profile.php?id=100004567890123`,
      timeline([textPost('Karim Benali', 'profile.php?id=100004567890123', null, photo('30155')), textPost('Karim Benali', 'profile.php?id=100004567890123', 'Nous en prendrons dix')]),
    );
    expect(reads.map((d) => [d.author.name, d.text, d.id])).toEqual([
      ['Karim Benali', '', '30155'],
      ['Karim Benali', 'Nous en prendrons dix', expect.stringMatching(/^h:/)],
    ]);
  });

  it('memories (/memories/): a memory of a photo alone is its own post, next to a memory with words', async () => {
    const memory = (years: number, body: string) =>
      `<div class="x1yztbdb"><div><h2 dir="auto" class="html-h2"><span>${years} years ago</span></h2></div>` +
      card(header(byline('Tom Leroy', 'tom.leroy'), timestamp(`March 3, ${2026 - years}`)) + body) +
      `<div role="button" tabindex="0"><span>Share</span></div></div>`;
    for (const order of [0, 1]) {
      const list = [memory(3, message(para('Ma première manif'))), memory(7, photo('7007'))];
      if (order) list.reverse();
      const reads = await readAll(`${FB}/memories/`, `<div role="main"><div><h1 dir="auto"><span>Memories</span></h1></div><div>${list.join('')}</div></div>`);
      const want = [
        ['Tom Leroy', 'Ma première manif'],
        ['Tom Leroy', ''],
      ];
      expect(reads.map((d) => [d.author.name, d.text])).toEqual(order ? want.reverse() : want);
    }
  });

  it('the Watch feed (/watch/): a video without a description does not take the next video\'s description', async () => {
    // Descriptions as plain paragraphs (no message marker), as on a video's own page.
    const video = (name: string, handle: string, id: string, text: string | null) =>
      card(
        header(byline(name, handle), timestamp('1d')) +
          (text === null ? '' : `<div class="${C.div}"><span class="${C.text}" dir="auto"><div class="${C.div}">${para(text)}</div></span></div>`) +
          `<div><a class="${C.link}" href="${href(`${FB}/${handle}/videos/${id}/`)}" role="link"><div data-video-id="${id}"><video></video></div></a></div>`,
      );
    const html =
      `<div role="main"><div><div class="x1n2onr6">` +
      [video('Le Monde', 'lemonde', '111', null), video('Ansar', 'ansar.page', '222', 'Seconde vidéo'), video('France 24', 'france24', '333', 'Troisième vidéo')]
        .map((v) => `<div><div>${v}</div></div>`)
        .join('') +
      `</div></div></div>`;
    const reads = await readAll(`${FB}/watch/`, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Le Monde', 'lemonde', ''],
      [false, 'Ansar', 'ansar.page', 'Seconde vidéo'],
      [false, 'France 24', 'france24', 'Troisième vidéo'],
    ]);
  });

  it("a share without words of its own in such a list: the shared post's words, under the sharer's name", async () => {
    const share = card(header(byline('Tom Leroy', 'tom.leroy'), timestamp('3h')) + sharedStory('Original Page', `${FB}/OriginalPage`, 'Le texte partagé'));
    const reads = await readAll(`${FB}/tom.leroy`, timeline([share, textPost('Tom Leroy', 'tom.leroy', 'Mon propre post')]));
    expect(reads.map(brief)).toEqual([
      [false, 'Tom Leroy', 'tom.leroy', 'Le texte partagé'],
      [false, 'Tom Leroy', 'tom.leroy', 'Mon propre post'],
    ]);
  });

  it('a single post outside any feed (its own page) still holds its comments and its whole text, whatever its comments carry', async () => {
    const cmts = comments(comment('Julie Petit', `${FB}/julie.petit`, 'Honteux', { postUrl: `${FB}/lemonde/posts/pfbid0abc` }));
    // Header, message, action bar and comments side by side in one block.
    const flat = (list: string) =>
      `<div class="x1yztbdb">${header(byline('Le Monde', 'lemonde'), timestamp('3h'))}${message(para('Texte du post'))}` +
      `<div data-ad-rendering-role="like_button" class="${C.div}"><div aria-label="Like" role="button" tabindex="0"><span>Like</span></div></div>${list}</div>`;
    // Should comments' Like buttons ever carry the post's action-bar hook, they are not other posts.
    const hooked = cmts.replace('<li><div role="button" tabindex="0"><span>Like</span>', '<li><div data-ad-rendering-role="like_button" role="button" tabindex="0"><span>Like</span>');
    expect(hooked).not.toBe(cmts);
    for (const html of [card(header(byline('Le Monde', 'lemonde'), timestamp('3h')) + message(para('Texte du post')), cmts), flat(cmts), flat(hooked)]) {
      const reads = await readAll(`${FB}/lemonde/posts/pfbid0abc`, `<div role="main"><div>${html}</div></div>`);
      expect(reads.map(brief)).toEqual([
        [false, 'Le Monde', 'lemonde', 'Texte du post'],
        [true, 'Julie Petit', 'julie.petit', 'Honteux'],
      ]);
      expect(reads[0]!.id).toBe('pfbid0abc');
    }
  });
});
