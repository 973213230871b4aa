// @vitest-environment happy-dom
// X adapter against the saved X fixture pages (test/fixtures/sites/x/*.html, expected.json).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xAdapter, createXAdapter } from '../../lib/sites/x';
import { X_SELECTORS } from '../../lib/sites/selectors-x';
import { FACEBOOK_SELECTORS } from '../../lib/sites/selectors-facebook';
import { expectedPage, expectedPages, loadPage, type ExpectedPage } from '../fixtures/sites/load';
import { withPage } from './helpers/page';

type Loaded = ReturnType<typeof loadPage> & { page: ExpectedPage };
const loaded: Loaded[] = [];
function open(key: string): Loaded {
  const page = expectedPage('x', key);
  const l = { ...loadPage(page), page };
  loaded.push(l);
  return l;
}
afterAll(async () => {
  for (const l of loaded) await l.close();
});

const xPages = expectedPages().filter((p) => p.site === 'x');

describe('X fixtures: every container found and read', () => {
  for (const page of xPages) {
    it(`${page.key} (${page.path}): ${page.posts.length} containers, fields as expected`, () => {
      const { document } = open(page.key);
      const posts = xAdapter.findPosts(document);
      expect(posts).toHaveLength(page.posts.length);
      posts.forEach((el, i) => {
        const e = page.posts[i]!;
        const d = xAdapter.read(el);
        // The scanner's one-pass read and the id it asks of flagged posts agree with the full read.
        expect(xAdapter.scan(el).text, `#${i} scan`).toBe(d.text);
        expect(xAdapter.postId!(el), `#${i} postId`).toBe(d.id);
        expect(d.site).toBe('x');
        expect(d.id, `#${i} id`).toBe(e.id);
        expect(d.url, `#${i} url`).toBe(e.url);
        expect(d.author, `#${i} author`).toEqual(e.author);
        expect(d.text, `#${i} text`).toBe(e.text);
        expect(d.time, `#${i} time`).toBe(e.time);
        expect(d.lang, `#${i} lang`).toBe(e.lang);
        expect(d.links, `#${i} links`).toEqual(e.links);
        expect(d.isComment, `#${i} isComment`).toBe(e.isComment);
      });
      expect(xAdapter.pageExpectsPosts(new URL(page.url))).toBe(page.expectsPosts);
    });
  }
});

