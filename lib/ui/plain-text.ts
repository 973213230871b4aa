// Labels a pack file gives itself (its name, its publisher's name) as one line of plain text. The schema only refuses
// control characters in them, so a file may put markup there ("<b>Bold</b> pack", "<svg onload=…>pub"). Every place
// that names a pack (tables, the import preview, status messages, live regions, accessible names) shows this one
// rendering: tags removed with their text kept, the common character references decoded, spaces collapsed. It is
// always rendered as text (never parsed as HTML), and needs no DOM, so the same text comes out everywhere.

/** Elements whose content is code, not text: dropped with their content. */
const CODE_ELEMENT_RE = /<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Comments, doctypes and CDATA sections, processing instructions. */
const MARKUP_DECL_RE = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;
/** A start or end tag; quoted attribute values may hold ">". */
const TAG_RE = /<\/?[A-Za-z](?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
// Control characters, and the direction embeddings, overrides and isolates the pack format refuses written out (a
// character reference such as &#x202E; would bring one back and turn the rest of a status message around).
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function decodeEntity(whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name) return NAMED[name] ?? whole;
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
  // Not a character, or a surrogate, a control character: keep the reference as written.
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0x20 || (code >= 0x7f && code <= 0x9f))
    return whole;
  return String.fromCodePoint(code);
}

/** A pack's label (name, publisher) as plain text: see the top of this file. '' for anything but a string. */
export function plainLabel(s: unknown): string {
  if (typeof s !== 'string' || s === '') return '';
  return s
    .replace(CODE_ELEMENT_RE, ' ')
    .replace(MARKUP_DECL_RE, ' ')
    .replace(TAG_RE, (tag) => (/^<\/?(?:br|p|div|li|tr|td|th|h[1-6])\b/i.test(tag) ? ' ' : ''))
    .replace(ENTITY_RE, decodeEntity)
    .replace(CONTROL_RE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
