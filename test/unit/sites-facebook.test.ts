// @vitest-environment happy-dom
// Facebook adapter against the saved Facebook fixture pages (test/fixtures/sites/facebook/*.html, expected.json).

import { Window as HappyWindow } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { createFacebookAdapter, facebookAdapter, fbPostIdFromUrl, canonicalFbUrl } from '../../lib/sites/facebook';
import { FACEBOOK_SELECTORS } from '../../lib/sites/selectors-facebook';
import { applyMark, clearAllMarks, ATTR_BLUR, ATTR_TEXT } from '../../lib/content/marks';
import { pageCss } from '../../lib/content/page-style';
import { expectedPage, expectedPages, loadPage, type ExpectedPage } from '../fixtures/sites/load';

type Loaded = ReturnType<typeof loadPage> & { page: ExpectedPage };
const loaded: Loaded[] = [];
function open(key: string): Loaded {
  const page = expectedPage('facebook', key);
  const l = { ...loadPage(page), page };
  loaded.push(l);
  return l;
}
afterAll(async () => {
  for (const l of loaded) await l.close();
});

const fbPages = expectedPages().filter((p) => p.site === 'facebook');
const ad = facebookAdapter;

/** What fb-page.js does: fill the timestamp href when the pointer or focus reaches it. */
function installHoverFill(l: Loaded): void {
  const hrefs = new Map<string, string>();
  const data = JSON.parse(l.document.getElementById('__fixture_data')!.textContent!) as { ts: Record<string, { href: string }> };
  for (const [id, v] of Object.entries(data.ts)) hrefs.set(id, v.href);
  const fill = (ev: Event) => {
    const a = (ev.target as Element).closest?.('a');
    const span = a?.closest('span[id]');
    const href = span && hrefs.get(span.id);
    if (a && href && (!a.getAttribute('href') || a.getAttribute('href') === '#')) setTimeout(() => a.setAttribute('href', href), 5);
  };
  l.document.addEventListener('mouseover', fill, true);
  l.document.addEventListener('focusin', fill, true);
}

describe('Facebook fixtures: every container found and read', () => {
  for (const page of fbPages) {
    it(`${page.key} (${page.path}): ${page.posts.length} containers, fields as expected`, () => {
      const { document } = open(page.key);
      const posts = ad.findPosts(document);
      expect(posts).toHaveLength(page.posts.length);
      posts.forEach((el, i) => {
        const e = page.posts[i]!;
        const d = ad.read(el);
        // The scanner's one-pass read agrees with the full read; Facebook's fingerprint holds the author, so the
        // scanner never asks it for the id again (SiteAdapter.postId).
        expect(ad.scan(el).text, `#${i} scan`).toBe(d.text);
        expect(ad.postId, 'no postId').toBeUndefined();
        expect(d.site).toBe('facebook');
        if (e.idBeforeHover) {
          expect(d.id, `#${i} id`).toBe(e.idBeforeHover);
          expect(d.url, `#${i} url`).toBe(e.url);
        } else {
          expect(d.id, `#${i} id (content hash before hover)`).toMatch(/^h:(\d+\.)?[0-9a-z]+$/);
          expect(d.url, `#${i} url before hover`).toBeNull();
        }
        expect(d.author, `#${i} author`).toEqual(e.author);
        expect(d.text, `#${i} text`).toBe(e.text);
        expect(d.lang, `#${i} lang`).toBe(e.lang);
        expect(d.links, `#${i} links`).toEqual(e.links);
        expect(d.isComment, `#${i} isComment`).toBe(e.isComment);
        expect(d.time).toBeNull();
        // Facebook gives no machine-readable time: the timestamp link's words, as shown ("45 min", "3 h", "2 j"). A
        // reel's page shows none (its post has no timestamp link).
        if (e.isComment || e.timestampHref) {
          if (e.text) expect(d.timeShown, `#${i} time as shown`).toMatch(/^\d+ (min|h|j)$/);
        } else {
          expect(d.timeShown, `#${i} no time shown`).toBeUndefined();
        }
      });
      expect(ad.pageExpectsPosts(new URL(page.url))).toBe(page.expectsPosts);
    });
  }
});