describe('X reading details', () => {
  let home: Loaded;
  beforeAll(() => {
    home = open('home');
  });

  it('reads a quoted post as part of the outer post, never as its own container', () => {
    const posts = xAdapter.findPosts(home.document);
    const quoteEntry = home.page.posts.find((p) => p.quotedId)!;
    const outer = posts.find((el) => xAdapter.read(el).id === quoteEntry.id)!;
    expect(outer).toBeTruthy();
    // The quoted post has its own text, author row and time, inside the outer article.
    expect(outer.querySelectorAll('[data-testid="tweetText"]')).toHaveLength(2);
    expect(outer.querySelectorAll('[data-testid="User-Name"]')).toHaveLength(2);
    const d = xAdapter.read(outer);
    expect(d.text).toContain('This old script is circulating again');
    expect(d.text).toContain('if you close one account we will take 10 in return');
    expect(posts.map((p) => xAdapter.read(p).id)).not.toContain(quoteEntry.quotedId);
    // Author, badge anchor and menu come from the outer post, not the quoted one.
    expect(d.author.handle).toBe('osint_watch');
    // Where the quoted post's words stand in the text, and whose they are (the panel and the evidence say so).
    expect(d.quoted, 'the quoted post').toBeDefined();
    const quotedWords = d.text.slice(d.quoted!.start, d.quoted!.end);
    expect(quotedWords).toContain('if you close one account we will take 10 in return');
    expect(quotedWords).not.toContain('This old script is circulating again');
    // The quote's author row has no links: the handle is the element reading "@…", not run on into the time.
    expect(d.quoted!.author).toEqual({ name: 'نشر | Media', handle: 'sons_cal_media' });
    const plain = posts.find((el) => el.querySelectorAll('[data-testid="tweetText"]').length === 1)!;
    expect(xAdapter.read(plain).quoted, 'a post that quotes nothing').toBeUndefined();
    expect(xAdapter.badgeAnchor(outer)).toBe(outer.querySelector('[data-testid="User-Name"]'));
    expect(xAdapter.menuButton(outer)).toBe(outer.querySelector('[data-testid="caret"]'));
    // findPosts on the quoted block itself finds nothing.
    const quoteBlock = outer.querySelector('div[role="link"][tabindex="0"]')!;
    expect(xAdapter.findPosts(quoteBlock)).toEqual([]);
  });

  it('keeps emoji by their alt text, in the text and in display names', () => {
    const posts = xAdapter.findPosts(home.document);
    const reads = posts.map((p) => xAdapter.read(p));
    expect(reads.find((r) => r.author.handle === 'BBCSport')!.text).toContain('⚽');
    expect(reads.find((r) => r.author.handle === 'marie_dlr')!.author.name).toBe('Marie 🌻');
    const bbc = posts.find((p) => xAdapter.read(p).author.handle === 'BBCSport')!;
    expect(bbc.querySelector('[data-testid="tweetText"] img[alt="⚽"]')).not.toBeNull();
  });

  it('reads a long-form X Article (no tweetText): its title and body, one paragraph per line', () => {
    document.body.innerHTML =
      '<article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="/newsdesk" role="link">Newsdesk</a>' +
      '<a href="/newsdesk/status/1900000000000000078" role="link"><time datetime="2025-03-01T10:00:00.000Z">1h</time></a></div>' +
      '<div data-testid="twitterArticleReadView"><div data-testid="twitter-article-title">Sons of the Caliphate Army</div>' +
      '<div data-testid="twitterArticleRichTextView"><div data-contents="true">' +
      '<div class="longform-unstyled" data-block="true"><div><span data-text="true">They said: if you close one account</span></div></div>' +
      '<div class="longform-unstyled" data-block="true"><div><span data-text="true">we will take 10 in return.</span></div></div>' +
      '</div></div></div></article>';
    const [post] = xAdapter.findPosts(document);
    const d = xAdapter.read(post!);
    expect(d.text).toBe('Sons of the Caliphate Army\nThey said: if you close one account\nwe will take 10 in return.');
    expect(xAdapter.scan(post!).text).toBe(d.text);
    expect(d.id).toBe('1900000000000000078');
  });

  it("keeps a card's t.co link as it is when the card shows only the site's domain (no path to invent)", () => {
    document.body.innerHTML =
      '<article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="/newsdesk" role="link">Newsdesk</a>' +
      '<a href="/newsdesk/status/1900000000000000077" role="link"><time datetime="2025-03-01T10:00:00.000Z">1h</time></a></div>' +
      '<div data-testid="tweetText" lang="en"><span>Read this</span></div>' +
      '<div data-testid="card.wrapper"><a href="https://t.co/AbCdEf1234" rel="noopener noreferrer nofollow" target="_blank" role="link">' +
      '<div><span>news.example.org</span></div></a></div></article>';
    const [post] = xAdapter.findPosts(document);
    expect(xAdapter.read(post!).links).toEqual(['https://t.co/AbCdEf1234']);
  });

  it('resolves t.co links from the displayed URL, keeps the card link once, skips hashtags and mentions', () => {
    const posts = xAdapter.findPosts(home.document);
    const d = xAdapter.read(posts[0]!);
    expect(posts[0]!.querySelector('[data-testid="tweetText"] a[href^="https://t.co/"]')).not.toBeNull();
    expect(posts[0]!.querySelector('[data-testid="card.wrapper"] a[href^="https://t.co/"]')).not.toBeNull();
    expect(d.links).toEqual(['https://www.lemonde.fr/planete/article/2025/11/27/tempete-vigilance-orange-vents-violents_6512345_3244.html']);
    // The hidden URL parts are not part of the displayed text.
    expect(d.text.endsWith('lemonde.fr/planete/article')).toBe(true);
    const bbc = xAdapter.read(posts[1]!);
    expect(bbc.links).toEqual([]);
    expect(bbc.text).toContain('@Arsenal');
    expect(bbc.text).toContain('#ARSCHE');
  });

  it('keeps a t.co URL when the page does not show where it goes', () => {
    const { document } = open('home');
    const el = xAdapter.findPosts(document)[1]!;
    const text = el.querySelector('[data-testid="tweetText"]')!;
    const a = document.createElement('a');
    a.setAttribute('href', 'https://t.co/AbCdEf1234');
    a.textContent = 'this article';
    text.appendChild(a);
    expect(xAdapter.read(el).links).toEqual(['https://t.co/AbCdEf1234']);
    // Media links shown as pic.x.com are X's own, not outbound.
    const pic = document.createElement('a');
    pic.setAttribute('href', 'https://t.co/PiCtUrE123');
    pic.textContent = 'pic.x.com/abc123';
    text.appendChild(pic);
    expect(xAdapter.read(el).links).toEqual(['https://t.co/AbCdEf1234']);
  });

  it('fingerprint changes when the node is recycled for another post or "Show more" expands, not when our badge is added', () => {
    const { document } = open('home');
    const posts = xAdapter.findPosts(document);
    const el = posts[2]!;
    const fp0 = xAdapter.scan(el).fp;
    expect(xAdapter.scan(el).fp).toBe(fp0);

    // Our own badge inside the author row changes nothing.
    const badge = document.createElement('firebreak-badge');
    badge.textContent = 'Flagged';
    el.querySelector('[data-testid="User-Name"]')!.appendChild(badge);
    expect(xAdapter.scan(el).fp).toBe(fp0);
    expect(xAdapter.read(el).author.name).toBe('Amina | مطبخ أمينة');

    // Recycled: the same article shows another post (ids, text).
    const link = el.querySelector('a[href*="/status/"]:has(time)')!;
    link.setAttribute('href', '/someone/status/1999999999999999999');
    const text = el.querySelector('[data-testid="tweetText"]')!;
    const span = document.createElement('span');
    span.textContent = 'Another post entirely';
    text.replaceChildren(span);
    const fp1 = xAdapter.scan(el).fp;
    expect(fp1).not.toBe(fp0);
    expect(xAdapter.read(el).id).toBe('1999999999999999999');
    expect(xAdapter.read(el).text).toBe('Another post entirely');

    // Same id, text grows in place ("Show more").
    const more = posts.find((p) => p.querySelector('[data-testid="tweet-text-show-more-link"]'))!;
    const fpMore = xAdapter.scan(more).fp;
    const entry = home.page.posts.find((p) => p.showMore)!;
    expect(xAdapter.read(more).text).toBe(entry.text);
    more.querySelector('[data-testid="tweet-text-show-more-link"]')!.remove();
    const tail = document.createElement('span');
    tail.textContent = ' the bakery employs four people';
    more.querySelector('[data-testid="tweetText"]')!.appendChild(tail);
    expect(xAdapter.scan(more).fp).not.toBe(fpMore);
    expect(xAdapter.read(more).text).toBe(entry.text + ' the bakery employs four people');
  });

  it('finds posts inside a subtree root and the root itself', () => {
    const posts = xAdapter.findPosts(home.document);
    const cell = posts[3]!.closest('[data-testid="cellInnerDiv"]')!;
    expect(xAdapter.findPosts(cell)).toEqual([posts[3]]);
    expect(xAdapter.findPosts(posts[3]!)).toEqual([posts[3]]);
    expect(xAdapter.findPosts(posts[3]!.querySelector('[data-testid="tweetText"]')!)).toEqual([]);
    // Non-post cells (who to follow) are not containers.
    const userCell = home.document.querySelector('[data-testid="UserCell"]')!.closest('[data-testid="cellInnerDiv"]')!;
    expect(xAdapter.findPosts(userCell)).toEqual([]);
  });

  it('an ad has no <time>: its own status link (analytics) still gives the id', () => {
    const { document } = open('profile');
    const el = xAdapter.findPosts(document)[2]!;
    const want = xAdapter.read(el).id;
    for (const t of Array.from(el.querySelectorAll('time'))) t.replaceWith(document.createTextNode('Ad'));
    expect(xAdapter.read(el).id).toBe(want);
    expect(xAdapter.postId!(el)).toBe(want);
  });

  it('falls back to a content hash id when the permalink is missing', () => {
    const { document } = open('profile');
    const el = xAdapter.findPosts(document)[2]!;
    // No status link at all (the time link and the analytics link both lost their href).
    for (const a of Array.from(el.querySelectorAll('a[href*="/status/"]'))) a.removeAttribute('href');
    const d = xAdapter.read(el);
    expect(d.id).toMatch(/^h:[0-9a-z]+$/);
    expect(d.url).toBeNull();
    expect(d.author.handle).toBe('camille_rx');
  });
});

