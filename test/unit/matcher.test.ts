// The matcher: word-bounded phrases through evasions, `all` / `within` / `unless` rules, spans on the original
// text, result aggregation, rejected terms, snapshots, and a 10,000-pattern set against a brute-force check.
import { describe, expect, test } from 'vitest';
import { compileMatcher, loadMatcher, snapshotByteLength, type MatcherPattern } from '../../lib/match/matcher';
import { decodeBase64, encodeBase64 } from '../../lib/base64';
import { FOLD_VERSION, foldPattern } from '../../lib/text/fold';
import { EMPTY_RESULT, type MatchResult } from '../../lib/types';

let nextId = 0;
function pat(terms: string | string[], more: Partial<MatcherPattern> = {}): MatcherPattern {
  const list = Array.isArray(terms) ? terms : [terms];
  return {
    id: `p${nextId++}`,
    packId: 'test-pack',
    name: list.join(' + '),
    kind: list.length > 1 ? 'all' : 'phrase',
    terms: list,
    category: 'slogan',
    severity: 'medium',
    contextId: null,
    ...more,
  };
}

/** The original substrings the result highlights, in order. */
const highlighted = (text: string, r: MatchResult): string[] => r.spans.map((s) => text.slice(s.start, s.end));

function matcherOf(...patterns: MatcherPattern[]) {
  const m = compileMatcher(patterns);
  expect(m.rejected).toEqual([]);
  return m;
}

describe('phrases are word-bounded on folded text', () => {
  const m = matcherOf(pat('amaq', { id: 'amaq' }), pat('dabiq', { id: 'dabiq' }), pat('دابق', { id: 'dabiq-ar' }));

  test.each([
    ['Amaq says', 'Amaq'],
    ['via #Amaq.', 'Amaq'],
    ['(amaq)', 'amaq'],
    ['@amaq_agency', 'amaq'],
    ['AMAQ!', 'AMAQ'],
    ['نشرت مجلة دابق، العدد', 'دابق'],
  ])('fires in %s', (text, hit) => {
    expect(highlighted(text, m.match(text))).toEqual([hit]);
  });

  test.each([['un amaqueur'], ['xamaq'], ['dabiqa'], ['amaq2'], ['مجلة دابقي'], ['ladabiq']])(
    'does not fire inside a longer word: %s',
    (text) => {
      expect(m.match(text)).toBe(EMPTY_RESULT);
    },
  );
});

describe('alternates: other spellings of a term fill its slot', () => {
  const m = matcherOf(
    pat('جيش أبناء الخلافة', { id: 'group', alternates: [['لجيش أبناء الخلافة', 'وجيش أبناء الخلافة']] }),
    pat(['اخترقنا', 'فيسبوك'], { id: 'hacked', within: 8, alternates: [[], ['الفيسبوك', 'فيس بوك']] }),
  );

  test.each([
    ['جيش أبناء الخلافة يهدد', 'group'],
    ['فيديو جديد لجيش أبناء الخلافة يهدد مؤسسي فيسبوك', 'group'],
    ['وجيش ابنا الخلافة', 'group'],
    ['اخترقنا آلاف الحسابات على الفيسبوك', 'hacked'],
    ['اخترقنا صفحات فيس بوك', 'hacked'],
    ['اخترقنا فيسبوك', 'hacked'],
  ])('%s', (text, id) => {
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual([id]);
    expect(r.spans.length).toBeGreaterThan(0);
  });

  test('a variant alone does not fill another term of an all pattern', () => {
    expect(m.match('الفيسبوك فيس بوك')).toBe(EMPTY_RESULT);
    expect(m.match('الجيش أبناء الخلافة')).toBe(EMPTY_RESULT); // not listed (the article is no clitic: clitics.ts)
  });

  test('a variant that reads like another term, or a list that is not one, is refused with a reason', () => {
    const bad = compileMatcher([
      pat(['dabiq', 'magazine'], { id: 'crossed', alternates: [['Magazine'], []] }),
      pat('dabiq', { id: 'not-a-list', alternates: 'dabik' as unknown as string[][] }),
      pat('dabiq', { id: 'entry-not-a-list', alternates: ['dabik'] as unknown as string[][] }),
      pat('dabiq', { id: 'too-many', alternates: [[], []] }),
      pat('dabiq', { id: 'one-letter', alternates: [['x!!']] }),
      pat('dabiq', { id: 'same', alternates: [['DABIQ', 'dabik']] }),
    ]);
    expect(bad.rejected.map((r) => r.patternId)).toEqual(['crossed', 'not-a-list', 'entry-not-a-list', 'too-many', 'one-letter']);
    for (const r of bad.rejected) expect(r.reason.length).toBeGreaterThan(10);
    expect(bad.match('dabik').patterns.map((p) => p.id)).toEqual(['same']);
  });
});

describe('run-together forms: a phrase written as one word (hashtags, spaced letters)', () => {
  const m = matcherOf(
    pat('flames of the supporters', { id: 'title' }),
    pat(['amaq agency', 'claims'], { id: 'claim', within: 5 }),
    pat('is is', { id: 'short' }),
  );

  test.each([
    ['#FlamesOfTheSupporters', 'title'],
    ['watch #flames_of_the_supporters now', 'title'],
    ['F l a m e s  o f  t h e  S u p p o r t e r s', 'title'],
    ['#AmaqAgency claims the attack', 'claim'],
  ])('%s', (text, id) => {
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual([id]);
    // The highlight covers the run-together word itself.
    expect(r.spans.length).toBeGreaterThan(0);
  });

  test('the run-together word must be the whole word, and short joins are not added', () => {
    expect(m.match('#flamesofthesupportersclub')).toBe(EMPTY_RESULT);
    expect(m.match('#Flamesofthesupportersclub')).toBe(EMPTY_RESULT);
    expect(m.match('isis')).toBe(EMPTY_RESULT); // "is is" run together is too short to be told from a word
  });

  test('an exclusion run together excludes as the exclusion does', () => {
    const ex = matcherOf(pat('remaining and expanding', { id: 'slogan', unless: ['so-called', 'according to'] }));
    expect(ex.match('#RemainingAndExpanding').patterns.map((p) => p.id)).toEqual(['slogan']);
    expect(ex.match('#RemainingAndExpanding #SoCalled')).toBe(EMPTY_RESULT);
    expect(ex.match('#RemainingAndExpanding #AccordingTo the BBC')).toBe(EMPTY_RESULT);
  });

  test('Arabic spellings get no run-together form: Arabic hashtags join words with "_", a separator already', () => {
    const ar = matcherOf(pat('جيش أبناء الخلافة', { id: 'group' }));
    expect(ar.match('#جيش_أبناء_الخلافة').patterns.map((p) => p.id)).toEqual(['group']);
    expect(ar.match('جيشأبناءالخلافة')).toBe(EMPTY_RESULT);
  });
});

