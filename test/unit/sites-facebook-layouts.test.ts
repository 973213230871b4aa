// @vitest-environment happy-dom
// Facebook adapter against layouts the saved fixture pages do not hold: feed units without aria-posinset, Messenger
// chat windows, group posts in the news feed, member badges on comments, the photo viewer, text chrome, and the
// pages that list no posts. Markup from test/unit/helpers/fb-markup.ts, or a fixture page altered in place.

import { afterAll, describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { expectedPage, loadPage } from '../fixtures/sites/load';
import { C, FB, authorLink, card, comment, comments, feedPage, header, href, message, para, photo, textPost, timestamp, unit } from './helpers/fb-markup';
import { withPage } from './helpers/page';

/** Every container the adapter finds on the page, read. */
const readAll = (url: string, html: string) => withPage(url, html, (doc) => ad.findPosts(doc).map((el) => ad.read(el)));

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('Facebook feed units without aria-posinset (2026 feeds: posts are bare children of [role=feed])', () => {
  for (const key of ['feed', 'group', 'page']) {
    it(`fixture page "${key}" with its units stripped of aria-posinset/describedby/labelledby: every post and comment still found`, () => {
      const page = expectedPage('facebook', key);
      const l = loadPage(page);
      closers.push(l.close);
      for (const el of Array.from(l.document.querySelectorAll('[aria-posinset]'))) {
        for (const attr of ['aria-posinset', 'aria-describedby', 'aria-labelledby']) el.removeAttribute(attr);
      }
      const reads = ad.findPosts(l.document).map((el) => ad.read(el));
      // Ids may differ (a hashed id carries the feed position); who wrote what, and the flagged posts, must not.
      expect(reads.map((d) => [d.author.name, d.isComment, d.text])).toEqual(page.posts.map((p) => [p.author.name, p.isComment, p.text]));
    });
  }

  it('a photo-only post between two text posts is its own post; the first post does not swallow the others', async () => {
    const units =
      unit(textPost('Sarah Martin', 'sarah.martin', 'Premier message'), null) +
      unit(textPost('Karim Benali', 'karim.benali', null, photo('10155')), null) +
      unit(textPost('Le Monde', 'lemonde', 'Second message'), null);
    const reads = await readAll(`${FB}/`, feedPage(units));
    expect(reads.map((d) => [d.author.name, d.text])).toEqual([
      ['Sarah Martin', 'Premier message'],
      ['Karim Benali', ''],
      ['Le Monde', 'Second message'],
    ]);
    // A photo-only post is known by its photo, as in the fixture feed.
    expect(reads[1]!.id).toBe('10155');
  });

  it('a message Facebook renders twice side by side is read once; a share whose original says other words keeps both', async () => {
    const words = 'Si vous fermez un de nos comptes, nous en prendrons dix en échange';
    const twice = card(header(authorLink('Nour El Hoda', 'nour.elhoda.3'), timestamp('5 h')) + message(para(words)) + message(para(words)));
    const shared =
      `<div class="attachment"><div class="head"><div data-ad-rendering-role="profile_name"><h4><span><a role="link" href="${FB}/OriginalPage">Original Page</a></span></h4></div>` +
      `<span><a role="link" href="${FB}/OriginalPage/posts/pfbid02abc">5 h</a></span></div><div data-ad-comet-preview="message">${para('Le texte partagé')}</div></div>`;
    const units = unit(twice, null) + unit(textPost('Tom Leroy', 'tom.leroy', 'À lire', shared), null);
    const reads = await readAll(`${FB}/`, feedPage(units));
    expect(reads.map((d) => [d.author.name, d.text])).toEqual([
      ['Nour El Hoda', words],
      ['Tom Leroy', 'À lire\nLe texte partagé'],
    ]);
  });

  it("a share without words of its own: the shared post's text, under the sharer's name", async () => {
    const shared =
      `<div class="attachment"><div class="head"><div data-ad-rendering-role="profile_name"><h4><span><a role="link" href="${FB}/OriginalPage">Original Page</a></span></h4></div>` +
      `<span><a role="link" href="${FB}/OriginalPage/posts/pfbid02abc">5 h</a></span></div><div data-ad-comet-preview="message">${para('Le texte partagé')}</div></div>`;
    const units = unit(textPost('Tom Leroy', 'tom.leroy', null, shared), null) + unit(textPost('Le Monde', 'lemonde', 'Autre message'), null);
    const reads = await readAll(`${FB}/`, feedPage(units));
    expect(reads.map((d) => [d.author.name, d.text])).toEqual([
      ['Tom Leroy', 'Le texte partagé'],
      ['Le Monde', 'Autre message'],
    ]);
  });
});

describe('Messenger chat is neither posts nor comments', () => {
  // A chat window docked over any page: its message list is a grid whose bubbles are ARIA articles.
  const dock =
    `<div class="x1n2onr6 xzkaem6"><div aria-label="Chat with Karim Benali" role="dialog" class="x1n2onr6"><div role="banner"><a href="${FB}/karim.benali" role="link"><span>Karim Benali</span></a></div>` +
    `<div aria-label="Messages in conversation with Karim Benali" role="grid"><div role="row"><div role="gridcell"><div role="article" aria-label="Karim Benali: message">` +
    `<div dir="auto" class="html-div x1gslohp x11i5rnm x12nagc x1mh8g0r x1yc453h x126k92a x18lvrbx">if you close one account we will take 10 in return</div></div></div></div>` +
    `<div role="row"><div role="gridcell"><div role="article"><span class="${C.text}" dir="auto"><div dir="auto" style="text-align: start;">Private reply in the chat</div></span></div></div></div></div></div></div>`;

  it('a chat window docked over the news feed: only the feed post is read', async () => {
    const reads = await readAll(`${FB}/`, feedPage(unit(textPost('Sarah Martin', 'sarah.martin', 'Bonjour'), 1), dock));
    expect(reads.map((d) => [d.author.name, d.text, d.isComment])).toEqual([['Sarah Martin', 'Bonjour', false]]);
  });

  it('the Messenger page (/messages/t/…) holds no posts', async () => {
    expect(await readAll(`${FB}/messages/t/100004567890123`, `<div role="main">${dock}</div>`)).toEqual([]);
  });
});

describe('Facebook group posts and comments', () => {
  const GROUP = `${FB}/groups/451236789012345`;

  it('a group post in the news feed: the title line names the group, the author is the member on the sub line', async () => {
    // Comet news feed: the story title (profile_name, an h4 here) holds the group; "Author · 3h" is the second line.
    const title = `<span class="xt0psk2">${authorLink('Parents de Belleville', `${GROUP}/`)}</span>`;
    const sub =
      `<span class="xt0psk2"><span><a class="${C.link}" href="${GROUP}/user/100004567890123/?__cft__[0]=AZx&amp;__tn__=%3C%2CP-R" role="link" tabindex="0"><span>Nadia Haddad</span></a></span></span>` +
      `<span aria-hidden="true"> · </span>${timestamp('3h')}`;
    const reads = await readAll(`${FB}/`, feedPage(unit(card(header(title, sub, 'h4') + message(para('Quelqu’un connaît une nounou ?'))), 1)));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.author).toEqual({ name: 'Nadia Haddad', handle: '100004567890123', profileUrl: `${GROUP}/user/100004567890123/` });
    expect(reads[0]!.text).toBe('Quelqu’un connaît une nounou ?');
  });

  it("a group post in the news feed: the member's link may name the group by its id, a Page may post, a participant may be anonymous", async () => {
    const title = `<span class="xt0psk2">${authorLink('Supporters Lyonnais 1950', `${FB}/groups/supporterslyonnais1950/`)}</span>`;
    const sub = (who: string) => `${who}<span aria-hidden="true"> · </span>${timestamp('3h')}`;
    const link = (name: string, url: string) => `<span class="xt0psk2"><span><a class="${C.link}" href="${url}?__cft__[0]=AZx" role="link" tabindex="0"><span>${name}</span></a></span></span>`;
    const byId = link('Karim B.', `${FB}/groups/1478523690012345/user/100012345678901/`);
    const byPage = link('Covoiturage Lyon Infos', `${FB}/covoiturage.lyon.infos`);
    const anonymous = `<span class="xt0psk2"><strong><span>Anonymous participant</span></strong></span>`;
    const post = (who: string, pos: number) => unit(card(header(title, sub(who), 'h4') + message(para('Match ce soir ?'))), pos);
    const reads = await readAll(`${FB}/`, feedPage(post(byId, 1) + post(byPage, 2) + post(anonymous, 3)));
    expect(reads.map((d) => d.author)).toEqual([
      { name: 'Karim B.', handle: '100012345678901', profileUrl: `${FB}/groups/1478523690012345/user/100012345678901/` },
      { name: 'Covoiturage Lyon Infos', handle: 'covoiturage.lyon.infos', profileUrl: `${FB}/covoiturage.lyon.infos` },
      // An anonymous participant is named as the post names them, never as the group.
      { name: 'Anonymous participant', handle: null, profileUrl: null },
    ]);
  });

  it('an anonymous participant titled "Anonymous participant ▸ Group", or under the group with only a photo: never the time, the photo or the group', async () => {
    const group = `${FB}/groups/supporterslyonnais1950/`;
    const groupLink = `<span class="xt0psk2">${authorLink('Supporters Lyonnais 1950', group)}</span>`;
    // The time links to the photo (/photo/?fbid=…), as in the viewer; the photo's description quotes a threat.
    const timeToPhoto = `<span><a class="${C.link}" href="${FB}/photo/?fbid=555&set=pcb.9" role="link" tabindex="0"><span>3h</span></a></span>`;
    const ocr = `<div><a class="${C.link}" href="${FB}/photo/?fbid=556&set=pcb.9" role="link" tabindex="0"><img alt="May be an image of text that says 'nous en prendrons dix'" src="data:,"></a></div>`;
    const inTitle = `<span class="xt0psk2"><strong><span>Participant anonyme</span></strong></span> <span>▸</span> ${groupLink}`;
    const reads = await readAll(
      `${FB}/`,
      feedPage(
        unit(card(header(inTitle, timeToPhoto) + message(para('Match ce soir ?'))), 1) +
          unit(card(header(groupLink, `<span class="xt0psk2"><span>Anonymous participant</span></span><span aria-hidden="true"> · </span>${timeToPhoto}`) + ocr), 2),
      ),
    );
    expect(reads.map((d) => d.author)).toEqual([
      { name: 'Participant anonyme', handle: null, profileUrl: null },
      { name: 'Anonymous participant', handle: null, profileUrl: null },
    ]);
  });

  it('under a group title with no member link, a time not yet linked and the post\'s words are no name: the group is credited', async () => {
    const group = `${FB}/groups/supporterslyonnais1950/`;
    const title = `<span class="xt0psk2">${authorLink('Supporters Lyonnais 1950', group)}</span>`;
    const noHref = `<span><a role="link" tabindex="0"><span>3h</span></a></span>`;
    const unmarked = `<div><div dir="auto">Rendez-vous samedi devant le stade</div></div>`;
    const sub = (t: string) => `<span class="${C.sub}" dir="auto"><span>${t}</span></span>`;
    const reads = await readAll(
      `${FB}/`,
      feedPage(
        unit(card(header(title, noHref) + unmarked), 1) +
          unit(card(header(title, sub('Yesterday at 10:42')) + message(para('Bonjour'))), 2) +
          unit(card(header(title, sub('17 minutes')) + message(para('Bonsoir'))), 3),
      ),
    );
    expect(reads.map((d) => d.author.name)).toEqual(['Supporters Lyonnais 1950', 'Supporters Lyonnais 1950', 'Supporters Lyonnais 1950']);
    // A name may hold digits.
    const numbered = await readAll(`${FB}/`, feedPage(unit(card(header(title, `${sub('Anonymous participant 412')}<span> · </span>${timestamp('3h')}`) + message(para('Bonjour'))), 1)));
    expect(numbered[0]!.author.name).toBe('Anonymous participant 412');
  });

  it('a comment whose member badge ("Top contributor", a link to the badge list) sits above the name: the name is the author', async () => {
    const badge =
      `<div class="x1lliihq"><a class="${C.link}" href="${GROUP}/badge_member_list/?badge_type=TOP_CONTRIBUTOR" role="link" tabindex="0">` +
      `<span class="${C.sub}"><svg></svg>Top contributor</span></a></div>`;
    const post = card(
      header(`<span class="xt0psk2">${authorLink('Nadia Haddad', `${GROUP}/user/100004567890123/`)}</span>`, timestamp('3h')) + message(para('Question')),
      comments(comment('Julie Petit', `${GROUP}/user/100009999999999/`, 'Réponse utile', { badge, postUrl: `${GROUP}/posts/987654321` })),
    );
    const reads = await readAll(GROUP, feedPage(unit(post, 1)));
    expect(reads.map((d) => [d.isComment, d.author.name, d.text])).toEqual([
      [false, 'Nadia Haddad', 'Question'],
      [true, 'Julie Petit', 'Réponse utile'],
    ]);
    expect(reads[1]!.author.handle).toBe('100009999999999');
  });
});

