// @vitest-environment happy-dom
// X cells and viewers the other adapter tests do not hold: long posts with "Show more", /notifications rows, the
// photo modal over a timeline, "Who to follow" and "Topics" cells, a post that is only a link card.
import { describe, expect, it } from 'vitest';
import { xAdapter as ad } from '../../lib/sites/x';
import { withPage } from './helpers/page';
import { SPAN, TXT, V, article, cell, s, textBlock, timelinePage } from './helpers/x-markup';

const readAll = (url: string, html: string) => withPage(url, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));

describe('X timeline cells and viewers', () => {
  it('long post with "Show more" link to the status page: text without chrome, id from the time link', async () => {
    const more = `<a href="/camille_rx/status/1990000000000000001" role="link" data-testid="tweet-text-show-more-link" class="${V}"><span class="${SPAN}">Show more</span></a>`;
    const body = textBlock(s('Premier paragraphe très long') + s('\n\nsuite…')) + more;
    const reads = await readAll('https://x.com/home', timelinePage(cell(article({ handle: 'camille_rx', name: 'Camille', id: '1990000000000000001', body }))));
    expect(reads.map((d) => [d.id, d.text, d.author.handle])).toEqual([['1990000000000000001', 'Premier paragraphe très long\n\nsuite…', 'camille_rx']]);
  });

  it('/notifications (All) with only notification rows (likes, reposts of your post): no posts', async () => {
    const row = (what: string) =>
      cell(`<article aria-labelledby="n1" role="article" tabindex="0" class="${V}" data-testid="notification"><div class="${V}"><div class="${V}"><svg></svg></div>` +
        `<div class="${V}"><div class="${V}"><a href="/amira" role="link"><img alt="" src="data:,"></a></div><div dir="ltr" class="${TXT}"><span class="${SPAN}"><span>Amira</span></span><span class="${SPAN}"> ${what}</span></div>` +
        `<div dir="auto" class="${TXT}"><span class="${SPAN}">If you close one account we will take ten</span></div></div></div></article>`);
    const reads = await readAll('https://x.com/notifications', timelinePage(row('reposted your post') + row('liked your post'), 'Notifications'));
    expect(reads).toEqual([]);
  });

  it('photo modal (/status/ID/photo/1) over the home timeline: timeline posts are not comments; modal replies are', async () => {
    const tl = timelinePage(cell(article({ handle: 'a1', id: '111', body: textBlock(s('Timeline one')) })) + cell(article({ handle: 'b2', id: '222', body: textBlock(s('Photo post')) })));
    const modal =
      `<div id="layers"><div aria-labelledby="modal-header" aria-modal="true" role="dialog" class="${V}"><div class="${V}"><div aria-label="Image" role="group"><img alt="Image" src="data:,"></div>` +
      `<div class="${V}"><section role="region"><div>${cell(article({ handle: 'b2', id: '222', focused: true, body: textBlock(s('Photo post')) }))}${cell(article({ handle: 'c3', id: '333', body: textBlock(s('A reply')) }))}</div></section></div></div></div></div>`;
    const reads = await readAll('https://x.com/b2/status/222/photo/1', tl.replace('<div id="layers"></div>', modal));
    expect(reads.map((d) => [d.author.handle, d.text, d.isComment])).toEqual([
      ['a1', 'Timeline one', false], ['b2', 'Photo post', false], ['b2', 'Photo post', false], ['c3', 'A reply', true],
    ]);
  });

  it('photo modal over its own status page: the post shown twice is the post both times, its replies are replies', async () => {
    // The status page: the focused post, then a reply.
    const page = timelinePage(
      cell(article({ handle: 'b2', id: '222', focused: true, body: textBlock(s('Photo post')) })) + cell(article({ handle: 'c3', id: '333', body: textBlock(s('A reply')) })),
      'Conversation',
    );
    const modal =
      `<div id="layers"><div aria-labelledby="modal-header" aria-modal="true" role="dialog" class="${V}"><div class="${V}"><div aria-label="Image" role="group"><img alt="Image" src="data:,"></div>` +
      `<div class="${V}"><section role="region"><div>${cell(article({ handle: 'b2', id: '222', focused: true, body: textBlock(s('Photo post')) }))}${cell(article({ handle: 'd4', id: '444', body: textBlock(s('Another reply')) }))}</div></section></div></div></div></div>`;
    const reads = await readAll('https://x.com/b2/status/222/photo/1', page.replace('<div id="layers"></div>', modal));
    expect(reads.map((d) => [d.author.handle, d.text, d.isComment])).toEqual([
      ['b2', 'Photo post', false], ['c3', 'A reply', true], ['b2', 'Photo post', false], ['d4', 'Another reply', true],
    ]);
  });

  it('Who to follow / Topics cells between posts are no posts and glue nothing', async () => {
    const wtf = cell(`<div class="${V}"><h2 dir="ltr" role="heading" aria-level="2"><span>Who to follow</span></h2></div>`) +
      cell(`<button data-testid="UserCell" role="button" class="${V}"><div><a href="/amira" role="link"><span>Amira</span></a><div dir="ltr"><span>@amira</span></div><div dir="auto"><span>Bio with words</span></div><button data-testid="1234-follow" role="button"><span>Follow</span></button></div></button>`) +
      cell(`<a href="/i/connect_people" role="link"><span>Show more</span></a>`) +
      cell(`<div data-testid="TopicFollowPrompt"><span>Topics to follow</span><div role="button"><span>Politics</span></div></div>`);
    const reads = await readAll('https://x.com/home', timelinePage(cell(article({ handle: 'a1', id: '111', body: textBlock(s('One')) })) + wtf + cell(article({ handle: 'b2', id: '222', body: textBlock(s('Two')) }))));
    expect(reads.map((d) => [d.author.handle, d.text])).toEqual([['a1', 'One'], ['b2', 'Two']]);
  });

  it('a post whose only content is a link card: found, empty text, link kept', async () => {
    const cardHtml = `<div data-testid="card.wrapper"><div data-testid="card.layoutLarge.media"><a href="https://t.co/abc" rel="noopener noreferrer nofollow" role="link" target="_blank"><div><span>news.example.org</span></div><div><span>Card title words</span></div></a></div></div>`;
    const reads = await readAll('https://x.com/home', timelinePage(cell(article({ handle: 'a1', id: '111', body: '', extra: cardHtml }))));
    expect(reads.length).toBe(1);
  });
});