describe('Facebook containers', () => {
  it('takes the post inside each feed unit: the nearest element holding both author and message', () => {
    const { document, page } = open('feed');
    const posts = ad.findPosts(document).filter((el) => !ad.read(el).isComment);
    expect(posts).toHaveLength(page.posts.filter((p) => !p.isComment).length);
    for (const [i, el] of posts.entries()) {
      const e = page.posts.filter((p) => !p.isComment)[i]!;
      const unit = el.closest('[aria-posinset]');
      expect(unit, `post ${i} inside a feed unit`).not.toBeNull();
      if (e.containerIsUnit) {
        expect(el.hasAttribute('aria-posinset')).toBe(true);
        continue;
      }
      expect(el.querySelector('[data-ad-rendering-role="profile_name"]')).not.toBeNull();
      expect(el.querySelector('[data-ad-rendering-role="story_message"]')).not.toBeNull();
      // Nearest: no child of the container holds both.
      for (const child of Array.from(el.children)) {
        expect(!!child.querySelector('[data-ad-rendering-role="profile_name"]') && !!child.querySelector('[data-ad-rendering-role="story_message"]')).toBe(false);
      }
    }
  });

  it('makes each comment its own container and keeps comment text out of the post text', () => {
    const { document, page } = open('feed');
    const posts = ad.findPosts(document);
    const first = ad.read(posts[0]!);
    const comments = page.posts.filter((p) => p.isComment && p.parentId === page.posts[0]!.id);
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) expect(first.text).not.toContain(c.text);
    const commentEls = posts.filter((el) => el.getAttribute('role') === 'article');
    expect(commentEls.length).toBe(page.posts.filter((p) => p.isComment).length);
  });

  it('reads a reply nested inside its parent comment as its own container, excluded from the parent text', () => {
    const { document, page } = open('post');
    const posts = ad.findPosts(document);
    const reply = page.posts.find((p) => p.nestedInParent)!;
    const parent = page.posts.find((p) => p.id === reply.parentId)!;
    const parentEl = posts.find((el) => ad.read(el).id === parent.id)!;
    const replyEl = posts.find((el) => ad.read(el).id === reply.id)!;
    expect(parentEl.contains(replyEl)).toBe(true);
    expect(ad.read(parentEl).text).toBe(parent.text);
    expect(ad.read(parentEl).text).not.toContain(reply.text);
    expect(ad.read(replyEl).url).toBe(reply.url);
    expect(reply.url).toContain('reply_comment_id=');
    // Menu and badge of the parent are its own, not the reply's.
    expect(replyEl.contains(ad.menuButton(parentEl)!)).toBe(false);
    expect(ad.menuButton(replyEl)).not.toBeNull();
  });

  it('uses the page URL for the post of a single-post page, and decodes base64 comment ids', () => {
    const { document, page } = open('post');
    const reads = ad.findPosts(document).map((el) => ad.read(el));
    expect(reads[0]!.id).toBe(page.posts[0]!.id);
    expect(reads[0]!.url).toBe(page.url);
    const b64 = reads.find((r) => r.url?.includes('comment_id=Y29tbWVudD'));
    expect(b64).toBeTruthy();
    expect(b64!.id).toBe('2233445566778804');
  });

  it('a "People you may know" unit added to a feed of posts is no post when found in its own subtree', async () => {
    const head = (name: string, handle: string) =>
      `<div data-ad-rendering-role="profile_name"><h2><a role="link" href="https://www.facebook.com/${handle}">${name}</a></h2></div>`;
    const unit = `<div aria-posinset="1"><div class="card">${head('Sarah Martin', 'sarah.martin.5421')}<div data-ad-rendering-role="story_message"><div dir="auto">Bonjour</div></div></div></div>`;
    const pymk = `<div aria-posinset="2"><div><span>People you may know</span><div><h4><a role="link" href="https://www.facebook.com/julie.petit.9">Julie Petit</a></h4><div role="button">Add friend</div></div></div></div>`;
    const window = new HappyWindow({ url: 'https://www.facebook.com/' });
    window.document.body.innerHTML = `<div role="main"><div role="feed">${unit}${pymk}</div></div>`;
    const doc = window.document as unknown as Document;
    expect(facebookAdapter.findPosts(doc).map((el) => facebookAdapter.read(el).author.name)).toEqual(['Sarah Martin']);
    expect(facebookAdapter.findPosts(doc.querySelector('[aria-posinset="2"]')!)).toEqual([]);
    await window.happyDOM.close();
  });

  it("a dialog opened over the feed (a photo, a post) gives the page URL to its own post, never to the feed's first", async () => {
    const head = (name: string, handle: string, href: string) =>
      `<div data-ad-rendering-role="profile_name"><h2><a role="link" href="https://www.facebook.com/${handle}">${name}</a></h2></div>` +
      `<span><a role="link" href="${href}">3 h</a></span>`;
    const msg = (t: string) => `<div data-ad-rendering-role="story_message"><div dir="auto">${t}</div></div>`;
    const feedUnit = (pos: number, name: string, handle: string, t: string) =>
      `<div aria-posinset="${pos}" aria-describedby="m${pos}"><div class="card">${head(name, handle, '#')}${msg(t)}</div></div>`;
    const page = `<div role="main"><div role="feed">${feedUnit(1, 'Sarah Martin', 'sarah.martin.5421', 'Premier message du fil')}${feedUnit(2, 'Le Monde', 'lemonde.fr', 'Second message')}</div></div>`;
    const dialog = `<div role="dialog"><div class="card">${head('Le Monde', 'lemonde.fr', '#')}${msg('Second message')}</div></div>`;
    for (const url of ['https://www.facebook.com/photo/?fbid=1029384756102938&set=pcb.5566778899', 'https://www.facebook.com/lemonde.fr/posts/1029384756102938']) {
      const window = new HappyWindow({ url });
      window.document.body.innerHTML = page + dialog;
      const reads = facebookAdapter.findPosts(window.document as unknown as Document).map((el) => facebookAdapter.read(el));
      expect(reads.map((r) => r.author.name)).toEqual(['Sarah Martin', 'Le Monde', 'Le Monde']);
      expect(reads[0]!.url, url).toBeNull();
      expect(reads[0]!.id).toMatch(/^h:/);
      expect(reads[1]!.url).toBeNull();
      expect(reads[2]!.id, url).toBe('1029384756102938');
      expect(reads[2]!.url).toContain('1029384756102938');
      await window.happyDOM.close();
    }
  });

  it('a comment without a profile link of its own is not given to someone it mentions', () => {
    const comment = (who: string) =>
      `<div role="article" aria-label="Comment"><div>${who}</div>` +
      `<span lang="fr" dir="auto"><div dir="auto" style="text-align: start;"><a role="link" href="https://www.facebook.com/marie.curie.7?comment_id=777">Marie Curie</a> ment, encore</div></span></div>`;
    document.body.innerHTML =
      `<div role="feed"><div aria-posinset="1"><div class="card"><div data-ad-rendering-role="profile_name"><h2><a role="link" href="https://www.facebook.com/groups/4512">Parents de Belleville</a></h2></div>` +
      `<div data-ad-rendering-role="story_message"><div dir="auto">Réunion demain</div></div></div>` +
      comment('<span>Participant anonyme 412</span>') +
      comment('<a role="link" href="https://www.facebook.com/jean.dupont"><span>Jean Dupont</span></a>') +
      `</div></div>`;
    const comments = facebookAdapter.findPosts(document).filter((el) => facebookAdapter.read(el).isComment);
    expect(comments).toHaveLength(2);
    const [anon, named] = comments.map((el) => facebookAdapter.read(el));
    expect(anon!.text).toBe('Marie Curie ment, encore');
    expect(anon!.author.name).not.toBe('Marie Curie');
    expect(anon!.author.handle).toBeNull();
    expect(named!.author.name).toBe('Jean Dupont');
    expect(named!.author.handle).toBe('jean.dupont');
  });

  it('uses [aria-describedby] units where aria-posinset is missing', () => {
    const { document, page } = open('feed');
    for (const el of Array.from(document.querySelectorAll('[aria-posinset]'))) el.removeAttribute('aria-posinset');
    const posts = ad.findPosts(document);
    expect(posts).toHaveLength(page.posts.length);
    const i = page.posts.findIndex((p) => p.containerIsUnit);
    expect(posts[i]!.hasAttribute('aria-describedby')).toBe(true);
    expect(ad.read(posts[i]!).id).toBe(page.posts[i]!.id);
    const hashed = ad.read(posts[0]!);
    expect(hashed.id).toMatch(/^h:[0-9a-z]+$/);
  });

  it('finds containers inside a subtree root and the root itself', () => {
    const { document } = open('group');
    const posts = ad.findPosts(document);
    const unit = posts[2]!.closest('[aria-posinset]')!;
    const inUnit = ad.findPosts(unit);
    expect(inUnit[0]).toBe(posts[2]);
    expect(inUnit.slice(1).every((el) => el.getAttribute('role') === 'article')).toBe(true);
    expect(ad.findPosts(posts[2]!)).toEqual([posts[2]]);
    const comment = inUnit[1]!;
    expect(ad.findPosts(comment)).toEqual([comment]);
    expect(ad.findPosts(posts[2]!.querySelector('[data-ad-rendering-role="story_message"]')!)).toEqual([]);
  });
});

