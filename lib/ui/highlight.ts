// Builds the post excerpt shown in the panels: the matched spans as marks over the original text, with long
// posts trimmed to windows around the spans. Pure functions: the components render the parts as text nodes.
import type { MatchResult, MatchSpan } from '../types';

export type ExcerptPart =
  | { kind: 'text'; text: string }
  | {
      kind: 'mark';
      text: string;
      start: number;
      end: number;
      patternIds: string[];
      /**
       * The mark starts (ends) inside a word whose Arabic letters join across its edge (a clitic read apart: فـ before
       * سنحذف): the components put a zero-width joiner on both sides, else the letters there take their isolated or
       * final forms and the word reads broken.
       */
      joinStart?: true;
      joinEnd?: true;
    }
  | { kind: 'gap' };

export interface ExcerptOptions {
  /** Posts up to this many UTF-16 units are shown whole. */
  maxLength?: number;
  /** Characters of context kept on each side of a span in a trimmed post. */
  context?: number;
  /** At most this many windows are shown in a trimmed post. */
  maxWindows?: number;
}

interface Range {
  start: number;
  end: number;
  patternIds: string[];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves an offset off the middle of a surrogate pair (towards `dir`). */
function snap(text: string, i: number, dir: -1 | 1): number {
  if (i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) return i + (dir < 0 ? -1 : 1);
  return i;
}

/** The spans of a result, clamped to the text, sorted, overlapping ones merged. */
export function mergedSpans(text: string, spans: readonly MatchSpan[]): Range[] {
  const clean: Range[] = [];
  for (const s of spans) {
    if (!s || !Number.isFinite(s.start) || !Number.isFinite(s.end)) continue;
    const start = snap(text, Math.max(0, Math.min(text.length, Math.floor(s.start))), -1);
    const end = snap(text, Math.max(0, Math.min(text.length, Math.floor(s.end))), 1);
    if (end > start) clean.push({ start, end, patternIds: [s.patternId] });
  }
  clean.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of clean) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      for (const id of r.patternIds) if (!last.patternIds.includes(id)) last.patternIds.push(id);
    } else {
      out.push({ ...r, patternIds: [...r.patternIds] });
    }
  }
  return out;
}

/** Every span of a result: `result.spans`, or the patterns' spans when that list is empty. */
export function resultSpans(result: MatchResult): MatchSpan[] {
  if (result.spans.length > 0) return result.spans;
  return result.patterns.flatMap((p) => p.spans);
}

const WS = /\s/;

/** Window start moved forward to a word start (never past `limit`). */
function wordStart(text: string, i: number, limit: number): number {
  if (i <= 0) return 0;
  if (WS.test(text[i - 1] ?? '')) return skipSpace(text, i, limit);
  for (let j = i; j < limit && j < i + 24; j++) {
    if (WS.test(text[j] ?? '')) return skipSpace(text, j, limit);
  }
  return snap(text, i, 1);
}

function skipSpace(text: string, i: number, limit: number): number {
  while (i < limit && WS.test(text[i] ?? '')) i++;
  return i;
}

/** Window end moved back to a word end (never before `limit`). */
function wordEnd(text: string, i: number, limit: number): number {
  if (i >= text.length) return text.length;
  if (WS.test(text[i] ?? '')) return trimSpaceBack(text, i, limit);
  for (let j = i; j > limit && j > i - 24; j--) {
    if (WS.test(text[j - 1] ?? '')) return trimSpaceBack(text, j - 1, limit);
  }
  return snap(text, i, -1);
}

function trimSpaceBack(text: string, i: number, limit: number): number {
  while (i > limit && WS.test(text[i - 1] ?? '')) i--;
  return i;
}

/** Arabic letters that join only to the letter before them (alef, dal, thal, reh, zain, waw, teh marbuta and kin). */
const RIGHT_JOINING = new Set([...'آأؤإاةدذرزوٱٲٳٵٶٷڈډڊڋڌڍڎڏڐڑڒړڔڕږڗژڙۀۄۅۆۇۈۉۊۋۍۏےۓەۮۯ']);

/** An Arabic letter of the base block or its supplement (presentation forms are shaped already), hamza aside. */
function isJoiningLetter(c: number): boolean {
  return (
    (c >= 0x620 && c <= 0x64a && c !== 0x621) ||
    (c >= 0x66e && c <= 0x6d3) ||
    c === 0x6d5 ||
    (c >= 0x6fa && c <= 0x6ff) ||
    (c >= 0x750 && c <= 0x77f)
  );
}

