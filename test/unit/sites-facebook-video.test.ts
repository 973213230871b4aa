// @vitest-environment happy-dom
// Facebook adapter on the video surfaces and in the photo viewer, where the caption beside or under the media is bare
// words (a span[dir=auto], "See more" inside it) with no message marker and no paragraph block: a video's own page
// (/watch/?v=…, /<page>/videos/<id>, WatchPermalinkVideo, TahoeRightRail), a reel (/reel/<id>, the comment pane or the
// overlay on the video) and a photo's page. The caption is its post's text, under its author; the suggested videos
// beside it, the site's chrome and the comments under it are not the post. Shapes as public scripts read them
// (post box = [header, caption] next to the WatchPermalinkVideo pagelet, the reel's caption in the comment pane's
// first block, the footer's "plays" count apart), with Comet's deep div nesting and atomic classes.

import { describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { C, FB, authorLink, card, comment, comments, feedPage, header, href, message, para, textPost, timestamp, unit } from './helpers/fb-markup';
import { withPage } from './helpers/page';

const readAll = (url: string, html: string) => withPage(url, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));
const brief = (d: { isComment: boolean; author: { name: string; handle: string | null }; text: string }) => [d.isComment, d.author.name, d.author.handle, d.text];

const VIDEO = '1234567890123456';
const REEL = '987654321012345';

/** A caption as the video surfaces render it: bare words in a span, no marker; cut by "See more" when `more` is set. */
const caption = (words: string, more?: string) =>
  `<div class="xyamay9 x1pi30zi x18d9i69 x1swvt13"><div class="x78zum5 xdt5ytf xz62fqu x16ldp7u"><div class="xu06os2 x1ok221b">` +
  `<span class="${C.text}" dir="auto">${words}` +
  (more ? `… <div class="x1i10hfl xjbqb8w x1ejq31n x18oe1m7 x1sy0etr xstzfhl" role="button" tabindex="0">${more}</div>` : '') +
  `</span></div></div></div>`;

/** A video post's header without the author hook: avatar, the name in an h2, the time, "Follow". */
const videoHeader = (name: string, handle: string, time = '2d') =>
  `<div class="x78zum5 x1q0g3np"><div class="${C.div}"><a aria-hidden="true" class="${C.link}" href="${href(`${FB}/${handle}`)}" role="link" tabindex="-1"><svg aria-hidden="true"></svg></a></div>` +
  `<div class="x1iyjqo2"><h2 class="html-h2 xdj266r x14z9mp" dir="auto"><span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/${handle}`)}" role="link" tabindex="0"><strong><span>${name}</span></strong></a></span></h2>` +
  `<span class="${C.sub}" dir="auto">${timestamp(time)}<span aria-hidden="true"> · </span><svg title="Shared with Public"><title>Shared with Public</title></svg></span></div>` +
  `<div class="${C.button}" role="button" tabindex="0"><span>Follow</span></div></div>`;

/** Reactions, the comment count, the plays count and the action bar under a video. */
const videoFooter =
  `<div class="x1n2onr6"><div class="x6s0dn4 x78zum5"><span aria-label="See who reacted to this" role="toolbar"><span>2.4K</span></span>` +
  `<span class="html-span"><div class="${C.button}" role="button" tabindex="0"><span class="${C.sub}" dir="auto">345 comments</span></div></span>` +
  `<span class="${C.sub}" dir="auto">12K plays</span></div>` +
  `<div data-ad-rendering-role="like_button" class="${C.div}"><div aria-label="Like" class="${C.button}" role="button" tabindex="0"><span>Like</span></div></div>` +
  `<div data-ad-rendering-role="comment_button" class="${C.div}"><div aria-label="Comment" class="${C.button}" role="button" tabindex="0"><span>Comment</span></div></div></div>`;

