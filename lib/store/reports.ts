// The `reports` store: the user's own log of reports made through Firebreak (destination, time, evidence).
// It stays in this browser; the options page exports it as CSV or JSON (lib/report/log.ts).
import type { ReportLogEntry } from '../report/log';
import type { FirebreakDB } from './db';

export async function putReport(db: FirebreakDB, entry: ReportLogEntry): Promise<ReportLogEntry> {
  await db.put('reports', entry);
  return entry;
}

/** Every entry, newest first. */
export async function listReports(db: FirebreakDB): Promise<ReportLogEntry[]> {
  return (await db.getAllFromIndex('reports', 'byAt')).reverse();
}

export async function deleteReport(db: FirebreakDB, id: string): Promise<boolean> {
  const tx = db.transaction('reports', 'readwrite');
  const found = (await tx.store.getKey(id)) !== undefined;
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}

export async function clearReports(db: FirebreakDB): Promise<void> {
  await db.clear('reports');
}
