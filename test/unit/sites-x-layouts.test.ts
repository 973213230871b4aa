// @vitest-environment happy-dom
// X adapter against layouts the saved fixture pages do not hold: posts without <time> (ads, a renamed element),
// Community Notes and translations around the text, quoted tombstones, status-page cells, empty timelines, and the
// pages that list no posts. Markup from test/unit/helpers/x-markup.ts.

import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../lib/sites/x';
import { article, cell, s, SPAN, textBlock, timelinePage, TXT, V } from './helpers/x-markup';
import { withPage } from './helpers/page';

/** Every post on a timeline of `cells`, read. */
const readAll = (url: string, cells: string) => withPage(url, timelinePage(cells), (doc) => xAdapter.findPosts(doc).map((el) => xAdapter.read(el)));

describe('X permalink without <time>', () => {
  it('a renamed time element (<span> where <time> was): the id and URL still come from the status link', async () => {
    const html = cell(article({ handle: 'amira', id: '401', body: textBlock(s('Bonjour')) }).replace(/<time datetime="[^"]*">3h<\/time>/, '<span>3h</span>'));
    const [d] = await readAll('https://x.com/home', html);
    expect(d!.id).toBe('401');
    expect(d!.url).toBe('https://x.com/amira/status/401');
  });

  it('a promoted post ("Ad" where the time is): found once, its own analytics link gives the id', async () => {
    // Ads sit in [data-testid="placementTracking"]; the User-Name row shows "Ad", with no <time> and no status link.
    const ad =
      `<div data-testid="placementTracking">` +
      article({ handle: 'brand', name: 'Brand', id: '1900000000000000020', noTime: true, body: textBlock(s('Buy our thing')), extra: `<div class="${V}"><span class="${SPAN}">Ad</span></div>` }) +
      `</div>`;
    const reads = await readAll('https://x.com/home', cell(ad));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.id).toBe('1900000000000000020');
    expect(reads[0]!.url).toBe('https://x.com/brand/status/1900000000000000020');
    expect(reads[0]!.text).toBe('Buy our thing');
    expect(reads[0]!.author).toEqual({ name: 'Brand', handle: 'brand', profileUrl: 'https://x.com/brand' });
  });

  it('a promoted post with no status link at all: found once, text read, a content-hash id', async () => {
    const ad =
      `<div data-testid="placementTracking">` +
      article({ handle: 'brand', name: 'Brand', id: null, body: textBlock(s('Buy our thing')), extra: `<div class="${V}"><span class="${SPAN}">Ad</span></div>` }) +
      `</div>`;
    const reads = await readAll('https://x.com/home', cell(ad));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.text).toBe('Buy our thing');
    expect(reads[0]!.id).toMatch(/^h:[0-9a-z]+$/);
    expect(reads[0]!.url).toBeNull();
  });
});

