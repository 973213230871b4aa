// @vitest-environment happy-dom
// Facebook adapter, fourth markup probe (30 blind layouts in both browsers, 2026-11-29): a share whose sharer wrote
// words of their own (marked as the message) and whose attached original carries no message marker. The original's
// paragraphs are the post's words too; comments and link cards stay out.

import { describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { withPage } from './helpers/page';

const FB = 'https://www.facebook.com';
const para = (words: string) => `<span dir="auto"><div dir="auto" style="text-align: start;">${words}</div></span>`;
const share = (own: string, original: string, extra = '') =>
  `<div role="feed"><div aria-posinset="1" aria-describedby="h1"><div>
    <div data-ad-rendering-role="profile_name"><h2><a href="${FB}/karim.benali.75" role="link"><strong><span>Karim Benali</span></strong></a></h2></div>
    <a href="#" role="link"><span>3h</span></a>
    <div data-ad-rendering-role="story_message"><div data-ad-comet-preview="message" data-ad-preview="message">${para(own)}</div></div>
    <div class="x1n2onr6"><div style="border:1px solid #ccc">
      <span><span><a href="${FB}/ansarmediacenter" role="link"><strong><span>Ansar Media Center</span></strong></a></span></span> · <a href="#">2d</a>
      <div dir="auto"><div><div>${para(original)}</div></div></div>
    </div></div>${extra}
    <div data-ad-rendering-role="like_button"><div role="button">Like</div></div>
  </div></div></div>`;

describe('Facebook: a share whose original has no message marker', () => {
  it("reads the sharer's words, then the original's", async () => {
    const html = share('Look what this page is posting 😡 reported', 'If you close one of our accounts, we will take ten in return');
    const reads = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));
    expect(reads.map((d) => [d.author.name, d.text])).toEqual([
      ['Karim Benali', 'Look what this page is posting 😡 reported\nIf you close one of our accounts, we will take ten in return'],
    ]);
  });

  it("leaves out its comments and a link card's words", async () => {
    const comment = `<div role="article" aria-label="Comment by Lina"><a href="${FB}/lina" role="link"><span>Lina</span></a>${para('Sons of the Caliphate Army, reported too')}</div>`;
    const card = `<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org" role="link"><div data-ad-rendering-role="description">${para('Flames of the Supporters, an analysis')}</div></a>`;
    const html = share('Morning run done', 'Market day in Lyon', card + comment);
    const texts = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).map((el) => [ad.read(el).isComment, ad.read(el).text]));
    expect(texts).toEqual([
      [false, 'Morning run done\nMarket day in Lyon'],
      [true, 'Sons of the Caliphate Army, reported too'],
    ]);
  });

  it('leaves out a comment without its ARIA role, a poll option, the composer, hidden text and a comment body span', async () => {
    const extra =
      `<div aria-label="Comment by Lina"><a href="${FB}/lina" role="link"><span>Lina</span></a>${para('if u close one acct we take 10 in return lol')}</div>` +
      `<div role="button">${para('Option A: the Flames of the Supporters')}</div>` +
      `<div contenteditable="true">${para('Sons of the Caliphate Army')}</div>` +
      `<div aria-hidden="true">${para('Si vous fermez un de nos comptes')}</div>` +
      `<div><span lang="ar" dir="auto">جيش أبناء الخلافة</span></div>` +
      `<div aria-hidden="true"><div role="radio"><span dir="auto">Flames of the Supporters (tooltip)</span></div></div>`;
    const html = share('Morning run done', 'Market day in Lyon', extra);
    const texts = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el).text));
    expect(texts).toEqual(['Morning run done\nMarket day in Lyon']);
  });
});
