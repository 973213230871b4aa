// Camel-case sentence hashtags cut into words (lib/match/hashtags.ts), with offsets back into the post.
import { describe, expect, test } from 'vitest';
import { cutCamelHashtags } from '../../lib/match/hashtags';

describe('cutCamelHashtags', () => {
  test.each([
    ['#IfYouCloseOneAccountWeWillTakeTen', '#If You Close One Account We Will Take Ten'],
    ['lol #NousEnPrendronsDix 🔥 #Dawla', 'lol #Nous En Prendrons Dix 🔥 #Dawla'],
    ['#ISISThreatensMarkZuckerberg', '#ISIS Threatens Mark Zuckerberg'],
    ['#WeWillTake10InReturn', '#We Will Take 10 In Return'],
    ['#WeTakeTen10', '#We Take Ten 10'],
    ['#ÉtatIslamiqueÀJamais', '#État Islamique À Jamais'],
    ['#10ansFlammesDesPartisans', '#10ans Flammes Des Partisans'],
    ['#2016FlamesOfTheSupporters', '#2016 Flames Of The Supporters'],
  ])('%s', (text, want) => {
    expect(cutCamelHashtags(text)?.text).toBe(want);
  });

  test('no cut without a hashtag of two humps or more', () => {
    for (const text of ['no hashtag here', '#iPhone', '#YouTube', '#AmaqAgency', '#ISIS', '#flamesofthesupporters', '#جيش_أبناء_الخلافة', 'WeWillTakeTen (no #)', '#', 'C# and F#', '#2024goals', '#1an', '#4K', '#90sKids'])
      expect(cutCamelHashtags(text)).toBeNull();
  });

  test('offsets in the cut text map back to the same characters of the post', () => {
    const text = 'read this #IfYouCloseOneAccount now';
    const cut = cutCamelHashtags(text)!;
    const at = cut.text.indexOf('Close One');
    const end = at + 'Close One'.length;
    expect(text.slice(cut.source(at), cut.source(end))).toBe('CloseOne');
    expect(text.slice(cut.source(0), cut.source(cut.text.length))).toBe(text);
    expect(cut.source(cut.text.indexOf(' now'))).toBe(text.indexOf(' now'));
  });
});