describe("X text: the author's words, not what X adds around them", () => {
  it("a video's poster is not text: X's label on it (\"Embedded video\", « Vidéo intégrée ») is left out, a photo's description beside it is read", async () => {
    // The shape of a saved x.com home page (Nov. 2025): a video not played yet sits in tweetPhoto as a poster image
    // whose alt is X's label, with its duration and a play button; once played, a <video> in videoPlayer.
    const poster = (label: string) =>
      `<div data-testid="tweetPhoto" class="${V}"><div aria-label="${label}" data-testid="previewInterstitial" class="${V}"><div aria-label="${label}" class="${V}">` +
      `<div class="${V}" style="background-image: url(&quot;https://pbs.twimg.com/amplify_video_thumb/1/img/a.jpg&quot;);"></div><img alt="${label}" draggable="true" src="https://pbs.twimg.com/amplify_video_thumb/1/img/a.jpg" class="css-9pa8cd"></div>` +
      `<div class="${V}"><div dir="ltr" class="${TXT}"><span class="${SPAN}">0:26</span></div></div><button aria-label="Play this video" data-testid="playButton" type="button" class="${V}"></button></div></div>`;
    const played = `<div data-testid="tweetPhoto" class="${V}"><div data-testid="videoPlayer" class="${V}"><div data-testid="videoComponent" class="${V}"><video aria-label="Embedded video" poster="https://pbs.twimg.com/amplify_video_thumb/2/img/a.jpg" preload="none"></video><img alt="Embedded video" src="https://pbs.twimg.com/amplify_video_thumb/2/img/a.jpg"></div></div></div>`;
    const photo = `<div data-testid="tweetPhoto" class="${V}"><div aria-label="Flags of the group on a wall" class="${V}"><img alt="Flags of the group on a wall" draggable="true" src="https://pbs.twimg.com/media/P1.jpg" class="css-9pa8cd"></div></div>`;
    const reads = await readAll(
      'https://x.com/home',
      cell(article({ handle: 'enzo_gte', id: '1991600514811973815', body: textBlock(s('This is GTE V2')), extra: poster('Embedded video') })) +
        cell(article({ handle: 'camille', id: '1991600514811973816', body: textBlock(s('Regardez')), extra: poster('Vidéo intégrée') + photo })) +
        cell(article({ handle: 'lina', id: '1991600514811973817', body: textBlock(s('Played')), extra: played })),
    );
    expect(reads.map((d) => d.text)).toEqual(['This is GTE V2', 'Regardez\nFlags of the group on a wall', 'Played']);
  });

  it('a Community Note ("Readers added context") is not the post text', async () => {
    const note =
      `<div data-testid="birdwatch-pivot" role="link" tabindex="0" class="${V}"><span class="${SPAN}">Readers added context</span>` +
      `<div dir="ltr" class="${TXT}"><span class="${SPAN}">This claim is false.</span></div></div>`;
    const [d] = await readAll('https://x.com/home', cell(article({ handle: 'claimer', id: '1900000000000000011', body: textBlock(s('A claim')), extra: note })));
    expect(d!.text).toBe('A claim');
  });

  it('a translation shown under the text: "Translated from Arabic by Grok" and "Show original" are not text', async () => {
    const tr =
      `<div class="${V}"><div class="${V} r-1s2bzr4"><div dir="ltr" class="${TXT}"><span class="${SPAN}">Translated from Arabic by </span><a href="https://x.ai/grok" role="link"><span class="${SPAN}">Grok</span></a></div>` +
      `<div dir="auto" lang="en" class="${TXT}" data-testid="tweetText"><span class="${SPAN}">Army of the sons of the caliphate is coming</span></div>` +
      `<button role="button" type="button"><span class="${SPAN}">Show original</span></button></div></div>`;
    const [d] = await readAll('https://x.com/home', cell(article({ handle: 'ar', id: '300', body: textBlock(s('جيش أبناء الخلافة قادم'), 'ar') + tr })));
    // The original is read; the translation X added under it is X's words, not the author's.
    expect(d!.text).toBe('جيش أبناء الخلافة قادم');
    expect(d!.machineTranslated).toBeUndefined();
    expect(d!.text).not.toContain('Translated from');
    expect(d!.text).not.toContain('Grok');
    expect(d!.text).not.toContain('Show original');
    expect(d!.lang).toBe('ar');
  });

  it('a post X shows machine-translated (the text swapped for Grok\'s, "Show original" under it) is said to be so, with no language; a "Translate post" button alone is not', async () => {
    const credit =
      `<div class="${V} r-1s2bzr4"><div dir="ltr" class="${TXT}"><span class="${SPAN}">Translated from Arabic by </span><a href="https://x.ai/grok" rel="noopener noreferrer nofollow" target="_blank" role="link"><span class="${SPAN}">Grok</span></a></div>` +
      `<button role="button" type="button"><span class="${SPAN}">Show original</span></button></div>`;
    const translate = `<div class="${V}"><button role="button" type="button"><span class="${SPAN}">Translate post</span></button></div>`;
    const [shown, offered] = await readAll(
      'https://x.com/home',
      cell(article({ handle: 'ahmad_ar', id: '301', body: textBlock(s('If you close one of our accounts, we will take ten in return.'), 'ar') + credit })) +
        cell(article({ handle: 'salma', id: '302', body: textBlock(s('وصفة الكنافة جاهزة'), 'ar') + translate })),
    );
    expect(shown!.text).toBe('If you close one of our accounts, we will take ten in return.');
    expect(shown!.machineTranslated).toBe(true);
    expect(shown!.lang).toBeNull();
    expect(offered!.machineTranslated).toBeUndefined();
    expect(offered!.lang).toBe('ar');
  });

  it("a poll's options are the author's words too: open (radio buttons) and closed (shares left out)", async () => {
    // X's poll card: options as ARIA radios while voting is open; as list items with their share once closed.
    const open =
      `<div data-testid="card.wrapper"><div data-testid="cardPoll"><div role="radiogroup">` +
      `<div role="radio" aria-checked="false" tabindex="0"><span class="${SPAN}">Mark Zuckerberg</span></div>` +
      `<div role="radio" aria-checked="false" tabindex="-1"><span class="${SPAN}">Jack Dorsey</span></div></div>` +
      `<span data-testid="pollTotalVotes" class="${SPAN}">1,204 votes</span><span class="${SPAN}"> · 6 hours left</span></div></div>`;
    const closed =
      `<div data-testid="card.wrapper"><div data-testid="cardPoll"><ul role="list">` +
      `<li role="listitem"><span class="${SPAN}">nous en prendrons dix</span><span class="${SPAN}">62,5 %</span></li>` +
      `<li role="listitem"><span class="${SPAN}">rien du tout</span><span class="${SPAN}">37,5 %</span></li></ul>` +
      `<span data-testid="pollTotalVotes" class="${SPAN}">88 votes</span><span class="${SPAN}"> · Final results</span></div></div>`;
    const reads = await readAll(
      'https://x.com/home',
      cell(article({ handle: 'poll_a', id: '501', body: textBlock(s('Who is next?')), extra: open })) +
        cell(article({ handle: 'poll_b', id: '502', body: '', extra: closed })),
    );
    expect(reads.map((d) => d.text)).toEqual(['Who is next?\nMark Zuckerberg\nJack Dorsey', 'nous en prendrons dix\nrien du tout']);
  });

  it('a quote of a deleted post ("This post is unavailable."): one post, its own words and id', async () => {
    const tomb =
      `<div class="${V} r-9aw3ui r-1s2bzr4"><div class="${V} r-1ets6dv r-1867qdf"><div dir="ltr" class="${TXT}"><span class="${SPAN}">This post is unavailable.</span> ` +
      `<a href="https://help.x.com/rules-and-policies/notices-on-x" role="link">Learn more</a></div></div></div>`;
    const reads = await readAll('https://x.com/home', cell(article({ handle: 'quoter', id: '1900000000000000012', body: textBlock(s('Look at this')) + tomb })));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.text).toBe('Look at this');
    expect(reads[0]!.id).toBe('1900000000000000012');
  });

  it("a repost of a quote post: the reposted post's author and id, the quoted words read with its own", async () => {
    const social = `<a href="/reposter" dir="ltr" role="link" class="${TXT}"><span class="${SPAN}" data-testid="socialContext">Reposter reposted</span></a>`;
    const quote =
      `<div class="${V}"><div tabindex="0" role="link" class="${V} r-adacv"><div class="${V}"><div data-testid="User-Name"><div><span>Quoted</span></div><div><span>@quoted</span><div aria-hidden="true">·</div><time datetime="2025-11-20T00:00:00.000Z">Nov 20</time></div></div></div>` +
      `<div class="${V}">${textBlock(s('quoted words'), 'fr')}</div></div></div>`;
    const reads = await readAll('https://x.com/home', cell(article({ handle: 'orig', name: 'Original', id: '200', body: textBlock(s('my words')) + quote, social })));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.author.handle).toBe('orig');
    expect(reads[0]!.id).toBe('200');
    expect(reads[0]!.text).toBe('my words\nquoted words');
    // The post's own language, not the quoted post's.
    expect(reads[0]!.lang).toBe('en');
  });

  it('a post whose data-testid="tweet" was renamed is still found by its ARIA article, with its id', async () => {
    const html = cell(article({ handle: 'a', id: '402', body: textBlock(s('Bonjour')) }).replace('data-testid="tweet"', 'data-testid="post"'));
    const reads = await readAll('https://x.com/home', html);
    expect(reads.map((d) => [d.id, d.text])).toEqual([['402', 'Bonjour']]);
  });
});

