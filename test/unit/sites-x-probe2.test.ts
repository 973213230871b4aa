// @vitest-environment happy-dom
// X adapter, second markup probe: layouts the other adapter tests do not hold. A status page whose focused post has
// a "Translate post" control and its time in a row of its own, reposts and Community posts with their context line,
// a "Show more" post before and after it expands, a translation shown under the text, a quote of a post that is no
// longer available, the right sidebar ("What's happening", "Who to follow", "Relevant people"), bookmarks, a
// self-thread with "Show this thread", a post of media alone with its alt text, and replies with "Replying to @…".
// Markup from test/unit/helpers/x-markup.ts, shaped as x.com renders it (data-testid hooks, atomic classes).

import { describe, expect, it } from 'vitest';
import { xAdapter as ad } from '../../lib/sites/x';
import { withPage } from './helpers/page';
import { SPAN, TXT, V, article, cell, replyingTo, s, textBlock, timelinePage, withSidebar } from './helpers/x-markup';

/** Every post on the page, read, with the scanner's one-pass text checked against the full read. */
const readAll = (url: string, html: string) =>
  withPage(url, html, (doc) =>
    ad.findPosts(doc).map((el) => {
      const d = ad.read(el);
      expect(ad.scan(el).text).toBe(d.text);
      expect(ad.postId!(el)).toBe(d.id);
      return d;
    }),
  );

/** Words of X's interface that must never be read as a post's words. */
const CHROME = ['Show more', 'Translate post', 'Translated from', 'Show original', 'Replying to', 'Show this thread', 'reposted', 'ALT', 'Learn more'];
const noChrome = (text: string) => {
  for (const w of CHROME) expect(text, `"${w}" in the text`).not.toContain(w);
};

