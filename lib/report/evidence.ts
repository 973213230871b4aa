// The evidence bundle of a reported post: a JSON record with a SHA-256 fingerprint over its canonical form,
// a plain-text block for the clipboard in the user's language, and the file name to save it under.
import type { Category, Lang, MatchResult, PostData, Severity } from '../types';
import { CATEGORY_LABEL_KEY, SEVERITY_LABEL_KEY, evidenceStrings, type EvidenceStrings } from './evidence-labels';

export const EVIDENCE_SCHEMA = 'firebreak.evidence/1';

export interface EvidenceBundle {
  schema: typeof EVIDENCE_SCHEMA;
  /** UTC ISO 8601 time the bundle was built (`Date.prototype.toISOString`). */
  capturedAt: string;
  platform: 'x' | 'facebook';
  /** The site's id of the post (PostData.id); names the saved file. */
  postId: string;
  permalink: string | null;
  /** Page the post was seen on (timeline, search, group…). */
  pageUrl: string;
  author: { name: string; handle: string | null; profileUrl: string | null };
  /** The author of the post this one quotes (X) or shares (Facebook), whose words are part of `text`. */
  quotedAuthor?: { name: string; handle: string | null };
  /** Time of the post as the page shows it (ISO 8601), when it does. */
  postTime: string | null;
  /** Without postTime, the time as the page displayed it at capture ("6 h"), relative to capturedAt. */
  postTimeShown?: string;
  /** The post's text as displayed (what was matched). */
  text: string;
  /** The site showed the text machine-translated: `text` is the translation, not the author's words. */
  machineTranslated?: true;
  /** Outbound links of the post, unwrapped from the sites' redirectors. */
  links: string[];
  matchedPatterns: { id: string; name: string; category: Category; severity: Severity }[];
  contextIds: string[];
  /** A PNG saved next to the JSON; the bundle holds its fingerprint, not its bytes. */
  screenshot?: { mediaType: 'image/png'; sha256: string; width: number; height: number };
  /** Hex SHA-256 of canonicalJson(the bundle without this field), UTF-8 encoded. */
  sha256: string;
}

/**
 * Deterministic JSON: object keys sorted by UTF-16 code units, no whitespace, `undefined` members left out
 * (in arrays they become null), as JSON.stringify does. For this data (strings, integers, booleans, null) the
 * output equals RFC 8785 (JCS). Throws on non-finite numbers, bigints and cycles.
 */
export function canonicalJson(value: unknown): string {
  const stack = new Set<object>();
  const walk = (v: unknown): string | undefined => {
    if (v === null) return 'null';
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
        if (!Number.isFinite(v)) throw new TypeError('canonicalJson: non-finite number');
        return JSON.stringify(v);
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
      case 'bigint':
        throw new TypeError('canonicalJson: bigint');
    }
    const obj = v as object;
    const withToJson = obj as { toJSON?: () => unknown };
    if (typeof withToJson.toJSON === 'function') return walk(withToJson.toJSON());
    if (stack.has(obj)) throw new TypeError('canonicalJson: cycle');
    stack.add(obj);
    let out: string;
    if (Array.isArray(obj)) {
      out = '[' + obj.map((item) => walk(item) ?? 'null').join(',') + ']';
    } else {
      const rec = obj as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of Object.keys(rec).sort()) {
        const s = walk(rec[key]);
        if (s !== undefined) parts.push(JSON.stringify(key) + ':' + s);
      }
      out = '{' + parts.join(',') + '}';
    }
    stack.delete(obj);
    return out;
  };
  return walk(value) ?? 'null';
}

/** Hex SHA-256 of bytes, or of a string's UTF-8 encoding (WebCrypto: Node 20 and browsers). */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ok =
    png.length >= 24 &&
    PNG_SIGNATURE.every((b, i) => png[i] === b) &&
    String.fromCharCode(png[12]!, png[13]!, png[14]!, png[15]!) === 'IHDR';
  if (!ok) throw new TypeError('screenshot is not a PNG image');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function hashInput(bundle: EvidenceBundle | Omit<EvidenceBundle, 'sha256'>): string {
  const { sha256: _omit, ...rest } = bundle as EvidenceBundle;
  return canonicalJson(rest);
}

