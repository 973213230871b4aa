// Arabic clitics written onto a word (lib/match/clitics.ts): onto a one-word term of an `all` pattern, as the matcher
// compiles them into forms of the term's slot, and onto the first word of a phrase, which a second reading splits off.
import { describe, expect, test } from 'vitest';
import { cliticForms } from '../../lib/match/clitics';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';

const P = (id: string, kind: 'phrase' | 'all', terms: string[]): MatcherPattern => ({
  id, packId: 't', name: id, kind, terms, within: kind === 'all' ? 20 : undefined, category: 'direct-threat', severity: 'high', contextId: null,
});

describe('cliticForms', () => {
  test('و ف ب ل and ول before a word; لل and ولل before the article', () => {
    expect(cliticForms('زوكربيرغ')).toEqual(['وزوكربيرغ', 'فزوكربيرغ', 'بزوكربيرغ', 'لزوكربيرغ', 'ولزوكربيرغ']);
    expect(cliticForms('الانصار')).toEqual(['والانصار', 'فالانصار', 'بالانصار', 'للانصار', 'وللانصار']);
  });
  test('none for Latin words, phrases, or words under three letters', () => {
    for (const w of ['zuckerberg', 'جيش الخلافة', 'جي', '']) expect(cliticForms(w), w).toEqual([]);
  });
});

describe('the matcher', () => {
  const m = compileMatcher([P('ten', 'all', ['عشرة', 'زوكربيرغ']), P('group', 'phrase', ['جيش أبناء الخلافة'])]);
  test('finds an all term with a clitic written onto it, highlighted with the clitic', () => {
    const text = 'كل ما يقفلوا حساب بنرجع بعشرة، وزوكربيرغ فاكر إنه هيخلص مننا';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['ten']);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['بعشرة', 'وزوكربيرغ']);
    expect(m.match('عشرة لزوكربيرغ').flagged).toBe(true);
  });
  test('a clitic is read only before the whole word', () => {
    expect(m.match('عشرة وزوكر').flagged).toBe(false);
  });
});

describe('a phrase whose first word carries a clitic (ArabicClitics)', () => {
  const m = compileMatcher([
    P('group', 'phrase', ['جيش أبناء الخلافة']),
    P('sites', 'phrase', ['سنحذف مواقعكم']),
    P('hayat', 'phrase', ['مركز الحياة للإعلام']),
    P('slogan', 'phrase', ['الدولة الإسلامية باقية']),
    P('agency', 'phrase', ['وكالة أعماق']),
    { ...P('level', 'all', ['لستم في مستوانا', 'مارك']), unless: ['المباراة'] },
  ]);
  const found = (text: string): { ids: string[]; spans: string[] } => {
    const r = m.match(text);
    return { ids: r.patterns.map((p) => p.id), spans: r.spans.map((s) => text.slice(s.start, s.end)) };
  };

  test('و ف ب ل before the first word, the phrase highlighted without them', () => {
    expect(found('وجيش أبناء الخلافة يهدد')).toEqual({ ids: ['group'], spans: ['جيش أبناء الخلافة'] });
    expect(found('اقتربت النهاية، فسنحذف مواقعكم')).toEqual({ ids: ['sites'], spans: ['سنحذف مواقعكم'] });
    expect(found('بجيش أبناء الخلافة').ids).toEqual(['group']);
    expect(found('وَسَنَحْذِفُ مواقعكم').ids).toEqual(['sites']); // harakat on the clitic and the word
    expect(found('ولستم في مستوانا يا مارك').ids).toEqual(['level']);
  });

  test('two clitics, and لل before the article ("للدولة" is ل + الدولة, the alef unwritten)', () => {
    expect(found('وبجيش أبناء الخلافة').ids).toEqual(['group']);
    expect(found('عاشت وللدولة الإسلامية باقية').ids).toEqual(['slogan']);
  });

  test('a phrase that holds a clitic further on is found whole: one word split per reading', () => {
    expect(found('إصدار جديد لمركز الحياة للإعلام بعدة لغات')).toEqual({ ids: ['hayat'], spans: ['مركز الحياة للإعلام'] });
  });

  test('words that only begin with those letters are left whole, and nothing else is split', () => {
    expect(found('وكالة أعماق').ids).toEqual(['agency']);
    expect(found('ووكالة أعماق').ids).toEqual(['agency']);
    expect(found('بيعة أبناء الخلافة').ids).toEqual([]);
    expect(found('xوسنحذف مواقعكم').ids).toEqual([]); // a Latin letter written onto it: not a word start
    expect(found('\u200cوسنحذف مواقعكم').ids).toEqual([]); // nor an invisible character
    expect(found('٣وسنحذف مواقعكم').ids).toEqual([]); // nor an Arabic digit
    expect(found('🔥وسنحذف مواقعكم').ids).toEqual(['sites']); // an emoji is no letter: a word starts after it
    expect(found('«وسنحذف مواقعكم»').ids).toEqual(['sites']);
    expect(found('لستم في مستوانا يا مارك في المباراة').ids).toEqual([]); // exclusions still excuse
  });
});

describe('exclusions', () => {
  const withUnless = (kind: 'phrase' | 'all', terms: string[], unless: string[]): MatcherPattern => ({ ...P(`x-${kind}`, kind, terms), unless });
  const m = compileMatcher([
    withUnless('all', ['ناخذ عشرة', 'صفحة'], ['الواجب', 'البنك']),
    withUnless('phrase', ['باقية وتتمدد'], ['البطالة']),
  ]);
  test('a one-word Arabic exclusion excuses with a clitic written onto it, in an all pattern and in a phrase', () => {
    expect(m.match('باقي صفحة وحدة وبعدين ناخذ عشرة').flagged).toBe(true);
    expect(m.match('باقي صفحة وحدة بالواجب وبعدين ناخذ عشرة').flagged).toBe(false);
    expect(m.match('صفحة الحساب وللبنك ناخذ عشرة').flagged).toBe(false);
    expect(m.match('باقية وتتمدد').flagged).toBe(true);
    expect(m.match('والبطالة باقية وتتمدد').flagged).toBe(false);
  });
  test('a three-letter exclusion without the article gets none: its forms are other words ("أحد" → "وأحد", read "واحد")', () => {
    const short = compileMatcher([withUnless('all', ['لذبح', 'الكفار'], ['أحد', 'كرة'])]);
    expect(short.match('قادمون لذبح الكفار واحد واحد').flagged).toBe(true);
    expect(short.match('قادمون لذبح الكفار بكرة').flagged).toBe(true);
    expect(short.match('قادمون لذبح الكفار يوم أحد').flagged).toBe(false);
  });
});