/** A suggested video of the right rail: its thumbnail and title link to it, its Page's name, its views. */
const suggested = (id: string, title: string, page: string, handle: string) =>
  `<div class="x1lliihq"><div class="x78zum5 x1q0g3np">` +
  `<a aria-label="${title}" class="${C.link}" href="${href(`${FB}/watch/?v=${id}`)}" role="link" tabindex="0"><div class="x1n2onr6"><img alt="" src="data:,"><span class="x1lliihq">12:04</span></div></a>` +
  `<div class="x1iyjqo2"><a class="${C.link}" href="${href(`${FB}/watch/?v=${id}`)}" role="link" tabindex="-1"><span class="${C.text}" dir="auto"><span class="x1lliihq x6ikm8r">${title}</span></span></a>` +
  `<div><a class="${C.link}" href="${href(`${FB}/${handle}`)}" role="link" tabindex="0"><span class="${C.sub}" dir="auto">${page}</span></a></div>` +
  `<span class="${C.sub}" dir="auto">1.2M views · 3 days ago</span></div></div></div>`;

/** The same, its title a heading (an h2 holding a link, as a post's header is). */
const suggestedHeading = (id: string, title: string) =>
  `<div class="x1lliihq"><a class="${C.link}" href="${href(`${FB}/watch/?v=${id}`)}" role="link" tabindex="0"><img alt="" src="data:,"></a>` +
  `<div><h2 class="html-h2" dir="auto"><a class="${C.link}" href="${href(`${FB}/watch/?v=${id}`)}" role="link" tabindex="0"><span>${title}</span></a></h2>` +
  `<span class="${C.sub}" dir="auto">Suggested for you</span></div></div>`;

const rail =
  `<div class="x9f619 x1n2onr6"><div><h2 class="html-h2" dir="auto"><span>Up next</span></h2></div><div class="x1yztbdb">` +
  suggested('5550001', 'They said they would take ten for one', 'Other Page', 'other.page') +
  suggested('5550002', 'سنأخذ عشرة مقابل واحد', 'Autre Page', 'autre.page') +
  suggestedHeading('5550003', 'Nous en prendrons dix en échange') +
  `</div></div>`;

const chrome =
  `<div role="banner"><a aria-label="Facebook" href="${FB}/" role="link"><svg></svg></a><a href="${FB}/me.myself" role="link"><span dir="auto">Me Myself</span></a></div>` +
  `<div role="navigation"><a href="${FB}/watch/" role="link"><span dir="auto">Video</span></a><a href="${FB}/reel/" role="link"><span dir="auto">Reels</span></a></div>`;

/**
 * A video's own page: the player in WatchPermalinkVideo, then [header, caption], the footer, the comments; the Watch
 * feed's next videos (`after`) under it; the rail of suggested videos beside it, in main.
 */
function watchPage(capt: string, cmts = '', o: { rail?: boolean; after?: string } = {}): string {
  const post =
    `<div class="x1n2onr6 x1ja2u2z"><div class="xh8yej3"><div data-pagelet="WatchPermalinkVideo"><div class="x1n2onr6"><div data-video-id="${VIDEO}"><video playsinline="" preload="auto"></video></div></div></div></div>` +
    `<div class="x78zum5 xdt5ytf"><div class="x1n2onr6"><div class="x1yztbdb">${videoHeader('Le Monde', 'lemonde')}</div>${capt}</div>${videoFooter}</div>` +
    cmts +
    `</div>`;
  return (
    chrome +
    `<div role="main"><div class="x9f619 x78zum5"><div class="x1iyjqo2"><div id="watch_feed"><div class="x1n2onr6">${post}${o.after ?? ''}</div></div></div>` +
    (o.rail === false ? '' : rail) +
    `</div></div>`
  );
}