describe('Facebook shared posts and messages without a marker', () => {
  const SHARED = 'https://www.facebook.com/OriginalPage/posts/pfbid02abcDEFghiJKLmnoPQRstuVWXyz123456789abcdefGHIjklMNl';
  const para = (t: string) => `<div dir="auto" style="text-align: start;">${t}</div>`;
  /** A feed unit: the sharer's header with a timestamp not filled in yet, its message (if any), the shared post. */
  function feed(outerMessage: string, shared: string): Element {
    document.body.innerHTML =
      `<div role="feed"><div aria-posinset="2" aria-describedby="d2"><div class="card">` +
      `<div class="head"><div data-ad-rendering-role="profile_name"><h2><a role="link" href="https://www.facebook.com/tom.leroy">Tom Leroy</a></h2></div>` +
      `<span><a role="link" href="#" aria-label="3 h">3 h</a></span></div>${outerMessage}${shared}</div></div></div>`;
    const posts = facebookAdapter.findPosts(document);
    expect(posts).toHaveLength(1);
    return posts[0]!;
  }
  const sharedPost = (marker: string, text: string) =>
    `<div class="attachment"><div class="head"><div data-ad-rendering-role="profile_name"><h4><a role="link" href="https://www.facebook.com/OriginalPage">Original Page</a></h4></div>` +
    `<span><a role="link" href="${SHARED}?__cft__[0]=AZx&amp;__tn__=%2CO%2CP-R">5 h</a></span></div><div ${marker}>${para(text)}</div></div>`;

  it("reads a shared post's text with the post's own, whatever marker each message carries", () => {
    const post = feed(`<div data-ad-rendering-role="story_message">${para('Regardez ça')}</div>`, sharedPost('data-ad-comet-preview="message"', 'Le texte partagé'));
    const d = facebookAdapter.read(post);
    expect(d.text).toBe('Regardez ça\nLe texte partagé');
    expect(d.author.name).toBe('Tom Leroy');
  });

  it("a share without words of its own keeps the sharer's identity, not the shared post's permalink", () => {
    const post = feed('', sharedPost('data-ad-comet-preview="message"', 'Si vous fermez un de nos comptes, nous en prendrons dix en échange'));
    const d = facebookAdapter.read(post);
    expect(d.text).toBe('Si vous fermez un de nos comptes, nous en prendrons dix en échange');
    expect(d.author.name).toBe('Tom Leroy');
    expect(d.url).toBeNull();
    expect(d.id).toMatch(/^h:/);
    expect(d.id).not.toContain('pfbid02abc');
  });

  it('a post without a permalink keeps its id at another feed position (a reload, "Most recent"): a dismissal under it holds', () => {
    const unit = (pos: number) =>
      `<div aria-posinset="${pos}"><div class="card"><div class="head"><div data-ad-rendering-role="profile_name"><h2>` +
      `<a role="link" href="https://www.facebook.com/tom.leroy">Tom Leroy</a></h2></div><span><a role="link" href="#">3 h</a></span></div>` +
      `<div data-ad-comet-preview="message">${para('Nous en prendrons dix en échange')}</div></div></div>`;
    document.body.innerHTML = `<div role="feed">${unit(1)}</div>`;
    const first = facebookAdapter.read(facebookAdapter.findPosts(document)[0]!).id;
    document.body.innerHTML = `<div role="feed"><div aria-posinset="1"><div class="card">x</div></div><div aria-posinset="2"></div>${unit(3)}</div>`;
    const moved = facebookAdapter.findPosts(document).map((el) => facebookAdapter.read(el)).find((d) => d.author.name === 'Tom Leroy')!;
    expect(moved.id).toBe(first);
  });

  it("two shares of one video without words of their own get their own ids, not the video's", () => {
    const unit = (pos: number, name: string, handle: string) =>
      `<div aria-posinset="${pos}"><div class="card"><div class="head"><div data-ad-rendering-role="profile_name"><h2>` +
      `<a role="link" href="https://www.facebook.com/${handle}">${name}</a></h2></div><span><a role="link" href="#">3 h</a></span></div>` +
      `<div class="attachment"><a role="link" href="https://www.facebook.com/OriginalMedia/videos/1234567890123456/"><div>video</div></a>` +
      `<a role="link" href="https://www.facebook.com/OriginalMedia">Original Media</a>` +
      `<div data-ad-comet-preview="message">${para('Ils cachent la vérité')}</div></div></div></div>`;
    document.body.innerHTML = `<div role="feed">${unit(3, 'Tom Leroy', 'tom.leroy')}${unit(4, 'Inès Roy', 'ines.roy')}</div>`;
    const [a, b] = facebookAdapter.findPosts(document).map((el) => facebookAdapter.read(el));
    expect(a!.id).not.toBe(b!.id);
    for (const d of [a!, b!]) {
      expect(d.id).toMatch(/^h:/);
      expect(d.url).toBeNull();
    }
    expect(a!.author.name).toBe('Tom Leroy');
    expect(b!.author.name).toBe('Inès Roy');
  });

  it('keeps the id of a post whose text "See more" expands in place (a dismissal must hold)', () => {
    const long = 'Si vous fermez un de nos comptes, nous en prendrons dix en échange et vos noms seront oubliés une fois que nous aurons effacé vos sites';
    const post = feed(`<div data-ad-rendering-role="story_message">${para(long.slice(0, 90) + '… <div role="button">En voir plus</div>')}</div>`, '');
    const before = facebookAdapter.read(post);
    const fpBefore = facebookAdapter.scan(post).fp;
    post.querySelector('[data-ad-rendering-role="story_message"]')!.innerHTML = para(long);
    const after = facebookAdapter.read(post);
    expect(after.text).toBe(long);
    expect(before.text).not.toBe(after.text);
    expect(after.id).toBe(before.id);
    // The fingerprint follows the text, so the expanded words are matched again.
    expect(facebookAdapter.scan(post).fp).not.toBe(fpBefore);
  });

  it("an own reel whose caption mentions someone keeps the reel's id; a link card's text is not the post's words", () => {
    const reel =
      `<div class="media"><a role="link" href="https://www.facebook.com/reel/987654321012345/?s=fb_shorts_tab"><video></video></a></div>` +
      `<div data-ad-rendering-role="story_message">${para('Mon reel avec <a role="link" href="https://www.facebook.com/julie.petit">Julie Petit</a>')}</div>`;
    expect(facebookAdapter.read(feed('', reel)).id).toBe('987654321012345');
    const card =
      `<div class="attachment"><a role="link" href="https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example.org%2Fa">` +
      `<div data-ad-rendering-role="title">${para('Titre de l’article')}</div><div data-ad-rendering-role="description">${para('Description de l’article')}</div></a></div>`;
    expect(facebookAdapter.read(feed('', card)).text).toBe('');
  });

  it('two posts of one author that open alike but say different things keep different ids (an ellipsis inside the text counts)', () => {
    const a = facebookAdapter.read(feed(`<div data-ad-rendering-role="story_message">${para('Encore… une belle journée au marché')}</div>`, ''));
    const b = facebookAdapter.read(feed(`<div data-ad-rendering-role="story_message">${para('Encore… nous en prendrons dix en échange')}</div>`, ''));
    expect(a.id).not.toBe(b.id);
  });

  it('reads the paragraphs of a message that carries no marker, not the header', () => {
    const post = feed(`<div dir="auto">${para('Texte sans crochet de message')}${para('Deuxième paragraphe')}</div>`, '');
    expect(facebookAdapter.read(post).text).toBe('Texte sans crochet de message\nDeuxième paragraphe');
    expect(facebookAdapter.scan(post).text).toBe('Texte sans crochet de message\nDeuxième paragraphe');
  });
});