describe('a quoted term excuses a post that writes it inside quotation marks (reported speech)', () => {
  const threat = () =>
    pat(['journalists', 'we know your names', 'dawla'], {
      id: 'watchers',
      lang: 'en',
      within: 25,
      quotedTerm: 'we know your names',
      alternates: [['journalistes', 'الصحفيين'], ['on connaît vos noms', 'نعرفكم بأسمائكم'], ['الخلافة']],
    });
  const m = matcherOf(threat());

  test.each([
    'Journalists lying about the Dawla: we know your names.',
    'Les journalistes qui salissent la Dawla, on connaît vos noms.',
    'إلى الصحفيين الذين يكذبون على الخلافة: نعرفكم بأسمائكم',
    // Quoting another word of the post is not quoting the threat.
    'Journalists lying about the "Dawla": we know your names.',
    // Straight single quotes are apostrophes as often as quotes: they excuse nothing.
    "'Cause journalists lie about the dawla: we know your names, we're comin'",
  ])('the threat made: %s', (post) => {
    expect(m.match(post).patterns.map((p) => p.id)).toEqual(['watchers']);
  });

  test.each([
    'Police say journalists got emails signed "dawla" reading "we know your names".',
    'Des journalistes ont reçu des messages signés « dawla » : « on connaît vos noms ». Le syndicat porte plainte.',
    'Solidarity with the journalists told ‘we know your names.’ by Dawla accounts.',
    'الشرطة تحقق في رسائل إلى الصحفيين تقول "نعرفكم بأسمائكم" وتنتحل اسم الخلافة',
    // Read through a second reading (a word spelled out) and still quoted.
    'Journalists got “we know your n a m e s” from Dawla accounts',
  ])('the threat reported: %s', (post) => {
    expect(m.match(post)).toBe(EMPTY_RESULT);
  });

  test('without quotedTerm the same reports fire; the snapshot keeps the term', () => {
    // Terms that fold alike share a slot: the quoted term is found by its folded text.
    const twice = matcherOf({ ...threat(), terms: ['journalists', 'We Know Your Names', 'dawla'], quotedTerm: 'We Know Your Names' });
    expect(twice.match('Journalists got “we know your names” from dawla accounts')).toBe(EMPTY_RESULT);
    const plain = matcherOf({ ...threat(), quotedTerm: undefined });
    expect(plain.match('Police say journalists got emails signed "dawla" reading "we know your names".').flagged).toBe(true);
    const loaded = loadMatcher(m.toSnapshot());
    expect(loaded.match('Des journalistes ont reçu « on connaît vos noms » signé dawla.')).toBe(EMPTY_RESULT);
    expect(loaded.match('Journalistes de la dawla, on connaît vos noms').flagged).toBe(true);
    // A damaged snapshot naming a term the pattern does not have is refused, not read as "no quoted term".
    const snap = m.toSnapshot();
    expect(() => loadMatcher({ ...snap, meta: { ...snap.meta, quotedTerms: [99] } })).toThrow(/quoted term/);
    expect(() => loadMatcher({ ...snap, meta: { ...snap.meta, quotedTerms: [-7] } })).toThrow(/quoted term/);
  });
});

describe('onlyAfter: a phrase that counts where it opens a clause, or after the subjects its supporters give it', () => {
  const slogan = () => pat('باقية وتتمدد', { id: 'slogan', lang: 'ar', onlyAfter: ['الدولة', 'دولتي', 'والله'] });
  const m = matcherOf(slogan());

  test.each([
    'باقية وتتمدد',
    'باقية وتتمدد 🏴',
    'حساب جديد. باقية وتتمدد',
    'قفلوا الحساب 🏴 باقية وتتمدد',
    '#باقية_وتتمدد',
    'رجعنا\nباقية وتتمدد',
    'الدولة باقية وتتمدد',
    'والله باقية وتتمدد غصبا عنكم',
    'دولتي باقية وتتمدد',
    // A second reading (letters spelled out) opens its clause too.
    'ب ا ق ي ة  و ت ت م د د',
    // After an emoji with its variation selector, a keycap, a number: no subject.
    '☝️ باقية وتتمدد',
    '1️⃣ باقية وتتمدد',
    '2026 باقية وتتمدد',
    // After a mention, a hashtag or a capital initial: no subject either.
    '@jack باقية وتتمدد',
    '#Dawla باقية وتتمدد',
    'E-I باقية وتتمدد',
    // Invisible characters written into the subject's word to break filters: still that word.
    'ا\u200bلدولة با\u200bقية و\u200bتتمدد',
    'الدو\u00adلة باقية وتتمدد',
  ])('said of the group: %s', (post) => {
    expect(m.match(post).patterns.map((p) => p.id)).toEqual(['slogan']);
  });

  test.each([
    'البطالة باقية وتتمدد',
    'زحمة الدائري باقية وتتمدد، خرجت الساعة ٧',
    'القطط في عمارتنا باقية وتتمدد',
    'كرشي\u00a0باقية وتتمدد',
    // An invisible direction mark, or a hashtag's underscore, between the subject and the slogan.
    'القطة\u200f باقية وتتمدد',
    '#القطة_باقية_وتتمدد',
    'البطا\u200bلة باقية وتتمدد',
  ])('said of something else, a joke: %s', (post) => {
    expect(m.match(post)).toBe(EMPTY_RESULT);
  });

  test('one hit that opens its clause is enough; the snapshot keeps the words; phrase patterns only', () => {
    expect(m.match('البطالة باقية وتتمدد… لا، باقية وتتمدد هي الدولة').flagged).toBe(true);
    const loaded = loadMatcher(m.toSnapshot());
    expect(loaded.match('البطالة باقية وتتمدد')).toBe(EMPTY_RESULT);
    expect(loaded.match('الدولة باقية وتتمدد').flagged).toBe(true);
    const snap = m.toSnapshot();
    expect(() => loadMatcher({ ...snap, meta: { ...snap.meta, onlyAfter: [[1 as unknown as string]] } })).toThrow(/onlyAfter/);
    expect(() => loadMatcher({ ...snap, meta: { ...snap.meta, onlyAfter: [] } })).toThrow(/onlyAfter/);
    const all = compileMatcher([pat(['باقية', 'تتمدد'], { id: 'two', onlyAfter: ['الدولة'] })]);
    expect(all.rejected.map((r) => r.reason)).toEqual(['onlyAfter applies to phrase patterns only']);
    // A spelling that names its subject first counts after any word.
    const named = matcherOf(pat('باقية وتتمدد', { id: 'named', alternates: [['الدولة باقية ورح تتمدد']], onlyAfter: ['الدولة'] }));
    expect(named.match('يا جماعة الدولة باقية ورح تتمدد').flagged).toBe(true);
    const twoWords = compileMatcher([pat('باقية وتتمدد', { id: 'w', onlyAfter: ['الدولة الإسلامية'] })]);
    expect(twoWords.rejected[0]?.reason).toMatch(/not one word/);
  });

  test("looking back from a hit changes nothing of the post's other readings and spans (the look folds words of its own)", () => {
    const m2 = compileMatcher([pat('foo bar', { id: 'clause', onlyAfter: ['zzz'] }), pat('califat', { id: 'califat' })]);
    expect(m2.rejected).toEqual([]);
    const spans = (t: string) => m2.match(t).patterns.map((p) => [p.id, ...p.spans.map((x) => t.slice(x.start, x.end))]);
    // The leet one read as 'l' ("ca1ifat") is a reading taken from the first fold: a look back before it must not
    // overwrite that fold.
    expect(spans('ca1ifat')).toEqual([['califat', 'ca1ifat']]);
    expect(spans('foo bar ca1ifat')).toEqual([
      ['clause', 'foo bar'],
      ['califat', 'ca1ifat'],
    ]);
    expect(spans('zzz foo bar ca1ifat')).toEqual([
      ['clause', 'foo bar'],
      ['califat', 'ca1ifat'],
    ]);
    // The span of a phrase after a sentence: its own words, not one character early.
    expect(spans('hello world. foo bar. foo bar')).toEqual([['clause', 'foo bar', 'foo bar']]);
    expect(spans('qq. zzz foo bar')).toEqual([['clause', 'foo bar']]);
  });
});

