// The `reports` store: the user's own log of reports made through Firebreak (destination, time, evidence).
// It stays in this browser; the options page exports it as CSV or JSON (lib/report/log.ts).
import type { ReportLogEntry } from '../report/log';
import type { FirebreakDB } from './db';
import { deleteRecord, toStoreError } from './packs';

export async function putReport(db: FirebreakDB, entry: ReportLogEntry): Promise<ReportLogEntry> {
  try {
    await db.put('reports', entry);
  } catch (err) {
    // One put in its own transaction: a failure (storage full) leaves the log as it was.
    throw toStoreError(err, 'save-report');
  }
  return entry;
}

/** Every entry, newest first. */
export async function listReports(db: FirebreakDB): Promise<ReportLogEntry[]> {
  return (await db.getAllFromIndex('reports', 'byAt')).reverse();
}

export function deleteReport(db: FirebreakDB, id: string): Promise<boolean> {
  return deleteRecord(db, 'reports', id, 'remove-report');
}

export async function clearReports(db: FirebreakDB): Promise<void> {
  await db.clear('reports');
}