describe('X status pages: the cells between posts', () => {
  it('focused post with its time under the text, then "Show more replies" and "Show probable spam" cells: replies are comments', async () => {
    const focused =
      `<article aria-labelledby="x" role="article" tabindex="-1" class="${V}" data-testid="tweet"><div class="${V}">` +
      `<div data-testid="User-Name"><a href="/amira" role="link"><span>Amira</span></a><a href="/amira" role="link" tabindex="-1"><span>@amira</span></a></div>` +
      textBlock(s('The focused post')) +
      `<div class="${V} r-1d09ksm"><div class="${V}"><a href="/amira/status/100" aria-describedby="id__x" role="link"><time datetime="2025-11-26T10:00:00.000Z">10:00 AM · Nov 26, 2025</time></a>` +
      `<span aria-hidden="true">·</span><a href="/amira/status/100/analytics" role="link"><span>1.2M</span> <span>Views</span></a></div></div>` +
      `</div></article>`;
    const moreReplies = cell(`<div role="button" tabindex="0" class="${V}"><div dir="ltr" class="${TXT}"><span class="${SPAN}">Show more replies</span></div></div>`);
    const spamButton = cell(`<div class="${V}"><button role="button" type="button" class="${V}"><div dir="ltr" class="${TXT}"><span class="${SPAN}">Show probable spam</span></div></button></div>`);
    const html =
      cell(focused) +
      cell(article({ handle: 'bob', id: '101', body: textBlock(s('A reply')) })) +
      moreReplies +
      spamButton +
      cell(article({ handle: 'spammer', id: '102', body: textBlock(s('Spam reply')) }));
    const reads = await readAll('https://x.com/amira/status/100', html);
    expect(reads.map((d) => [d.id, d.isComment, d.text])).toEqual([
      ['100', false, 'The focused post'],
      ['101', true, 'A reply'],
      ['102', true, 'Spam reply'],
    ]);
    expect(reads[0]!.author.handle).toBe('amira');
    expect(reads[0]!.time).toBe('2025-11-26T10:00:00.000Z');
    expect(reads[0]!.url).toBe('https://x.com/amira/status/100');
  });

  it('the status page of a reply: the posts above the focused one are not comments', async () => {
    const html =
      cell(article({ handle: 'root', id: '90', body: textBlock(s('Root post')) })) +
      cell(article({ handle: 'amira', id: '100', body: textBlock(s('Focused reply')), focused: true })) +
      cell(article({ handle: 'bob', id: '101', body: textBlock(s('A reply to it')) }));
    const reads = await readAll('https://x.com/amira/status/100', html);
    expect(reads.map((d) => [d.id, d.isComment])).toEqual([
      ['90', false],
      ['100', false],
      ['101', true],
    ]);
  });

  it('a deleted parent ("This post was deleted by the post author") above the focused post is no post', async () => {
    const tomb = cell(
      `<div class="${V} r-1ets6dv"><div class="${V}"><div dir="ltr" class="${TXT}"><span class="${SPAN}">This post was deleted by the post author. ` +
        `<a href="https://help.x.com/x/deleted" role="link">Learn more</a></span></div></div></div>`,
    );
    const html = tomb + cell(article({ handle: 'amira', id: '100', body: textBlock(s('Focused')), focused: true })) + cell(article({ handle: 'bob', id: '101', body: textBlock(s('Reply')) }));
    const reads = await readAll('https://x.com/amira/status/100', html);
    expect(reads.map((d) => [d.id, d.isComment])).toEqual([
      ['100', false],
      ['101', true],
    ]);
  });
});