describe('X status page', () => {
  it('marks replies under the focused post as comments, the focused post is not one', () => {
    const { document, page } = open('status');
    const posts = xAdapter.findPosts(document);
    const reads = posts.map((p) => xAdapter.read(p));
    expect(reads[0]!.isComment).toBe(false);
    expect(posts[0]!.getAttribute('tabindex')).toBe('-1');
    expect(reads.slice(1).every((r) => r.isComment)).toBe(true);
    expect(reads[0]!.url).toBe(page.url);
    // Focused post: time sits under the text, its permalink still found.
    expect(reads[0]!.time).toBe('2025-11-26T05:09:00.000Z');
  });
});

describe('X markup the fixtures do not hold', () => {
  /** A tweet as X renders its hooks: User-Name with name and handle links, the permalink around <time>, the text. */
  const tweet = (handle: string, id: string, text: string, o: { focused?: boolean; lang?: string; name?: string } = {}) =>
    `<article role="article" data-testid="tweet"${o.focused ? ' tabindex="-1"' : ' tabindex="0"'}>` +
    `<div data-testid="User-Name"><a href="/${handle}" role="link"><span>${o.name ?? handle}</span></a>` +
    `<a href="/${handle}" role="link" tabindex="-1"><span>@${handle}</span></a><span aria-hidden="true">·</span>` +
    `<a href="/${handle}/status/${id}" role="link"><time datetime="2026-11-26T10:00:00.000Z">Nov 26</time></a></div>` +
    (text ? `<div data-testid="tweetText" lang="${o.lang ?? 'en'}" dir="auto"><span>${text}</span></div>` : '') +
    `</article>`;
  const cell = (inner: string) => `<div data-testid="cellInnerDiv"><div><div>${inner}</div></div></div>`;
  const heading = (words: string) => cell(`<div><h2 role="heading" aria-level="2"><span>${words}</span></h2></div>`);

  const withColumn = <T>(url: string, html: string, f: (doc: Document) => T): Promise<T> =>
    withPage(url, `<main role="main"><div data-testid="primaryColumn"><section role="region"><div>${html}</div></section></div></main>`, f);

  it('a status page: replies are comments, the posts under "Discover more" are not', async () => {
    const html =
      cell(tweet('amira', '100', 'The post', { focused: true })) +
      cell(tweet('bob', '101', 'A reply')) +
      cell(tweet('carol', '102', 'Another reply')) +
      heading('Discover more') +
      cell(tweet('dan', '103', 'Recommended post'));
    const got = await withColumn('https://x.com/amira/status/100', html, (doc) =>
      xAdapter.findPosts(doc).map((el) => [xAdapter.read(el).id, xAdapter.read(el).isComment]),
    );
    expect(got).toEqual([['100', false], ['101', true], ['102', true], ['103', false]]);
  });

  it('a status page scrolled past its post (the virtual list dropped it): replies stay comments', async () => {
    const html = cell(tweet('carol', '102', 'A reply')) + heading('Discover more') + cell(tweet('dan', '103', 'Recommended post'));
    const got = await withColumn('https://x.com/amira/status/100', html, (doc) => xAdapter.findPosts(doc).map((el) => xAdapter.read(el).isComment));
    expect(got).toEqual([true, false]);
    // A photo opened from the home timeline: the timeline's posts under it are no replies.
    const home = cell(tweet('bob', '101', 'A post')) + cell(tweet('carol', '102', 'Another post'));
    const overHome = await withColumn('https://x.com/amira/status/100/photo/1', home, (doc) => xAdapter.findPosts(doc).map((el) => xAdapter.read(el).isComment));
    expect(overHome).toEqual([false, false]);
  });

  it('an official account whose handle is also a path of X (@premium) is read by its handle link', async () => {
    const d = await withColumn('https://x.com/home', cell(tweet('premium', '200', 'New features', { name: 'Premium' })), (doc) =>
      xAdapter.read(xAdapter.findPosts(doc)[0]!),
    );
    expect(d.author).toEqual({ name: 'Premium', handle: 'premium', profileUrl: 'https://x.com/premium' });
  });

  it("lang is the post's own: none for media alone quoting a French post, none for X's no-language codes", async () => {
    const quoting =
      `<article role="article" data-testid="tweet" tabindex="0"><div data-testid="User-Name"><a href="/bob" role="link"><span>bob</span></a></div>` +
      `<a href="/bob/status/301" role="link"><time datetime="2026-11-26T10:00:00.000Z">Nov 26</time></a>` +
      `<div role="link" tabindex="0"><div data-testid="User-Name"><span>Amira</span><span>@amira</span></div>` +
      `<div data-testid="tweetText" lang="fr" dir="auto"><span>Bonjour à tous</span></div></div></article>`;
    const langs = await withColumn('https://x.com/home', cell(quoting) + cell(tweet('carol', '302', '🔥🔥', { lang: 'qme' })), (doc) =>
      xAdapter.findPosts(doc).map((el) => xAdapter.read(el).lang),
    );
    expect(langs).toEqual([null, null]);
  });

  it('a notification row added to a page of posts is no post when found in its own cell, as in a whole-page search', async () => {
    const notification = cell(`<article role="article" data-testid="notification"><div><span>Amira liked your post</span></div></article>`);
    await withColumn('https://x.com/home', cell(tweet('amira', '400', 'A post')) + notification, (doc) => {
      const cells = Array.from(doc.querySelectorAll('[data-testid="cellInnerDiv"]'));
      expect(xAdapter.findPosts(doc)).toHaveLength(1);
      expect(xAdapter.findPosts(cells[1]!)).toEqual([]);
      expect(xAdapter.findPosts(cells[0]!)).toHaveLength(1);
    });
  });
});