describe('Facebook: a video\'s own page (/watch/?v=…, /<page>/videos/<id>)', () => {
  const cmts = comments(
    comment('Julie Petit', `${FB}/julie.petit`, 'Effrayant', { lang: 'fr-FR', postUrl: `${FB}/watch/?v=${VIDEO}` }) +
      comment('Karim Benali', `${FB}/karim.benali`, 'Nous en prendrons dix', { cid: '222', postUrl: `${FB}/watch/?v=${VIDEO}` }),
  );

  it('the bare caption cut by "Voir plus" is the post\'s text, under its author, with the video\'s id; comments stay comments', async () => {
    const url = `${FB}/watch/?v=${VIDEO}`;
    const reads = await readAll(url, watchPage(caption('Si vous fermez un de nos comptes, nous en prendrons dix en échange', 'Voir plus'), cmts));
    expect(reads.map(brief)).toEqual([
      [false, 'Le Monde', 'lemonde', 'Si vous fermez un de nos comptes, nous en prendrons dix en échange…'],
      [true, 'Julie Petit', 'julie.petit', 'Effrayant'],
      [true, 'Karim Benali', 'karim.benali', 'Nous en prendrons dix'],
    ]);
    expect(reads[0]!.id).toBe(VIDEO);
    expect(reads[0]!.url).toBe(url);
  });

  it('the suggested videos of the rail are not posts, nor part of the caption, whatever their titles say', async () => {
    const reads = await readAll(`${FB}/watch/?v=${VIDEO}`, watchPage(caption('Reportage au marché de Lyon'), cmts));
    const texts = reads.map((d) => d.text).join('\n');
    expect(reads.filter((d) => !d.isComment).map(brief)).toEqual([[false, 'Le Monde', 'lemonde', 'Reportage au marché de Lyon']]);
    for (const words of ['take ten for one', 'سنأخذ عشرة', 'Nous en prendrons dix en échange', 'Up next', '1.2M views', 'Suggested for you', 'Other Page', '12K plays', 'Follow'])
      expect(texts).not.toContain(words);
  });

  it('a video without a caption takes no words from the rail, the footer ("12K plays") or the comments: no post, its comments apart', async () => {
    const reads = await readAll(`${FB}/watch/?v=${VIDEO}`, watchPage('', cmts));
    expect(reads.map(brief)).toEqual([
      [true, 'Julie Petit', 'julie.petit', 'Effrayant'],
      [true, 'Karim Benali', 'karim.benali', 'Nous en prendrons dix'],
    ]);
  });

  it('an Arabic caption of several lines, on the video\'s page under its Page (/<page>/videos/<id>), in the theater\'s right rail', async () => {
    const arabic = caption(`<div>إذا أغلقتم حسابا واحدا</div><div>سنأخذ عشرة في المقابل</div>`, 'عرض المزيد');
    const url = `${FB}/lemonde/videos/${VIDEO}/`;
    const html =
      chrome +
      `<div role="main"><div class="x78zum5"><div class="x1iyjqo2"><div data-video-id="${VIDEO}"><video></video></div></div>` +
      `<div data-pagelet="TahoeRightRail"><div class="x78zum5 xdt5ytf"><div class="x1n2onr6"><div>${videoHeader('Le Monde', 'lemonde', '3h')}</div>${arabic}</div>` +
      videoFooter +
      comments(comment('Julie Petit', `${FB}/julie.petit`, 'حسبنا الله', { lang: 'ar-AR', postUrl: url })) +
      `</div></div></div></div>`;
    const reads = await readAll(url, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Le Monde', 'lemonde', 'إذا أغلقتم حسابا واحدا\nسنأخذ عشرة في المقابل…'],
      [true, 'Julie Petit', 'julie.petit', 'حسبنا الله'],
    ]);
    expect(reads[0]!.id).toBe(VIDEO);
  });

  it('the Watch feed under the video: each video\'s bare caption is its own; one without a caption takes none of the next one\'s', async () => {
    const next = (name: string, handle: string, id: string, words: string | null) =>
      `<div class="x1yztbdb x1n2onr6"><div class="x1n2onr6"><div>${videoHeader(name, handle, '1d')}</div>${words === null ? '' : caption(words)}</div>` +
      `<div><a class="${C.link}" href="${href(`${FB}/${handle}/videos/${id}/`)}" role="link" tabindex="0"><div data-video-id="${id}"><video></video></div></a></div>${videoFooter}</div>`;
    const html = watchPage(caption('Première vidéo'), '', { after: next('Ansar', 'ansar.page', '222', null) + next('France 24', 'france24', '333', 'Troisième vidéo') });
    const reads = await readAll(`${FB}/watch/?v=${VIDEO}`, html);
    // A video without words is no post to read (as a video's page without a caption).
    expect(reads.map(brief)).toEqual([
      [false, 'Le Monde', 'lemonde', 'Première vidéo'],
      [false, 'France 24', 'france24', 'Troisième vidéo'],
    ]);
  });
});

