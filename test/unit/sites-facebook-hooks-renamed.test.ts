// @vitest-environment happy-dom
// Facebook markup a review found in public scrapers' 2025–26 fixtures: a shared original whose header is an <h5>
// (no author hook), credited to its own author and not to the sharer; and a feed whose message hook was renamed, whose
// paragraphs are still the posts' words (a renamed rendering role is not taken for a link card's), while a link
// card's title and description stay out.

import { describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { withPage } from './helpers/page';

const FB = 'https://www.facebook.com';
const para = (words: string) => `<div dir="auto" style="text-align: start;">${words}</div>`;
const header = (name: string, handle: string) =>
  `<div data-ad-rendering-role="profile_name"><h4><span><a href="${FB}/${handle}?__cft__[0]=AZx" role="link"><strong><span>${name}</span></strong></a></span></h4></div>` +
  `<div><a href="#" role="link"><span>2h</span></a></div>`;
const footer = `<div data-ad-rendering-role="like_button"><div role="button">Like</div></div>`;

describe('Facebook: hooks the built-in table did not know', () => {
  it("a shared original under an <h5> header is credited to its author, not to the sharer", async () => {
    const html = `<div role="feed"><div aria-posinset="1"><div>
      ${header('Lina M', 'lina.m')}
      <div data-ad-rendering-role="story_message"><div data-ad-preview="message"><span dir="auto">${para('Look at this, unbelievable')}</span></div></div>
      <div class="attachment"><div>
        <div><a href="${FB}/ansar.media?__cft__[0]=AZ" role="link" aria-hidden="true" tabindex="-1"><svg></svg></a>
          <h5><span><a href="${FB}/ansar.media?__cft__[0]=AZ" role="link"><b><span>Ansar Media</span></b></a></span></h5>
          <div><a href="#" role="link"><span>5h</span></a></div></div>
        <div data-ad-rendering-role="story_message"><div data-ad-preview="message"><span dir="auto">${para('If you close one of our accounts, we will take ten in return')}</span></div></div>
      </div></div>
      ${footer}</div></div></div>`;
    const reads = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));
    expect(reads).toHaveLength(1);
    const post = reads[0]!;
    expect(post.author.name).toBe('Lina M');
    expect(post.text).toBe('Look at this, unbelievable\nIf you close one of our accounts, we will take ten in return');
    expect(post.quoted?.author).toEqual({ name: 'Ansar Media', handle: 'ansar.media' });
    expect(post.text.slice(post.quoted!.start, post.quoted!.end)).toBe('If you close one of our accounts, we will take ten in return');
  });

  it("a renamed message hook: the posts' paragraphs are read; a link card's title and description are not", async () => {
    const unit = (i: number, extra = '') => `<div><div>
      ${header(`User ${i}`, `user.${i}`)}
      <div data-ad-rendering-role="story_message_v2"><div data-ad-preview-v2="message"><span dir="auto">${para(`Post number ${i}`)}</span></div></div>
      ${extra}${footer}
      <div role="article" aria-label="Comment by X"><a href="${FB}/x?comment_id=1${i}">X</a><span lang="en" dir="auto">${para(`comment ${i}`)}</span></div>
    </div></div>`;
    const card =
      `<a role="link" href="https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example.org%2Fa">` +
      `<div data-ad-rendering-role="title">${para('Sons of the Caliphate Army: ten years on')}</div>` +
      `<div data-ad-rendering-role="description">${para('Flames of the Supporters, an analysis')}</div></a>`;
    const html = `<div role="main"><div role="feed">${unit(1)}${unit(2, card)}</div></div>`;
    const reads = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));
    expect(reads.map((d) => [d.isComment, d.author.name, d.text])).toEqual([
      [false, 'User 1', 'Post number 1'],
      [true, 'X', 'comment 1'],
      [false, 'User 2', 'Post number 2'],
      [true, 'X', 'comment 2'],
    ]);
  });
});
