// @vitest-environment happy-dom
// Facebook adapter, fifth markup probe (19 blind pages in both browsers, 2026-12-01): a feed unit whose story carries
// neither the author hook nor a message marker (a cover photo's story), among units that do. The page-wide author
// entry is the hook, so its heading was never asked for, and the unit was never read.

import { describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { withPage } from './helpers/page';

const FB = 'https://www.facebook.com';
const para = (words: string) => `<span dir="auto"><div dir="auto" style="text-align: start;">${words}</div></span>`;
const hooked = (pos: number, name: string, words: string) =>
  `<div aria-posinset="${pos}" aria-describedby="h${pos}"><div>
    <div data-ad-rendering-role="profile_name"><h2><a href="${FB}/u${pos}" role="link"><strong><span>${name}</span></strong></a></h2></div>
    <div data-ad-rendering-role="story_message"><div data-ad-preview="message">${para(words)}</div></div>
  </div></div>`;
const bare = (pos: number, name: string, words: string, extra = '') =>
  `<div aria-posinset="${pos}" aria-describedby="h${pos}"><div>
    <div><h4><span><a href="${FB}/profile.php?id=10${pos}" role="link"><strong><span>${name}</span></strong></a></span><span> updated his cover photo.</span></h4>
    <div class="x1swvt13">${para(words)}</div></div>
    ${extra}
  </div></div>`;

describe('Facebook: a feed unit without hooks among units with them', () => {
  it('is a post, read with its heading as its author', async () => {
    const html = `<div role="feed">${hooked(1, 'Lina', 'Morning run done')}${bare(2, 'Abu Omar', 'If you close one of our accounts, we will take ten in return')}${hooked(3, 'Karim', 'Market day in Lyon')}</div>`;
    const reads = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));
    expect(reads.map((d) => [d.author.name, d.text, d.isComment])).toEqual([
      ['Lina', 'Morning run done', false],
      ['Abu Omar', 'If you close one of our accounts, we will take ten in return', false],
      ['Karim', 'Market day in Lyon', false],
    ]);
  });

  it('leaves its comments apart, each its own container', async () => {
    const comment = `<div role="article" aria-label="Comment by Nadia"><a href="${FB}/nadia" role="link"><span>Nadia</span></a>${para('Sons of the Caliphate Army, reported')}</div>`;
    const html = `<div role="feed">${hooked(1, 'Lina', 'Morning run done')}${bare(2, 'Chris', 'New cover photo', `<div><ul><li>${comment}</li></ul></div>`)}</div>`;
    const reads = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).map((el) => [ad.read(el).isComment, ad.read(el).text]));
    expect(reads).toEqual([
      [false, 'Morning run done'],
      [false, 'New cover photo'],
      [true, 'Sons of the Caliphate Army, reported'],
    ]);
  });

  it('a suggestion module with several headings is no post, even where its cards hold paragraph blocks (found in review)', async () => {
    const card = (name: string, words: string) => `<div><h4><a href="${FB}/groups/${name}" role="link">${name}</a></h4>${para(words)}<div role="button">Join</div></div>`;
    const groups = `<div aria-posinset="2" aria-describedby="h2"><div><h3><a href="${FB}/groups/discover" role="link">Suggested groups</a></h3>${card('LyonRunners', 'Running in Lyon every Sunday')}${card('CafeArt', 'Art and coffee lovers')}</div></div>`;
    const html = `<div role="feed">${hooked(1, 'Lina', 'Morning run done')}${groups}</div>`;
    const posts = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).length);
    expect(posts).toBe(1);
  });

  it('a suggestion module without paragraph blocks is no post', async () => {
    const people = `<div aria-posinset="2" aria-describedby="h2"><div><h3><a href="${FB}/friends" role="link">People you may know</a></h3><div><a href="${FB}/x" role="link"><span>Sami</span></a><div role="button">Add friend</div></div></div></div>`;
    const html = `<div role="feed">${hooked(1, 'Lina', 'Morning run done')}${people}</div>`;
    const posts = await withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).length);
    expect(posts).toBe(1);
  });
});
