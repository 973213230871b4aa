// The reviewed report destinations: well-formed, complete in every language, and the country choice.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../lib/types';
import {
  DESTINATIONS,
  SUPPORTED_COUNTRIES,
  countryFromLocale,
  destinationById,
  destinationsForCountry,
  emergencyNumber,
  emergencyNumbers,
  COUNTRY_CODES,
  destinationNote,
  reportingCountry,
  resolveDestinationIds,
} from '../../lib/report/destinations';

const REQUIRED_IDS = [
  'fr-pharos',
  'uk-report-terrorism',
  'us-fbi-tips',
  'au-esafety',
  'de-respect',
  'es-stop-radicalismos',
  'ca-rcmp-nsin',
  'be-police',
  'ma-e-blagh',
  'x-help',
  'facebook-help',
];

function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname.includes('.');
  } catch {
    return false;
  }
}

describe('DESTINATIONS', () => {
  it('has exactly the reviewed ids, each once', () => {
    const ids = DESTINATIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...REQUIRED_IDS].sort());
  });

  it.each(DESTINATIONS.map((d) => [d.id, d] as const))('%s keeps French typography and Arabic numbers in order', (_id, d) => {
    // French: no-break space before a colon and inside guillemets, narrow no-break space before ; ? !
    for (const text of [d.name.fr, d.note.fr]) {
      expect(text, text).not.toMatch(/ [:;?!»]|« /);
      // Every colon after a no-break space (an address's "://" aside), every ; ? ! after a narrow one (a name's own
      // "REspect!" aside).
      expect(text.replace(/https?:\/\//g, '').replace(/REspect!/g, ''), text).not.toMatch(/[^\u00a0]:|[^\u202f][;?!]/);
    }
    // Arabic: each phone number of the note in a left-to-right isolate, else "1800 123 400" shows as "400 123 1800".
    const ar = destinationNote(d, 'ar');
    const bare = ar.replace(/\u2066[^\u2069]*\u2069/g, '');
    expect(bare, ar).not.toMatch(/\d/);
    expect(destinationNote(d, 'en')).toBe(d.note.en);
  });

  it('isolates every kind of phone number in an Arabic note', () => {
    const note = (ar: string) => destinationNote({ ...destinationById('au-esafety')!, note: { en: 'x', fr: 'x', ar } }, 'ar');
    expect(note('اتصل بالرقم 1800 123 400.')).toBe('اتصل بالرقم \u20661800 123 400\u2069.');
    expect(note('الهاتف: 1-800-CALL-FBI. أو 911')).toBe('الهاتف: \u20661-800-CALL-FBI\u2069. أو \u2066911\u2069');
    expect(note('الخط 0800 789 321؛ ثم')).toBe('الخط \u20660800 789 321\u2069؛ ثم');
  });

  it.each(DESTINATIONS.map((d) => [d.id, d] as const))('%s is well-formed', (_id, d) => {
    expect(d.id).toMatch(/^[a-z]{1,8}(-[a-z0-9]+)+$|^[a-z]+-help$/);
    expect(d.country === '*' || /^[A-Z]{2}$/.test(d.country)).toBe(true);
    expect(['platform-help', 'hotline-web', 'hotline-phone', 'hotline-email']).toContain(d.kind);
    for (const lang of LANGS) {
      expect(d.name[lang]?.trim().length, `${d.id} name.${lang}`).toBeGreaterThan(3);
      expect(d.note[lang]?.trim().length, `${d.id} note.${lang}`).toBeGreaterThan(20);
    }
    // Arabic text really is Arabic, French differs from English.
    expect(d.name.ar).toMatch(/[\u0600-\u06FF]/);
    expect(d.note.ar).toMatch(/[\u0600-\u06FF]/);
    expect(d.note.fr).not.toBe(d.note.en);
    if (d.url !== undefined) expect(isHttpsUrl(d.url), d.url).toBe(true);
    for (const alt of d.alternatives ?? []) expect(isHttpsUrl(alt.url), alt.url).toBe(true);
    if (d.phone !== undefined) expect(d.phone).toMatch(/^[0-9][0-9 -]*[0-9]$/);
    if (d.email !== undefined) expect(d.email).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i);
    expect(d.url ?? d.phone ?? d.email, `${d.id} has a way to reach it`).toBeTruthy();
    if (d.kind === 'hotline-web' || d.kind === 'platform-help') expect(d.url).toBeDefined();
    if (d.kind === 'hotline-phone') expect(d.phone).toBeDefined();
    if (d.kind === 'platform-help') {
      expect(d.country).toBe('*');
      expect(d.site === 'x' || d.site === 'facebook').toBe(true);
    }
    expect(d.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(d.lastVerified + 'T00:00:00Z').toISOString().slice(0, 10)).toBe(d.lastVerified);
  });

  it('keeps the reviewed contact details', () => {
    expect(destinationById('fr-pharos')?.url).toBe('https://www.internet-signalement.gouv.fr/');
    expect(destinationById('uk-report-terrorism')?.url).toBe('https://www.gov.uk/report-terrorism');
    expect(destinationById('us-fbi-tips')?.url).toBe('https://tips.fbi.gov/');
    expect(destinationById('au-esafety')?.url).toBe('https://www.esafety.gov.au/report');
    expect(destinationById('de-respect')?.url).toBe('https://meldestelle-respect.de/');
    expect(destinationById('de-respect')?.alternatives?.[0]?.url).toBe('https://www.jugendschutz.net/');
    const es = destinationById('es-stop-radicalismos');
    expect([es?.url, es?.phone, es?.email]).toEqual([
      'https://www.stop-radicalismos.es/',
      '900 822 066',
      'stop-radicalismos@interior.es',
    ]);
    const ca = destinationById('ca-rcmp-nsin');
    expect([ca?.url, ca?.phone, ca?.email]).toEqual([undefined, '1-800-420-5805', 'RCMP.NSIN-RISN.GRC@rcmp-grc.gc.ca']);
    // Belgium: 101 is the police's emergency number (police.be), not a line for reports: named in the note as such.
    const be = destinationById('be-police');
    expect([be?.url, be?.phone]).toEqual(['https://www.police.be/', undefined]);
    expect(be?.note.en).toMatch(/emergency call 101 \(police\) or 112/);
    const ma = destinationById('ma-e-blagh');
    expect([ma?.country, ma?.url]).toEqual(['MA', 'https://www.e-blagh.ma/']);
    expect(ma?.note.fr).toMatch(/apologie du terrorisme/);
    expect(destinationById('fr-pharos')?.alternatives).toEqual([{ name: 'Point de Contact', url: 'https://www.pointdecontact.net/' }]);
    expect(destinationById('x-help')?.url).toBe('https://help.x.com/en/safety-and-security/report-abusive-behavior');
    expect(destinationById('facebook-help')?.url).toBe('https://www.facebook.com/help/1380418588640631');
    // PHAROS: what the form asks and that content must be public.
    const pharos = destinationById('fr-pharos')!;
    expect(pharos.note.fr).toMatch(/URL/);
    expect(pharos.note.fr).toMatch(/date/);
    expect(pharos.note.fr).toMatch(/public/);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DESTINATIONS)).toBe(true);
  });
});