describe('a word split by one space or separator ("Cali phate"): three code units or more on each side', () => {
  const m = matcherOf(
    pat('sons of the caliphate army', { id: 'group' }),
    pat(['mark zuckerberg', 'your name will be erased'], { id: 'threat', within: 8 }),
    pat('isis', { id: 'isis' }),
    pat('جيش أبناء الخلافة', { id: 'group-ar' }),
    pat('remaining and expanding', { id: 'slogan' }),
  );
  const ids = (text: string): string[] => m.match(text).patterns.map((p) => p.id);

  test.each([
    ['Sons of the Cali phate Army is back', 'group', ['Sons of the Cali phate Army']],
    // One split in each of two words of a keyword.
    ['The State is Remain.ing and expand.ing.', 'slogan', ['Remain.ing and expand.ing']],
    ['sons of the cali phate ar my', 'group', null],
    ['sons of the caliph-ate army', 'group', ['sons of the caliph-ate army']],
    ['SONS OF THE CALIPHATE AR MY', 'group', null], // "ar" is two units: not a half
    ['Mark Zucker berg, your name will be er ased', 'threat', null],
    ['Mark Zucker berg, your name will be erased', 'threat', ['Mark Zucker berg', 'your name will be erased']],
    ['Mark Zuckerberg, your name will be eras ed', 'threat', null],
    ['جيش أبناء الخل افة يتوعد', 'group-ar', ['جيش أبناء الخل افة']],
  ])('%s', (text, id, spans) => {
    if (spans === null) expect(ids(text)).not.toContain(id);
    else {
      expect(ids(text)).toEqual([id]);
      expect(highlighted(text, m.match(text))).toEqual(spans);
    }
  });

  test('halves shorter than three units, two spaces in one word, and words of five or fewer stay apart', () => {
    expect(ids('what it is is what it is')).toEqual([]);
    expect(ids('sons of the ca liphate army')).toEqual([]);
    expect(ids('sons of the cal iph ate army')).toEqual([]);
    expect(ids('rem ain ing and expanding')).toEqual([]);
    expect(ids('remain ing and expa ndi ng')).toEqual([]);
    expect(ids('sons of the cali phatearmy')).toEqual([]);
  });

  test('a split keyword is one span, not two: a phrase and its run-together form find the same stretch', () => {
    const two = matcherOf(pat('amaq agency', { id: 'name' })); // run together: "amaqagency", which "amaq agency" splits
    const text = 'they quote amaq agency again';
    expect(highlighted(text, two.match(text))).toEqual(['amaq agency']);
  });
});

describe('texting shorthand: English and French spellings also match with "u", "ur", "acct", "vs", "ns"', () => {
  const m = matcherOf(
    pat('if you close one of our accounts', { id: 'en', lang: 'en' }),
    pat('si vous fermez un de nos comptes nous en prendrons dix', { id: 'fr', lang: 'fr' }),
    pat(['your names', 'erased'], { id: 'any', lang: 'any', within: 4 }),
    pat('you are not in our league', { id: 'nolang' }),
    pat('إذا أغلقتم حسابا', { id: 'ar', lang: 'ar' }),
    pat("c'est tout ce que vous pouvez faire", { id: 'fr-taunt', lang: 'fr' }),
    pat('nous ne jouons pas dans la même cour', { id: 'fr-cour', lang: 'fr' }),
    pat("you can't stop us", { id: 'en-cant', lang: 'en' }),
  );
  const ids = (text: string): string[] => m.match(text).patterns.map((p) => p.id);

  test.each([
    ['if u close one of our accts', ['en']],
    ['If U close one of our ACCTS 😂', ['en']],
    ['if you close one of our accs', ['en']],
    ['si vs fermez un de nos comptes ns en prendrons dix', ['fr']],
    ['si vs fermez un de nos comptes nous en prendrons dix', ['fr']],
    ['ur names will be erased', ['any']],
    // French texting: "c" and "cest" for c'est, "tt" tout, "ke" que, "ds" dans, "mm" même.
    ['mark et jack, c tt ce ke vs pouvez faire ??', ['fr-taunt']],
    ['cest tout ce que vous pouvez faire ?', ['fr-taunt']],
    ['ns ne jouons pas ds la mm cour', ['fr-cour']],
    // English contractions typed without the apostrophe.
    ['lol u cant stop us', ['en-cant']],
  ])('%s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  test('no shorthand without a language, in Arabic, or in a word of its own', () => {
    expect(ids('u r not in our league')).toEqual([]);
    expect(ids('you are not in our league')).toEqual(['nolang']);
    expect(ids('if you close one of our accountsz')).toEqual([]);
    // "vs" is French shorthand only: an English pattern does not take it.
    const en = matcherOf(pat('you versus them', { id: 'e', lang: 'en' }));
    expect(en.match('u versus them').patterns.map((p) => p.id)).toEqual(['e']);
    expect(en.match('u vs them')).toBe(EMPTY_RESULT);
  });

  test('exclusions hold in shorthand too, and each word may be shortened alone ("u are", "you r")', () => {
    const ex = matcherOf(pat(['close one account', 'we will take'], { id: 'ex', lang: 'en', within: 8, unless: ['off your next'] }));
    expect(ex.match('close one account? we will take 5% off your next order')).toBe(EMPTY_RESULT);
    expect(ex.match('close one acct? we will take 5% off ur next order')).toBe(EMPTY_RESULT);
    expect(ex.match('close one acct? we will take ten').patterns.map((p) => p.id)).toEqual(['ex']);
    const t = matcherOf(pat('you are a target', { id: 't', lang: 'en' }));
    for (const text of ['u r a target', 'u are a target', 'you r a target', 'ur a target']) expect(t.match(text).patterns.map((p) => p.id)).toEqual(['t']);
  });

  test('"and" and "et" may be left out, as "&" writes them, and "and" may be "n"', () => {
    const en = matcherOf(pat(['to mark and jack', 'crusader'], { id: 'en', lang: 'en', within: 10 }));
    const fr = matcherOf(pat('mark et jack', { id: 'fr', lang: 'fr' }));
    const at = (m: ReturnType<typeof matcherOf>, text: string): string[] => m.match(text).patterns.map((p) => p.id);
    expect(at(en, 'to Mark & Jack, your crusader government')).toEqual(['en']);
    expect(at(en, 'to Mark n Jack, crusader')).toEqual(['en']);
    expect(at(en, 'to Mark or Jack, crusader')).toEqual([]);
    expect(at(fr, 'Mark & Jack, vous allez payer')).toEqual(['fr']);
    expect(at(fr, 'Mark n Jack')).toEqual([]); // "n" is English shorthand only
    // Only between two words: a spelling that starts or ends with "and" keeps it.
    const edge = matcherOf(pat('and burn them', { id: 'edge', lang: 'en' }));
    expect(edge.match('burn them').flagged).toBe(false);
    expect(edge.match('and burn them').flagged).toBe(true);
  });

  test('a term that is one shorthand word is kept as written, and shorthand never takes another term\'s spelling', () => {
    const one = matcherOf(pat(['you', 'caliphate'], { id: 'one', lang: 'en', within: 3 }));
    expect(one.match('you caliphate').patterns.map((p) => p.id)).toEqual(['one']);
    expect(one.match('u caliphate')).toBe(EMPTY_RESULT); // "u" alone would match far too much
    // "your names" shortened is the other term, "ur names": found alone, it fills that term only.
    const two = matcherOf(pat(['ur names', 'your names'], { id: 'two', lang: 'en', within: 5 }));
    expect(two.match('ur names')).toBe(EMPTY_RESULT);
    expect(two.match('ur names, your names').patterns.map((p) => p.id)).toEqual(['two']);
  });
});