describe('Facebook: a reel (/reel/<id>)', () => {
  const cmts = (postUrl: string) =>
    `<div class="x1jx94hy">` +
    comment('Julie Petit', `${FB}/julie.petit`, 'Honteux', { lang: 'fr-FR', postUrl }) +
    comment('Karim Benali', `${FB}/karim.benali`, 'If you close one of our accounts', { cid: '333', postUrl }) +
    `</div>`;

  it('the comment pane open: the caption in its first block is the reel\'s post, by the author its h2 names', async () => {
    const url = `${FB}/reel/${REEL}`;
    const html =
      chrome +
      `<div role="main"><div data-pagelet="Reels"><div class="x1n2onr6"><div data-video-id="${REEL}"><video playsinline=""></video></div>` +
      `<div class="x78zum5 xdt5ytf"><div aria-label="Like" role="button" tabindex="0"><svg></svg></div><div aria-label="Comment" role="button" tabindex="0"><svg></svg></div><div aria-label="Share" role="button" tabindex="0"><svg></svg></div></div></div></div></div>` +
      `<div role="complementary"><div data-pagelet="ReelsCommentPane"><div class="x78zum5 xdt5ytf"><div class="x1n2onr6"><div><div class="x1n2onr6">` +
      `<div class="x78zum5"><h2 class="html-h2" dir="auto"><span class="xt0psk2"><a aria-label="Ansar" class="${C.link}" href="${href(`${FB}/ansar.page`)}" role="link" tabindex="0"><span>Ansar</span></a></span></h2>` +
      `<span aria-hidden="true"> · </span><div role="button" tabindex="0"><span>Follow</span></div></div>` +
      caption('If you close one of our accounts, we will take ten in return #reels', 'See more') +
      `</div><div><a class="${C.link}" href="${href(`${FB}/reels/audio/1029384756/`)}" role="link" tabindex="0"><span class="${C.sub}" dir="auto">Ansar · Original audio</span></a></div></div>` +
      `<div><h2 class="html-h2" dir="auto"><span>Comments</span></h2></div>${cmts(`${FB}/reel/${REEL}/`)}</div></div></div></div>`;
    const reads = await readAll(url, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Ansar', 'ansar.page', 'If you close one of our accounts, we will take ten in return #reels…'],
      [true, 'Julie Petit', 'julie.petit', 'Honteux'],
      [true, 'Karim Benali', 'karim.benali', 'If you close one of our accounts'],
    ]);
    expect(reads[0]!.id).toBe(REEL);
  });

  it('the overlay on the video, its author a bare link (no heading): the caption is the reel\'s post', async () => {
    const url = `${FB}/reel/${REEL}`;
    const overlay =
      `<div class="x1n2onr6 x78zum5 xdt5ytf"><div class="x78zum5"><a aria-label="Le Monde" class="${C.link}" href="${href(`${FB}/lemonde`)}" role="link" tabindex="0"><svg></svg></a>` +
      `<span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/lemonde`)}" role="link" tabindex="0"><span class="${C.sub}" dir="auto">Le Monde</span></a></span>` +
      `<span aria-hidden="true"> · </span><div role="button" tabindex="0"><span>Suivre</span></div></div>` +
      caption('Nous en prendrons dix en échange', 'Voir plus') +
      `</div>`;
    const html =
      chrome +
      `<div role="main"><div data-pagelet="Reels"><div class="x1n2onr6"><div data-video-id="${REEL}"><video playsinline=""></video></div>${overlay}</div></div></div>` +
      `<div role="complementary"><div><h2 dir="auto"><span>Commentaires</span></h2></div>${cmts(`${FB}/reel/${REEL}/`)}</div>`;
    const reads = await readAll(url, html);
    expect(reads.map(brief)).toEqual([
      [false, 'Le Monde', 'lemonde', 'Nous en prendrons dix en échange…'],
      [true, 'Julie Petit', 'julie.petit', 'Honteux'],
      [true, 'Karim Benali', 'karim.benali', 'If you close one of our accounts'],
    ]);
    expect(reads[0]!.id).toBe(REEL);
  });
});