describe('Facebook photo viewer (/photo/?fbid=…): no feed, the post is in the side column', () => {
  const PHOTO_URL = `${FB}/photo/?fbid=10155&set=a.111`;
  const viewer = (head: string) =>
    `<div role="main"><div data-pagelet="MediaViewerPhoto"><img alt="May be an image" src="data:,"></div>` +
    `<div role="complementary"><div class="x1n2onr6">${head}` +
    // The caption carries no message marker here.
    `<div class="${C.div}"><span class="${C.text}" dir="auto"><div dir="auto" style="text-align: start;">Légende de la photo</div></span></div>` +
    comments(comment('Julie Petit', `${FB}/julie.petit`, 'Superbe photo', { lang: 'fr-FR', postUrl: PHOTO_URL })) +
    `</div></div></div>`;
  const want = [
    [false, 'Sarah Martin', 'Légende de la photo', '10155'],
    [true, 'Julie Petit', 'Superbe photo', '1234567890'],
  ];

  it('the author header with its profile_name hook: the caption is the post, the comment its own', async () => {
    const head = header(`<span class="xt0psk2">${authorLink('Sarah Martin', `${FB}/sarah.martin`)}</span>`, timestamp('3h'));
    const reads = await readAll(PHOTO_URL, viewer(head));
    expect(reads.map((d) => [d.isComment, d.author.name, d.text, d.id])).toEqual(want);
    expect(reads[0]!.url).toBe(PHOTO_URL);
  });

  it('the author as a bare link beside the photo, no heading (a Page\'s photo): the same, on the photo\'s page and in the viewer over a feed', async () => {
    const head = `<div><span><a class="${C.link}" href="${FB}/sarah.martin" role="link"><span>Sarah Martin</span></a></span><span> · </span><div role="button">Follow</div>${timestamp('3h')}</div>`;
    const reads = await readAll(PHOTO_URL, viewer(head));
    expect(reads.map((d) => [d.isComment, d.author.name, d.text, d.id])).toEqual(want);
    // The viewer opened over a feed (the page's address is the photo's), the feed's posts carrying the hook.
    const layer = `<div role="dialog" aria-label="Photo viewer">${viewer(head).replace('role="main"', '')}</div>`;
    const over = await readAll(PHOTO_URL, feedPage(unit(textPost('Karim', 'karim.b', 'Bonjour'), 1)) + layer);
    expect(over.map((d) => [d.isComment, d.author.name, d.text])).toEqual([
      [false, 'Karim', 'Bonjour'],
      [false, 'Sarah Martin', 'Légende de la photo'],
      [true, 'Julie Petit', 'Superbe photo'],
    ]);
  });

  it('the bare-link author is never a banner link, a link in the caption or a group: the caption alone is not credited to them', async () => {
    const bare = `<div><span><a class="${C.link}" href="${FB}/sarah.martin" role="link"><span>Sarah Martin</span></a></span>${timestamp('3h')}</div>`;
    const banner = `<div role="banner"><a href="${FB}/my.own.name" role="link"><span>Me Myself</span></a></div>`;
    const withBanner = await readAll(PHOTO_URL, banner + viewer(bare));
    expect(withBanner.map((d) => [d.isComment, d.author.name, d.text])).toEqual(want.map((w) => w.slice(0, 3)));
    // Titled with a group (not a profile) and a caption that mentions someone: nobody is made its author.
    const group = `<div><span><a class="${C.link}" href="${FB}/groups/supporterslyonnais/" role="link"><span>Supporters</span></a></span>${timestamp('3h')}</div>`;
    const mention = viewer(group).replace('Légende de la photo', `Merci <a href="${FB}/jane.doe" role="link">Jane Doe</a> pour la photo`);
    const reads = await readAll(PHOTO_URL, mention);
    expect(reads.map((d) => d.author.name)).not.toContain('Jane Doe');
    // The next photo's column, put in by the site, is searched on the page's full pass (the content script asks for
    // one when the address changes): alone, its first link is no author of anything else.
    const column = await withPage(PHOTO_URL, viewer(bare), (doc) => {
      const side = doc.querySelector('[role="complementary"]')!;
      return [ad.findPosts(side), ad.findPosts(doc)].map((found) => found.map((el) => [ad.read(el).isComment, ad.read(el).author.name]));
    });
    expect(column).toEqual([
      [[true, 'Julie Petit']],
      [
        [false, 'Sarah Martin'],
        [true, 'Julie Petit'],
      ],
    ]);
    // A group's photo: the member's link after the group's is the author, not a name the caption mentions.
    const groupPhoto = `<div><span><a class="${C.link}" href="${FB}/groups/4512/" role="link"><span>Supporters</span></a></span> · <span><a class="${C.link}" href="${FB}/groups/4512/user/100001/" role="link"><span>Karim B.</span></a></span>${timestamp('3h')}</div>`;
    const byMember = await readAll(PHOTO_URL, viewer(groupPhoto).replace('Légende de la photo', `Merci <a href="${FB}/jane.doe" role="link">Jane Doe</a> pour la photo`));
    expect(byMember.map((d) => [d.isComment, d.author.name])).toEqual([
      [false, 'Karim B.'],
      [true, 'Julie Petit'],
    ]);
    // A grid of a Page's photos is no photo's page: its links are no posts' authors.
    const grid = `<div role="main"><a href="${FB}/somepage" role="link"><span>Some Page</span></a><div data-pagelet="MediaViewerPhoto"><img alt="x" src="data:,"></div><span class="${C.text}" dir="auto"><div dir="auto">We will find you</div></span></div>`;
    expect(await readAll(`${FB}/somepage/photos`, grid)).toEqual([]);
  });

  it('a bare h2 header (no profile_name hook): the same', async () => {
    const head = `<div><h2 class="html-h2"><span><a class="${C.link}" href="${FB}/sarah.martin" role="link"><strong><span>Sarah Martin</span></strong></a></span></h2>${timestamp('3h')}</div>`;
    const reads = await readAll(PHOTO_URL, viewer(head));
    expect(reads.map((d) => [d.isComment, d.author.name, d.text, d.id])).toEqual(want);
  });
});