describe('a camel-case sentence hashtag is read as the sentence it spells', () => {
  const m = matcherOf(
    pat(['if you close one account', 'we will take ten'], { id: 'en', lang: 'en', within: 12 }),
    pat('si vous fermez un de nos comptes', { id: 'fr', lang: 'fr' }),
    pat('we will take 10 in return', { id: 'ten', lang: 'en' }),
    pat(['amaq', 'claims'], { id: 'amaq', within: 3 }),
  );
  const ids = (text: string): string[] => m.match(text).patterns.map((p) => p.id);

  test.each([
    ['#IfYouCloseOneAccountWeWillTakeTen', ['en'], ['IfYouCloseOneAccount', 'WeWillTakeTen']],
    ['so true 👉 #SiVousFermezUnDeNosComptes 🔥', ['fr'], ['SiVousFermezUnDeNosComptes']],
    ['#WeWillTake10InReturn', ['ten'], ['WeWillTake10InReturn']],
    ['if you close one account… #WeWillTakeTen', ['en'], ['if you close one account', 'WeWillTakeTen']],
  ])('%s', (text, want, hits) => {
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(want);
    expect(highlighted(text, r)).toEqual(hits);
  });

  test('one hump is a name, not a sentence; lower-case and Arabic hashtags are read as written', () => {
    expect(ids('#AmaqClaims')).toEqual([]); // "amaqclaims" is one word, as it always was
    expect(ids('#ifyoucloseoneaccountwewilltaketen')).toEqual([]);
    expect(ids('#iPhone #YouTube #ThrowbackThursday')).toEqual([]);
    expect(ids('if you close one account we will take ten')).toEqual(['en']);
  });
});

describe('words spelled out letter by letter, two spaces apart, are read as words', () => {
  const m = matcherOf(
    pat(['if you close one account', 'we will take ten'], { id: 'en', within: 12 }),
    pat('fils du califat', { id: 'fils' }),
  );

  test('a sentence spelled out is found across its terms, and highlighted letter by letter', () => {
    const text = 'i f  y o u  c l o s e  o n e  a c c o u n t  w e  w i l l  t a k e  t e n';
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['en']);
    expect(highlighted(text, r)).toEqual(['i f  y o u  c l o s e  o n e  a c c o u n t', 'w e  w i l l  t a k e  t e n']);
    expect(m.match('l e s  f i l s  d u  c a l i f a t').patterns.map((p) => p.id)).toEqual(['fils']);
  });

  test('an exclusion found in one reading holds for the post, where the post writes it plainly', () => {
    const ex = matcherOf(pat(['amaq', 'agency'], { id: 'amaq', within: 5, unless: ['isis'] }));
    expect(ex.match('Amaq agency reports. j o i n  n o w').patterns.map((p) => p.id)).toEqual(['amaq']);
    expect(ex.match('ISIS claims: Amaq agency reports. j o i n  n o w')).toBe(EMPTY_RESULT);
    // "I S  I S" spelled out is read "isis", but written so it is an evasion, not the news's word: it excuses nothing.
    expect(ex.match('I S  I S claims: Amaq agency reports. j o i n  n o w').patterns.map((p) => p.id)).toEqual(['amaq']);
  });

  test('an exclusion only a reading shows ("#AmaqAmaqAmaq" read as words) still excuses a post another reading flags', () => {
    // The post as written holds no term and the hashtag's reading no term either: the prefilter leaves both unread at
    // first; the cut word's reading ("با-قية" → "باقية") flags it, and the post is read again with its exclusions.
    const ex = matcherOf(pat('باقية', { id: 'baqiya', unless: ['amaq'] }));
    expect(ex.match('#AmaqAmaqAmaq با-قية €')).toBe(EMPTY_RESULT);
    expect(ex.match('#NewsToday با-قية €').patterns.map((p) => p.id)).toEqual(['baqiya']);
  });

  test('an everyday post holding only exclusions matches nothing; the same words beside a term still excuse it', () => {
    const ex = matcherOf(pat('remaining and expanding', { id: 'slogan', unless: ['according to', 'game', 'club'] }));
    expect(ex.match('What a game tonight, according to the club the stadium was full')).toBe(EMPTY_RESULT);
    expect(ex.match('"Remaining and expanding", according to the club')).toBe(EMPTY_RESULT);
    expect(ex.match('Remaining and expanding, brothers').patterns.map((p) => p.id)).toEqual(['slogan']);
  });

  test('one-letter words of an ordinary post are not joined', () => {
    expect(m.match('fils du califat? a b  c')).not.toBe(EMPTY_RESULT); // read as written
    expect(m.match('f i l s  d u')).toBe(EMPTY_RESULT);
  });

  test('in a very long post the second readings read its first 10,000 characters; the first reading reads it all', () => {
    const filler = 'nothing to see here, just a long ordinary story about the weekend. '.repeat(500); // 33,500 characters
    const spelled = 'l e s  f i l s  d u  c a l i f a t';
    // Spelled out at the start of a long post, and highlighted where it is.
    const early = `${spelled} ${filler}`;
    const r = m.match(early);
    expect(r.patterns.map((p) => p.id)).toEqual(['fils']);
    expect(highlighted(early, r)).toEqual(['f i l s  d u  c a l i f a t']);
    // Spelled out past the first 10,000 characters: left to the first reading, which reads it as one-letter words.
    expect(m.match(`${filler} ${spelled}`)).toBe(EMPTY_RESULT);
    // Written plainly at the end: found.
    expect(m.match(`${filler} les fils du califat`).patterns.map((p) => p.id)).toEqual(['fils']);
    // The start is cut between words: a word the limit would cut in two is not read as a shorter one.
    const masked = matcherOf(pat('zuckerberg', { id: 'z' }));
    const at = 'a '.repeat(4995); // 9,990 characters: "Z*ckerb*rg" would end at the limit
    expect(masked.match(`${at}Z*ckerb*rgian stuff ${filler}`)).toBe(EMPTY_RESULT);
    expect(masked.match(`${at.slice(40)}Z*ckerb*rg stuff ${filler}`).patterns.map((p) => p.id)).toEqual(['z']);
  });
});