describe('countries', () => {
  it.each([...SUPPORTED_COUNTRIES])('%s has a national destination and an emergency number', (c) => {
    const list = destinationsForCountry(c);
    expect(list[0]?.country).toBe(c);
    expect(list.filter((d) => d.kind === 'platform-help')).toHaveLength(2);
    expect(emergencyNumber(c)).toMatch(/^\d{2,4}(\/\d{2,4})*$/);
  });

  it('every destination country is supported', () => {
    for (const d of DESTINATIONS) if (d.country !== '*') expect(SUPPORTED_COUNTRIES).toContain(d.country);
  });

  it('gives the police number first, 112 across Europe, and nothing it does not know', () => {
    expect(emergencyNumber('FR')).toBe('17/112');
    expect(emergencyNumber('GB')).toBe('999');
    expect(emergencyNumber('US')).toBe('911');
    expect(emergencyNumber('AU')).toBe('000');
    expect(emergencyNumber('DE')).toBe('110/112');
    expect(emergencyNumber('ES')).toBe('112/091');
    expect(emergencyNumber('CA')).toBe('911');
    expect(emergencyNumber('BE')).toBe('101/112');
    // The Arabic interface's readers: 112 is not the police there (or only from a mobile, in Morocco).
    expect(emergencyNumber('MA')).toBe('19/112');
    expect(emergencyNumber('TN')).toBe('197');
    expect(emergencyNumber('DZ')).toBe('17/1548');
    expect(emergencyNumber('CH')).toBe('117/112');
    expect(emergencyNumber('it')).toBe('112/113');
    expect(emergencyNumber('PL')).toBe('112');
    expect(emergencyNumbers('fr')).toEqual(['17', '112']);
    // Unknown: the panel says "your local emergency number" instead of a number that may not work there.
    expect(emergencyNumber('BR')).toBe('');
    expect(emergencyNumber('')).toBe('');
    expect(emergencyNumber(null)).toBe('');
  });

  it('offers every country once, under a code the settings accept', () => {
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    expect(COUNTRY_CODES.length).toBeGreaterThan(240);
    for (const c of COUNTRY_CODES) expect(c).toMatch(/^[A-Z]{2}$/);
    for (const c of SUPPORTED_COUNTRIES) expect(COUNTRY_CODES).toContain(c);
    for (const c of ['MA', 'TN', 'DZ', 'BE', 'CH', 'SA', 'EG', 'LB']) expect(COUNTRY_CODES).toContain(c);
    for (const c of ['UK', 'EU', 'ZZ', 'YU']) expect(COUNTRY_CODES).not.toContain(c);
  });

  it('reports to the chosen country, the browser language\'s, or none', () => {
    expect(reportingCountry('BE', 'fr')).toBe('BE');
    expect(reportingCountry('auto', 'fr')).toBe('FR');
    expect(reportingCountry('auto', 'ar')).toBeNull();
    expect(reportingCountry('auto', 'ar-MA')).toBe('MA');
    expect(reportingCountry('none', 'fr-FR')).toBeNull();
    expect(reportingCountry(undefined, 'en-GB')).toBe('GB');
  });

  it('puts national destinations first, then the help pages (of one site when asked)', () => {
    expect(destinationsForCountry('fr').map((d) => d.id)).toEqual(['fr-pharos', 'x-help', 'facebook-help']);
    expect(destinationsForCountry('FR', 'x').map((d) => d.id)).toEqual(['fr-pharos', 'x-help']);
    expect(destinationsForCountry('CH', 'facebook').map((d) => d.id)).toEqual(['facebook-help']);
    expect(destinationsForCountry(null).map((d) => d.id)).toEqual(['x-help', 'facebook-help']);
    expect(destinationsForCountry('*').map((d) => d.id)).toEqual(['x-help', 'facebook-help']);
  });
});