describe('Facebook text: the author’s words, not the interface around them', () => {
  const ansar = (body: string) => feedPage(unit(card(header(`<span>${authorLink('Ansar', `${FB}/ansar.page`)}</span>`, timestamp('3h')) + body), 1));

  it('a translated message: "See original · Rate this translation" is not text', async () => {
    const chrome =
      `<div class="${C.div}"><div role="button" tabindex="0" class="${C.button}"><span>See original</span></div><span aria-hidden="true"> · </span>` +
      `<div role="button" tabindex="0"><span>Rate this translation</span></div></div>`;
    const [d] = await readAll(`${FB}/`, ansar(message(para('If you close one of our accounts, we will take ten in return') + chrome)));
    expect(d!.text).toBe('If you close one of our accounts, we will take ten in return');
  });

  it('an Arabic message cut by "See more" (عرض المزيد): paragraphs on their own lines, the control left out', async () => {
    const msg = message(para('إذا أغلقتم حسابا واحدا') + `<div dir="auto" style="text-align: start;">سنأخذ عشرة…<div role="button" tabindex="0">عرض المزيد</div></div>`);
    const [d] = await readAll(`${FB}/`, ansar(msg));
    expect(d!.text).toBe('إذا أغلقتم حسابا واحدا\nسنأخذ عشرة…');
  });

  it('a text-on-background post (no message marker, centred paragraph): its words are read', async () => {
    const bg =
      `<div class="x1n2onr6" style="background-image: url(data:,);"><div class="xh8yej3"><div class="${C.div}">` +
      `<div dir="auto" style="text-align: center;">Nous en prendrons dix en échange</div></div></div></div>`;
    const [d] = await readAll(`${FB}/`, ansar(bg));
    expect(d!.text).toBe('Nous en prendrons dix en échange');
  });

  it('a status on a coloured background as Facebook draws it (styled big letters without a direction, a hidden copy sizing the block): read once', async () => {
    const big = (text: string) =>
      `<div class="x1yx25j4 x13crsa5 x6x52a7 x1rxj1xn xxpdul3" style="color: rgb(255, 255, 255); font-size: 30px; font-style: normal; font-weight: bold; text-align: center;">` +
      `<div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs">${text}</div></div>`;
    const bg = (text: string, sizer = true) =>
      `<div class="x5yr21d xyqdw3p" dir="auto"><div class="xh8yej3"><div class="x1cy8zhl x78zum5 x1nhvcw1 x1n2onr6 xh8yej3" style="background-color: rgb(198, 0, 255);">` +
      (sizer ? `<div aria-hidden="true" class="xh8yej3" style="visibility: hidden;"><div class="xlshs6z">${big(text)}</div></div>` : '') +
      `<div class="x6s0dn4 x78zum5 xdt5ytf x5yr21d" style="position: absolute; inset: 0;">${big(text)}</div></div></div></div>`;
    const [d] = await readAll(`${FB}/`, ansar(bg('SI VOUS FERMEZ UN DE NOS COMPTES, NOUS EN PRENDRONS DIX EN ÉCHANGE')));
    expect(d!.text).toBe('SI VOUS FERMEZ UN DE NOS COMPTES, NOUS EN PRENDRONS DIX EN ÉCHANGE');
    // Shared under the sharer's own marked words: both read.
    for (const sizer of [false, true]) {
      const [s] = await readAll(`${FB}/`, ansar(message(para('Regardez ce qui circule.')) + bg('IF YOU CLOSE ONE OF OUR ACCOUNTS', sizer)));
      expect(s!.text).toBe('Regardez ce qui circule.\nIF YOU CLOSE ONE OF OUR ACCOUNTS');
    }
    // Only the hidden copy in the page (the visible one drawn otherwise): its words are still read.
    const only = `<div class="x5yr21d xyqdw3p" dir="auto"><div aria-hidden="true" class="xh8yej3">${big('NOUS EN PRENDRONS DIX EN ÉCHANGE')}</div></div>`;
    const [h] = await readAll(`${FB}/`, ansar(only));
    expect(h!.text).toBe('NOUS EN PRENDRONS DIX EN ÉCHANGE');
    // The same words twice in the sharer's own message are the sharer's: both kept.
    const [w] = await readAll(`${FB}/`, ansar(message(para('Partagez.') + para('Partagez.'))));
    expect(w!.text).toBe('Partagez.\nPartagez.');
  });

  it('a sponsored post: found once, its message read, its shop link unwrapped from l.facebook.com', async () => {
    const sub = `<span><span><a aria-label="Sponsored" class="${C.link}" href="#" role="link" tabindex="0"><span><span aria-labelledby=":r1:"><canvas width="60" height="12"></canvas></span></span></a></span></span>`;
    const att =
      `<div><a class="${C.link}" href="https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.com%2Fp%3Ffbclid%3Dx&amp;h=AT1" rel="nofollow noreferrer" role="link" target="_blank">` +
      `<div data-ad-rendering-role="title"><span>Shop now</span></div></a></div>`;
    const reads = await readAll(`${FB}/`, feedPage(unit(card(header(`<span>${authorLink('Brand', `${FB}/brandpage`)}</span>`, sub) + message(para('Buy it')) + att), 3)));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.text).toBe('Buy it');
    expect(reads[0]!.author.name).toBe('Brand');
    expect(reads[0]!.links).toEqual(['https://shop.example.com/p']);
  });

  it('a Marketplace item page holds no post (the seller and the description are not one)', async () => {
    const html =
      `<div role="main"><div class="x9f619"><h1 dir="auto"><span>Vélo de course</span></h1><span dir="auto">150 €</span>` +
      `<div><span dir="auto">Description</span><div class="xz9dl7a"><span class="${C.text}" dir="auto">Très bon état, cadre alu</span></div></div>` +
      `<div><h2 dir="auto"><span>Seller information</span></h2><a href="${href(`${FB}/marketplace/profile/100004567890123/`)}" role="link"><span>Karim Benali</span></a></div></div></div>`;
    expect(await readAll(`${FB}/marketplace/item/1234567890/`, html)).toEqual([]);
  });
});

