// Turns a validated pack into the matcher's input: one MatcherPattern per pack pattern, a phrase becoming a single
// term and "variants" the terms' alternates. The pack's own ids are kept; `packId` tells patterns of different packs
// apart. MatcherPattern is the matcher's own type (lib/match/matcher.ts).
import type { MatcherPattern } from '../match/matcher';
import type { Pack, PackPattern } from './schema';

export type { MatcherPattern };

/** One pack pattern as the matcher takes it. */
export function patternToMatcherPattern(packId: string, p: PackPattern): MatcherPattern {
  const out: MatcherPattern = {
    id: p.id,
    packId,
    name: p.name,
    kind: p.kind,
    terms: p.kind === 'phrase' ? (p.text === undefined ? [] : [p.text]) : [...(p.terms ?? [])],
    category: p.category,
    severity: p.severity,
    contextId: p.context ?? null,
    lang: p.lang,
  };
  if (p.kind === 'all' && p.within !== undefined) out.within = p.within;
  if (p.unless && p.unless.length > 0) out.unless = [...p.unless];
  if (p.quotedTerm !== undefined) out.quotedTerm = p.quotedTerm;
  if (p.onlyAfter !== undefined) out.onlyAfter = [...p.onlyAfter];
  if (p.variants) {
    const variants = p.variants;
    const alternates = out.terms.map((t) => (Object.hasOwn(variants, t) ? [...variants[t]!] : []));
    if (alternates.some((list) => list.length > 0)) out.alternates = alternates;
  }
  return out;
}

/** Every pattern of a validated pack, in pack order. */
export function packToMatcherPatterns(pack: { id: Pack['id']; patterns: readonly PackPattern[] }): MatcherPattern[] {
  return pack.patterns.map((p) => patternToMatcherPattern(pack.id, p));
}