describe('a doubled letter stretched ("killlll", "الصليبيييين") still matches the spelling that doubles it', () => {
  const m = matcherOf(
    pat('kill the crusaders', { id: 'kill', lang: 'en' }),
    pat('الموت للصليبيين', { id: 'maut', lang: 'ar' }),
    pat('flammes des partisans', { id: 'flammes', lang: 'fr' }),
    pat('allah', { id: 'alone' }),
    pat('supporters', { id: 'long' }),
    pat(['close one account', 'we will take ten'], { id: 'acct', lang: 'en', within: 8, unless: ['coupon offer'] }),
  );
  const ids = (text: string): string[] => m.match(text).patterns.map((p) => p.id);

  test.each([
    ['KILLLLLL the crusaders!!', ['kill'], 'KILLLLLL the crusaders'],
    ['kiiiiill the crusaders', ['kill'], 'kiiiiill the crusaders'],
    ['الموت للصليبييييين', ['maut'], 'الموت للصليبييييين'],
    ['les flammmmes des partisans arrivent', ['flammes'], 'flammmmes des partisans'],
    ['our suppppporters are everywhere', ['long'], 'suppppporters'],
  ])('%s', (text, want, hit) => {
    expect(ids(text)).toEqual(want);
    expect(highlighted(text, m.match(text))).toEqual([hit]);
  });

  test('the spelling as written still matches, short words alone get no form, and exclusions hold stretched', () => {
    expect(ids('kill the crusaders')).toEqual(['kill']);
    expect(ids('les flames des partisans')).toEqual(['flammes']); // one m: the form is a keyword as written too
    expect(ids('alllllah')).toEqual([]); // "alah": a word of four, alone, is too short to stand for "allah"
    expect(ids('allah')).toEqual(['alone']);
    expect(ids('close one account? we will take ten')).toEqual(['acct']);
    expect(ids('close one account? we will take ten % with this coupon offer')).toEqual([]);
    expect(ids('close one account? we will take ten % with this coupon offffffer')).toEqual([]);
    expect(ids('close one acccccount? we will take ten')).toEqual(['acct']);
  });
});

describe('multi-word phrases across evasions', () => {
  const m = matcherOf(
    pat('erase your account', { id: 'erase' }),
    pat('Sons of the Caliphate Army', { id: 'sons' }),
    pat('جيش أبناء الخلافة', { id: 'jaysh' }),
    pat("l'armée des fils du califat", { id: 'armee' }),
  );

  test.each([
    ['plain', 'We will erase your account', 'erase your account'],
    ['Cyrillic о', 'We will erase your accоunt', 'erase your accоunt'],
    ['zero-width in the middle', 'We will era\u200Bse your acc\u200Dount', 'era\u200Bse your acc\u200Dount'],
    ['spaced-out letters', 'We will e r a s e your account', 'e r a s e your account'],
    ['leet and caps', 'We will ER4S3 Y0UR ACC0UNT', 'ER4S3 Y0UR ACC0UNT'],
    ['line breaks and punctuation', 'erase...\nyour — account', 'erase...\nyour — account'],
  ])('%s', (_, text, hit) => {
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['erase']);
    expect(highlighted(text, r)).toEqual([hit]);
  });

  test.each([
    ['hashtag', 'Join #Sons_Caliphate_Army? no: the S0ns of the Cаliphate Army', 'S0ns of the Cаliphate Army'],
    ['fullwidth', 'ＳＯＮＳ ＯＦ ＴＨＥ ＣＡＬＩＰＨＡＴＥ ＡＲＭＹ', 'ＳＯＮＳ ＯＦ ＴＨＥ ＣＡＬＩＰＨＡＴＥ ＡＲＭＹ'],
  ])('English %s', (_, text, hit) => {
    expect(highlighted(text, m.match(text))).toEqual([hit]);
  });

  test.each([
    ['tatweel', 'بيان جيـــش أبنـاء الخلافـة اليوم', 'جيـــش أبنـاء الخلافـة'],
    ['tashkeel', 'بيان جَيْشُ أَبْنَاءِ الْخِلَافَةِ اليوم', 'جَيْشُ أَبْنَاءِ الْخِلَافَةِ'],
    ['hashtag and teh marbuta', 'ادعموا #جيش_ابناء_الخلافه', 'جيش_ابناء_الخلافه'],
    ['Persian yeh and zero-width non-joiner', 'جیش ابنا\u200Cء الخلافة', 'جیش ابنا\u200Cء الخلافة'],
  ])('Arabic %s', (_, text, hit) => {
    const r = m.match(text);
    expect(r.patterns.map((p) => p.id)).toEqual(['jaysh']);
    expect(highlighted(text, r)).toEqual([hit]);
  });

  test.each([
    ['curly apostrophe', 'Communiqué de l’armée des fils du califat', 'l’armée des fils du califat'],
    ['no accents, caps', "L'ARMEE DES FILS DU CALIFAT", "L'ARMEE DES FILS DU CALIFAT"],
  ])('French %s', (_, text, hit) => {
    expect(highlighted(text, m.match(text))).toEqual([hit]);
  });
});