describe('Facebook pages that list no posts (the popup must not call them unreadable)', () => {
  const pages: [string, boolean][] = [
    // A group's tabs of people, media and information.
    [`${FB}/groups/451236789012345/members`, false],
    [`${FB}/groups/451236789012345/about`, false],
    [`${FB}/groups/451236789012345/media`, false],
    [`${FB}/groups/451236789012345/events`, false],
    [`${FB}/groups/451236789012345/files`, false],
    // A group's own feed tabs still list posts.
    [`${FB}/groups/451236789012345/buy_sell_discussion`, true],
    // profile.php's other tabs (sk=…); its timeline is covered in sites-facebook.test.ts.
    [`${FB}/profile.php?id=100004567890123&sk=about`, false],
    [`${FB}/profile.php?id=100004567890123&sk=friends`, false],
    [`${FB}/profile.php?id=100004567890123&sk=photos`, false],
    [`${FB}/sarah.martin/about`, false],
    [`${FB}/sarah.martin/friends`, false],
    [`${FB}/search/people/?q=x`, false],
    [`${FB}/events/123456/`, false],
    [`${FB}/share/p/1AbCdEf/`, false],
    [`${FB}/photo/?fbid=123&set=a.456`, true],
  ];
  for (const [url, want] of pages) {
    it(`pageExpectsPosts ${url.replace(FB, '')} → ${want}`, () => expect(ad.pageExpectsPosts(new URL(url))).toBe(want));
  }
});