describe('X status page: the focused post and the replies under it', () => {
  it('focused post with "Translate post" under its text and its time in a row of its own; replies, then "Show more replies"', async () => {
    // The focused post: User-Name without a time link, the text, the "Translate post" control right after it
    // ([data-testid="tweetText"] + [role="button"]), the time row (permalink around <time>, "·", views), the actions.
    const focused =
      `<article aria-labelledby="id__f1 id__f2" role="article" tabindex="-1" class="${V} r-18u37iz r-1udh08x" data-testid="tweet"><div class="${V} r-eqz5dr"><div class="${V} r-16y2uox">` +
      `<div class="${V}"><div class="${V} r-18u37iz"><div class="${V} r-1iusvr4 r-16y2uox r-ttdzmv"></div></div></div>` +
      `<div class="${V} r-18u37iz r-136ojw6"><div class="${V}" data-testid="Tweet-User-Avatar"><a href="/amira_fr" aria-hidden="true" role="link" tabindex="-1"><img alt="" src="data:,"></a></div>` +
      `<div class="${V} r-1iusvr4"><div data-testid="User-Name" class="${V}"><div class="${V}"><a href="/amira_fr" role="link"><div dir="ltr" class="${TXT}"><span class="${SPAN}">Amira</span></div></a></div>` +
      `<div class="${V}"><a href="/amira_fr" role="link" tabindex="-1"><div dir="ltr" class="${TXT}"><span class="${SPAN}">@amira_fr</span></div></a></div></div>` +
      `<button aria-haspopup="menu" aria-label="More" role="button" data-testid="caret" type="button"><svg aria-hidden="true"></svg></button></div></div>` +
      `<div class="${V}"><div class="${V} r-1s2bzr4"><div dir="auto" lang="fr" class="${TXT} r-bnwqim" id="id__ft" data-testid="tweetText"><span class="${SPAN}">Si vous fermez un de nos comptes, nous en prendrons dix</span></div>` +
      `<button role="button" type="button" class="${V} r-1loqt21"><span class="${SPAN}">Translate post</span></button></div>` +
      `<div class="${V} r-12kyg2d"><div class="${V} r-1d09ksm r-18u37iz"><div class="${V}"><a href="/amira_fr/status/1990000000000000100" aria-describedby="id__x" role="link" class="${TXT} r-1loqt21"><time datetime="2025-11-26T10:00:00.000Z">10:00 AM · Nov 26, 2025</time></a></div>` +
      `<div dir="ltr" aria-hidden="true" class="${TXT}"><span class="${SPAN}">·</span></div><a href="/amira_fr/status/1990000000000000100/analytics" role="link" class="${V}"><div dir="ltr" class="${TXT}"><span class="${SPAN}">1.2M</span> <span class="${SPAN}">Views</span></div></a></div></div>` +
      `<div class="${V}"><div role="group" aria-label="12 replies, 30 reposts" class="${V}"><button data-testid="reply" type="button"><span class="${SPAN}">12</span></button></div></div></div>` +
      `</div></div></article>`;
    const moreReplies = cell(`<div role="button" tabindex="0" class="${V}"><div dir="ltr" class="${TXT}"><span class="${SPAN}">Show more replies</span></div></div>`);
    const html = timelinePage(
      cell(focused) +
        cell(article({ handle: 'bob', id: '1990000000000000101', body: textBlock(s('Nous en prendrons dix aussi'), 'fr') })) +
        cell(article({ handle: 'carol', id: '1990000000000000102', body: textBlock(s('Honte à vous')) })) +
        moreReplies,
      'Conversation',
    );
    const reads = await readAll('https://x.com/amira_fr/status/1990000000000000100', html);
    expect(reads.map((d) => [d.id, d.author.handle, d.isComment, d.text])).toEqual([
      ['1990000000000000100', 'amira_fr', false, 'Si vous fermez un de nos comptes, nous en prendrons dix'],
      ['1990000000000000101', 'bob', true, 'Nous en prendrons dix aussi'],
      ['1990000000000000102', 'carol', true, 'Honte à vous'],
    ]);
    expect(reads[0]!.author.name).toBe('Amira');
    expect(reads[0]!.time).toBe('2025-11-26T10:00:00.000Z');
    expect(reads[0]!.url).toBe('https://x.com/amira_fr/status/1990000000000000100');
    expect(reads[0]!.lang).toBe('fr');
    for (const d of reads) noChrome(d.text);
  });

  it('a reply on a status page says "Replying to @…" above its words: not in the text, still a comment', async () => {
    const html = timelinePage(
      cell(article({ handle: 'amira', id: '100', focused: true, body: textBlock(s('Le post')) })) +
        cell(article({ handle: 'bob', id: '101', body: replyingTo(['amira', 'carol']) + textBlock(s('Une réponse'), 'fr') })),
      'Conversation',
    );
    const reads = await readAll('https://x.com/amira/status/100', html);
    expect(reads.map((d) => [d.author.handle, d.isComment, d.text])).toEqual([
      ['amira', false, 'Le post'],
      ['bob', true, 'Une réponse'],
    ]);
  });
});