describe('Facebook video and reel pages (saved)', () => {
  it('a Watch video: the caption is the post; the suggested videos, the player and the counts are no post and no words of one', () => {
    const { document, page } = open('watch');
    const reads = ad.findPosts(document).map((el) => ad.read(el));
    const words = reads.map((d) => d.text).join('\n');
    const titles = Array.from(document.querySelectorAll('[role="main"] a[aria-label][href*="/watch/?v="]'), (a) => a.getAttribute('aria-label')!);
    expect(titles.length).toBeGreaterThan(2);
    for (const t of [...titles, 'Vidéos suggérées', '48 k vues', '0:00', 'Suivre', '312 commentaires']) expect(words, t).not.toContain(t);
    expect(reads.filter((d) => !d.isComment).map((d) => d.id)).toEqual([page.posts[0]!.id]);
  });

  it('"Voir plus" under a Watch video expands the caption in place: the whole caption is read, under the same id', () => {
    const { document, page } = open('watch');
    const post = ad.findPosts(document).find((el) => !ad.read(el).isComment)!;
    const before = ad.read(post);
    const fp = ad.scan(post).fp;
    // As fb-page.js does: the caption's words replaced by the whole caption.
    const data = JSON.parse(document.getElementById('__fixture_data')!.textContent!) as { media: { expanded: string } };
    const more = post.querySelector('span[dir="auto"] [role="button"]')!;
    more.closest('span[dir="auto"]')!.innerHTML = data.media.expanded;
    const after = ad.read(post);
    expect(after.text).toBe(page.posts[0]!.textExpanded);
    expect(after.id).toBe(before.id);
    expect(ad.scan(post).fp).not.toBe(fp);
  });

  it('with blur on, a Watch caption written as bare words is named for the blur (no text selector names it); its author, comments and feed posts are not', () => {
    const { document, page } = open('watch');
    const posts = ad.findPosts(document);
    const post = posts.find((el) => !ad.read(el).isComment)!;
    const blocks = ad.textBlocks!(post);
    expect(blocks.length).toBeGreaterThan(0);
    const caption = ad.read(post).text;
    for (const b of blocks) expect(caption).toContain((b.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40));
    for (const c of posts.filter((el) => ad.read(el).isComment)) expect(ad.textBlocks!(c)).toEqual([]);
    applyMark(post, page.posts[0]!.id, 'high', {
      dismissed: false,
      blur: true,
      lang: 'fr',
      anchor: () => ad.badgeAnchor(post),
      handlers: { onActivate: () => {} },
      textBlocks: () => ad.textBlocks!(post),
    });
    expect(post.getAttribute(ATTR_BLUR)).toBe('on');
    expect(blocks.every((b) => b.hasAttribute(ATTR_TEXT))).toBe(true);
    expect(pageCss(FACEBOOK_SELECTORS.text ?? [])).toContain(`[${ATTR_TEXT}]`);
    // Only the caption: not the author's heading, not the counts.
    expect(Array.from(post.querySelectorAll(`[${ATTR_TEXT}]`)).some((el) => el.closest('h2') !== null)).toBe(false);
    clearAllMarks(document);
    expect(document.querySelector(`[${ATTR_TEXT}]`)).toBeNull();
    // A feed's posts keep their words in text blocks: nothing more to name.
    const feed = open('feed');
    for (const el of ad.findPosts(feed.document)) expect(ad.textBlocks!(el)).toEqual([]);
  });

  it('a reel whose author is a bare link over the video: the overlay is the post, its badge there; the comment pane holds comments only', () => {
    const { document, page } = open('reel');
    const posts = ad.findPosts(document);
    const reel = posts.find((el) => !ad.read(el).isComment)!;
    expect(reel.querySelector('a[href*="/ansar.media.0216"]')).not.toBeNull();
    expect(reel.closest('[role="complementary"]')).toBeNull();
    expect(reel.contains(ad.badgeAnchor(reel))).toBe(true);
    const comments = posts.filter((el) => ad.read(el).isComment);
    expect(comments.map((el) => ad.read(el).id)).toEqual(page.posts.filter((p) => p.isComment).map((p) => p.id));
    for (const c of comments) expect(c.closest('[role="complementary"]')).not.toBeNull();
    // The audio ticker and the action counts are not the caption's.
    expect(ad.read(reel).text).not.toContain('Original audio');
  });
});

