// Whether a stretch of a post stands inside quotation marks (lib/match/quoted.ts): what excuses a pattern's quoted term.
import { describe, expect, test } from 'vitest';
import { insideQuotes } from '../../lib/match/quoted';

const at = (text: string, words: string): boolean => {
  const i = text.indexOf(words);
  expect(i, `"${words}" in the test text`).toBeGreaterThanOrEqual(0);
  return insideQuotes(text, i, i + words.length);
};

describe('insideQuotes', () => {
  test.each([
    ['La police a ouvert une enquête : « on connaît vos noms ». Le syndicat réagit.', 'on connaît vos noms'],
    ['Police say the emails ("we know your bylines") used old images', 'we know your bylines'],
    ['“we know where you work” said the post', 'we know where you work'],
    ['Er schrieb „wir kennen eure Namen“ an die Redaktion', 'wir kennen eure Namen'],
    ['تلقوا رسائل "أقرب إليكم مما تظنون" من حسابات', 'أقرب إليكم مما تظنون'],
    ['وصلتهم رسالة «نعرفكم بأسمائكم» من حساب وهمي', 'نعرفكم بأسمائكم'],
    ['Mods were told ‘we have your names.’ after a ban', 'we have your names'],
    ['« Il a écrit “on connaît vos noms” puis a supprimé », raconte-t-elle.', 'on connaît vos noms'],
    ["Selon l'AFP, « l'État islamique n'oublie rien » a été tagué", "l'État islamique n'oublie rien"],
  ])('quoted: %s', (text, words) => {
    expect(at(text, words)).toBe(true);
  });

  test.each([
    ['Les journalistes, on connaît vos noms et vos rédactions.', 'on connaît vos noms'],
    ['«Baqiya» : journalistes, on connaît vos noms', 'on connaît vos noms'],
    ['He wrote "hello" then: we know where you work', 'we know where you work'],
    // Straight single quotes, and typographic apostrophes, are not quotes.
    ["'Cause we know your names, moderators, we're comin'", 'we know your names'],
    ['Don’t think we don’t know where you work', 'know where you work'],
    // A quote ends with its paragraph.
    ['« on connaît\nvos noms »', 'vos noms'],
    ['« on connaît\u2029vos noms »', 'vos noms'],
    // Opened and never closed.
    ['« on connaît vos noms, et ça continue', 'on connaît vos noms'],
    // Closing marks alone open nothing.
    ['on connaît vos noms » et ’ vos rédactions', 'on connaît vos noms'],
  ])('not quoted: %s', (text, words) => {
    expect(at(text, words)).toBe(false);
  });

  test('a post without quotation marks, then one with them, each answered for itself', () => {
    const plain = 'Journalistes : on connaît vos noms.';
    const quoted = 'Il a écrit « on connaît vos noms ».';
    expect(at(plain, 'on connaît vos noms')).toBe(false);
    expect(at(plain, 'vos noms')).toBe(false);
    expect(at(quoted, 'on connaît vos noms')).toBe(true);
    expect(at(plain, 'on connaît vos noms')).toBe(false);
  });

  test('a long post costs one pass over its paragraph per look', () => {
    const text = '« '.repeat(20_000) + 'we know your names' + ' »'.repeat(20_000);
    expect(at(text, 'we know your names')).toBe(true);
  });
});