describe('X timelines that say they are empty (the popup must not call them unreadable)', () => {
  const emptyState = (words: string) => `<div data-testid="emptyState" class="${V}"><div dir="ltr" class="${TXT}"><span class="${SPAN}">${words}</span></div></div>`;
  const cases: [string, string, string, boolean][] = [
    ['no search results', 'https://x.com/search?q=zzqxv&src=typed_query&f=live', timelinePage(emptyState('No results for "zzqxv"'), 'Search timeline'), true],
    ['an account that does not exist', 'https://x.com/nobody_here_4812', timelinePage(emptyState('This account doesn’t exist'), 'Profile'), true],
    ['empty bookmarks', 'https://x.com/i/bookmarks', timelinePage(emptyState('Save posts for later'), 'Bookmarks'), true],
    [
      'an error page ("Hmm...this page doesn’t exist")',
      'https://x.com/someone/status/1',
      `<main role="main"><div data-testid="primaryColumn"><div data-testid="error-detail"><span>Hmm...this page doesn’t exist. Try searching for something else.</span></div></div></main>`,
      true,
    ],
    ['a timeline of posts', 'https://x.com/home', timelinePage(cell(article({ handle: 'amira', id: '100', body: textBlock(s('Bonjour')) }))), false],
    // Still loading (no cells yet), or its hooks renamed: not empty, the page may be unreadable.
    ['a timeline with no cells yet', 'https://x.com/home', timelinePage(''), false],
  ];
  for (const [what, url, html, want] of cases) {
    it(`${what} → pageIsEmpty ${want}`, async () => {
      expect(await withPage(url, html, (doc) => xAdapter.pageIsEmpty?.(doc) ?? false)).toBe(want);
    });
  }
});