describe('Facebook: what a bare caption is', () => {
  const url = `${FB}/reel/${REEL}`;
  const page = (before: string, capt: string) =>
    `<div role="main"><div data-pagelet="Reels"><div class="x1n2onr6"><div data-video-id="${REEL}"><video></video></div>` +
    `<div class="x1n2onr6 x78zum5 xdt5ytf">${before}<div class="x78zum5"><span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/ansar.page`)}" role="link" tabindex="0"><span>Ansar</span></a></span></div>` +
    `${capt}</div></div></div></div>`;

  it('a caption of hashtags only is read (their links are its words); a label before the author\'s name is not', async () => {
    const tags = caption(
      `<a class="${C.link}" href="${href(`${FB}/hashtag/الدولة_باقية`)}" role="link" tabindex="0">#الدولة_باقية</a> <a class="${C.link}" href="${href(`${FB}/hashtag/ten4one`)}" role="link" tabindex="0">#ten4one</a>`,
    );
    const label = `<div class="x1n2onr6"><span class="${C.sub}" dir="auto">Reels</span></div>`;
    const reads = await readAll(url, page(label, tags));
    expect(reads.map(brief)).toEqual([[false, 'Ansar', 'ansar.page', '#الدولة_باقية #ten4one']]);
  });

  it('a reel without a caption, in a viewer without a main landmark: a heading, a labelled comment, the side panel are no caption', async () => {
    const html =
      `<div class="x9f619"><div data-pagelet="Reels"><div class="x1n2onr6"><div data-video-id="${REEL}"><video></video></div>` +
      `<div class="x78zum5"><span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/ansar.page`)}" role="link" tabindex="0"><span>Ansar</span></a></span></div>` +
      `<div><h3 dir="auto"><span dir="auto">More from Ansar</span></h3></div>` +
      `<div aria-label="Comment by Lina 2 hours ago"><span dir="auto">We will take ten in return</span></div></div></div>` +
      `<div role="complementary"><div><span dir="auto">Suggested reels for you</span></div></div>` +
      `<div role="navigation"><div><span dir="auto">Reels settings</span></div></div></div>`;
    const reads = await readAll(url, html);
    expect(reads.filter((d) => !d.isComment)).toEqual([]);
  });

  it('words that are a mention alone, a time or a separator are no caption', async () => {
    const mention = caption(`<a class="${C.link}" href="${href(`${FB}/julie.petit`)}" role="link" tabindex="0">Julie Petit</a>`);
    const time = `<div><span class="${C.sub}" dir="auto">3 h</span><span class="${C.sub}" dir="auto"> · </span></div>`;
    expect(await readAll(url, page('', time + mention))).toEqual([]);
  });
});

describe('Facebook photo viewer: a bare caption', () => {
  const PHOTO_URL = `${FB}/photo/?fbid=10155&set=a.111`;
  const viewer = (head: string, capt: string) =>
    `<div role="main"><div data-pagelet="MediaViewerPhoto"><img alt="May be an image of 2 people" src="data:,"></div>` +
    `<div role="complementary"><div class="x1n2onr6"><div class="x1yztbdb">${head}</div>${capt}` +
    comments(comment('Julie Petit', `${FB}/julie.petit`, 'Superbe photo', { lang: 'fr-FR', postUrl: PHOTO_URL })) +
    `</div></div></div>`;

  it('with a heading or a bare author link: the caption is the post, the comment its own', async () => {
    const bare = `<div><span><a class="${C.link}" href="${FB}/sarah.martin" role="link"><span>Sarah Martin</span></a></span><span> · </span><div role="button">Follow</div>${timestamp('3h')}</div>`;
    for (const head of [videoHeader('Sarah Martin', 'sarah.martin', '3h'), bare]) {
      const reads = await readAll(PHOTO_URL, viewer(head, caption('Ils paieront, nous en prendrons dix', 'See more')));
      expect(reads.map(brief)).toEqual([
        [false, 'Sarah Martin', 'sarah.martin', 'Ils paieront, nous en prendrons dix…'],
        [true, 'Julie Petit', 'julie.petit', 'Superbe photo'],
      ]);
      expect(reads[0]!.id).toBe('10155');
    }
  });
});

