// The evidence bundle: fields, UTC capture time, a stable fingerprint, the clipboard text in three languages.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MatchResult, PostData } from '../../lib/types';
import { LANGS } from '../../lib/types';
import {
  buildEvidence,
  canonicalJson,
  evidenceFileName,
  evidenceToJson,
  evidenceToText,
  pngSize,
  sha256Hex,
  verifyEvidence,
  type EvidenceBundle,
} from '../../lib/report/evidence';
import { EVIDENCE_LABEL_KEYS, evidenceStrings } from '../../lib/report/evidence-labels';

const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

const post: PostData = {
  id: '1790000000000000001',
  site: 'x',
  url: 'https://x.com/somebody/status/1790000000000000001',
  author: { name: 'Some Body', handle: '@somebody', profileUrl: 'https://x.com/somebody' },
  text: 'first line of the post\nsecond line',
  time: '2025-03-01T10:00:00.000Z',
  lang: 'en',
  links: ['https://example.org/a'],
  isComment: false,
};

const result: MatchResult = {
  flagged: true,
  severity: 'high',
  patterns: [
    {
      id: 'p-1',
      packId: 'default',
      name: 'Known campaign quote',
      category: 'campaign-quote',
      severity: 'high',
      contextId: 'ctx-1',
      spans: [{ start: 0, end: 5, patternId: 'p-1' }],
    },
    {
      id: 'p-2',
      packId: 'default',
      name: 'Outlet name',
      category: 'propaganda-outlet',
      severity: 'medium',
      contextId: null,
      spans: [{ start: 6, end: 10, patternId: 'p-2' }],
    },
  ],
  categories: ['campaign-quote', 'propaganda-outlet'],
  contextIds: ['ctx-1'],
  spans: [
    { start: 0, end: 5, patternId: 'p-1' },
    { start: 6, end: 10, patternId: 'p-2' },
  ],
};

const PAGE = 'https://x.com/home';
// 02:03:04.005 in Paris (UTC+1) is 01:03:04.005 UTC.
const NOW = new Date('2025-03-02T02:03:04.005+01:00');
const PNG = new Uint8Array(readFileSync(new URL('../../public/icon/16.png', import.meta.url)));

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], e: null })).toBe('{"a":[3,{"c":"x"}],"b":1,"e":null}');
    expect(canonicalJson({ 'é': 1, z: 2, A: 3 })).toBe('{"A":3,"z":2,"é":1}');
    expect(canonicalJson([undefined, true])).toBe('[null,true]');
    expect(canonicalJson('a"\n')).toBe('"a\\"\\n"');
  });
  it('throws on values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow();
    expect(() => canonicalJson({ n: 1n })).toThrow();
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => canonicalJson(cyc)).toThrow();
  });
});