describe('Facebook reading details', () => {
  it('keeps emoji by alt text and unwraps l.facebook.com links without fbclid', () => {
    const { document } = open('page');
    const posts = ad.findPosts(document);
    const concert = posts.map((p) => ad.read(p)).find((r) => r.text.includes('Concert jazz'))!;
    expect(concert.text).toContain('🎷');
    expect(concert.links).toEqual(['https://www.billetweb.fr/jazz-cafe-des-arts-lyon']);
    const a = document.querySelector('a[href^="https://l.facebook.com/l.php"]')!;
    expect(a.getAttribute('href')).toContain('fbclid');
  });

  it('resolves the permalink on hover (href="#" and no href), then reads the real id', async () => {
    const l = open('feed');
    installHoverFill(l);
    const posts = ad.findPosts(l.document);
    const entries = l.page.posts;
    for (const mode of ['hash', 'none'] as const) {
      const i = entries.findIndex((p) => p.timestampHref === mode && !p.isComment && !p.idBeforeHover);
      const el = posts[i]!;
      expect(ad.read(el).url).toBeNull();
      const url = await ad.resolvePermalink(el);
      expect(url, mode).toBe(entries[i]!.url);
      expect(ad.read(el).id).toBe(entries[i]!.id);
    }
    // Filled already: no hover needed.
    const filled = entries.findIndex((p) => p.timestampHref === 'filled');
    expect(await ad.resolvePermalink(posts[filled]!)).toBe(entries[filled]!.url);
  });

  it('gives up with null when the page never fills the timestamp link', async () => {
    const l = open('group');
    const el = ad.findPosts(l.document)[1]!;
    expect(await ad.resolvePermalink(el)).toBeNull();
  });

  it('fingerprint changes when "See more" expands in place and when the unit is recycled, not for our badge', () => {
    const l = open('feed');
    const { document, page } = l;
    const posts = ad.findPosts(document);
    const i = page.posts.findIndex((p) => p.seeMore);
    const el = posts[i]!;
    const fp0 = ad.scan(el).fp;
    const badge = document.createElement('firebreak-badge');
    badge.textContent = 'Flagged';
    ad.badgeAnchor(el).appendChild(badge);
    expect(ad.scan(el).fp).toBe(fp0);
    expect(ad.read(el).author.name).toBe(page.posts[i]!.author.name);

    // See more: the control goes, the rest of the text appears in place.
    const btn = el.querySelector('[data-ad-rendering-role="story_message"] [role="button"]')!;
    const para = btn.parentElement!;
    btn.remove();
    para.lastChild!.textContent = para.lastChild!.textContent!.replace(/…$/, '');
    const expanded = page.posts[i]!.textExpanded!;
    const extra = expanded.slice(page.posts[i]!.text.length).split('\n').filter(Boolean);
    for (const line of extra) {
      const d = document.createElement('div');
      d.setAttribute('dir', 'auto');
      d.setAttribute('style', 'text-align: start;');
      d.textContent = line;
      para.parentElement!.appendChild(d);
    }
    expect(ad.scan(el).fp).not.toBe(fp0);
    expect(ad.read(el).text).toBe(expanded);

    // Recycled unit: other author, other text.
    const other = posts[0]!;
    const fp1 = ad.scan(other).fp;
    const name = other.querySelector('[data-ad-rendering-role="profile_name"] a strong span')!;
    name.textContent = 'Someone Else';
    other.querySelector('[data-ad-rendering-role="story_message"] div[dir="auto"]')!.textContent = 'A different post';
    expect(ad.scan(other).fp).not.toBe(fp1);
    expect(ad.read(other).text.startsWith('A different post')).toBe(true);
  });

  it('anchors the badge at the author block and finds the post and comment menus', () => {
    const { document } = open('feed');
    const posts = ad.findPosts(document);
    const post = posts[0]!;
    expect(ad.badgeAnchor(post).getAttribute('data-ad-rendering-role')).toBe('profile_name');
    const menu = ad.menuButton(post)!;
    expect(menu.getAttribute('aria-haspopup')).toBe('menu');
    expect(menu.closest('[role="article"]')).toBeNull();
    const comment = posts[1]!;
    expect(comment.getAttribute('role')).toBe('article');
    const cMenu = ad.menuButton(comment)!;
    expect(comment.contains(cMenu)).toBe(true);
    expect(comment.contains(ad.badgeAnchor(comment))).toBe(true);
    // Photo-only post (container = feed unit): the menu is its header's.
    const unitPost = posts.find((el) => el.hasAttribute('aria-posinset'))!;
    expect(unitPost.contains(ad.menuButton(unitPost)!)).toBe(true);
  });
});