describe('Facebook feeds are read as before', () => {
  it('the news feed: marked messages only; a bare label in a unit (a video\'s views, a card\'s words) is not read', async () => {
    const video = `<div><a class="${C.link}" href="${href(`${FB}/lemonde/videos/${VIDEO}/`)}" role="link"><div data-video-id="${VIDEO}"><video></video></div></a><span class="${C.sub}" dir="auto">12K views</span></div>`;
    const units =
      unit(textPost('Sarah Martin', 'sarah.martin', 'Premier message'), 1) +
      unit(card(header(`<span class="xt0psk2">${authorLink('Le Monde', `${FB}/lemonde`)}</span>`, timestamp('2h')) + video), 2) +
      unit(textPost('Karim Benali', 'karim.benali', null, `<div><span class="${C.text}" dir="auto">Words outside any message</span></div>`), 3);
    for (const url of [`${FB}/`, `${FB}/watch/`]) {
      const reads = await readAll(url, feedPage(units));
      expect(reads.map(brief)).toEqual([
        [false, 'Sarah Martin', 'sarah.martin', 'Premier message'],
        [false, 'Le Monde', 'lemonde', ''],
        [false, 'Karim Benali', 'karim.benali', ''],
      ]);
    }
  });

  it('the feed under a video opened over it: its posts keep their own words and take none of the caption', async () => {
    const layer =
      `<div aria-label="Video viewer" role="dialog"><div data-video-id="${VIDEO}"><video></video></div><div class="x1n2onr6"><div>${videoHeader('Ansar', 'ansar.page')}</div>` +
      caption('Nous en prendrons dix en échange') +
      `</div></div>`;
    // A story without a footer whose words are bare (a memory's card, a shared reel's label): a feed's post, not read.
    const bareStory = header(`<span class="xt0psk2">${authorLink('Tom Leroy', `${FB}/tom.leroy`)}</span>`, timestamp('5h')) + `<div><span class="${C.text}" dir="auto">Shared a memory</span></div>`;
    const units = unit(textPost('Karim', 'karim.b', 'Bonjour'), 1) + unit(textPost('Lina', 'lina', null), 2) + unit(bareStory, 3);
    const reads = await readAll(`${FB}/watch/?v=${VIDEO}`, feedPage(units, layer));
    expect(reads.map(brief)).toEqual([
      [false, 'Karim', 'karim.b', 'Bonjour'],
      [false, 'Lina', 'lina', ''],
      [false, 'Tom Leroy', 'tom.leroy', ''],
      [false, 'Ansar', 'ansar.page', 'Nous en prendrons dix en échange'],
    ]);
  });
});