describe('X never forces layout', () => {
  it('reads every page without innerText, getBoundingClientRect, offset sizes or computed style', () => {
    for (const page of xPages) {
      const l = open(page.key);
      const w = l.window as unknown as Window & typeof globalThis;
      const boom = () => {
        throw new Error('layout read');
      };
      for (const prop of ['innerText', 'offsetHeight', 'offsetWidth', 'offsetTop', 'clientHeight', 'scrollHeight']) {
        Object.defineProperty(w.HTMLElement.prototype, prop, { get: boom, configurable: true });
      }
      w.Element.prototype.getBoundingClientRect = boom as never;
      w.Element.prototype.getClientRects = boom as never;
      w.getComputedStyle = boom as never;
      const posts = xAdapter.findPosts(l.document);
      expect(posts, `${page.key}: every post found with layout reads refused`).toHaveLength(page.posts.length);
      for (const el of posts) {
        expect(xAdapter.read(el).id, page.key).toBeTruthy();
        xAdapter.scan(el);
        xAdapter.badgeAnchor(el);
        xAdapter.menuButton(el);
      }
    }
  });
});

describe('X selector overrides', () => {
  it('uses the overrides first and keeps the built-ins as fallback', () => {
    const { document } = open('status');
    const custom = xAdapter.withSelectors({ post: ['article[data-testid="tweet"][tabindex="-1"]'] });
    expect(custom.selectors.post![0]).toBe('article[data-testid="tweet"][tabindex="-1"]');
    expect(custom.selectors.post!.slice(1)).toEqual(X_SELECTORS.post);
    expect(custom.findPosts(document)).toHaveLength(1);

    const broken = xAdapter.withSelectors({ post: ['[data-never-there]'] });
    expect(broken.findPosts(document)).toHaveLength(6);
    expect(createXAdapter({ post: ['[data-never-there]'] }).findPosts(document)).toHaveLength(6);
  });

  it('a renamed hook is repaired by a profile entry', () => {
    const { document } = open('search');
    for (const el of Array.from(document.querySelectorAll('[data-testid="tweetText"]'))) el.setAttribute('data-testid', 'postText');
    const posts = xAdapter.findPosts(document);
    expect(xAdapter.read(posts[0]!).text).toBe('');
    const repaired = xAdapter.withSelectors({ text: ['[data-testid="postText"]'] });
    expect(repaired.read(posts[0]!).text).toContain('battle of Marj Dabiq');
    expect(repaired.read(posts[0]!).lang).toBe('en');
  });
});

