// Report log exports: RFC 4180 CSV that spreadsheets cannot run as formulas, and full JSON.
import { describe, expect, it } from 'vitest';
import type { MatchResult, PostData } from '../../lib/types';
import { buildEvidence } from '../../lib/report/evidence';
import {
  CSV_BOM,
  REPORT_LOG_CSV_COLUMNS,
  csvCell,
  reportLogToCsv,
  reportLogToJson,
  type ReportLogEntry,
} from '../../lib/report/log';

const result: MatchResult = {
  flagged: true,
  severity: 'high',
  patterns: [
    { id: 'p', packId: 'k', name: 'Threat', category: 'direct-threat', severity: 'high', contextId: null, spans: [] },
  ],
  categories: ['direct-threat'],
  contextIds: [],
  spans: [],
};

async function entry(over: Partial<PostData> = {}, id = 'r1'): Promise<ReportLogEntry> {
  const post: PostData = {
    id: '42',
    site: 'facebook',
    url: 'https://www.facebook.com/page/posts/42',
    author: { name: 'Page, "The" Name', handle: null, profileUrl: 'https://www.facebook.com/page' },
    text: 'line one\nline two, with "quotes"',
    time: null,
    lang: null,
    links: [],
    isComment: false,
    ...over,
  };
  const bundle = await buildEvidence(post, result, 'https://www.facebook.com/', new Date('2025-01-01T00:00:00Z'));
  return {
    id,
    at: '2025-01-01T00:01:00.000Z',
    destinationId: 'fr-pharos',
    platform: post.site,
    permalink: post.url,
    author: post.author,
    bundle,
  };
}

/** Minimal RFC 4180 parser, to check the output round-trips. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('csvCell', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('  =1')).toBe("'  =1");
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell('https://x.com/a')).toBe('https://x.com/a');
  });
});

describe('reportLogToCsv', () => {
  it('writes a header and one row per entry that round-trip', async () => {
    const e1 = await entry();
    const e2 = await entry({ site: 'x', author: { name: '=cmd|"/c calc"!A1', handle: '@evil', profileUrl: null } }, 'r2');
    const csv = reportLogToCsv([e1, e2]);
    expect(csv.startsWith('id,at,destinationId')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...REPORT_LOG_CSV_COLUMNS]);
    const col = (name: (typeof REPORT_LOG_CSV_COLUMNS)[number]) => REPORT_LOG_CSV_COLUMNS.indexOf(name);
    expect(rows[1]![col('authorName')]).toBe('Page, "The" Name');
    expect(rows[1]![col('text')]).toBe('line one\nline two, with "quotes"');
    expect(rows[1]![col('authorHandle')]).toBe('');
    expect(rows[1]![col('sha256')]).toBe(e1.bundle.sha256);
    expect(rows[1]![col('matchedPatterns')]).toBe('Threat (direct-threat, high)');
    expect(rows[2]![col('authorName')]).toBe(`'=cmd|"/c calc"!A1`);
    expect(rows[2]![col('authorHandle')]).toBe("'@evil");
    expect(rows[2]![col('platform')]).toBe('x');
    for (const r of rows) expect(r).toHaveLength(REPORT_LOG_CSV_COLUMNS.length);
    // No cell a spreadsheet would evaluate.
    for (const r of rows.slice(1)) for (const c of r) expect(c).not.toMatch(/^\s*[=+\-@]/);
  });

  it("carries a quoted post's author, a machine translation, the post's links and the page it was seen on", async () => {
    const text = 'So true. If you close one of our accounts we will take ten';
    const quoting = await entry({
      site: 'x',
      author: { name: 'Journalist', handle: '@reporter', profileUrl: 'https://x.com/reporter' },
      text,
      quoted: { start: 9, end: text.length, author: { name: 'Caliphate Army', handle: '@soldier' } },
      machineTranslated: true,
      links: ['https://example.org/a', 'https://example.org/b?x=1'],
    });
    const plain = await entry({}, 'r2');
    const [header, withAll, without] = parseCsv(reportLogToCsv([quoting, plain]));
    const at = (row: string[] | undefined, name: string) => row![header!.indexOf(name)];
    expect(at(withAll, 'quotedAuthor')).toBe('Caliphate Army (@soldier)');
    expect(at(withAll, 'textMachineTranslated')).toBe('yes');
    expect(at(withAll, 'links')).toBe('https://example.org/a https://example.org/b?x=1');
    expect(at(withAll, 'pageUrl')).toBe('https://www.facebook.com/');
    expect(at(without, 'quotedAuthor')).toBe('');
    expect(at(without, 'textMachineTranslated')).toBe('');
    expect(at(without, 'links')).toBe('');
    // The first release's columns keep their places.
    expect(header!.slice(0, 13)).toEqual(['id', 'at', 'destinationId', 'platform', 'permalink', 'authorName', 'authorHandle', 'authorProfileUrl', 'postTime', 'capturedAt', 'matchedPatterns', 'text', 'sha256']);
  });

  it('writes only the header for an empty log, and a BOM on request', () => {
    expect(reportLogToCsv([])).toBe(REPORT_LOG_CSV_COLUMNS.join(',') + '\r\n');
    expect(reportLogToCsv([], { bom: true }).startsWith(CSV_BOM + 'id,')).toBe(true);
  });

  it('keeps Arabic text intact', async () => {
    const e = await entry({ text: 'نص عربي' });
    expect(parseCsv(reportLogToCsv([e]))[1]).toContain('نص عربي');
  });

  it('gives a Facebook post\'s time as the page showed it, saying so, where there is no date', async () => {
    const e = await entry({ site: 'facebook', time: null, timeShown: '3 h' });
    const [header, row] = parseCsv(reportLogToCsv([e]));
    expect(row![header!.indexOf('postTime')]).toBe('3 h (as shown at capture)');
  });
});

describe('reportLogToJson', () => {
  it('writes every entry with its full bundle', async () => {
    const e = await entry();
    const parsed = JSON.parse(reportLogToJson([e])) as { schema: string; entries: ReportLogEntry[] };
    expect(parsed.schema).toBe('firebreak.report-log/1');
    expect(parsed.entries).toEqual([e]);
    expect(JSON.parse(reportLogToJson([])).entries).toEqual([]);
  });
});