describe('Facebook never forces layout', () => {
  it('reads every page without innerText, getBoundingClientRect, offset sizes or computed style', () => {
    for (const page of fbPages) {
      const l = open(page.key);
      const w = l.window as unknown as Window & typeof globalThis;
      const boom = () => {
        throw new Error('layout read');
      };
      for (const prop of ['innerText', 'offsetHeight', 'offsetWidth', 'offsetTop', 'clientHeight', 'scrollHeight']) {
        Object.defineProperty(w.HTMLElement.prototype, prop, { get: boom, configurable: true });
      }
      w.Element.prototype.getBoundingClientRect = boom as never;
      w.getComputedStyle = boom as never;
      const posts = ad.findPosts(l.document);
      expect(posts, `${page.key}: every post found with layout reads refused`).toHaveLength(page.posts.length);
      for (const el of posts) {
        expect(ad.read(el).id, page.key).toBeTruthy();
        ad.scan(el);
        ad.badgeAnchor(el);
        ad.menuButton(el);
      }
    }
  });
});

describe('Facebook selector overrides and fallbacks', () => {
  it('uses the overrides first and keeps the built-ins as fallback', () => {
    const { document, page } = open('group');
    const custom = ad.withSelectors({ profileName: ['[data-never-there]'] });
    expect(custom.selectors.profileName![0]).toBe('[data-never-there]');
    expect(custom.selectors.profileName!.slice(1)).toEqual(FACEBOOK_SELECTORS.profileName);
    expect(custom.findPosts(document)).toHaveLength(page.posts.length);
  });

  it('a renamed message hook is repaired by a profile entry; text selectors follow', () => {
    const { document, page } = open('group');
    for (const el of Array.from(document.querySelectorAll('[data-ad-rendering-role="story_message"]'))) el.removeAttribute('data-ad-rendering-role');
    for (const el of Array.from(document.querySelectorAll('[data-ad-preview="message"]'))) {
      el.removeAttribute('data-ad-preview');
      el.removeAttribute('data-ad-comet-preview');
      el.setAttribute('data-story-body', '');
    }
    // Without any message marker, the built-in adapter still reads each post's paragraphs (outside its header).
    const broken = ad.findPosts(document).filter((el) => !ad.read(el).isComment);
    const ownPosts = page.posts.filter((p) => !p.isComment);
    expect(broken.map((el) => ad.read(el).text)).toEqual(ownPosts.map((p) => p.text));
    const repaired = createFacebookAdapter({ message: ['[data-story-body]'] });
    expect(repaired.selectors.text).toContain('[data-story-body]');
    const posts = repaired.findPosts(document);
    expect(posts).toHaveLength(page.posts.length);
    posts.forEach((el, i) => expect(repaired.read(el).text).toBe(page.posts[i]!.text));
  });

  it('still finds posts through the heading fallback when profile_name disappears', () => {
    const { document, page } = open('page');
    for (const el of Array.from(document.querySelectorAll('[data-ad-rendering-role="profile_name"]'))) el.removeAttribute('data-ad-rendering-role');
    const posts = ad.findPosts(document);
    expect(posts).toHaveLength(page.posts.length);
    posts.forEach((el, i) => {
      const d = ad.read(el);
      expect(d.author.name).toBe(page.posts[i]!.author.name);
      expect(d.text).toBe(page.posts[i]!.text);
      expect(d.isComment).toBe(page.posts[i]!.isComment);
    });
  });

  it('falls back to top-level ARIA articles when no author hook works at all', () => {
    const { document } = open('post');
    for (const el of Array.from(document.querySelectorAll('[data-ad-rendering-role]'))) el.removeAttribute('data-ad-rendering-role');
    for (const el of Array.from(document.querySelectorAll('h2'))) el.replaceWith(...Array.from(el.childNodes));
    for (const el of Array.from(document.querySelectorAll('[data-ad-preview]'))) {
      el.removeAttribute('data-ad-preview');
      el.removeAttribute('data-ad-comet-preview');
    }
    // The page's post card wrapped as an ARIA article, as older layouts did.
    const card = document.querySelector('[role="main"] .x1yztbdb')!;
    card.setAttribute('role', 'article');
    const posts = ad.findPosts(document);
    expect(posts[0]).toBe(card);
    expect(posts.slice(1).every((el) => el.getAttribute('role') === 'article' && card.contains(el))).toBe(true);
    expect(ad.read(posts[0]!).text).toContain('Il y a dix ans');
    expect(ad.read(posts[0]!).isComment).toBe(false);
    expect(ad.read(posts[1]!).isComment).toBe(true);
  });
});

