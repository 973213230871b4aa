// Sanitising of pack text (context summaries, "what is known" bullets, rating explanations).
// Pack text may carry a little formatting; everything else is removed by a strict DOMPurify allowlist.
// Page text (post text, author names) is NEVER passed through here: it is rendered as text nodes only.
// No HTML string is ever assigned to the DOM: <PackText> parses the sanitised text in an inert DOMParser document
// and imports the resulting nodes (the build also removes Preact's raw-HTML path, see wxt.config.ts).
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { h, type JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Tags pack text may use. No images, media, forms, frames, SVG/MathML or style. */
export const PACK_ALLOWED_TAGS = ['b', 'i', 'em', 'strong', 'br', 'p', 'ul', 'ol', 'li', 'a'] as const;
/** Attributes pack text may use: `href` on links (https only; rel/target are added by Firebreak). */
export const PACK_ALLOWED_ATTR = ['href'] as const;

const CONFIG: Config = {
  ALLOWED_TAGS: [...PACK_ALLOWED_TAGS],
  ALLOWED_ATTR: [...PACK_ALLOWED_ATTR],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  // Only absolute https: URLs survive attribute sanitising; the hook re-checks with the URL parser.
  ALLOWED_URI_REGEXP: /^https:/i,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
  KEEP_CONTENT: true,
};

/**
 * The URL if it is an absolute https: URL without embedded credentials, normalised by the URL parser; else null.
 * Use it for every link that comes from a pack (context entry url, author url, sources).
 */
export function safeHttpsUrl(u: unknown): string | null {
  if (typeof u !== 'string') return null;
  const raw = u.trim();
  // eslint-disable-next-line no-control-regex
  if (raw === '' || raw.length > 2048 || /[\u0000-\u001f\u007f\s]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

let purifier: Purifier | null = null;

function getPurifier(): Purifier | null {
  if (purifier) return purifier;
  if (typeof window === 'undefined') return null;
  // A private instance, so hooks never leak into other users of DOMPurify in the same realm.
  const p = DOMPurify(window);
  if (!p.isSupported) return null;
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const el = node as Element;
    const href = safeHttpsUrl(el.getAttribute('href'));
    if (href) {
      el.setAttribute('href', href);
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    } else {
      el.removeAttribute('href');
    }
  });
  purifier = p;
  return p;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ALLOWED_TAG_SET: ReadonlySet<string> = new Set(PACK_ALLOWED_TAGS);

/**
 * Independent check of DOMPurify's output, walking an inert DOMParser parse of it recursively: only allowed
 * tags; only href (https, on <a>), target="_blank" and rel="noopener noreferrer". Guards against a DOM whose
 * tree walking misbehaves (some test DOMs do) and against parser round-trip surprises.
 */
function isClean(html: string): { ok: boolean; text: string } {
  // A DOMParser document is inert: no script runs and nothing loads.
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) continue; // text
      if (child.nodeType !== 1) return false; // comments, processing instructions…
      const el = child as Element;
      const tag = el.localName;
      if (!ALLOWED_TAG_SET.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
      for (const attr of Array.from(el.attributes)) {
        if (tag === 'a' && attr.name === 'href' && safeHttpsUrl(attr.value) === attr.value) continue;
        if (tag === 'a' && attr.name === 'target' && attr.value === '_blank') continue;
        if (tag === 'a' && attr.name === 'rel' && attr.value === 'noopener noreferrer') continue;
        return false;
      }
      if (!walk(el)) return false;
    }
    return true;
  };
  return { ok: walk(body), text: body.textContent ?? '' };
}

/**
 * Pack text as safe HTML: only PACK_ALLOWED_TAGS, links https-only with rel="noopener noreferrer" and
 * target="_blank". The result is sanitised until stable and then verified independently; if verification still
 * fails, only the escaped text is returned. Without a DOM (never the case in the UI), the text is escaped whole.
 */
export function sanitizePackHtml(s: unknown): string {
  if (typeof s !== 'string' || s === '') return '';
  const p = getPurifier();
  if (!p) return escapeHtml(s);
  let out = p.sanitize(s, CONFIG) as string;
  for (let i = 0; i < 3; i++) {
    const again = p.sanitize(out, CONFIG) as string;
    if (again === out) break;
    out = again;
  }
  const check = isClean(out);
  return check.ok ? out : escapeHtml(check.text);
}

export interface PackTextProps {
  /** Pack text; may hold the allowed formatting. */
  text: string | null | undefined;
  /** Element to render; `div` when the text may hold paragraphs or lists. */
  as?: 'div' | 'span' | 'p' | 'li';
  class?: string;
  /** Language of the text when it differs from the interface (a fallback summary). */
  lang?: string;
  id?: string;
}

/** Sanitised pack text as DOM nodes of `doc`, built from an inert parse (nothing runs, nothing loads). */
export function sanitizePackNodes(s: unknown, doc: Document = document): DocumentFragment {
  const html = sanitizePackHtml(s);
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  const frag = doc.createDocumentFragment();
  for (const node of Array.from(body.childNodes)) frag.appendChild(doc.importNode(node, true));
  return frag;
}

/** Sanitised pack text. Text direction follows the text itself (dir="auto"). */
export function PackText({ text, as = 'div', class: className, lang, id }: PackTextProps): JSX.Element {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) el.replaceChildren(sanitizePackNodes(text ?? '', el.ownerDocument));
  }, [text]);
  return h(as, { ref, class: className, lang, id, dir: 'auto' });
}