describe('resolveDestinationIds', () => {
  it('keeps known ids in order and ignores unknown ones and duplicates', () => {
    const out = resolveDestinationIds(['de-respect', 'evil-url', 'fr-pharos', 'de-respect', 'https://example.com']);
    expect(out.map((d) => d.id)).toEqual(['de-respect', 'fr-pharos']);
    expect(resolveDestinationIds([])).toEqual([]);
    expect(resolveDestinationIds(['__proto__', 'constructor', 'toString'])).toEqual([]);
  });
});

describe('countryFromLocale', () => {
  it.each([
    ['fr-BE', 'BE'],
    ['fr-FR', 'FR'],
    ['fr-CA', 'CA'],
    ['fr', 'FR'],
    ['de', 'DE'],
    ['de-AT', 'AT'],
    ['es', 'ES'],
    ['es-419', null],
    ['es-MX', 'MX'],
    ['en', null],
    ['en-US', 'US'],
    ['en-GB', 'GB'],
    ['en-gb', 'GB'],
    ['en_AU', 'AU'],
    ['en-UK', 'GB'],
    ['zh-Hant-TW', 'TW'],
    ['ar', null],
    ['ar-MA', 'MA'],
    ['ar-001', null],
    ['en-x-gb', null],
    ['', null],
    ['   ', null],
    ['123', null],
    [null, null],
    [undefined, null],
  ] as const)('%s → %s', (locale, expected) => {
    expect(countryFromLocale(locale)).toBe(expected);
  });
});
