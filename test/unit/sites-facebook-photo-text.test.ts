// @vitest-environment happy-dom
// Facebook adapter: the words Facebook read in a post's photo. Its automatic description (the image's alt) quotes
// them ("May be an image of text that says '…'"); those quoted words are part of the post's text, so an image of the
// threat is matched like the threat written out. Descriptions without quoted words, and comments' photos, add nothing.

import { describe, expect, it } from 'vitest';
import { facebookAdapter as ad } from '../../lib/sites/facebook';
import { withPage } from './helpers/page';

const FB = 'https://www.facebook.com';
const para = (words: string) => `<span dir="auto"><div dir="auto" style="text-align: start;">${words}</div></span>`;
const photo = (alt: string, href = `${FB}/photo/?fbid=1029384756&set=pcb.555`) =>
  `<div class="x10l6tqk"><a href="${href}" role="link" tabindex="0"><div class="x1n2onr6"><img alt="${alt}" class="x1ey2m1c xds687c" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-imgperflogname="feedImage"></div></a></div>`;
const post = (message: string, media: string, extra = '') =>
  `<div role="feed"><div aria-posinset="1" aria-describedby="h1"><div>
    <div data-ad-rendering-role="profile_name"><h2><a href="${FB}/nour.elhoda.3" role="link"><strong><span>Nour El Hoda</span></strong></a></h2></div>
    <a href="#" role="link"><span>5h</span></a>
    ${message ? `<div data-ad-rendering-role="story_message"><div data-ad-preview="message">${para(message)}</div></div>` : ''}
    ${media}${extra}
    <div data-ad-rendering-role="like_button"><div role="button">Like</div></div>
  </div></div></div>`;
const texts = (html: string) => withPage(`${FB}/`, html, (doc) => ad.findPosts(doc).map((el) => [ad.read(el).isComment, ad.read(el).text]));

describe('Facebook: the words read in a photo', () => {
  it('a photo alone: the quoted words of its description are the post\'s text', async () => {
    const html = post('', photo("May be an image of text that says 'IF YOU CLOSE ONE OF OUR ACCOUNTS, WE WILL TAKE TEN IN RETURN'"));
    expect(await texts(html)).toEqual([[false, 'IF YOU CLOSE ONE OF OUR ACCOUNTS, WE WILL TAKE TEN IN RETURN']]);
  });

  it('after the message, in French and Arabic descriptions too, and with Facebook\'s media marker without a link', async () => {
    const fr = photo('Peut être une image de texte qui dit « SI VOUS FERMEZ UN DE NOS COMPTES »');
    const ar = `<img alt="قد تكون صورة ‏نص‏ مفاده '‏جيش أبناء الخلافة‏'‏" data-visualcompletion="media-vc-image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`;
    expect(await texts(post('Regardez ce qui circule 😡', fr + ar))).toEqual([
      [false, 'Regardez ce qui circule 😡\nSI VOUS FERMEZ UN DE NOS COMPTES\n‏جيش أبناء الخلافة‏'],
    ]);
  });

  it('reads no apostrophe as a quote, and no link card\'s picture', async () => {
    const card = `<a href="https://example.com/photography/march" role="link"><img alt="Women's March 2025 in pictures, 'a day to remember'" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a>`;
    const media =
      photo("Peut être une image de l'intérieur et de 2 personnes") +
      photo("May be an image of 2 people and St. Peter's Basilica") +
      photo("Peut être une image d'une personne et texte qui dit « NOUS N'OUBLIONS RIEN » et l’intérieur") +
      photo("May be an image of text that says 'WE DON'T FORGET, WE'LL TAKE TEN'");
    expect(await texts(post('Vu ce matin', media + card))).toEqual([[false, "Vu ce matin\nNOUS N'OUBLIONS RIEN\nWE DON'T FORGET, WE'LL TAKE TEN"]]);
  });

  it('adds nothing for a description without quoted words, and never a comment\'s photo', async () => {
    const comment = `<div role="article" aria-label="Comment by Lina"><a href="${FB}/lina" role="link"><span>Lina</span></a>${para('look')}${photo("May be an image of text that says 'Sons of the Caliphate Army'")}</div>`;
    const html = post('Market day in Lyon', photo('May be an image of 3 people, people smiling and crowd'), comment);
    expect(await texts(html)).toEqual([
      [false, 'Market day in Lyon'],
      [true, "look\nSons of the Caliphate Army"],
    ]);
  });
});