describe('spans cover exactly the original characters', () => {
  const m = matcherOf(pat('ete meurtrier', { id: 'ete' }), pat('dabiq', { id: 'dabiq' }), pat('baqiya', { id: 'b' }));

  test('a decomposed accent at the end is inside the span', () => {
    const text = 'un e\u0301te\u0301 meurtrier\u0301, vraiment';
    expect(highlighted(text, m.match(text))).toEqual(['e\u0301te\u0301 meurtrier\u0301']);
  });

  test('surrogate pairs are never cut', () => {
    const text = 'lisez 𝐃𝐚𝐛𝐢𝐪 !';
    const r = m.match(text);
    expect(highlighted(text, r)).toEqual(['𝐃𝐚𝐛𝐢𝐪']);
    expect(r.spans[0]).toEqual({ start: 6, end: 16, patternId: 'dabiq' });
  });

  test('a stretched letter is covered to its last repeat', () => {
    const text = 'baqiyaaaaa!';
    expect(highlighted(text, m.match(text))).toEqual(['baqiyaaaaa']);
  });

  test('every occurrence gets a span, sorted by position', () => {
    const text = 'Dabiq, then DABIQ again, and 𝐝𝐚𝐛𝐢𝐪';
    const r = m.match(text);
    expect(highlighted(text, r)).toEqual(['Dabiq', 'DABIQ', '𝐝𝐚𝐛𝐢𝐪']);
    expect(r.patterns[0]!.spans).toEqual(r.spans);
  });
});

describe("'all' patterns", () => {
  test('need every term, anywhere in the post', () => {
    const m = matcherOf(pat(['amaq', 'claims responsibility'], { id: 'claim' }));
    expect(m.match('Amaq: the group claims responsibility').patterns.map((p) => p.id)).toEqual(['claim']);
    expect(m.match('claims responsibility, reported by Amaq much later in a long thread').flagged).toBe(true);
    expect(m.match('Amaq published a video')).toBe(EMPTY_RESULT);
    expect(m.match('nobody claims responsibility')).toBe(EMPTY_RESULT);
  });

  test('without `within`, each term is highlighted once, where the terms stand closest; a phrase everywhere it stands', () => {
    const m = matcherOf(pat(['amaq', 'attack'], { id: 'a' }));
    const text = 'attack claimed by Amaq; Amaq repeats the attack';
    expect(highlighted(text, m.match(text))).toEqual(['attack', 'Amaq']);
    // A long article naming the terms again and again is highlighted in two places, not in every one.
    const article = `Amaq ${'and the news agency Amaq again '.repeat(20)} after the attack. ${'The attack was reported. '.repeat(10)}`;
    expect(highlighted(article, m.match(article))).toEqual(['Amaq', 'attack']);
    const phrase = matcherOf(pat(['amaq agency'], { id: 'p' }));
    expect(highlighted('Amaq agency said; Amaq agency again', phrase.match('Amaq agency said; Amaq agency again'))).toEqual(['Amaq agency', 'Amaq agency']);
  });

  test('with `within`, the terms must be close enough (distance between starts, in words)', () => {
    const m = matcherOf(pat(['amaq', 'attack'], { id: 'near', within: 3 }));
    expect(m.match('Amaq claims the attack').flagged).toBe(true); // starts 3 words apart
    expect(m.match('attack, Amaq').flagged).toBe(true); // order does not matter
    expect(m.match('Amaq says that the new attack').flagged).toBe(false); // 5 words apart
    expect(m.match('Amaq says that the new attack; Amaq attack').flagged).toBe(true); // a later pair is close
  });

  test('with `within`, only the hits of the closest window are highlighted', () => {
    const m = matcherOf(pat(['amaq', 'attack'], { id: 'near', within: 2 }));
    const text = 'Amaq said a lot. Later: attack, Amaq';
    expect(highlighted(text, m.match(text))).toEqual(['attack', 'Amaq']);
  });

  test('multi-word terms count from their first word', () => {
    const m = matcherOf(pat(['islamic state', 'wilayat sinai'], { id: 'w', within: 3 }));
    expect(m.match('Islamic State in Wilayat Sinai').flagged).toBe(true);
    expect(m.match('Islamic State is far from here in Wilayat Sinai').flagged).toBe(false);
  });
});

describe('unless (exclusions)', () => {
  const m = matcherOf(
    pat('baqiya wa tatamaddad', { id: 'slogan', unless: ['fact check', 'debunked'], severity: 'high' }),
    pat('dabiq', { id: 'dabiq', unless: ['town of dabiq'] }),
  );

  test('an exclusion anywhere in the post suppresses the pattern', () => {
    expect(m.match('Baqiya wa tatamaddad!').patterns.map((p) => p.id)).toEqual(['slogan']);
    expect(m.match('Fact check: "baqiya wa tatamaddad" is an IS slogan')).toBe(EMPTY_RESULT);
    expect(m.match('baqiya wa tatamaddad … this was DEBUNKED')).toBe(EMPTY_RESULT);
  });

  test('exclusions go through the same folding (case, accents), and excuse a post only where it writes them plainly', () => {
    expect(m.match('baqiya wa tatamaddad — FACT CHÉCK').flagged).toBe(false);
    // With Cyrillic а, е in a Latin word, leet, or invisible characters, the words are an evasion, not a fact-check's.
    expect(m.match('baqiya wa tatamaddad — fаct chеck').flagged).toBe(true);
    expect(m.match('baqiya wa tatamaddad — f4ct ch3ck').flagged).toBe(true);
    expect(m.match('baqiya wa tatamaddad — fa\u200bct check').flagged).toBe(true);
  });

  test('an exclusion only suppresses its own pattern', () => {
    const r = m.match('Baqiya wa tatamaddad, they posted from the town of Dabiq, see Dabiq issue 3');
    expect(r.patterns.map((p) => p.id)).toEqual(['slogan']);
  });

  test('exclusions are word-bounded too', () => {
    expect(m.match('baqiya wa tatamaddad, not debunkedx').flagged).toBe(true);
  });
});

