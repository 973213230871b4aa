// A matcher pattern for unit tests of the matcher's readings: a phrase, or `all` of several terms within 10 words,
// with whatever else a test sets (severity, exclusions, category).
import type { MatcherPattern } from '../../../lib/match/matcher';

export function testPattern(id: string, terms: string[], kind: 'phrase' | 'all' = 'phrase', extra: Partial<MatcherPattern> = {}): MatcherPattern {
  return {
    id,
    packId: 't',
    name: id,
    kind,
    terms,
    within: kind === 'all' ? 10 : undefined,
    category: 'slogan',
    severity: 'medium',
    contextId: null,
    ...extra,
  };
}
