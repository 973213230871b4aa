// A small JSON scanner that never builds values: it finds the first syntax error (with a message that does not
// depend on the JavaScript engine) and the positions of given JSON pointers, so errors can name a line and column.
// Iterative, so deeply nested input cannot overflow the stack. Only used when something is wrong, so speed matters
// less than clarity; it still scans 50 MB in well under a second.

/**
 * The common kinds of syntax error, so that an interface can explain them in its own language: the text ends
 * before the JSON value does (a missing } or ], a file cut short), a comma before } or ], a string never closed,
 * more text after the value.
 */
export type JsonSyntaxReason = 'end_of_file' | 'trailing_comma' | 'unclosed_string' | 'after_end';

export interface JsonSyntaxError {
  offset: number;
  /** A fragment: 'expected "," or "}" after a property value, found "]"'. */
  message: string;
  /** Set for the common kinds of error (JsonSyntaxReason); absent for the others. */
  reason?: JsonSyntaxReason;
}

export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** Converts an offset into a 1-based line and column. Lines end at \n (a \r\n pair counts once). */
export function lineColumnAt(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** Escapes one key for a JSON pointer (RFC 6901). */
export function escapePointerKey(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((k) => '/' + escapePointerKey(k)).join('');
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly detail: string,
    readonly reason?: JsonSyntaxReason,
  ) {
    super(detail);
  }
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4_RE = /^[0-9a-fA-F]{4}$/;

function describeAt(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x20) return `the control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(cp));
}

interface Frame {
  kind: 'object' | 'array';
  /** Pointer of this container, or null when no requested pointer lies inside it. */
  pointer: string | null;
  index: number;
}

/**
 * Scans `text` as JSON. Calls `onPosition(pointer, offset)` for every requested pointer found (keys: the offset of
 * the key; array items and the root: the offset of the value). Throws nothing: returns the first syntax error or null.
 */
function scan(
  text: string,
  wanted: Set<string> | null,
  prefixes: Set<string> | null,
  onPosition: ((pointer: string, offset: number) => void) | null,
): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  const stack: Frame[] = [];

  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const fail = (what: string): never => {
    throw new Stop(i, `expected ${what}, found ${describeAt(text, i)}`, i >= n ? 'end_of_file' : undefined);
  };

  // Reads a string starting at text[i] === '"'; returns its raw source (quotes included) when `keep`.
  const readString = (keep: boolean): string | null => {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) throw new Stop(start, 'found a string that is never closed (missing ")', 'unclosed_string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return keep ? text.slice(start, i) : null;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!HEX4_RE.test(text.slice(i + 2, i + 6))) throw new Stop(i, 'found an invalid \\u escape in a string (expected 4 hexadecimal digits)');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          throw new Stop(i, `found an invalid escape ${JSON.stringify('\\' + (e ?? ''))} in a string`);
        }
        continue;
      }
      if (c < 0x20) {
        throw new Stop(i, `found ${describeAt(text, i)} inside a string (write line breaks as \\n)`);
      }
      i++;
    }
  };

  const childPointer = (parent: Frame | undefined, key: string | number): string | null => {
    if (!wanted || !prefixes) return null;
    const base = parent ? parent.pointer : '';
    if (base === null) return null;
    return base + '/' + escapePointerKey(key);
  };
  const note = (pointer: string | null, offset: number): void => {
    if (pointer !== null && onPosition && wanted?.has(pointer)) onPosition(pointer, offset);
  };

  // Parses one value at i. `pointer` is the value's own pointer (null when untracked).
  const value = (pointer: string | null, what: string): void => {
    ws();
    if (i >= n) fail(what);
    const c = text[i];
    if (c === '{' || c === '[') {
      const tracked = pointer !== null && prefixes !== null && prefixes.has(pointer);
      stack.push({ kind: c === '{' ? 'object' : 'array', pointer: tracked ? pointer : null, index: 0 });
      i++;
      return;
    }
    if (c === '"') {
      readString(false);
      return;
    }
    if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
      fail(what);
    }
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (m && m[0] !== '-' && m[0].length > 0) {
      i += m[0].length;
      return;
    }
    fail(what);
  };

  try {
    ws();
    if (wanted?.has('') && onPosition) onPosition('', i);
    value(prefixes?.has('') ? '' : null, 'a JSON value');
    // Containers: an explicit loop instead of recursion.
    let justOpened = stack.length > 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Frame;
      ws();
      if (top.kind === 'object') {
        if (justOpened) {
          if (text[i] === '}') {
            i++;
            stack.pop();
            justOpened = false;
            continue;
          }
        } else {
          if (text[i] === '}') {
            i++;
            stack.pop();
            continue;
          }
          if (text[i] !== ',') fail('"," or "}" after a property value');
          i++;
          ws();
          if (text[i] === '}') throw new Stop(i, 'expected a property name in double quotes after ",", found "}" (JSON does not allow a trailing comma)', 'trailing_comma');
        }
        if (text[i] !== '"') fail('a property name in double quotes');
        const keyStart = i;
        const raw = readString(top.pointer !== null);
        let ptr: string | null = null;
        if (raw !== null) ptr = childPointer(top, JSON.parse(raw) as string);
        note(ptr, keyStart);
        ws();
        if (text[i] !== ':') fail('":" after a property name');
        i++;
        const depth = stack.length;
        value(ptr, 'a value after ":"');
        justOpened = stack.length > depth;
        top.index++;
      } else {
        if (justOpened) {
          if (text[i] === ']') {
            i++;
            stack.pop();
            justOpened = false;
            continue;
          }
        } else {
          if (text[i] === ']') {
            i++;
            stack.pop();
            continue;
          }
          if (text[i] !== ',') fail('"," or "]" after a list item');
          i++;
          ws();
          if (text[i] === ']') throw new Stop(i, 'expected a value after ",", found "]" (JSON does not allow a trailing comma)', 'trailing_comma');
        }
        ws();
        const ptr = childPointer(top, top.index);
        note(ptr, i);
        const depth = stack.length;
        value(ptr, 'a value');
        justOpened = stack.length > depth;
        top.index++;
      }
    }
    ws();
    if (i < n) throw new Stop(i, `found ${describeAt(text, i)} after the end of the JSON value`, 'after_end');
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.detail, ...(e.reason ? { reason: e.reason } : {}) };
    throw e;
  }
}

/** The first JSON syntax error in `text`, or null when `text` is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  return scan(text, null, null, null);
}

/** Offsets of the given JSON pointers in `text` (keys: the key's offset). Pointers not present are left out. */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, number> {
  const wanted = new Set(pointers);
  const prefixes = new Set<string>();
  for (const p of wanted) {
    let cut = p;
    for (;;) {
      prefixes.add(cut);
      if (cut === '') break;
      cut = cut.slice(0, cut.lastIndexOf('/'));
    }
  }
  const found = new Map<string, number>();
  scan(text, wanted, prefixes, (pointer, offset) => {
    if (!found.has(pointer)) found.set(pointer, offset);
  });
  return found;
}
