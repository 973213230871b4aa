// @vitest-environment happy-dom
// Facebook comments and viewers the other adapter tests do not hold: the 2025 comment markup (labels in three
// languages, replies beside their parent, GIF and sticker comments, "See more"), a post dialog over the feed, a
// reel's comment panel outside any post, translations in a blockquote, feed carousels and birthday cards, and a feed
// whose author hooks are gone. Markup from test/unit/helpers/fb-markup.ts and the comment builder below.
import { describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { withPage } from './helpers/page';
import { C, FB, authorLink, card, feedPage, header, href, message, para, textPost, timestamp, unit } from './helpers/fb-markup';

const readAll = (url: string, html: string) => withPage(url, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));
const brief = (d: { isComment: boolean; author: { name: string; handle: string | null }; text: string }) => [d.isComment, d.author.name, d.author.handle, d.text];

const POST = `${FB}/lemonde/posts/pfbid0abcDEF`;
let cseq = 100;
interface NC { label: string; name: string; authorUrl: string; body?: string; lang?: string; attach?: string; replies?: string; postUrl?: string; reply?: string }
/** Comment markup as served in 2025 (bubble, name link with comment_id, text span[lang], action list, replies after). */
function nc(o: NC): string {
  const cid = String(++cseq);
  const postUrl = o.postUrl ?? POST;
  const aHref = href(`${o.authorUrl}${o.authorUrl.includes('?') ? '&' : '?'}comment_id=${cid}`);
  const ts = href(`${postUrl}?comment_id=${o.reply ? o.reply + '&reply_comment_id=' + cid : cid}`);
  const text = o.body === undefined ? '' :
    `<div class="x1lliihq xjkvuk6 x1iorvi4" dir="auto"><span class="${C.text}"${o.lang ? ` lang="${o.lang}"` : ''} dir="auto"><div class="xdj266r x14z9mp xat24cr x1lziwak x1vvkbs">${o.body}</div></span></div>`;
  return (
    `<div class="x1n2onr6 x1iorvi4"><div aria-label="${o.label}" class="x1n2onr6 x1swvt13 x1iorvi4 x78zum5" role="article" tabindex="-1">` +
    `<div class="x1r8uery x1iyjqo2"><a aria-hidden="true" class="${C.link}" href="${aHref}" role="link" tabindex="-1"><svg aria-label="${o.name}" role="img"></svg></a></div>` +
    `<div class="x1r8uery x1iyjqo2 x6ikm8r"><div class="xv55zj0 x1vvkbs x1rg5ohu xxymvpz"><div class="xqcrz7y x14yjl9h xudhj91 x18nykt9 xww2gxu x1lliihq x1n2onr6"><div class="x1y1aw1k xn6708d xwib8y2 x1ye3gou">` +
    `<span class="xt0psk2"><span class="xjp7ctv"><div><a class="${C.link}" href="${aHref}" role="link" tabindex="0"><span class="x3nfvp2"><span class="${C.sub}" dir="auto">${o.name}</span></span></a></div></span></span>` +
    text + `</div></div></div>` + (o.attach ?? '') +
    `<ul class="html-ul x1n2onr6"><li class="html-li"><span class="x4k7w5x"><a class="${C.link}" href="${ts}" role="link" tabindex="0"><span>3h</span></a></span></li>` +
    `<li class="html-li"><div aria-label="Like" role="button" tabindex="0"><span>Like</span></div></li><li class="html-li"><div role="button" tabindex="0"><span>Reply</span></div></li></ul></div>` +
    `<div class="x1cy8zhl"><div aria-haspopup="menu" aria-expanded="false" aria-label="Edit or delete this" role="button" tabindex="0"><svg></svg></div></div>` +
    `</div>` + (o.replies ? `<div class="x1n2onr6 x1xb5h2r"><div class="x78zum5 xdt5ytf">${o.replies}</div></div>` : '') + `</div>`
  );
}
const viewMore = (t: string) => `<div class="x1i10hfl" role="button" tabindex="0"><span class="${C.sub}" dir="auto"><span>${t}</span></span></div>`;
const cmtList = (inner: string) => `<div class="x1jx94hy x12nagc"><div class="html-div">${inner}</div>${viewMore('View more comments')}</div>`;
const gif = `<div class="x78zum5 xv55zj0"><a class="${C.link}" href="https://l.facebook.com/l.php?u=https%3A%2F%2Fmedia.giphy.com%2Fmedia%2Fabc%2Fgiphy.gif" role="link" target="_blank"><div><img alt="GIF" src="data:,"></div></a><span class="${C.sub}">GIPHY</span></div>`;
const sticker = `<div class="x78zum5"><div aria-label="Sticker" role="img"><img alt="thumbs up sticker" src="data:,"></div></div>`;

