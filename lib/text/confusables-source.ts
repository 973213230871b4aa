// Derives the Latin-lookalike table (lib/text/confusables.ts) from the unhomoglyph package's confusables data.
// Not imported at runtime, so the 100 KB source table stays out of the bundles; the fold test checks that the
// generated table still equals what this filter gives, and prints the new file when it does not.
//
// Regenerate: npx tsx -e "import('./lib/text/confusables-source.ts').then(async (m) => process.stdout.write(
//   m.renderLookalikeModule((await import('unhomoglyph/data.json', { with: { type: 'json' } })).default)))" \
//   > lib/text/confusables.ts

/** Source letter → Latin letter it imitates, kept only when it is safe to use inside a Latin word. */
export function latinLookalikesFrom(data: Record<string, string>): Map<number, string> {
  const out = new Map<number, string>();
  for (const [src, target] of Object.entries(data)) {
    const cps = [...src];
    if (cps.length !== 1) continue;
    const cp = src.codePointAt(0)!;
    if (cp < 0x80) continue; // ASCII sources (0→O, 1→l, m→rn) are leetspeak or real letters, not lookalikes
    if (!/^\p{L}$/u.test(src)) continue;
    if (/\p{Script=Arabic}/u.test(src)) continue; // ا→l, ه→o would destroy Arabic matching
    if (src.normalize('NFKC') !== src) continue; // NFKC already folds it (fullwidth, math alphanumerics)
    const t = target.toLowerCase();
    if (!/^[a-z]$/.test(t)) continue;
    out.set(cp, t);
  }
  return out;
}

/** The TypeScript source of lib/text/confusables.ts for the given data. */
export function renderLookalikeModule(data: Record<string, string>): string {
  const entries = [...latinLookalikesFrom(data)].sort((a, b) => a[0] - b[0]);
  const lines: string[] = [];
  let line = '';
  for (const [cp, t] of entries) {
    const piece = `\\u{${cp.toString(16)}}${t}`;
    if (line.length + piece.length > 100) {
      lines.push(line);
      line = '';
    }
    line += piece;
  }
  if (line) lines.push(line);
  return [
    '// Letters of other scripts (and rare Latin letters) that imitate a Latin letter, as pairs "source, target".',
    '// GENERATED from unhomoglyph 1.0.6 data.json (Unicode confusables) by lib/text/confusables-source.ts: letters',
    '// only, no Arabic sources, no characters NFKC already folds, single a-z targets. Do not edit by hand.',
    `// ${entries.length} entries.`,
    'export const LATIN_LOOKALIKES =',
    lines.map((l) => `  '${l}'`).join(' +\n') + ';',
    '',
  ].join('\n');
}