describe('X pages that list no posts', () => {
  // Search tabs, the profile Media tab and a community's About page are covered in sites-x.test.ts.
  const cases: [string, boolean][] = [
    ['https://x.com/i/communities/1234567890', true],
    ['https://x.com/i/communities/1234567890/media', false],
    ['https://x.com/i/lists/1234567890/info', false],
    ['https://x.com/camille_rx/articles', true],
    ['https://x.com/camille_rx/status/1993776202834477056/history', true],
    ['https://x.com/camille_rx/status/1993776202834477056/analytics', true],
    ['https://x.com/i/grok', false],
    ['https://x.com/explore/tabs/for-you', false],
    ['https://x.com/compose/post', false],
  ];
  for (const [url, want] of cases) {
    it(`${url} → ${want}`, () => expect(xAdapter.pageExpectsPosts(new URL(url))).toBe(want));
  }
});

describe("X: a quoted or embedded post's words are its author's, whatever they are written in", () => {
  const THREAT = 'If you close one of our accounts, we will take ten in return';
  /** A quoted post as X renders it inside the outer article: a focusable link block with its own User-Name. */
  const quote = (body: string) =>
    `<div class="${V}"><div tabindex="0" role="link" class="${V} r-adacv"><div class="${V}"><div data-testid="User-Name"><div><span>Ansar Media</span></div>` +
    `<div><span>@ansar_media</span><div aria-hidden="true">·</div><time datetime="2025-11-20T00:00:00.000Z">Nov 20</time></div></div></div>${body}</div></div>`;
  const photo = (alt: string) =>
    `<div class="${V}"><div aria-label="${alt}" class="${V}" data-testid="tweetPhoto"><img alt="${alt}" draggable="true" src="https://pbs.twimg.com/media/Q1.jpg" class="css-9pa8cd"></div></div>`;
  const poll = (options: string[]) =>
    `<div data-testid="card.wrapper"><div data-testid="cardPoll"><div role="radiogroup">` +
    options.map((o, i) => `<div role="radio" aria-checked="false" tabindex="${i ? -1 : 0}"><span class="${SPAN}">${o}</span></div>`).join('') +
    `</div></div></div>`;
  const quotedWords = (d: { text: string; quoted?: { start: number; end: number } }) => (d.quoted ? d.text.slice(d.quoted.start, d.quoted.end) : null);

  it("a quoted post's photo description and poll are in the quoted range, credited to the quoted author, not to the one who quotes", async () => {
    const reads = await readAll(
      'https://x.com/home',
      // A journalist quotes a propaganda image post with a line of text; then an image-only post; then a quoted poll.
      cell(article({ handle: 'osint_desk', name: 'OSINT Desk', id: '1990000000000000911', body: textBlock(s('Reported. Do not share.')) + quote(textBlock(s('Our message:')) + photo(THREAT)) })) +
        cell(article({ handle: 'osint_desk', name: 'OSINT Desk', id: '1990000000000000912', body: textBlock(s('Reported.')) + quote(photo(THREAT)) })) +
        cell(article({ handle: 'osint_desk', name: 'OSINT Desk', id: '1990000000000000914', body: textBlock(s('Look at this poll.')) + quote(textBlock(s('Vote:')) + poll([THREAT, 'Nothing'])) })),
    );
    expect(reads.map((d) => d.text)).toEqual([
      `Reported. Do not share.\nOur message:\n${THREAT}`,
      `Reported.\n${THREAT}`,
      `Look at this poll.\nVote:\n${THREAT}\nNothing`,
    ]);
    expect(reads.map(quotedWords)).toEqual([`Our message:\n${THREAT}`, THREAT, `Vote:\n${THREAT}\nNothing`]);
    for (const d of reads) expect(d.quoted?.author).toEqual({ name: 'Ansar Media', handle: 'ansar_media' });
  });

  it("the post's own photo stays its own, before the quote; the text is the same read with or without the quote's range", async () => {
    const html = timelinePage(
      cell(article({ handle: 'ansar_x', name: 'Ansar', id: '1990000000000000915', body: textBlock(s('Soon.')) + photo(THREAT) + quote(textBlock(s('A news report about the group')) + photo('Police tape outside an office')) })),
    );
    await withPage('https://x.com/home', html, (doc) => {
      const [el] = xAdapter.findPosts(doc);
      const d = xAdapter.read(el!);
      expect(d.text).toBe(`Soon.\n${THREAT}\nA news report about the group\nPolice tape outside an office`);
      expect(quotedWords(d)).toBe('A news report about the group\nPolice tape outside an office');
      expect(xAdapter.scan(el!).text).toBe(d.text);
    });
  });

  it('an X Article that embeds a post: its title and body are read, the embedded post is a quote (its words, author and link are not the article\'s)', async () => {
    const block = (t: string) => `<div class="longform-unstyled" data-block="true"><div><span data-text="true">${t}</span></div></div>`;
    // An embedded post inside the Article's body, as X Article extractors find it: simpleTweet with its own User-Name,
    // time link and tweetText.
    const embedded =
      `<section data-block="true"><div data-testid="simpleTweet" class="${V}"><div data-testid="User-Name"><a href="/bbcnews" role="link"><span>BBC News</span></a>` +
      `<a href="/bbcnews" role="link" tabindex="-1"><span>@bbcnews</span></a><a href="/bbcnews/status/1990000000000000777" role="link"><time datetime="2025-11-01T00:00:00.000Z">Nov 1</time></a></div>` +
      `<div data-testid="tweetText" lang="en" dir="auto"><span>Police investigate online threats against social network founders</span></div></div></section>`;
    // The focused layout: the Article's own time row comes after its body, so the embedded post's time link is first.
    const art =
      `<article role="article" tabindex="-1" data-testid="tweet"><div data-testid="User-Name"><a href="/ansar_media" role="link"><span>Ansar Media</span></a><a href="/ansar_media" role="link" tabindex="-1"><span>@ansar_media</span></a></div>` +
      `<div data-testid="twitterArticleReadView"><div data-testid="twitter-article-title">Flames of the Supporters</div>` +
      `<div data-testid="twitterArticleRichTextView"><div data-contents="true">${block('If you close one of our accounts, we will take ten in return.')}${embedded}${block('Soon your names will be erased.')}</div></div></div>` +
      `<div><a href="/ansar_media/status/1990000000000000921" role="link"><time datetime="2025-11-26T10:00:00.000Z">10:00 AM · Nov 26, 2025</time></a></div></article>`;
    const [d] = await readAll('https://x.com/ansar_media/status/1990000000000000921', cell(art));
    expect(d!.text).toBe(
      'Flames of the Supporters\nIf you close one of our accounts, we will take ten in return.\nSoon your names will be erased.\nPolice investigate online threats against social network founders',
    );
    expect(quotedWords(d!)).toBe('Police investigate online threats against social network founders');
    expect(d!.quoted?.author).toEqual({ name: 'BBC News', handle: 'bbcnews' });
    expect(d!.id).toBe('1990000000000000921');
    expect(d!.url).toBe('https://x.com/ansar_media/status/1990000000000000921');
    expect(d!.author.handle).toBe('ansar_media');

    // Two embedded posts, by two authors: the range is the first one's, the second's words are not credited to it.
    const second = embedded
      .replace(/bbcnews/g, 'relay_x')
      .replace('BBC News', 'Relay')
      .replace('1990000000000000777', '1990000000000000778')
      .replace('Police investigate online threats against social network founders', 'Your names will be erased');
    const [two] = await readAll('https://x.com/ansar_media/status/1990000000000000921', cell(art.replace(embedded, embedded + second)));
    expect(quotedWords(two!)).toBe('Police investigate online threats against social network founders');
    expect(two!.quoted?.author).toEqual({ name: 'BBC News', handle: 'bbcnews' });
    expect(two!.text.endsWith('Your names will be erased')).toBe(true);
  });

  it("with blur on, a photo whose description was read and a poll are blurred with the text (the words that matched may be there)", async () => {
    const html = timelinePage(
      cell(article({ handle: 'ansar', id: '1990000000000000931', body: textBlock(s('Look at this 👀')) + photo(THREAT) })) +
        cell(article({ handle: 'ansar', id: '1990000000000000932', body: textBlock(s('Who is next?')) + poll(['Sons of the Caliphate Army', 'Nobody']) })) +
        cell(article({ handle: 'cat', id: '1990000000000000933', body: textBlock(s('My cat')) + photo('Image') })),
    );
    await withPage('https://x.com/home', html, (doc) => {
      const [withPhoto, withPoll, plain] = xAdapter.findPosts(doc);
      expect(xAdapter.textBlocks!(withPhoto!).map((el) => el.getAttribute('data-testid'))).toEqual(['tweetPhoto']);
      expect(xAdapter.textBlocks!(withPoll!).map((el) => el.getAttribute('data-testid'))).toEqual(['cardPoll']);
      // X's one-word label of a photo without a description: nothing read there, nothing to blur.
      expect(xAdapter.textBlocks!(plain!)).toEqual([]);
    });
  });
});