/**
 * Query parameters that name what a Facebook page shows (a video, a post, a photo): kept in the page's address of the
 * evidence. Every other parameter (an X search's words, tracking) and the fragment are left out: the address is
 * pasted to third parties, and a search is the user's own business.
 */
const PAGE_ID_PARAMS = ['v', 'story_fbid', 'fbid', 'id', 'multi_permalinks', 'set'];

/** The page's address as the evidence records it: origin and path, and only the parameters that name a post. */
export function evidencePageUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '';
  }
  const kept = new URLSearchParams();
  for (const name of PAGE_ID_PARAMS) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return url.origin + url.pathname + (query ? '?' + query : '');
}

/**
 * Builds the evidence bundle of a flagged post at time `now`, with the fingerprint of an optional PNG. The page's
 * address is kept as evidencePageUrl() gives it.
 */
export async function buildEvidence(
  post: PostData,
  result: MatchResult,
  pageUrl: string,
  now: Date,
  screenshotPng?: Uint8Array,
): Promise<EvidenceBundle> {
  const body: Omit<EvidenceBundle, 'sha256'> = {
    schema: EVIDENCE_SCHEMA,
    capturedAt: now.toISOString(),
    platform: post.site,
    postId: post.id,
    permalink: post.url,
    pageUrl: evidencePageUrl(pageUrl),
    author: { name: post.author.name, handle: post.author.handle, profileUrl: post.author.profileUrl },
    ...(post.quoted ? { quotedAuthor: { name: post.quoted.author.name, handle: post.quoted.author.handle } } : {}),
    postTime: post.time,
    ...(!post.time && post.timeShown ? { postTimeShown: post.timeShown } : {}),
    text: post.text,
    ...(post.machineTranslated ? { machineTranslated: true as const } : {}),
    links: [...post.links],
    matchedPatterns: result.patterns.map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      severity: p.severity,
    })),
    contextIds: [...result.contextIds],
  };
  if (screenshotPng) {
    const { width, height } = pngSize(screenshotPng);
    body.screenshot = { mediaType: 'image/png', sha256: await sha256Hex(screenshotPng), width, height };
  }
  return { ...body, sha256: await sha256Hex(hashInput(body)) };
}

/**
 * True when the bundle's fingerprint matches its content (and, when given, the PNG matches the screenshot's
 * fingerprint). Never throws.
 */
export async function verifyEvidence(bundle: EvidenceBundle, screenshotPng?: Uint8Array): Promise<boolean> {
  try {
    if (!bundle || bundle.schema !== EVIDENCE_SCHEMA || typeof bundle.sha256 !== 'string') return false;
    if ((await sha256Hex(hashInput(bundle))) !== bundle.sha256.toLowerCase()) return false;
    if (screenshotPng) {
      if (!bundle.screenshot) return false;
      if ((await sha256Hex(screenshotPng)) !== bundle.screenshot.sha256.toLowerCase()) return false;
    }
    return true;
  } catch {
    return false;
  }
}

const LRI = '\u2066'; // left-to-right isolate
const FSI = '\u2068'; // first-strong isolate
const PDI = '\u2069'; // pop directional isolate
const RLM = '\u200F'; // right-to-left mark
/** Bidi controls (and CR) in page text could reorder the lines around them: left out of the plain text. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\r]/g;
/** Hebrew, Arabic, Syriac, Thaana, NKo… and their presentation forms. */
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

