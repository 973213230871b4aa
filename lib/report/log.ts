// Pure helpers for the report log (the store lives elsewhere): the entry shape and its CSV and JSON exports.
import type { EvidenceBundle } from './evidence';

/** One report the user made: where to, when, and the evidence that went with it. */
export interface ReportLogEntry {
  id: string;
  /** UTC ISO time the user reported. */
  at: string;
  destinationId: string;
  platform: 'x' | 'facebook';
  permalink: string | null;
  author: EvidenceBundle['author'];
  bundle: EvidenceBundle;
}

export const REPORT_LOG_SCHEMA = 'firebreak.report-log/1';

/** Column order of the CSV export. */
export const REPORT_LOG_CSV_COLUMNS = [
  'id',
  'at',
  'destinationId',
  'platform',
  'permalink',
  'authorName',
  'authorHandle',
  'authorProfileUrl',
  'postTime',
  'capturedAt',
  'matchedPatterns',
  'text',
  'sha256',
  // Added after the first release: at the end, so that a sheet reading columns by place keeps working.
  'quotedAuthor',
  'textMachineTranslated',
  'links',
  'pageUrl',
] as const;

/** Byte-order mark to put before the CSV when a spreadsheet must read it as UTF-8 (Excel and Arabic text). */
export const CSV_BOM = '\uFEFF';

/**
 * One CSV cell. A value that a spreadsheet would read as a formula (starting with = + - @, tab or CR, after any
 * leading spaces) gets a leading single quote (OWASP CSV injection); then RFC 4180 quoting: cells with a comma,
 * a double quote, CR or LF are wrapped in double quotes, inner quotes doubled.
 */
export function csvCell(value: string | null | undefined): string {
  let v = value ?? '';
  if (/^[\s]*[=+\-@\t\r]/.test(v)) v = "'" + v;
  return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}

function row(entry: ReportLogEntry): string[] {
  const b = entry.bundle;
  return [
    entry.id,
    entry.at,
    entry.destinationId,
    entry.platform,
    entry.permalink,
    entry.author.name,
    entry.author.handle,
    entry.author.profileUrl,
    b.postTime ?? (b.postTimeShown ? `${b.postTimeShown} (as shown at capture)` : null),
    b.capturedAt,
    b.matchedPatterns.map((p) => `${p.name} (${p.category}, ${p.severity})`).join('; '),
    b.text,
    b.sha256,
    b.quotedAuthor ? (b.quotedAuthor.handle ? `${b.quotedAuthor.name} (${b.quotedAuthor.handle})` : b.quotedAuthor.name) : null,
    b.machineTranslated ? 'yes' : null,
    b.links.join(' '),
    b.pageUrl,
  ].map((v) => csvCell(v));
}

/** The log as RFC 4180 CSV: a header row, one row per entry, CRLF line ends. Pass `{ bom: true }` for Excel. */
export function reportLogToCsv(entries: readonly ReportLogEntry[], options: { bom?: boolean } = {}): string {
  const lines = [REPORT_LOG_CSV_COLUMNS.join(','), ...entries.map((e) => row(e).join(','))];
  return (options.bom ? CSV_BOM : '') + lines.join('\r\n') + '\r\n';
}

/** The log as JSON with every evidence bundle in full: { schema, entries }. */
export function reportLogToJson(entries: readonly ReportLogEntry[]): string {
  return JSON.stringify({ schema: REPORT_LOG_SCHEMA, entries }, null, 2) + '\n';
}
