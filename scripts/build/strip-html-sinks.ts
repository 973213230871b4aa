// Vite plugin: removes the two places where a dependency could write an HTML string into the DOM, so no code in
// the built extension assigns innerHTML at all (and addons-linter has nothing to warn about).
// - Preact's `dangerouslySetInnerHTML` branch: Firebreak never uses it (pack text goes through <PackText>, which
//   imports nodes from an inert DOMParser document); the branch now throws if anything ever tries.
// - DOMPurify's fallback for browsers without a usable DOMParser: every browser Firebreak supports has one.
// The build fails if a dependency update changes the code so that a replacement no longer applies.
import type { Plugin } from 'vite';

interface Rewrite {
  file: RegExp;
  from: string;
  to: string;
}

const REWRITES: Rewrite[] = [
  {
    file: /node_modules\/preact\/dist\/preact\.mjs$/,
    from: '(t.innerHTML=h.__html)',
    to: '(()=>{throw new Error("Firebreak: raw HTML rendering is disabled")})()',
  },
  {
    file: /node_modules\/dompurify\/dist\/purify\.es\.mjs$/,
    from: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
    to: 'void dirtyPayload; /* Firebreak: no innerHTML fallback; DOMParser is always available */',
  },
];

export function stripHtmlSinks(): Plugin {
  return {
    name: 'firebreak-strip-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]?.replace(/\\/g, '/') ?? id;
      const rewrite = REWRITES.find((r) => r.file.test(path));
      if (!rewrite) return null;
      if (!code.includes(rewrite.from)) {
        this.error(`${path} changed: "${rewrite.from}" not found; review the HTML-sink rewrite in scripts/build/strip-html-sinks.ts`);
      }
      return { code: code.split(rewrite.from).join(rewrite.to), map: null };
    },
  };
}