function clean(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

/** A value that is always left-to-right (URL, handle, date, hash): isolated in Arabic text. */
function ltr(value: string, lang: Lang): string {
  const v = clean(value);
  return lang === 'ar' ? LRI + v + PDI : v;
}

/** Free text (names, pattern names, post lines): isolated in Arabic, and in en/fr when it holds RTL letters. */
function free(value: string, lang: Lang): string {
  const v = clean(value);
  return lang === 'ar' || RTL_CHAR.test(v) ? FSI + v + PDI : v;
}

/**
 * The bundle as plain text for the clipboard, one labelled line per field, in the user's language. Values are
 * copied from the bundle with bidi control characters left out (the JSON file keeps the exact text). In Arabic
 * every left-to-right value (handle, date, hash) sits in an LRI…PDI isolate, free text in FSI…PDI, an address
 * alone on the line under its label with no control around it, and lines of the post's text begin with RLM so the
 * whole block stays right-to-left.
 * `strings` defaults to the built-in labels of `lang` (lib/report/evidence-labels.ts).
 */
export function evidenceToText(bundle: EvidenceBundle, lang: Lang, strings: EvidenceStrings = evidenceStrings(lang)): string {
  const s = strings;
  const cont = lang === 'ar' ? RLM + '  ' : '  ';
  const lines: string[] = [];
  const field = (label: string, value: string) => lines.push(`${label} ${value}`);
  const orUnknown = (v: string | null | undefined) => (v ? ltr(v, lang) : s.evidence_unknown);

  // An address is copied bare, never inside bidi controls (a form's URL field or a mail client's link detection would
  // take them into it); in Arabic it goes on a line of its own under its label, which keeps the block right-to-left.
  const urlField = (label: string, url: string) => {
    if (lang === 'ar') lines.push(label, clean(url));
    else field(label, clean(url));
  };

  lines.push(s.evidence_title);
  field(s.evidence_platform, ltr(bundle.platform === 'x' ? 'X' : 'Facebook', lang));
  if (bundle.permalink) urlField(s.evidence_link, bundle.permalink);
  else field(s.evidence_link, s.evidence_unknown);
  if (bundle.pageUrl && bundle.pageUrl !== bundle.permalink) urlField(s.evidence_page, bundle.pageUrl);
  const whoOf = (a: { name: string; handle: string | null }) =>
    [a.name ? free(a.name, lang) : '', a.handle ? `(${ltr(a.handle, lang)})` : ''].filter(Boolean).join(' ');
  field(s.evidence_author, whoOf(bundle.author) || s.evidence_unknown);
  if (bundle.author.profileUrl) urlField(s.evidence_profile, bundle.author.profileUrl);
  if (bundle.quotedAuthor) {
    const label = bundle.platform === 'facebook' ? s.evidence_shared_author : s.evidence_quoted_author;
    field(label, whoOf(bundle.quotedAuthor) || s.evidence_unknown);
  }
  field(
    s.evidence_posted,
    !bundle.postTime && bundle.postTimeShown ? `${free(bundle.postTimeShown, lang)} ${s.evidence_as_shown}` : orUnknown(bundle.postTime),
  );
  field(s.evidence_captured, ltr(bundle.capturedAt, lang));
  lines.push(bundle.machineTranslated ? `${s.evidence_text} ${s.evidence_translated}` : s.evidence_text);
  for (const line of bundle.text.replace(/\r\n?/g, '\n').split('\n')) {
    lines.push(line.trim() === '' ? '' : cont + free(line, lang));
  }
  if (bundle.matchedPatterns.length === 0) {
    field(s.evidence_matched, s.evidence_none);
  } else {
    lines.push(s.evidence_matched);
    const sep = lang === 'ar' ? '، ' : ', ';
    for (const p of bundle.matchedPatterns) {
      const category = s[CATEGORY_LABEL_KEY[p.category]] ?? p.category;
      const severity = s[SEVERITY_LABEL_KEY[p.severity]] ?? p.severity;
      lines.push(`${cont}- ${free(p.name, lang)} (${category}${sep}${severity})`);
    }
  }
  if (bundle.screenshot) field(s.evidence_screenshot, ltr(bundle.screenshot.sha256, lang));
  field(s.evidence_sha256, ltr(bundle.sha256, lang));
  return lines.join('\n') + '\n';
}

/** 'firebreak-evidence-<platform>-<post id>-<yyyymmddThhmmssZ>.json', safe on every file system. */
export function evidenceFileName(bundle: Pick<EvidenceBundle, 'platform' | 'postId' | 'capturedAt'>): string {
  const id = bundle.postId.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 64) || 'post';
  const d = new Date(bundle.capturedAt);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = Number.isNaN(d.getTime())
    ? 'unknown-time'
    : `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  return `firebreak-evidence-${bundle.platform}-${id}-${stamp}.json`;
}

/** The bundle as the JSON file's content (pretty-printed; the fingerprint is over canonicalJson, not this). */
export function evidenceToJson(bundle: EvidenceBundle): string {
  return JSON.stringify(bundle, null, 2) + '\n';
}
