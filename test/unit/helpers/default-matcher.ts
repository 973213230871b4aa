// The shipped default pack (public/packs/default.json) compiled into a matcher, for tests that check realistic posts
// against it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileMatcher, type Matcher } from '../../../lib/match/matcher';
import { packToMatcherPatterns } from '../../../lib/pack/to-matcher';
import { parsePack } from '../../../lib/pack/validate';

export function loadDefaultMatcher(): Matcher {
  const r = parsePack(new Uint8Array(readFileSync(fileURLToPath(new URL('../../../public/packs/default.json', import.meta.url)))));
  if (!r.ok) throw new Error('the default pack does not validate');
  return compileMatcher(packToMatcherPatterns(r.pack));
}
