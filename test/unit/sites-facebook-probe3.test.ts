// @vitest-environment happy-dom
// Facebook adapter, third markup probe (blind layouts in both browsers, 2026-11-29): the photo viewer opened as a
// layer over a feed. The feed's stories carry the author hook (profile_name); the viewer's caption beside the photo
// has only a heading with the author's link. The page-wide author entry is the hook, which finds nothing in the
// layer: the layer is searched with the first entry that matches inside it.

import { describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { withPage } from './helpers/page';

const FB = 'https://www.facebook.com';
const feedStory = (name: string, id: string, words: string) =>
  `<div aria-posinset="1"><div>
    <div data-ad-rendering-role="profile_name"><h2><a href="${FB}/profile.php?id=${id}" role="link"><strong><span>${name}</span></strong></a></h2></div>
    <a href="#" role="link"><span>3h</span></a>
    <div data-ad-rendering-role="story_message"><div data-ad-preview="message"><span dir="auto"><div dir="auto" style="text-align: start;">${words}</div></span></div></div>
    <div data-ad-rendering-role="like_button"><div role="button">Like</div></div>
  </div></div>`;
const viewer = (name: string, id: string, caption: string, extra = '') =>
  `<div role="dialog" aria-modal="true"><div><img alt="" src="data:,"></div>
    <div role="complementary">
      <h2><a href="${FB}/profile.php?id=${id}" role="link"><strong><span>${name}</span></strong></a></h2><a href="#" role="link"><span>3h</span></a>
      <span dir="auto"><div dir="auto" style="text-align: start;">${caption}</div></span>
      <div role="button" aria-label="Like">Like</div>${extra}
    </div></div>`;
/** As Facebook mounts them: the layer outside the main column, both under one root. */
const page = (feed: string, layer: string) => `<div id="mount"><div><div role="main"><div role="feed">${feed}</div></div></div><div>${layer}</div></div>`;

describe('Facebook: the photo viewer as a layer over a hooked feed', () => {
  it("reads the caption beside the photo as a post of its own, under its author, and the feed's stories as before", async () => {
    const html = page(feedStory('Sarah Martin', '1001', 'Market photos 🍅'), viewer('Abu Ansar', '1002', 'Sons of the Caliphate Army threatens Mark Zuckerberg'));
    const reads = await withPage(`${FB}/photo/?fbid=123456789&set=a.1`, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));
    expect(reads.map((d) => [d.author.name, d.text])).toEqual([
      ['Sarah Martin', 'Market photos 🍅'],
      ['Abu Ansar', 'Sons of the Caliphate Army threatens Mark Zuckerberg'],
    ]);
    // The viewer's post is the page's own: its permalink is the page URL, not the feed story's.
    expect(reads[1]!.id).toBe('123456789');
  });

  it('finds the caption when the layer is added after the feed (the subtree the scanner is handed)', async () => {
    const html = page(feedStory('Sarah Martin', '1001', 'Market photos 🍅'), '');
    const names = await withPage(`${FB}/`, html, (doc) => {
      const holder = doc.createElement('div');
      holder.innerHTML = viewer('Abu Ansar', '1002', 'Si vous fermez un de nos comptes, nous en prendrons dix');
      doc.body.appendChild(holder);
      const inLayer = ad.findPosts(holder).map((el) => ad.read(el).author.name);
      // Text added later inside the layer (its caption re-rendered) is found from that subtree too.
      const caption = doc.querySelector('[role="complementary"]')!;
      return [inLayer, ad.findPosts(caption).map((el) => ad.read(el).author.name)];
    });
    expect(names).toEqual([['Abu Ansar'], ['Abu Ansar']]);
  });

  it('a layer listing suggestions (several headings with links, no hook) holds no post', async () => {
    const item = (name: string, id: number, about: string) =>
      `<div><h3><a href="${FB}/groups/${id}" role="link"><span>${name}</span></a></h3><div dir="auto" style="text-align: start;">${about}</div></div>`;
    const suggestions = `<div role="dialog" aria-label="Suggested groups">${item('Caliphate History Club', 42, 'Umayyads, Abbasids and the Ottomans')}${item('Bakers of Lyon', 43, 'Bread every morning')}${item('Chess Paris', 44, 'Weekly games')}</div>`;
    const names = await withPage(`${FB}/`, page(feedStory('Sarah Martin', '1001', 'Market photos'), suggestions), (doc) =>
      ad.findPosts(doc).map((el) => ad.read(el).author.name),
    );
    expect(names).toEqual(['Sarah Martin']);
  });

  it('a layer that carries the hook itself is read with it, as before (no heading taken for an author)', async () => {
    const hooked = `<div role="dialog">${feedStory('Abu Ansar', '1002', 'Flames of the Supporters').replace('aria-posinset="1"', '')}<h2><a href="${FB}/groups/42" role="link">Suggested groups</a></h2></div>`;
    const names = await withPage(`${FB}/`, page(feedStory('Sarah Martin', '1001', 'Market photos'), hooked), (doc) =>
      ad.findPosts(doc).map((el) => ad.read(el).author.name),
    );
    expect(names).toEqual(['Sarah Martin', 'Abu Ansar']);
  });
});