describe('X timelines: context lines, threads, media', () => {
  it('a repost ("Amira reposted"): the author is the original author, the id the original post, no context words', async () => {
    const social = `<a href="/amira" dir="ltr" role="link" class="${TXT} r-1loqt21"><span class="${SPAN}" data-testid="socialContext"><span class="${SPAN}">Amira</span> reposted</span></a>`;
    const reads = await readAll(
      'https://x.com/home',
      timelinePage(cell(article({ handle: 'orig_author', name: 'Original Author', id: '1990000000000000200', body: textBlock(s('The original words')), social }))),
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]!.author).toEqual({ name: 'Original Author', handle: 'orig_author', profileUrl: 'https://x.com/orig_author' });
    expect(reads[0]!.id).toBe('1990000000000000200');
    expect(reads[0]!.text).toBe('The original words');
  });

  it('a Community post on the home timeline (context line links to the community): its author and words', async () => {
    const social = `<a href="/i/communities/1500000000000000001" dir="ltr" role="link" class="${TXT} r-1loqt21"><span class="${SPAN}" data-testid="socialContext">Actualités France</span></a>`;
    const reads = await readAll(
      'https://x.com/home',
      timelinePage(cell(article({ handle: 'member1', name: 'Member One', id: '1990000000000000210', body: textBlock(s('Dans la communauté'), 'fr'), social }))),
    );
    expect(reads.map((d) => [d.id, d.author.handle, d.author.name, d.text, d.isComment])).toEqual([
      ['1990000000000000210', 'member1', 'Member One', 'Dans la communauté', false],
    ]);
  });

  it("a Community's own timeline (/i/communities/ID): posts, none of them a comment", async () => {
    const url = 'https://x.com/i/communities/1500000000000000001';
    const html = timelinePage(
      cell(article({ handle: 'member1', id: '1990000000000000211', body: textBlock(s('Premier')) })) +
        cell(article({ handle: 'member2', id: '1990000000000000212', body: textBlock(s('Second')) })),
      'Actualités France',
    );
    const reads = await readAll(url, html);
    expect(reads.map((d) => [d.author.handle, d.text, d.isComment])).toEqual([
      ['member1', 'Premier', false],
      ['member2', 'Second', false],
    ]);
    expect(ad.pageExpectsPosts(new URL(url))).toBe(true);
  });

  it('bookmarks (/i/bookmarks): posts of several authors, none a comment', async () => {
    const url = 'https://x.com/i/bookmarks';
    const reads = await readAll(
      url,
      timelinePage(
        cell(article({ handle: 'a1', id: '1990000000000000221', body: textBlock(s('Saved one')) })) +
          cell(article({ handle: 'b2', id: '1990000000000000222', body: textBlock(s('Saved two')) })),
        'Bookmarks',
      ),
    );
    expect(reads.map((d) => [d.id, d.author.handle, d.text, d.isComment])).toEqual([
      ['1990000000000000221', 'a1', 'Saved one', false],
      ['1990000000000000222', 'b2', 'Saved two', false],
    ]);
    expect(ad.pageExpectsPosts(new URL(url))).toBe(true);
  });

  it('a self-thread with "Show this thread" (in its own cell, and inside the post): each post once, no link words', async () => {
    const showThreadCell = cell(
      `<div class="${V}"><a href="/amira/status/1990000000000000231" role="link" class="${V} r-1loqt21"><div class="${V}"><span class="${SPAN}">Show this thread</span></div></a></div>`,
    );
    const inPost = `<div class="${V}"><a href="/amira/status/1990000000000000232" role="link" dir="ltr" class="${TXT} r-1loqt21"><span class="${SPAN}">Show this thread</span></a></div>`;
    const reads = await readAll(
      'https://x.com/home',
      timelinePage(
        cell(article({ handle: 'amira', id: '1990000000000000230', body: textBlock(s('1/ Le début du fil')) })) +
          cell(article({ handle: 'amira', id: '1990000000000000231', body: textBlock(s('2/ La suite du fil')) })) +
          showThreadCell +
          cell(article({ handle: 'amira', id: '1990000000000000232', body: textBlock(s('Autre fil 1/')), extra: inPost })),
      ),
    );
    expect(reads.map((d) => [d.id, d.text, d.isComment])).toEqual([
      ['1990000000000000230', '1/ Le début du fil', false],
      ['1990000000000000231', '2/ La suite du fil', false],
      ['1990000000000000232', 'Autre fil 1/', false],
    ]);
  });

  it('a post of media alone (a photo with its alt text, the "ALT" badge): found once, its author, the description its author wrote as its text, no interface words', async () => {
    const media =
      `<div class="${V} r-9aw3ui r-1s2bzr4"><div class="${V}"><a href="/amira/status/1990000000000000240/photo/1" role="link" class="${V} r-1loqt21">` +
      `<div aria-label="Image" class="${V}" data-testid="tweetPhoto"><div class="${V}" style="background-image: url(&quot;data:,&quot;);"></div><img alt="Protesters holding a black banner" draggable="true" src="data:," class="css-9pa8cd"></div></a>` +
      `<div class="${V}"><button aria-label="Image description" role="button" type="button" class="${V}"><span class="${SPAN}">ALT</span></button></div></div></div>`;
    const reads = await readAll('https://x.com/home', timelinePage(cell(article({ handle: 'amira', name: 'Amira', id: '1990000000000000240', body: media }))));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.id).toBe('1990000000000000240');
    expect(reads[0]!.author).toEqual({ name: 'Amira', handle: 'amira', profileUrl: 'https://x.com/amira' });
    expect(reads[0]!.lang).toBeNull();
    noChrome(reads[0]!.text);
    expect(reads[0]!.text).toBe('Protesters holding a black banner');
  });

  it('photo descriptions: a written one is read after the text; X\'s one-word label for a photo without one is not', async () => {
    const photo = (alt: string, label = alt) =>
      `<div class="${V}"><a href="/amira/status/1990000000000000241/photo/1" role="link" class="${V} r-1loqt21">` +
      `<div aria-label="${label}" class="${V}" data-testid="tweetPhoto"><div class="${V}" style="background-image: url(&quot;data:,&quot;);"></div><img alt="${alt}" draggable="true" src="data:," class="css-9pa8cd"></div></a></div>`;
    const threat = 'Si vous fermez un de nos comptes,  nous en prendrons dix en échange';
    const reads = await readAll(
      'https://x.com/home',
      timelinePage(
        cell(article({ handle: 'amira', id: '1990000000000000241', body: textBlock(s('Regardez ça'), 'fr') + photo(threat) + photo('Image') })) +
          cell(article({ handle: 'amira', id: '1990000000000000242', body: photo('صورة') + photo('Bild') })),
      ),
    );
    expect(reads.map((d) => d.text)).toEqual(['Regardez ça\nSi vous fermez un de nos comptes, nous en prendrons dix en échange', '']);
  });

  it('a reply on a profile\'s Replies tab ("Replying to @amira and @carol"): its own words only, not a comment there', async () => {
    const url = 'https://x.com/bob/with_replies';
    const reads = await readAll(
      url,
      timelinePage(cell(article({ handle: 'bob', id: '1990000000000000250', body: replyingTo(['amira', 'carol']) + textBlock(s('Je suis d’accord'), 'fr') })), 'Bob'),
    );
    expect(reads.map((d) => [d.author.handle, d.text, d.isComment])).toEqual([['bob', 'Je suis d’accord', false]]);
  });
});