describe('Facebook URLs', () => {
  const FB = 'https://www.facebook.com';
  const ids: [string, string | null][] = [
    [`${FB}/lemonde.fr/posts/pfbid02Zq7vXk3mYH4nLr8sTcW1bJd5fQpA9gEeU6oKiN2yRhV3xCuMtB7jPwDlSa1zF4l?__cft__[0]=AZx&__tn__=%2CO%2CP-R`, 'pfbid02Zq7vXk3mYH4nLr8sTcW1bJd5fQpA9gEeU6oKiN2yRhV3xCuMtB7jPwDlSa1zF4l'],
    [`${FB}/permalink.php?story_fbid=pfbid0abc&id=100004567890123`, 'pfbid0abc'],
    [`${FB}/story.php?story_fbid=123456&id=789`, '123456'],
    [`${FB}/groups/451236789012345/posts/1122334455667788/`, '1122334455667788'],
    [`${FB}/groups/451236789012345/permalink/1122334455667788/`, '1122334455667788'],
    [`${FB}/groups/451236789012345/?multi_permalinks=998877`, '998877'],
    [`${FB}/photo/?fbid=1234567890123456&set=a.987654321098765`, '1234567890123456'],
    [`${FB}/photo.php?fbid=42`, '42'],
    [`${FB}/watch/?v=1098765432109876`, '1098765432109876'],
    [`${FB}/Ligue1Highlights/videos/top-5-goals/1098765432109876/`, '1098765432109876'],
    [`${FB}/reel/556677889900`, '556677889900'],
    [`${FB}/lemonde.fr`, null],
    [`${FB}/groups/451236789012345/`, null],
    ['https://example.com/x/posts/123', null],
  ];
  for (const [url, id] of ids) {
    it(`${url.slice(24, 90)} → ${id}`, () => expect(fbPostIdFromUrl(new URL(url))).toBe(id));
  }

  it('canonical URLs drop tracking and keep identifying parameters', () => {
    expect(canonicalFbUrl(new URL(`${FB}/permalink.php?story_fbid=pfbid0abc&id=1&__cft__[0]=AZ&__tn__=-R`), false)).toBe(`${FB}/permalink.php?story_fbid=pfbid0abc&id=1`);
    expect(canonicalFbUrl(new URL(`${FB}/a/posts/1?comment_id=2&__cft__[0]=AZ`), true)).toBe(`${FB}/a/posts/1?comment_id=2`);
    expect(canonicalFbUrl(new URL(`${FB}/a/posts/1?comment_id=2`), false)).toBe(`${FB}/a/posts/1`);
  });

  const pages: [string, boolean][] = [
    [`${FB}/`, true],
    [`${FB}/?sk=h_chr`, true],
    [`${FB}/groups/451236789012345`, true],
    [`${FB}/groups/feed/`, true],
    [`${FB}/groups/451236789012345/posts/1122334455667788/`, true],
    [`${FB}/CafeDesArtsLyon`, true],
    [`${FB}/franceinfo/posts/pfbid0Fi2`, true],
    [`${FB}/permalink.php?story_fbid=1&id=2`, true],
    [`${FB}/profile.php?id=100089912345678`, true],
    [`${FB}/watch/?v=1`, true],
    [`https://web.facebook.com/hashtag/ultras`, true],
    [`${FB}/search/posts/?q=dabiq`, true],
    [`${FB}/messages/t/100004567890123`, false],
    [`${FB}/marketplace/`, false],
    [`${FB}/marketplace/item/123/`, false],
    [`${FB}/settings/?tab=account`, false],
    [`${FB}/notifications`, false],
    [`${FB}/friends/requests`, false],
    [`${FB}/groups/`, false],
    [`${FB}/groups/discover/`, false],
    [`${FB}/CafeDesArtsLyon/about`, false],
    [`${FB}/reel/556677889900`, false],
  ];
  for (const [url, want] of pages) {
    it(`pageExpectsPosts ${url.replace(FB, '')} → ${want}`, () => expect(ad.pageExpectsPosts(new URL(url))).toBe(want));
  }
});