describe('Facebook: a video or a reel opened over the feed, its author a bare link', () => {
  /** The overlay a reel shows on its video: the Page's avatar and name as bare links, "Suivre", the caption. */
  const overlay = (capt: string) =>
    `<div class="x1n2onr6 x78zum5 xdt5ytf"><div class="x78zum5"><a aria-label="Le Monde" class="${C.link}" href="${href(`${FB}/lemonde`)}" role="link" tabindex="0"><svg></svg></a>` +
    `<span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/lemonde`)}" role="link" tabindex="0"><span class="${C.sub}" dir="auto">Le Monde</span></a></span>` +
    `<span aria-hidden="true"> · </span><div role="button" tabindex="0"><span>Suivre</span></div></div>${capt}</div>`;
  const layer = (id: string, capt: string) =>
    `<div aria-label="Reel" role="dialog"><div aria-label="Fermer" role="button" tabindex="0"><svg></svg></div>` +
    `<div class="x1n2onr6"><div data-video-id="${id}"><video playsinline=""></video></div>${overlay(capt)}</div>` +
    comments(comment('Julie Petit', `${FB}/julie.petit`, 'Honteux', { lang: 'fr-FR', postUrl: `${FB}/reel/${id}/` })) +
    `</div>`;
  const units = unit(textPost('Karim', 'karim.b', 'Bonjour'), 1) + unit(textPost('Lina', 'lina', 'Salut à tous'), 2);
  const feedReads = [
    [false, 'Karim', 'karim.b', 'Bonjour'],
    [false, 'Lina', 'lina', 'Salut à tous'],
  ];

  it('at the address the dialog takes (/reel/<id>, /watch/?v=, /<page>/videos/<id>): the caption is its post, the feed\'s posts keep their words', async () => {
    for (const url of [`${FB}/reel/${REEL}`, `${FB}/watch/?v=${REEL}`, `${FB}/lemonde/videos/${REEL}/`]) {
      const reads = await readAll(url, feedPage(units, layer(REEL, caption('Nous en prendrons dix en échange', 'Voir plus'))));
      expect(reads.map(brief), url).toEqual([
        ...feedReads,
        [false, 'Le Monde', 'lemonde', 'Nous en prendrons dix en échange…'],
        [true, 'Julie Petit', 'julie.petit', 'Honteux'],
      ]);
      expect(reads[2]!.id).toBe(REEL);
    }
  });

  it('a dialog of several reels reads the one the address names, with its own author; one showing another reel reads none', async () => {
    const NEXT = '222333444555666';
    const reel = (id: string, name: string, handle: string, words: string) =>
      `<div class="x1n2onr6"><div data-video-id="${id}"><video playsinline=""></video></div>` +
      `<div class="x1n2onr6 x78zum5 xdt5ytf"><div class="x78zum5"><span class="xt0psk2"><a class="${C.link}" href="${href(`${FB}/${handle}`)}" role="link" tabindex="0"><span class="${C.sub}" dir="auto">${name}</span></a></span></div>` +
      `${caption(words)}</div></div>`;
    // The reel shown first in the layer is the one before; the address names the next one, loaded under it.
    const layers = `<div aria-label="Reel" role="dialog">${reel(REEL, 'Alice Martin', 'alice.martin', 'Vacances à Biarritz')}${reel(NEXT, 'Le Monde', 'lemonde', 'Nous en prendrons dix en échange')}</div>`;
    const reads = await readAll(`${FB}/reel/${NEXT}`, feedPage(units, layers));
    expect(reads.map(brief)).toEqual([...feedReads, [false, 'Le Monde', 'lemonde', 'Nous en prendrons dix en échange']]);
    expect(reads[2]!.id).toBe(NEXT);
    // Scrolled from one reel to the next in the same layer (the address changes, the layer stays): each is read with
    // its own author, also within the second the layer's author is kept for.
    const scrolled = await withPage(`${FB}/reel/${REEL}`, feedPage(units, layers), (doc) => {
      const first = ad.findPosts(doc).map((el) => ad.read(el));
      doc.defaultView!.history.pushState({}, '', `/reel/${NEXT}`);
      return [first, ad.findPosts(doc).map((el) => ad.read(el))];
    });
    expect(scrolled.map((reads) => reads.filter((d) => !d.isComment && /^\d+$/.test(d.id)).map((d) => [d.author.name, d.id]))).toEqual([
      [['Alice Martin', REEL]],
      [['Le Monde', NEXT]],
    ]);
    const other = await readAll(`${FB}/reel/${NEXT}`, feedPage(units, layer(REEL, caption('Nous en prendrons dix en échange'))));
    expect(other.map(brief)).toEqual([...feedReads, [true, 'Julie Petit', 'julie.petit', 'Honteux']]);
  });

  it('a dialog over a post\'s address (no video named) takes no bare link for an author; a reel without a caption is no post', async () => {
    const capt = caption('Nous en prendrons dix en échange');
    const overPost = await readAll(`${FB}/lemonde/posts/pfbid0abc`, feedPage(units, layer(REEL, capt)));
    expect(overPost.map(brief)).toEqual([...feedReads, [true, 'Julie Petit', 'julie.petit', 'Honteux']]);
    const bare = await readAll(`${FB}/reel/${REEL}`, feedPage(units, layer(REEL, '')));
    expect(bare.map(brief)).toEqual([...feedReads, [true, 'Julie Petit', 'julie.petit', 'Honteux']]);
  });
});

// Where Facebook does mark the words, the marked message is the text: bare spans are read only in its absence.
describe('Facebook: a marked message on a video page', () => {
  it('is read as before, the bare spans of the page left aside', async () => {
    const capt = message(para('Texte marqué du post'));
    const reads = await readAll(`${FB}/watch/?v=${VIDEO}`, watchPage(capt));
    expect(reads.filter((d) => !d.isComment).map(brief)).toEqual([[false, 'Le Monde', 'lemonde', 'Texte marqué du post']]);
  });
});
