// Checks a pack file and, optionally, what its patterns find in sample posts.
//   npm run pack:check -- pack.json [--sample posts.txt] [--sig pack.json.sig --pubkey BASE64]
// Prints every error with its line, column and JSON path (exit 1), then the warnings. With --sample (one post per
// line; blank lines and comment lines, "#" then a space or nothing, are skipped: a post may start with a hashtag)
// it lists, for each pattern, the sample lines it fires on, and the lines no pattern fires on. With --pubkey it also
// checks the signature (default file: <pack>.sig).
import { existsSync, readFileSync } from 'node:fs';
import { parsePack, formatPackErrors } from '../lib/pack/validate';
import { packToMatcherPatterns } from '../lib/pack/to-matcher';
import { verifyPackSignature, computeKeyId, decodeBase64 } from '../lib/pack/signature';

/** A comment line of a sample file: "#" alone or followed by a space ("#Hashtag" is a post). */
const COMMENT_RE = /^\s*#(\s|$)/;

function usage(): never {
  console.error('Usage: npm run pack:check -- pack.json [--sample posts.txt] [--sig pack.json.sig --pubkey BASE64]');
  process.exit(2);
}

function excerpt(s: string, max = 90): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

async function loadMatcher(): Promise<typeof import('../lib/match/matcher').compileMatcher> {
  // Imported only when a sample is given: the matcher brings its folding tables.
  return (await import('../lib/match/matcher')).compileMatcher;
}

async function main(argv: string[]): Promise<number> {
  let packPath: string | undefined;
  let samplePath: string | undefined;
  let sigPath: string | undefined;
  let pubkey: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sample') samplePath = argv[++i] ?? usage();
    else if (a === '--sig') sigPath = argv[++i] ?? usage();
    else if (a === '--pubkey') pubkey = argv[++i] ?? usage();
    else if (a === '--help' || a === '-h') usage();
    else if (a && !a.startsWith('--') && !packPath) packPath = a;
    else usage();
  }
  if (!packPath) usage();

  const bytes = new Uint8Array(readFileSync(packPath));
  const result = parsePack(bytes);
  if (!result.ok) {
    console.error(formatPackErrors(result.errors, packPath));
    const n = result.errors.length;
    console.error(`\n${packPath}: ${n} error${n === 1 ? '' : 's'}; the pack would be refused.`);
    return 1;
  }
  const { pack, warnings } = result;
  const byLang = new Map<string, number>();
  for (const p of pack.patterns) byLang.set(p.lang, (byLang.get(p.lang) ?? 0) + 1);
  console.log(`${packPath}: valid. ${pack.id} ${pack.version}, "${pack.name}"`);
  console.log(`  ${pack.patterns.length} patterns (${[...byLang].map(([l, n]) => `${l} ${n}`).join(', ')}), ${pack.contexts.length} context entries`);
  for (const w of warnings) console.log(`  warning: ${w}`);

  let code = 0;
  if (pubkey !== undefined || sigPath !== undefined) {
    sigPath ??= `${packPath}.sig`;
    if (!existsSync(sigPath)) {
      console.error(`No signature file ${sigPath}.`);
      code = 1;
    } else if (pubkey === undefined) {
      console.error('--sig needs --pubkey BASE64 (the raw public key printed by pack:keygen).');
      code = 1;
    } else {
      const raw = decodeBase64(pubkey);
      const id = raw ? await computeKeyId(raw) : 'invalid';
      const sig = await verifyPackSignature(bytes, readFileSync(sigPath, 'utf8'), [{ id, publicKeyB64: pubkey, label: 'given key' }]);
      if (sig.ok) console.log(`  signature: good (key ${sig.keyId})`);
      else {
        console.error(`  signature: ${sig.reason}: ${sig.message}`);
        code = 1;
      }
    }
  }

  if (samplePath) {
    const compileMatcher = await loadMatcher();
    const matcher = compileMatcher(packToMatcherPatterns(pack));
    for (const r of matcher.rejected) {
      console.error(`  the matcher refuses pattern "${r.patternId}": ${r.reason}`);
      code = 1;
    }
    const lines = readFileSync(samplePath, 'utf8').split(/\r?\n/);
    const hits = new Map<string, number[]>();
    const unmatched: number[] = [];
    let posts = 0;
    lines.forEach((line, i) => {
      if (line.trim() === '' || COMMENT_RE.test(line)) return;
      posts++;
      const r = matcher.match(line);
      if (!r.flagged) unmatched.push(i);
      for (const p of r.patterns) {
        const list = hits.get(p.id) ?? [];
        list.push(i);
        hits.set(p.id, list);
      }
    });
    console.log(`\nSample ${samplePath}: ${posts} posts, ${posts - unmatched.length} flagged.`);
    for (const p of pack.patterns) {
      const found = hits.get(p.id);
      if (!found) continue;
      console.log(`\n${p.id} [${p.lang}, ${p.category}, ${p.severity}] ${p.name}: ${found.length} line${found.length === 1 ? '' : 's'}`);
      for (const i of found) console.log(`  ${samplePath}:${i + 1}: ${excerpt(lines[i] ?? '')}`);
    }
    const silent = pack.patterns.filter((p) => !hits.has(p.id)).length;
    console.log(`\n${silent} of ${pack.patterns.length} patterns fire on no sample line.`);
    if (unmatched.length > 0) {
      console.log(`Lines no pattern fires on:`);
      for (const i of unmatched) console.log(`  ${samplePath}:${i + 1}: ${excerpt(lines[i] ?? '')}`);
    }
  }
  return code;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