describe('result aggregation', () => {
  const m = matcherOf(
    pat('amaq', { id: 'outlet', category: 'propaganda-outlet', severity: 'low', contextId: 'ctx-amaq' }),
    pat('sons of the caliphate army', { id: 'group', category: 'group-name', severity: 'high', contextId: 'ctx-2016' }),
    pat('crusader government', { id: 'quote', category: 'campaign-quote', severity: 'medium', contextId: 'ctx-2016' }),
    pat('flames of ansar', { id: 'title', category: 'campaign-title', severity: 'medium', contextId: null }),
    pat('dabiq', { id: 'mag', category: 'propaganda-outlet', severity: 'medium', contextId: 'ctx-amaq' }),
  );
  const text = 'Flames of Ansar: Sons of the Caliphate Army vs the crusader government, via Amaq and Dabiq';

  test('severity is the highest of the matched patterns', () => {
    expect(m.match(text).severity).toBe('high');
    expect(m.match('Amaq and Dabiq').severity).toBe('medium');
    expect(m.match('only Amaq').severity).toBe('low');
  });

  test('patterns, categories and context ids come in pattern order, without duplicates', () => {
    const r = m.match(text);
    expect(r.flagged).toBe(true);
    expect(r.patterns.map((p) => p.id)).toEqual(['outlet', 'group', 'quote', 'title', 'mag']);
    expect(r.categories).toEqual(['propaganda-outlet', 'group-name', 'campaign-quote', 'campaign-title']);
    expect(r.contextIds).toEqual(['ctx-amaq', 'ctx-2016']);
  });

  test('all spans are sorted by start and carry their pattern id', () => {
    const r = m.match(text);
    expect(r.spans.map((s) => s.patternId)).toEqual(['title', 'group', 'quote', 'outlet', 'mag']);
    expect(highlighted(text, r)).toEqual([
      'Flames of Ansar',
      'Sons of the Caliphate Army',
      'crusader government',
      'Amaq',
      'Dabiq',
    ]);
  });

  test('the pattern fields the panel shows are passed through', () => {
    const p = m.match('Amaq').patterns[0]!;
    expect(p).toMatchObject({ id: 'outlet', packId: 'test-pack', name: 'amaq', category: 'propaganda-outlet' });
  });

  test('a post that matches nothing gets the shared empty result', () => {
    expect(m.match('A quiet day at the market, nothing to report.')).toBe(EMPTY_RESULT);
    expect(m.match('')).toBe(EMPTY_RESULT);
  });
});

describe('rejected patterns', () => {
  test('terms that fold to nothing or one character are rejected with a reason, the rest compiles', () => {
    const m = compileMatcher([
      pat('A', { id: 'one-letter' }),
      pat('ـ', { id: 'tatweel-only' }),
      pat('!!!', { id: 'punctuation' }),
      pat('Ｘ', { id: 'fullwidth-one' }),
      pat('🏴', { id: 'one-emoji' }),
      pat(['amaq', 'B'], { id: 'all-with-one-letter' }),
      pat('amaq', { id: 'bad-exclusion', unless: ['x'] }),
      pat('dabiq', { id: 'ok' }),
    ]);
    expect(m.rejected.map((r) => r.patternId)).toEqual([
      'one-letter',
      'tatweel-only',
      'punctuation',
      'fullwidth-one',
      'one-emoji',
      'all-with-one-letter',
      'bad-exclusion',
    ]);
    expect(m.rejected[0]!.reason).toMatch(/folds to one character/);
    expect(m.rejected[1]!.reason).toMatch(/folds to nothing/);
    expect(m.rejected[6]!.reason).toMatch(/exclusion "x"/);
    expect(m.patternCount).toBe(1);
    expect(m.match('Dabiq and amaq').patterns.map((p) => p.id)).toEqual(['ok']);
  });

  test('badly shaped patterns are rejected, not thrown', () => {
    const m = compileMatcher([
      { ...pat('amaq', { id: 'two-terms' }), kind: 'phrase', terms: ['amaq', 'dabiq'] },
      { ...pat('amaq', { id: 'all-one-term' }), kind: 'all' },
      pat(['Amaq', 'AMAQ'], { id: 'same-after-fold' }),
      pat('amaq', { id: 'within-on-phrase', within: 3 }),
      pat(['amaq', 'dabiq'], { id: 'negative-within', within: -1 }),
      pat('amaq', { id: 'dup' }),
      pat('dabiq', { id: 'dup' }),
    ]);
    expect(m.rejected.map((r) => r.patternId)).toEqual([
      'two-terms',
      'all-one-term',
      'same-after-fold',
      'within-on-phrase',
      'negative-within',
      'dup',
    ]);
    expect(m.rejected.at(-1)!.reason).toBe('duplicate pattern id');
    expect(m.patternCount).toBe(1);
  });

  test('no patterns at all compiles to a matcher that never fires', () => {
    const m = compileMatcher([]);
    expect(m.match('amaq dabiq')).toBe(EMPTY_RESULT);
    expect(loadMatcher(m.toSnapshot()).match('amaq')).toBe(EMPTY_RESULT);
  });
});