describe('X text: "Show more", translations, unavailable quotes', () => {
  it('a "Show more" post: the shown words without the control, then the whole text once it expands in place', async () => {
    const more = `<button class="${TXT} r-1loqt21" data-testid="tweet-text-show-more-link" type="button"><span class="${SPAN}">Show more</span></button>`;
    await withPage(
      'https://x.com/home',
      timelinePage(cell(article({ handle: 'camille', id: '1990000000000000300', body: textBlock(s('Le début d’un long texte…')) + more }))),
      (doc) => {
        const [post] = ad.findPosts(doc);
        const before = ad.scan(post!);
        expect(before.text).toBe('Le début d’un long texte…');
        // X expands the text in place and drops the control.
        post!.querySelector('[data-testid="tweetText"]')!.innerHTML = s('Le début d’un long texte qui continue: nous en prendrons dix en échange');
        post!.querySelector('[data-testid="tweet-text-show-more-link"]')!.remove();
        const after = ad.scan(post!);
        expect(after.text).toBe('Le début d’un long texte qui continue: nous en prendrons dix en échange');
        expect(after.fp).not.toBe(before.fp);
        expect(ad.read(post!).id).toBe('1990000000000000300');
      },
    );
  });

  it('a translation shown under the text ("Translated from French by Google", the translated block, "Show original")', async () => {
    const tr =
      `<div class="${V} r-1s2bzr4"><div class="${V} r-18u37iz"><div dir="ltr" class="${TXT}"><span class="${SPAN}">Translated from French by </span>` +
      `<a href="https://translate.google.com" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${TXT} r-1loqt21"><span class="${SPAN}">Google</span></a></div></div>` +
      `<div dir="auto" lang="en" class="${TXT} r-bnwqim"><span class="${SPAN}">If you close one of our accounts, we will take ten</span></div>` +
      `<button role="button" type="button" class="${V}"><span class="${SPAN}">Show original</span></button></div>`;
    const reads = await readAll(
      'https://x.com/home',
      timelinePage(cell(article({ handle: 'amira_fr', id: '1990000000000000310', body: textBlock(s('Si vous fermez un de nos comptes, nous en prendrons dix'), 'fr') + tr }))),
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]!.text).toContain('Si vous fermez un de nos comptes, nous en prendrons dix');
    noChrome(reads[0]!.text);
    expect(reads[0]!.text).not.toContain('Google');
    expect(reads[0]!.lang).toBe('fr');
    // The original is there and read: not a post shown translated in place.
    expect(reads[0]!.machineTranslated).toBeUndefined();
  });

  it('a quote of a post from a limited or suspended account (the box is no link, a "Learn more" link): one post, its own words', async () => {
    const unavailable =
      `<div class="${V} r-9aw3ui r-1s2bzr4"><div class="${V} r-9aw3ui"><div class="${V}"><div id="id__q"><div dir="ltr" class="${TXT} r-1udh08x"><span class="${SPAN}">Quote</span></div></div>` +
      `<div class="${V} r-1ets6dv r-1867qdf r-rs99b7"><div class="${V} r-1fz3rvf"><div dir="ltr" class="${TXT}"><span class="${SPAN}">This post is from a suspended account. </span>` +
      `<a href="https://help.x.com/rules-and-policies/notices-on-x" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${TXT} r-1loqt21"><span class="${SPAN}">Learn more</span></a></div></div></div></div></div></div>`;
    const reads = await readAll('https://x.com/home', timelinePage(cell(article({ handle: 'quoter', id: '1990000000000000320', body: textBlock(s('Regardez ça')) + unavailable }))));
    expect(reads.map((d) => [d.id, d.author.handle, d.text])).toEqual([['1990000000000000320', 'quoter', 'Regardez ça']]);
    expect(reads[0]!.links).toEqual([]);
  });
});