describe('buildEvidence', () => {
  it('fills every field from the post and the match, capture time in UTC', async () => {
    const b = await buildEvidence(post, result, PAGE, NOW);
    expect(b).toMatchObject({
      schema: 'firebreak.evidence/1',
      capturedAt: '2025-03-02T01:03:04.005Z',
      platform: 'x',
      postId: post.id,
      permalink: post.url,
      pageUrl: PAGE,
      author: post.author,
      postTime: post.time,
      text: post.text,
      links: post.links,
      matchedPatterns: [
        { id: 'p-1', name: 'Known campaign quote', category: 'campaign-quote', severity: 'high' },
        { id: 'p-2', name: 'Outlet name', category: 'propaganda-outlet', severity: 'medium' },
      ],
      contextIds: ['ctx-1'],
    });
    expect(b.capturedAt.endsWith('Z')).toBe(true);
    expect(b.screenshot).toBeUndefined();
    expect('screenshot' in b).toBe(false);
    expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Spans and pack ids stay out of the bundle.
    expect(JSON.stringify(b)).not.toContain('spans');
  });

  it('keeps the page\'s address without the user\'s search or tracking, with what names a Facebook post', async () => {
    const at = async (href: string) => (await buildEvidence(post, result, href, NOW)).pageUrl;
    expect(await at('https://x.com/search?q=my+own+search&src=typed_query&f=live')).toBe('https://x.com/search');
    expect(await at('https://x.com/home#top')).toBe('https://x.com/home');
    expect(await at('https://www.facebook.com/watch/?v=1185623498765432&ref=sharing')).toBe('https://www.facebook.com/watch/?v=1185623498765432');
    expect(await at('https://www.facebook.com/permalink.php?story_fbid=123&id=456&__cft__[0]=AZX')).toBe(
      'https://www.facebook.com/permalink.php?story_fbid=123&id=456',
    );
    expect(await at('not a url')).toBe('');
  });

  it('hashes the canonical JSON without the sha256 field (checked against node:crypto)', async () => {
    const b = await buildEvidence(post, result, PAGE, NOW);
    const { sha256: _s, ...rest } = b;
    const expected = createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
    expect(b.sha256).toBe(expected);
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is stable: same input, same bundle and fingerprint; key order does not matter', async () => {
    const a = await buildEvidence(post, result, PAGE, NOW);
    const b = await buildEvidence({ ...post }, { ...result }, PAGE, new Date(NOW.getTime()));
    expect(b).toEqual(a);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as EvidenceBundle;
    expect(Object.keys(reordered)[0]).toBe('sha256');
    expect(await verifyEvidence(reordered)).toBe(true);
  });

  it('changes the fingerprint when any field changes', async () => {
    const base = await buildEvidence(post, result, PAGE, NOW);
    const variants: [string, Promise<EvidenceBundle>][] = [
      ['id', buildEvidence({ ...post, id: '2' }, result, PAGE, NOW)],
      ['site', buildEvidence({ ...post, site: 'facebook' }, result, PAGE, NOW)],
      ['url', buildEvidence({ ...post, url: null }, result, PAGE, NOW)],
      ['author.name', buildEvidence({ ...post, author: { ...post.author, name: 'Other' } }, result, PAGE, NOW)],
      ['author.handle', buildEvidence({ ...post, author: { ...post.author, handle: null } }, result, PAGE, NOW)],
      ['author.profileUrl', buildEvidence({ ...post, author: { ...post.author, profileUrl: null } }, result, PAGE, NOW)],
      ['text', buildEvidence({ ...post, text: post.text + ' ' }, result, PAGE, NOW)],
      ['time', buildEvidence({ ...post, time: null }, result, PAGE, NOW)],
      ['links', buildEvidence({ ...post, links: [] }, result, PAGE, NOW)],
      ['pageUrl', buildEvidence(post, result, 'https://x.com/search?q=a', NOW)],
      ['now', buildEvidence(post, result, PAGE, new Date(NOW.getTime() + 1))],
      ['patterns', buildEvidence(post, { ...result, patterns: result.patterns.slice(0, 1) }, PAGE, NOW)],
      ['contextIds', buildEvidence(post, { ...result, contextIds: [] }, PAGE, NOW)],
      ['screenshot', buildEvidence(post, result, PAGE, NOW, PNG)],
    ];
    const hashes = new Set([base.sha256]);
    for (const [name, p] of variants) {
      const v = await p;
      expect(v.sha256, name).not.toBe(base.sha256);
      hashes.add(v.sha256);
    }
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('records a screenshot by its fingerprint and size', async () => {
    const b = await buildEvidence(post, result, PAGE, NOW, PNG);
    expect(b.screenshot).toEqual({
      mediaType: 'image/png',
      sha256: createHash('sha256').update(PNG).digest('hex'),
      width: 16,
      height: 16,
    });
    expect(pngSize(PNG)).toEqual({ width: 16, height: 16 });
    await expect(buildEvidence(post, result, PAGE, NOW, new Uint8Array([1, 2, 3]))).rejects.toThrow(/PNG/);
  });
});

describe('verifyEvidence', () => {
  it('accepts an untouched bundle, also after a JSON round trip', async () => {
    const b = await buildEvidence(post, result, PAGE, NOW, PNG);
    expect(await verifyEvidence(b)).toBe(true);
    expect(await verifyEvidence(JSON.parse(evidenceToJson(b)) as EvidenceBundle)).toBe(true);
    expect(await verifyEvidence(b, PNG)).toBe(true);
  });

  it('rejects any edit, a wrong screenshot and garbage', async () => {
    const b = await buildEvidence(post, result, PAGE, NOW, PNG);
    expect(await verifyEvidence({ ...b, text: 'edited' })).toBe(false);
    expect(await verifyEvidence({ ...b, author: { ...b.author, handle: '@other' } })).toBe(false);
    expect(await verifyEvidence({ ...b, sha256: '0'.repeat(64) })).toBe(false);
    const other = new Uint8Array(PNG);
    other[other.length - 1] = other[other.length - 1]! ^ 1;
    expect(await verifyEvidence(b, other)).toBe(false);
    const noShot = await buildEvidence(post, result, PAGE, NOW);
    expect(await verifyEvidence(noShot, PNG)).toBe(false);
    expect(await verifyEvidence({ ...b, schema: 'other' } as unknown as EvidenceBundle)).toBe(false);
    expect(await verifyEvidence(null as unknown as EvidenceBundle)).toBe(false);
  });
});

describe('evidenceToText', () => {
  it('has every label in every language', () => {
    for (const key of EVIDENCE_LABEL_KEYS) {
      for (const lang of LANGS) expect(evidenceStrings(lang)[key].trim(), `${key}.${lang}`).not.toBe('');
      expect(key).toMatch(/^[A-Za-z0-9_]+$/); // valid extension message names
    }
  });

  it('writes labelled lines in English', async () => {
    const b = await buildEvidence(post, result, PAGE, NOW, PNG);
    const text = evidenceToText(b, 'en');
    expect(text.split('\n')).toEqual([
      'Firebreak — evidence of a post',
      'Platform: X',
      `Link: ${post.url}`,
      `Seen on page: ${PAGE}`,
      'Author: Some Body (@somebody)',
      'Profile: https://x.com/somebody',
      'Posted: 2025-03-01T10:00:00.000Z',
      'Captured (UTC): 2025-03-02T01:03:04.005Z',
      'Text:',
      '  first line of the post',
      '  second line',
      'Matched:',
      '  - Known campaign quote (known campaign quote, high)',
      '  - Outlet name (propaganda outlet, medium)',
      `Image of the post (SHA-256): ${b.screenshot!.sha256}`,
      `SHA-256: ${b.sha256}`,
      '',
    ]);
    expect(text).not.toMatch(/[\u2066-\u2069\u200F]/);
  });

  it('names the author of the post a reported post quotes (X) or shares (Facebook), in the bundle and the text', async () => {
    const b = await buildEvidence({ ...post, quoted: { start: 0, end: 10, author: { name: 'Ansar Relay', handle: 'relay_x' } } }, result, PAGE, NOW);
    expect(b.quotedAuthor).toEqual({ name: 'Ansar Relay', handle: 'relay_x' });
    expect(await verifyEvidence(b)).toBe(true);
    expect(evidenceToText(b, 'en')).toContain('Quoted post by: Ansar Relay (relay_x)\n');
    expect(evidenceToText(b, 'fr')).toContain('Publication citée, de\u00a0: Ansar Relay');
    // A post that quotes nothing has no such field or line.
    const plain = await buildEvidence(post, result, PAGE, NOW);
    expect(plain.quotedAuthor).toBeUndefined();
    expect(evidenceToText(plain, 'en')).not.toContain('Quoted post by');
    // Facebook: the post shares another, and the line says so.
    const fb = await buildEvidence({ ...post, site: 'facebook', quoted: { start: 0, end: 10, author: { name: 'Original Page', handle: 'OriginalPage' } } }, result, PAGE, NOW);
    expect(evidenceToText(fb, 'en')).toContain('Shared post by: Original Page (OriginalPage)\n');
    expect(evidenceToText(fb, 'en')).not.toContain('Quoted post by');
  });

  it('says when the text is the site\'s machine translation, in the bundle and the text', async () => {
    const b = await buildEvidence({ ...post, machineTranslated: true }, result, PAGE, NOW);
    expect(b.machineTranslated).toBe(true);
    expect(await verifyEvidence(b)).toBe(true);
    expect(evidenceToText(b, 'en')).toContain('\nText: (machine translation shown by the site, not the author’s own words)\n');
    const plain = await buildEvidence(post, result, PAGE, NOW);
    expect('machineTranslated' in plain).toBe(false);
    expect(evidenceToText(plain, 'en')).toContain('\nText:\n');
  });

  it('gives a post time as the page showed it where the page gives no machine-readable one (Facebook)', async () => {
    const b = await buildEvidence({ ...post, site: 'facebook', time: null, timeShown: '6 h' }, result, PAGE, NOW);
    expect(b.postTime).toBeNull();
    expect(b.postTimeShown).toBe('6 h');
    expect(await verifyEvidence(b)).toBe(true);
    expect(evidenceToText(b, 'en')).toContain('Posted: 6 h (as the page showed it when captured)\n');
    expect(evidenceToText(b, 'fr')).toContain('6 h (tel que la page l’affichait à la capture)');
    expect(evidenceToText(b, 'ar')).toContain('(كما عرضته الصفحة وقت الالتقاط)');
    // A machine-readable time wins; nothing is guessed from a label.
    const withTime = await buildEvidence({ ...post, timeShown: '6 h' }, result, PAGE, NOW);
    expect(withTime.postTimeShown).toBeUndefined();
  });

  it('writes French labels', async () => {
    const b = await buildEvidence({ ...post, site: 'facebook', time: null }, result, PAGE, NOW);
    const text = evidenceToText(b, 'fr');
    for (const line of [
      'Plateforme\u00a0: Facebook',
      `Lien\u00a0: ${post.url}`,
      'Auteur\u00a0: Some Body (@somebody)',
      'Publié le\u00a0: inconnu',
      'Relevé le (UTC)\u00a0: 2025-03-02T01:03:04.005Z',
      'Texte\u00a0:',
      'Correspondances\u00a0:',
      '  - Known campaign quote (citation d’une campagne connue, élevée)',
      `SHA-256\u00a0: ${b.sha256}`,
    ]) {
      expect(text.split('\n')).toContain(line);
    }
  });

  it('writes Arabic with LTR values isolated and lines kept right-to-left', async () => {
    const arPost: PostData = { ...post, author: { ...post.author, name: 'أبو فلان' }, text: 'نص المنشور\nEnglish line' };
    const b = await buildEvidence(arPost, result, PAGE, NOW);
    const lines = evidenceToText(b, 'ar').split('\n');
    expect(lines).toContain(`المنصة: ${LRI}X${PDI}`);
    // An address alone on the line under its label, with no control around it: pasted into a form's URL field or
    // found by a mail client's link detection, it stays the address.
    expect(lines[lines.indexOf('الرابط:') + 1]).toBe(post.url);
    expect(lines[lines.indexOf('شوهد في الصفحة:') + 1]).toBe(PAGE);
    expect(lines[lines.indexOf('الملف الشخصي:') + 1]).toBe('https://x.com/somebody');
    for (const url of [post.url!, PAGE, 'https://x.com/somebody']) expect(new URL(lines[lines.indexOf(url)]!).href).toBe(url);
    expect(lines).toContain(`الناشر: ${FSI}أبو فلان${PDI} (${LRI}@somebody${PDI})`);
    expect(lines).toContain(`تاريخ النشر: ${LRI}2025-03-01T10:00:00.000Z${PDI}`);
    expect(lines).toContain(`وقت الالتقاط (UTC): ${LRI}2025-03-02T01:03:04.005Z${PDI}`);
    expect(lines).toContain('النص:');
    expect(lines).toContain(`\u200F  ${FSI}English line${PDI}`);
    expect(lines).toContain('الأنماط المطابقة:');
    expect(lines).toContain(`\u200F  - ${FSI}Known campaign quote${PDI} (اقتباس من حملة معروفة، عالية)`);
    expect(lines).toContain(`بصمة SHA-256: ${LRI}${b.sha256}${PDI}`);
    // Every isolate is closed on its own line, and every non-empty line starts right-to-left.
    for (const line of lines) {
      const opens = (line.match(/[\u2066-\u2068]/g) ?? []).length;
      const closes = (line.match(/\u2069/g) ?? []).length;
      expect(opens, line).toBe(closes);
      if (line) expect(line, line).toMatch(/^[\u200F\u0600-\u06FF]|^Firebreak|^https:\/\/\S+$/);
    }
  });

  it('keeps bidi controls from the page out of the text block (the JSON keeps them)', async () => {
    const tricky: PostData = { ...post, text: 'abc\u202Edef\u2066', author: { ...post.author, name: 'x\u2069y' } };
    const b = await buildEvidence(tricky, result, PAGE, NOW);
    expect(b.text).toBe('abc\u202Edef\u2066');
    const ar = evidenceToText(b, 'ar');
    expect(ar).toContain(`${FSI}abcdef${PDI}`);
    expect(ar).toContain(`${FSI}xy${PDI}`);
    expect(evidenceToText(b, 'en')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('isolates right-to-left names in English text', async () => {
    const b = await buildEvidence({ ...post, author: { ...post.author, name: 'أبو فلان' } }, result, PAGE, NOW);
    expect(evidenceToText(b, 'en')).toContain(`Author: ${FSI}أبو فلان${PDI} (@somebody)`);
  });

  it('takes labels from the caller (locale files) when given', async () => {
    const b = await buildEvidence(post, { ...result, patterns: [] }, PAGE, NOW);
    const strings = { ...evidenceStrings('en'), evidence_platform: 'PLATFORM>' };
    const text = evidenceToText(b, 'en', strings);
    expect(text).toContain('PLATFORM> X');
    expect(text).toContain('Matched: none');
  });
});

describe('evidenceFileName', () => {
  it('names the file by platform, post id and UTC time', async () => {
    const b = await buildEvidence(post, result, PAGE, NOW);
    expect(evidenceFileName(b)).toBe('firebreak-evidence-x-1790000000000000001-20250302T010304Z.json');
  });
  it('makes any id safe for a file name', () => {
    const base = { platform: 'facebook' as const, capturedAt: '2025-12-31T23:59:59.999Z' };
    expect(evidenceFileName({ ...base, postId: 'pfbid0/../a:b*c' })).toBe(
      'firebreak-evidence-facebook-pfbid0_a_b_c-20251231T235959Z.json',
    );
    expect(evidenceFileName({ ...base, postId: '///' })).toBe('firebreak-evidence-facebook-post-20251231T235959Z.json');
    expect(evidenceFileName({ ...base, postId: 'a'.repeat(200) })).toHaveLength(
      'firebreak-evidence-facebook--20251231T235959Z.json'.length + 64,
    );
  });
});