describe('X pages that should hold posts', () => {
  const cases: [string, boolean][] = [
    ['https://x.com/home', true],
    ['https://x.com/search?q=dabiq&src=typed_query', true],
    ['https://x.com/hashtag/UCL', true],
    ['https://x.com/camille_rx', true],
    ['https://x.com/camille_rx/with_replies', true],
    ['https://x.com/camille_rx/media', false],
    ['https://x.com/ansar_x_0216/status/1993776202834477056', true],
    ['https://twitter.com/ansar_x_0216/status/1993776202834477056/photo/1', true],
    ['https://x.com/i/lists/1234567890', true],
    ['https://x.com/i/bookmarks', true],
    ['https://mobile.x.com/home', true],
    ['https://x.com/', false],
    ['https://x.com/settings/account', false],
    ['https://x.com/messages', false],
    ['https://x.com/messages/123-456', false],
    ['https://x.com/notifications', false],
    ['https://x.com/explore', false],
    ['https://x.com/i/flow/login', false],
    ['https://x.com/camille_rx/followers', false],
    ['https://x.com/camille_rx/lists', false],
    ['https://x.com/notifications/mentions', true],
    ['https://x.com/i/trending/1993776202834477056', true],
    ['https://x.com/i/lists/1234567890/members', false],
    ['https://x.com/ansar_x_0216/status/1993776202834477056/retweets', false],
    ['https://x.com/ansar_x_0216/status/1993776202834477056/likes', false],
    ['https://x.com/ansar_x_0216/status/1993776202834477056/quotes', true],
    ['https://x.com/search?q=dabiq&f=user', false],
    ['https://x.com/search?q=dabiq&f=list', false],
    ['https://x.com/search?q=dabiq&f=media', false],
    ['https://x.com/search?q=dabiq&f=live', true],
    ['https://x.com/i/communities/1234567890/about', false],
  ];
  for (const [url, want] of cases) {
    it(`${url} → ${want}`, () => {
      expect(xAdapter.pageExpectsPosts(new URL(url))).toBe(want);
    });
  }
});

describe('selector tables are data without hashed classes or localised text', () => {
  // Hashed class names: Facebook x1abcde, X css-… and r-1awozwy (a class of its own, not the end of a word).
  const HASHED = /\bx[0-9a-z]{5,}\b|\bcss-|(?<![\w-])r-[0-9a-z]{5,}/;
  for (const [name, table] of [
    ['X', X_SELECTORS],
    ['Facebook', FACEBOOK_SELECTORS],
  ] as const) {
    it(`${name}: every entry is a non-empty ordered list of valid selectors`, () => {
      for (const [key, list] of Object.entries(table)) {
        expect(Array.isArray(list), key).toBe(true);
        expect(list.length, key).toBeGreaterThan(0);
        for (const sel of list) {
          expect(sel, `${key}: ${sel}`).not.toMatch(HASHED);
          // Localised labels are never hooks: no aria-label, title, alt or placeholder values, no text matching.
          expect(sel, `${key}: ${sel}`).not.toMatch(/\[(aria-label|title|alt|placeholder)\s*[~|^$*]?=|:contains|:has-text/);
          expect(() => document.createDocumentFragment().querySelector(sel), `${key}: ${sel}`).not.toThrow();
        }
      }
    });
  }
});