/** Marks that do not break a join (harakat, Quranic marks, superscript alef). */
function isTransparent(c: number): boolean {
  return (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed);
}

/** Whether the letters on each side of `at` in `text` join (so a mark's edge there cuts a word's cursive line). */
export function joinedAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isTransparent(text.charCodeAt(i))) i--;
  let j = at;
  while (j < text.length && isTransparent(text.charCodeAt(j))) j++;
  if (i < 0 || j >= text.length) return false;
  const before = text.charCodeAt(i);
  const after = text.charCodeAt(j);
  const tatweel = 0x640;
  const joinsNext = before === tatweel || (isJoiningLetter(before) && !RIGHT_JOINING.has(text[i]!));
  return joinsNext && (after === tatweel || isJoiningLetter(after));
}

const ZWJ = '\u200d';

/**
 * The text to render for part `i` of an excerpt: its own, with a zero-width joiner on each side of a mark's edge that
 * cuts a word's joined Arabic letters (ExcerptPart.joinStart / joinEnd). '' for a gap.
 */
export function partText(parts: readonly ExcerptPart[], i: number): string {
  const p = parts[i];
  if (!p || p.kind === 'gap') return '';
  if (p.kind === 'mark') return (p.joinStart ? ZWJ : '') + p.text + (p.joinEnd ? ZWJ : '');
  const before = parts[i - 1];
  const after = parts[i + 1];
  return (before?.kind === 'mark' && before.joinEnd ? ZWJ : '') + p.text + (after?.kind === 'mark' && after.joinStart ? ZWJ : '');
}

/**
 * The excerpt of `text` with `spans` marked. Every mark's text is exactly `text.slice(start, end)` of a merged
 * span; long texts are cut to windows around the spans, with `gap` parts where text was left out.
 */
export function buildExcerpt(text: string, spans: readonly MatchSpan[], opts: ExcerptOptions = {}): ExcerptPart[] {
  const maxLength = opts.maxLength ?? 560;
  const context = opts.context ?? 110;
  const maxWindows = opts.maxWindows ?? 4;
  const marks = mergedSpans(text, spans);

  let windows: { start: number; end: number }[];
  if (text.length <= maxLength) {
    windows = [{ start: 0, end: text.length }];
  } else if (marks.length === 0) {
    windows = [{ start: 0, end: wordEnd(text, maxLength, 0) }];
  } else {
    windows = [];
    for (const m of marks) {
      const start = m.start - context <= 0 ? 0 : wordStart(text, m.start - context, m.start);
      const end = m.end + context >= text.length ? text.length : wordEnd(text, m.end + context, m.end);
      const last = windows[windows.length - 1];
      if (last && start <= last.end + 16) last.end = Math.max(last.end, end);
      else windows.push({ start, end });
    }
    windows = windows.slice(0, maxWindows);
  }

  const parts: ExcerptPart[] = [];
  const pushText = (s: string) => {
    if (s) parts.push({ kind: 'text', text: s });
  };
  windows.forEach((w, wi) => {
    if (w.start > 0 || wi > 0) parts.push({ kind: 'gap' });
    let pos = w.start;
    for (const m of marks) {
      if (m.end <= w.start || m.start >= w.end) continue;
      pushText(text.slice(pos, m.start));
      parts.push({
        kind: 'mark',
        text: text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        patternIds: m.patternIds,
        ...(joinedAt(text, m.start) ? { joinStart: true as const } : {}),
        ...(joinedAt(text, m.end) ? { joinEnd: true as const } : {}),
      });
      pos = m.end;
    }
    pushText(text.slice(pos, w.end));
  });
  const lastWindow = windows[windows.length - 1];
  if (lastWindow && lastWindow.end < text.length) parts.push({ kind: 'gap' });
  return parts;
}

/** The distinct texts a pattern matched in the post (for "Why it matched"), in order, at most `limit`. */
export function matchedTexts(text: string, spans: readonly MatchSpan[], limit = 3): string[] {
  const out: string[] = [];
  for (const r of mergedSpans(text, spans)) {
    const s = text.slice(r.start, r.end).trim();
    if (s && !out.includes(s)) out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}