describe('snapshots', () => {
  const patterns = [
    pat('amaq', { id: 'a', unless: ['fact check'], contextId: 'c1', severity: 'low' }),
    pat(['islamic state', 'attack'], { id: 'b', within: 4, category: 'direct-threat', severity: 'high' }),
    pat('جيش أبناء الخلافة', { id: 'c', category: 'group-name', contextId: 'c1' }),
    pat("l'armée des fils du califat", { id: 'd', category: 'group-name' }),
  ];
  const texts = [
    'Amaq says the Islamic State will attack',
    'fact check: Amaq',
    'الإعلان عن #جيش_أبناء_الخلافة',
    'l’armée des fils du califat et Amaq',
    'nothing to see',
    'Islamic State … much later … many words … here … attack',
  ];

  test('a snapshot survives JSON and gives identical results', () => {
    const m = compileMatcher(patterns);
    const snap = JSON.parse(JSON.stringify(m.toSnapshot())) as ReturnType<typeof m.toSnapshot>;
    expect(snap.format).toBe(7);
    expect(snap.foldVersion).toBe(FOLD_VERSION);
    expect(snap.patternCount).toBe(4);
    expect(typeof snap.data).toBe('string');
    const loaded = loadMatcher(snap);
    expect(loaded.patternCount).toBe(4);
    for (const t of texts) expect(loaded.match(t)).toEqual(m.match(t));
    expect(loaded.match(texts[0]!).flagged).toBe(true);
    expect(loaded.toSnapshot()).toEqual(snap);
  });

  test('a pack with exclusions and common terms keeps its anchors\' filter through a snapshot: same results', () => {
    const mixed = [
      pat(['sons of the caliphate', 'video'], { id: 'group-video', unless: ['according to', 'game'] }),
      pat('remaining and expanding', { id: 'slogan', unless: ['so-called'] }),
      pat('باقية', { id: 'baqiya', unless: ['amaq'] }),
    ];
    const m = compileMatcher(mixed);
    const loaded = loadMatcher(JSON.parse(JSON.stringify(m.toSnapshot())) as ReturnType<typeof m.toSnapshot>);
    const posts = [
      'Great video of the game last night',
      'New video from the Sons of the Caliphate',
      'Sons of the Caliphate video, according to the agency',
      'the so-called remaining and expanding',
      'remaining and expanding',
      '#AmaqAmaqAmaq با-قية €',
      '#NewsToday با-قية €',
    ];
    const ids = (r: MatchResult): string[] => r.patterns.map((p) => p.id);
    expect(posts.map((t) => ids(loaded.match(t)))).toEqual([[], ['group-video'], [], [], ['slogan'], [], ['baqiya']]);
    for (const t of posts) expect(loaded.match(t)).toEqual(m.match(t));
  });

  test('snapshotByteLength is the compiled size', () => {
    const m = compileMatcher(patterns);
    expect(snapshotByteLength(m.toSnapshot())).toBe(m.byteLength);
    expect(decodeBase64(m.toSnapshot().data).byteLength).toBe(m.byteLength);
  });

  test('a snapshot from another format or fold version is refused with a clear error', () => {
    const snap = compileMatcher(patterns).toSnapshot();
    expect(() => loadMatcher({ ...snap, format: 3 as typeof snap.format })).toThrow(/format 3 is not supported/);
    expect(() => loadMatcher({ ...snap, foldVersion: FOLD_VERSION + 1 })).toThrow(/text folding v\d+.*compile/);
  });

  test('a damaged snapshot is refused', () => {
    const snap = compileMatcher(patterns).toSnapshot();
    expect(() => loadMatcher({ ...snap, data: snap.data.slice(0, -8) })).toThrow(/damaged/);
    expect(() => loadMatcher({ ...snap, data: 'AAAA' + snap.data.slice(4) })).toThrow(/damaged/);
    expect(() => loadMatcher({ ...snap, data: '@@@@' })).toThrow(/base64/);
    expect(() => loadMatcher({ ...snap, meta: { ...snap.meta, ids: [] } })).toThrow(/metadata/);
  });

  test("a snapshot whose keyword ends are damaged is refused, and an intact one finds what the compiled matcher does", () => {
    const m = compileMatcher(patterns);
    const snap = m.toSnapshot();
    const bytes = decodeBase64(snap.data);
    const ints = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
    const [S, K] = [ints[1]!, ints[2]!];
    const kwEnd = 8 + S + 1; // after the header and firstChild[S+1]
    const kwAt = kwEnd + ((S + 31) >>> 5);
    const damaged = (change: (x: Int32Array) => void): string => {
      const copy = new Int32Array(ints);
      change(copy);
      return encodeBase64(new Uint8Array(copy.buffer));
    };
    // One keyword end too many (the root's bit), one too few, a keyword number out of range.
    expect(() => loadMatcher({ ...snap, data: damaged((x) => (x[kwEnd] = x[kwEnd]! | 1)) })).toThrow(/keyword ends do not match/);
    expect(() => loadMatcher({ ...snap, data: damaged((x) => (x[kwEnd + ((S - 1) >>> 5)] = 0)) })).toThrow(/keyword ends do not match/);
    expect(() => loadMatcher({ ...snap, data: damaged((x) => (x[kwAt] = K)) })).toThrow(/names no keyword/);
    expect(() => loadMatcher({ ...snap, data: damaged((x) => (x[kwAt + K - 1] = -1)) })).toThrow(/names no keyword/);
    const loaded = loadMatcher(snap);
    for (const text of ['Sons of the Caliphate Army', 'nous en prendrons dix', 'جيش أبناء الخلافة', 'a bakery in Saint-Véran'])
      expect(loaded.match(text)).toEqual(m.match(text));
  });

  test('base64 round-trips every byte value and length', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 255);
      expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
    }
    expect(encodeBase64(new TextEncoder().encode('Firebreak'))).toBe('RmlyZWJyZWFr');
  });
});

describe('10,000 generated patterns', () => {
  // Deterministic pseudo-words from Latin and Arabic syllables: many shared prefixes, like real packs.
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const latin = ['ba', 'di', 'ka', 'lo', 'ma', 'ne', 'ri', 'sa', 'tu', 'vo', 'za', 'qu', 'ch', 'st', 'ar', 'el'];
  const arabic = ['جي', 'ش', 'اب', 'نا', 'ال', 'خ', 'لا', 'فه', 'دو', 'له', 'با', 'قي', 'وت', 'مد', 'اع', 'ق'];
  const word = (): string => {
    const syl = rnd() < 0.3 ? arabic : latin;
    return Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(syl)).join('');
  };
  // Unique by folded form, so pattern words and filler words never fold alike.
  const words = [...new Map(Array.from({ length: 30000 }, word).map((w) => [foldPattern(w), w])).values()];
  const patternWords = words.slice(0, 15000);
  const fillerWords = words.slice(15000);
  const patterns: MatcherPattern[] = Array.from({ length: 10000 }, (_, i) => {
    const phrase = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(patternWords)).join(' ');
    return pat(phrase, { id: `gen-${i}` });
  });
  const m = compileMatcher(patterns);
  const phrases = patterns.map((p) => p.terms[0]!);

  test('compile them all', () => {
    expect(m.rejected).toEqual([]);
    expect(m.patternCount).toBe(10000);
  });

  test('each pattern is found when embedded in a post, with the exact span', () => {
    for (let i = 0; i < 10000; i += 7) {
      const phrase = phrases[i]!;
      const before = `${pick(fillerWords)} ${pick(fillerWords)}, `;
      const text = `${before}${phrase.toUpperCase()}! ${pick(fillerWords)}`;
      const r = m.match(text);
      const ids = r.patterns.map((p) => p.id);
      expect(ids).toContain(`gen-${i}`);
      // Every pattern reported really occurs word-bounded in the text (brute force).
      const hay = ` ${text.toLowerCase().replace(/[!,]/g, ' ')} `;
      for (const p of r.patterns) {
        const t = p.name.toLowerCase();
        expect(hay.includes(` ${t} `), `${p.id} "${t}" in "${text}"`).toBe(true);
      }
      const own = r.patterns.find((p) => p.id === `gen-${i}`)!;
      expect(own.spans.map((s) => text.slice(s.start, s.end))).toEqual([phrase.toUpperCase()]);
    }
  });

  test('posts made of other words match nothing', () => {
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 40 }, () => pick(fillerWords)).join(' ');
      expect(m.match(text)).toBe(EMPTY_RESULT);
    }
  });

  test('the snapshot of 10,000 patterns loads and agrees', () => {
    const loaded = loadMatcher(JSON.parse(JSON.stringify(m.toSnapshot())));
    for (let i = 0; i < 10000; i += 97) {
      const text = `start ${phrases[i]} end`;
      expect(loaded.match(text)).toEqual(m.match(text));
    }
  });
});
