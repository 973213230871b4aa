// Live tester for the user's phrases: type or paste a post, see what matches, highlighted, and why.
// Uses the same matcher as the content scripts (folding, evasion handling), compiled over the phrases being edited.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { compileMatcher, type MatcherPattern } from '../../lib/match/matcher';
import { patternToMatcherPattern } from '../../lib/pack/to-matcher';
import type { PackPattern } from '../../lib/pack/schema';
import type { Category, MatchResult, Severity } from '../../lib/types';
import { useOptions } from './context';
import { categoryLabel, severityLabel } from './labels';
import { Card } from './ui';
import { CUSTOM_PACK_ID, errorText } from './util';

export interface TesterPattern {
  id: string;
  text: string;
  category: Category;
  severity: Severity;
  /** The phrase in the form, not saved yet. */
  draft: boolean;
  /** An entry a file brought that is more than a phrase: matched by its terms, spellings and exclusions. */
  pattern?: PackPattern;
}

type Matcher = ReturnType<typeof compileMatcher>;

/** Waits for `value` to stay the same for `ms` before returning it. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

export const TESTER_DEBOUNCE_MS = 200;

export function PatternTester(props: { patterns: TesterPattern[] }) {
  const { tr, lang, fmtNum } = useOptions();
  const [text, setText] = useState('');
  const patterns = useDebounced(props.patterns, TESTER_DEBOUNCE_MS);
  const sample = useDebounced(text, TESTER_DEBOUNCE_MS);

  const compiled = useMemo<{ matcher: Matcher | null; error: string | null }>(() => {
    if (patterns.length === 0) return { matcher: null, error: null };
    const defs: MatcherPattern[] = patterns.map((p) =>
      p.pattern
        ? { ...patternToMatcherPattern(CUSTOM_PACK_ID, p.pattern), id: p.id, name: p.text, category: p.category, severity: p.severity, contextId: null }
        : {
            id: p.id,
            packId: CUSTOM_PACK_ID,
            name: p.text,
            kind: 'phrase',
            terms: [p.text],
            category: p.category,
            severity: p.severity,
            contextId: null,
          },
    );
    try {
      return { matcher: compileMatcher(defs), error: null };
    } catch (err) {
      return { matcher: null, error: errorText(err) };
    }
  }, [patterns]);

  const result = useMemo<MatchResult | null>(() => {
    if (!compiled.matcher || !sample.trim()) return null;
    try {
      return compiled.matcher.match(sample);
    } catch {
      return null;
    }
  }, [compiled, sample]);

  const rejected = useMemo(() => {
    const ids = new Set((compiled.matcher?.rejected ?? []).map((r) => r.patternId));
    return patterns.filter((p) => ids.has(p.id));
  }, [compiled, patterns]);

  const byId = useMemo(() => new Map(patterns.map((p) => [p.id, p])), [patterns]);
  const segments = useMemo(() => (result ? segmentsOf(sample, result) : null), [result, sample]);

  let summary: string;
  if (patterns.length === 0) summary = tr('opt_test_no_patterns');
  else if (!sample.trim()) summary = tr('opt_test_type_something');
  else if (result && result.flagged) summary = tr('opt_test_matches', { count: fmtNum(result.patterns.length) });
  else summary = tr('opt_test_no_match');

  return (
    <Card id="pattern-tester-title" title={tr('opt_test_heading')} description={tr('opt_test_intro')}>
      <div class="tester">
        <div class="field">
          <label for="tester-input">{tr('opt_test_input')}</label>
          <textarea
            id="tester-input"
            rows={5}
            dir="auto"
            value={text}
            placeholder={tr('opt_test_placeholder')}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <div class="tester-output" aria-labelledby="tester-result-title">
          <h4 id="tester-result-title" class="field-label">
            {tr('opt_test_result')}
          </h4>
          <p
            class={`tester-summary${result?.flagged ? ' tester-hit' : ''}`}
            role="status"
            aria-live="polite"
            data-testid="tester-summary"
          >
            {summary}
          </p>
          {compiled.error ? (
            <p class="error-text">{tr('opt_test_compile_error', { message: compiled.error })}</p>
          ) : null}
          {rejected.length > 0 ? (
            <ul class="rejected">
              {rejected.map((p) => (
                <li key={p.id} class="field-error">
                  {tr('opt_test_rejected', { text: p.text })}
                </li>
              ))}
            </ul>
          ) : null}
          {segments && result?.flagged ? (
            <>
              <p class="tester-preview" dir="auto" data-testid="tester-preview">
                {segments.map((s, i) =>
                  s.ids.length === 0 ? (
                    <span key={i}>{s.text}</span>
                  ) : (
                    <mark
                      key={i}
                      class={`hit sev-bg-${strongest(s.ids.map((id) => byId.get(id)?.severity))}`}
                      title={s.ids.map((id) => byId.get(id)?.text ?? id).join(' · ')}
                    >
                      {s.text}
                    </mark>
                  ),
                )}
              </p>
              <ul class="reasons" aria-label={tr('opt_test_reasons')}>
                {result.patterns.map((m) => {
                  const p = byId.get(m.id);
                  return (
                    <li key={m.id}>
                      <span class={`sev sev-${m.severity}`}>{severityLabel(lang, m.severity)}</span>
                      <bdi dir="auto" class="phrase">
                        {p?.text ?? m.name}
                      </bdi>
                      <span class="muted">{categoryLabel(lang, m.category)}</span>
                      {p?.draft ? <span class="tag tag-accent">{tr('opt_test_unsaved')}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </Card>
  );
}

function strongest(sevs: (Severity | undefined)[]): Severity {
  if (sevs.includes('high')) return 'high';
  if (sevs.includes('medium')) return 'medium';
  return 'low';
}

/** Cuts the text into plain and highlighted pieces; overlapping spans merge into one highlight. */
export function segmentsOf(text: string, result: MatchResult): { text: string; ids: string[] }[] {
  const spans = [...result.spans]
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; ids: Set<string> }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.ids.add(s.patternId);
    } else merged.push({ start: s.start, end: s.end, ids: new Set([s.patternId]) });
  }
  const out: { text: string; ids: string[] }[] = [];
  let pos = 0;
  for (const m of merged) {
    if (m.start > pos) out.push({ text: text.slice(pos, m.start), ids: [] });
    out.push({ text: text.slice(m.start, m.end), ids: [...m.ids] });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), ids: [] });
  return out;
}