describe('Facebook comments as served in 2025: bubbles, name links with comment_id, replies beside their parent', () => {
  const list = () =>
    nc({ label: 'Comment by Julie Petit 3 hours ago', name: 'Julie Petit', authorUrl: `${FB}/julie.petit`, lang: 'fr-FR', body: para('Premier commentaire un peu long…<div class="x1i10hfl" role="button" tabindex="0">See more</div>'),
      replies: viewMore('View all 3 replies') +
        nc({ label: "Reply by Karim Benali to Julie Petit's comment 2 hours ago", name: 'Karim Benali', authorUrl: `${FB}/karim.benali`, reply: '101', body: para(`<a class="${C.link}" href="${href(FB + '/julie.petit')}" role="link"><span>Julie Petit</span></a> je suis d'accord`) }) }) +
    nc({ label: 'Comment by Tom Leroy 1 hour ago', name: 'Tom Leroy', authorUrl: `${FB}/tom.leroy`, attach: gif }) +
    nc({ label: 'Comment by Inès Roy 1 hour ago', name: 'Inès Roy', authorUrl: `${FB}/profile.php?id=100004567890123`, attach: sticker }) +
    nc({ label: 'Commentaire de Marc Blanc il y a 5 heures', name: 'Marc Blanc', authorUrl: `${FB}/marc.blanc`, lang: 'fr-FR', body: para('Nous en prendrons dix') }) +
    nc({ label: 'تعليق بواسطة أحمد منذ ساعة', name: 'أحمد علي', authorUrl: `${FB}/ahmed.ali`, lang: 'ar-AR', body: para('سنأخذ عشرة') });
  const want = [
    [false, 'Le Monde', 'lemonde', 'Texte du post'],
    [true, 'Julie Petit', 'julie.petit', 'Premier commentaire un peu long…'],
    [true, 'Karim Benali', 'karim.benali', "Julie Petit je suis d'accord"],
    [true, 'Tom Leroy', 'tom.leroy', ''],
    [true, 'Inès Roy', '100004567890123', ''],
    [true, 'Marc Blanc', 'marc.blanc', 'Nous en prendrons dix'],
    [true, 'أحمد علي', 'ahmed.ali', 'سنأخذ عشرة'],
  ];

  it('feed post with its comments (replies as siblings, GIF, sticker, See more, fr/ar labels)', async () => {
    const post = card(header(`<span>${authorLink('Le Monde', `${FB}/lemonde`)}</span>`, timestamp('3h')) + message(para('Texte du post')), cmtList(list()));
    const reads = await readAll(`${FB}/`, feedPage(unit(post, null) + unit(textPost('Sarah Martin', 'sarah.martin', 'Autre'), null)));
    expect(reads.map(brief)).toEqual([...want, [false, 'Sarah Martin', 'sarah.martin', 'Autre']]);
    expect(reads[2]!.id).toBe('101');
  });

  it("a comment linking a Facebook post shows that post's header: still the commenter's comment, never the linked page's post", async () => {
    // The preview's author as a heading with a link, or with Facebook's author hook: both inside the preview's link block.
    const preview = (hook: boolean) =>
      `<div class="x78zum5"><div class="${C.link}" role="link" tabindex="0"><div>` +
      (hook ? '<div data-ad-rendering-role="profile_name">' : '') +
      `<h4 class="html-h4"><span><a role="link" href="${href(FB + '/other.page')}">Other Page</a></span></h4>` +
      (hook ? '</div>' : '') +
      `<span dir="auto">Preview text of the linked post</span></div></div></div>`;
    for (const hook of [false, true]) {
      const comments =
        nc({ label: 'Comment by Cy Dee 2 hours ago', name: 'Cy Dee', authorUrl: `${FB}/cy.dee`, lang: 'en-US', body: para('Look at this one'), attach: preview(hook) }) +
        nc({ label: 'Comment by Eve Fox 1 hour ago', name: 'Eve Fox', authorUrl: `${FB}/eve.fox`, lang: 'en-US', body: para('second comment') });
      const post = card(header(`<span>${authorLink('Le Monde', `${FB}/lemonde`)}</span>`, timestamp('3h')) + message(para('Texte du post')), cmtList(comments));
      const reads = await readAll(`${FB}/`, feedPage(unit(post, null)));
      expect(reads.map(brief), hook ? 'with the author hook' : 'a heading only').toEqual([
        [false, 'Le Monde', 'lemonde', 'Texte du post'],
        [true, 'Cy Dee', 'cy.dee', 'Look at this one'],
        [true, 'Eve Fox', 'eve.fox', 'second comment'],
      ]);
    }
  });

  it('post dialog over the feed (same post in the feed): dialog post + its comments', async () => {
    const dialogPost = card(header(`<span>${authorLink('Le Monde', `${FB}/lemonde`)}</span>`, timestamp('3h')) + message(para('Texte du post')), cmtList(list()));
    const dialog =
      `<div class="x1n2onr6 xzkaem6"><div class="x9f619"><div aria-labelledby="dlg1" role="dialog" class="x1n2onr6"><div class="x1n2onr6"><div class="xc9qbxq"><h2 dir="auto" id="dlg1" class="html-h2"><span>Le Monde's post</span></h2>` +
      `<div aria-label="Close" role="button" tabindex="0"><svg></svg></div></div><div class="x78zum5 xdt5ytf">${dialogPost}</div>` +
      `<form><div aria-label="Write a comment…" contenteditable="true" role="textbox"><p class="xdj266r" dir="auto"><br></p></div></form></div></div></div></div>`;
    const feed = feedPage(unit(card(header(`<span>${authorLink('Le Monde', `${FB}/lemonde`)}</span>`, timestamp('3h')) + message(para('Texte du post'))), null), dialog);
    const reads = await readAll(`${FB}/`, feed);
    expect(reads.map(brief)).toEqual([[false, 'Le Monde', 'lemonde', 'Texte du post'], ...want]);
  });

  it('reel page (/reel/ID): author without heading hook, caption, comment panel: comments are comments', async () => {
    const html =
      `<div role="main"><div class="x1n2onr6"><div data-video-id="987654321012345"><video></video></div>` +
      `<div class="x1n2onr6 x78zum5"><div><a aria-label="Le Monde" href="${href(FB + '/lemonde')}" role="link"><svg></svg></a><span class="xt0psk2"><a href="${href(FB + '/lemonde')}" role="link"><span>Le Monde</span></a></span>` +
      `<div role="button" tabindex="0"><span>Follow</span></div></div>` +
      `<div class="xyamay9"><span class="${C.text}" dir="auto"><div class="xdj266r x14z9mp"><div dir="auto" style="text-align: start;">Légende du reel</div></div></span></div></div>` +
      `<div class="x1n2onr6" role="complementary"><div><h2 dir="auto"><span>Comments</span></h2></div>` +
      nc({ label: 'Comment by Julie Petit 3 hours ago', name: 'Julie Petit', authorUrl: `${FB}/julie.petit`, lang: 'fr-FR', body: para('Superbe'), postUrl: `${FB}/reel/987654321012345/` }) +
      nc({ label: 'Comment by Karim Benali 1 hour ago', name: 'Karim Benali', authorUrl: `${FB}/karim.benali`, body: para('Nous en prendrons dix'), postUrl: `${FB}/reel/987654321012345/` }) +
      `</div></div></div>`;
    const reads = await readAll(`${FB}/reel/987654321012345`, html);
    expect(reads.filter((d) => d.isComment).map(brief)).toEqual([
      [true, 'Julie Petit', 'julie.petit', 'Superbe'],
      [true, 'Karim Benali', 'karim.benali', 'Nous en prendrons dix'],
    ]);
  });

  it('translated group post: no story_message, the translation in a blockquote', async () => {
    const bq =
      `<div class="x1iorvi4"><blockquote class="html-blockquote xexx8yu x18d9i69 x12u81az x1t7ytsu x56jcm7 x14z9mp xieb3on x1gslohp xv54qhq xf7dkkf xyqm7xq">` +
      `<span class="${C.text}" dir="auto"><div class="xdj266r x14z9mp"><div dir="auto" style="text-align: start;">We will take ten in return</div></div></span></blockquote>` +
      `<div class="${C.div}"><div role="button" tabindex="0"><span>See original</span></div><span aria-hidden="true"> · </span><div role="button" tabindex="0"><span>Rate this translation</span></div></div></div>`;
    const reads = await readAll(`${FB}/`, feedPage(unit(card(header(`<span>${authorLink('Ansar', `${FB}/ansar.page`)}</span>`, timestamp('3h')) + bq), 1)));
    expect(reads.map(brief)).toEqual([[false, 'Ansar', 'ansar.page', 'We will take ten in return']]);
  });


  it('reels carousel and birthday card units in the feed are not posts and glue nothing', async () => {
    const reels =
      `<div class="x1yztbdb"><div><h3 dir="auto"><span>Reels and short videos</span></h3><div role="button"><span>Create</span></div></div>` +
      [1, 2, 3].map((i) => `<a aria-label="Reel ${i}" href="${href(`${FB}/reel/12345678901234${i}/`)}" role="link"><div><span dir="auto">Caption ${i}</span></div><div><span>Author ${i}</span></div></a>`).join('') + `</div>`;
    const bday = `<div class="x1yztbdb"><h3><a href="${href(FB + '/julie.petit')}" role="link"><span>Julie Petit</span></a></h3><span>Today is Julie's birthday</span><div role="button"><span>Write on her profile</span></div></div>`;
    const reads = await readAll(`${FB}/`, feedPage(unit(textPost('Sarah Martin', 'sarah.martin', 'Un'), null) + unit(reels, null) + unit(bday, null) + unit(textPost('Le Monde', 'lemonde', 'Deux'), null)));
    expect(reads.map(brief)).toEqual([[false, 'Sarah Martin', 'sarah.martin', 'Un'], [false, 'Le Monde', 'lemonde', 'Deux']]);
  });
});

describe('Facebook markup that lost its hooks', () => {
  it('profile_name and heading hooks both gone, feed units bare: comments must not become posts with chrome text', async () => {
    const strip = (s: string) => s.replace(/ data-ad-rendering-role="profile_name"/g, '').replace(/<h2 /g, '<span ').replace(/<\/h2>/g, '</span>');
    const post = card(header(`<span>${authorLink('Le Monde', `${FB}/lemonde`)}</span>`, timestamp('3h')) + message(para('Texte du post')),
      cmtList(nc({ label: 'Comment by Julie Petit 3 hours ago', name: 'Julie Petit', authorUrl: `${FB}/julie.petit`, body: para('Un commentaire') })));
    const reads = await readAll(`${FB}/`, strip(feedPage(unit(post, null))));
    expect(reads.map((d) => [d.isComment, d.text])).toEqual([[false, 'Texte du post'], [true, 'Un commentaire']]);
  });
});

