// The report log: records each report the user made (destination id from the reviewed list, time, evidence
// bundle), lists, removes and clears entries. Nothing leaves the browser from here.
import { destinationById } from '../report/destinations';
import type { EvidenceBundle } from '../report/evidence';
import type { ReportLogEntry } from '../report/log';
import { clearReports, deleteReport, listReports, putReport } from '../store/reports';
import type { BackgroundEnv } from './env';
import { newId } from './util';

/** Shape of a destination id (the reviewed list's ids; never a URL). */
export const DESTINATION_ID_RE = /^[a-z][a-z0-9-]{1,63}$/;

/** The author as the log and its exports read it: a name and, when known, a handle and a profile address. */
function authorOf(a: unknown): ReportLogEntry['author'] {
  const o = (a && typeof a === 'object' ? a : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { name: text(o.name) ?? '', handle: text(o.handle), profileUrl: text(o.profileUrl) };
}

export class ReportsService {
  constructor(private readonly env: BackgroundEnv) {}

  async log(data: { destinationId: string; bundle: EvidenceBundle }): Promise<ReportLogEntry> {
    const { destinationId, bundle } = data ?? ({} as typeof data);
    if (typeof destinationId !== 'string' || !DESTINATION_ID_RE.test(destinationId)) {
      throw new Error('Unknown report destination.');
    }
    if (!bundle || typeof bundle !== 'object' || typeof bundle.postId !== 'string' || (bundle.platform !== 'x' && bundle.platform !== 'facebook')) {
      throw new Error('The evidence for this report is incomplete.');
    }
    const entry: ReportLogEntry = {
      id: newId(),
      at: this.env.now().toISOString(),
      destinationId,
      platform: bundle.platform,
      permalink: typeof bundle.permalink === 'string' ? bundle.permalink : null,
      author: authorOf(bundle.author),
      bundle,
    };
    return putReport(await this.env.db(), entry);
  }

  async list(): Promise<ReportLogEntry[]> {
    return listReports(await this.env.db());
  }

  async remove(id: string): Promise<void> {
    await deleteReport(await this.env.db(), id);
  }

  async clear(): Promise<void> {
    await clearReports(await this.env.db());
  }

  /**
   * Opens a destination's report page in a new tab, next to the tab that asked. Only URLs of the reviewed list
   * shipped in the extension are opened (https only); false for an unknown id or one without a web page.
   */
  async openReportPage(destinationId: string, openerTabId?: number): Promise<boolean> {
    const dest = typeof destinationId === 'string' ? destinationById(destinationId) : undefined;
    if (!dest?.url) return false;
    let url: URL;
    try {
      url = new URL(dest.url);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:') return false;
    const props: { url: string; active: boolean; openerTabId?: number } = { url: url.href, active: true };
    if (openerTabId !== undefined && openerTabId >= 0) props.openerTabId = openerTabId;
    try {
      await this.env.browser.tabs.create(props);
    } catch {
      // openerTabId may be gone (the tab closed): open without it.
      await this.env.browser.tabs.create({ url: url.href, active: true });
    }
    return true;
  }
}