describe('X right sidebar: never posts', () => {
  it('"What\'s happening" trends, "Who to follow" and "Relevant people" beside a status page: only the conversation is read', async () => {
    const page = withSidebar(timelinePage(
      cell(article({ handle: 'amira', id: '100', focused: true, body: textBlock(s('Le post')) })) + cell(article({ handle: 'bob', id: '101', body: textBlock(s('Réponse')) })),
      'Conversation',
    ));
    const reads = await readAll('https://x.com/amira/status/100', page);
    expect(reads.map((d) => [d.author.handle, d.text, d.isComment])).toEqual([
      ['amira', 'Le post', false],
      ['bob', 'Réponse', true],
    ]);
  });

  it('the sidebar alone (a page still loading its timeline): no posts, and the page does not say it is empty', async () => {
    await withPage('https://x.com/home', withSidebar(timelinePage('')), (doc) => {
      expect(ad.findPosts(doc)).toEqual([]);
      expect(ad.pageIsEmpty!(doc)).toBe(false);
    });
  });

  it('bookmarks with a post opened in the right column (X shows it there, focused, tabindex -1): each read, none a comment', async () => {
    // 2025 bookmarks: a bookmark opens beside the list, in the sidebar column's region, as a focused post.
    const preview =
      `<div data-testid="sidebarColumn" class="${V}"><div aria-label="Trending" class="${V}"><section aria-labelledby="accessible-list-7" role="region" class="${V}"><h1 id="accessible-list-7" class="r-4iw3lz">Post</h1>` +
      `<div class="${V}"><button aria-label="Close" role="button" type="button"><svg aria-hidden="true"></svg></button><button aria-label="View post" role="button" type="button"><svg aria-hidden="true"></svg></button></div>` +
      `<div data-viewportview="true"><div>${cell(article({ handle: 'b2', id: '1990000000000000222', focused: true, body: textBlock(s('Saved two')) }))}</div></div></section></div></div>`;
    const url = 'https://x.com/i/bookmarks';
    const page = withSidebar(
      timelinePage(
        cell(article({ handle: 'a1', id: '1990000000000000221', body: textBlock(s('Saved one')) })) +
          cell(article({ handle: 'b2', id: '1990000000000000222', body: textBlock(s('Saved two')) })),
        'Bookmarks',
      ),
      preview,
    );
    const reads = await readAll(url, page);
    expect(reads.map((d) => [d.id, d.text, d.isComment])).toEqual([
      ['1990000000000000221', 'Saved one', false],
      ['1990000000000000222', 'Saved two', false],
      ['1990000000000000222', 'Saved two', false],
    ]);
  });
});
