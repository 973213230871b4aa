// @vitest-environment happy-dom
// Options page, report log and "Not a threat" decisions: exports (CSV and JSON through a Blob download),
// delete one / delete all with confirmation, undo one decision.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { FeedbackEntry } from '../../lib/messages';
import type { ReportLogEntry } from '../../lib/report/log';
import { CSV_BOM, REPORT_LOG_CSV_COLUMNS, REPORT_LOG_SCHEMA } from '../../lib/report/log';

vi.mock('../../lib/messages', () => ({ sendMessage: vi.fn() }));
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

import { sendMessage } from '../../lib/messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buttonByText as button, flush, mountOptions as mount, unmountOptions } from './helpers/options-page';
import { t } from '../../lib/i18n';
import { SETTINGS_KEY } from '../../lib/settings';

const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

function entry(id: string, at: string, over: Partial<ReportLogEntry['bundle']> = {}): ReportLogEntry {
  const author = { name: 'أبو مثال', handle: '@example', profileUrl: 'https://x.com/example' };
  return {
    id,
    at,
    destinationId: 'fr-pharos',
    platform: 'x',
    permalink: `https://x.com/example/status/${id}`,
    author,
    bundle: {
      schema: 'firebreak.evidence/1',
      capturedAt: at,
      platform: 'x',
      postId: id,
      permalink: `https://x.com/example/status/${id}`,
      pageUrl: 'https://x.com/home',
      author,
      postTime: null,
      text: '=HYPERLINK("http://evil")',
      links: [],
      matchedPatterns: [{ id: 'p1', name: 'Slogan', category: 'slogan', severity: 'high' }],
      contextIds: [],
      sha256: 'ab'.repeat(32),
      ...over,
    } as ReportLogEntry['bundle'],
  };
}

let reports: ReportLogEntry[];
let feedback: FeedbackEntry[];
let blobs: Blob[];
let downloads: string[];
const origCreate = URL.createObjectURL;

beforeEach(() => {
  fakeBrowser.reset();
  reports = [entry('r1', '2025-03-01T10:00:00Z'), entry('r2', '2025-03-02T10:00:00Z', { text: 'plain, "quoted"' })];
  feedback = [
    {
      id: 'f1',
      postId: '1',
      site: 'facebook',
      url: 'https://www.facebook.com/p/1',
      author: 'Une page',
      excerpt: 'Une citation reprise par un journaliste',
      patternIds: ['p1'],
      at: '2025-02-01T09:00:00Z',
    },
    {
      id: 'f2',
      postId: '2',
      site: 'x',
      url: 'javascript:alert(1)',
      author: 'someone',
      excerpt: 'another',
      patternIds: ['p2'],
      at: '2025-02-02T09:00:00Z',
    },
  ];
  blobs = [];
  downloads = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:test';
  }) as typeof URL.createObjectURL;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  send.mockReset();
  send.mockImplementation(async (name: string, data: unknown) => {
    switch (name) {
      case 'listReports':
        return reports;
      case 'removeReport':
        reports = reports.filter((r) => r.id !== data);
        return undefined;
      case 'clearReports':
        reports = [];
        return undefined;
      case 'listFeedback':
        return feedback;
      case 'removeFeedback':
        feedback = feedback.filter((f) => f.id !== data);
        return undefined;
      default:
        throw new Error(`unexpected message ${name}`);
    }
  });
});

afterEach(() => {
  URL.createObjectURL = origCreate;
  vi.restoreAllMocks();
  unmountOptions();
  document.body.replaceChildren();
});

describe('options: report log', () => {
  it('lists reports newest first with destination, platform, link and author', async () => {
    const root = await mount('reports');
    const rows = root.querySelectorAll('#panel-reports tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('https://x.com/example/status/r2');
    expect(rows[0]!.textContent).toMatch(/pharos/i);
    expect(rows[0]!.textContent).toContain('X');
    expect(rows[0]!.textContent).toContain('أبو مثال');
    expect(rows[0]!.querySelector('.handle')!.textContent).toBe('@example');
  });

  it("names a report made through the site's own menu as such", async () => {
    reports = [{ ...entry('r3', '2025-03-03T10:00:00Z'), destinationId: 'x-report-menu' }, { ...entry('r4', '2025-03-04T10:00:00Z'), destinationId: 'facebook-report-menu', platform: 'facebook' }];
    const root = await mount('reports');
    const where = Array.from(root.querySelectorAll('#panel-reports tbody tr .dest'), (el) => el.textContent);
    expect(where).toEqual(['Facebook’s own report menu', 'X’s own report menu']);
  });

  it('exports the CSV: header, one row per report, formulas neutralised, UTF-8 BOM', async () => {
    const root = await mount('reports');
    await act(async () => {
      button(root.querySelector('#panel-reports')!, 'Export CSV').click();
    });
    expect(downloads[0]).toMatch(/^firebreak-report-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blobs[0]!.type).toContain('text/csv');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    const lines = csv.replace(CSV_BOM, '').split('\r\n');
    expect(lines[0]).toBe(REPORT_LOG_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4); // header, two rows, final newline
    expect(lines[1]).toMatch(/^r2,2025-03-02T10:00:00Z,fr-pharos,x,https:\/\/x\.com\/example\/status\/r2,أبو مثال,'@example,/);
    expect(lines[1]).toContain('"plain, ""quoted"""');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(root.querySelector('[data-testid="live-polite"]')!.textContent).toContain('.csv');
  });

  it('exports the JSON with every entry', async () => {
    const root = await mount('reports');
    await act(async () => {
      button(root.querySelector('#panel-reports')!, 'Export JSON').click();
    });
    expect(downloads[0]).toMatch(/\.json$/);
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.schema).toBe(REPORT_LOG_SCHEMA);
    expect(json.entries.map((e: ReportLogEntry) => e.id)).toEqual(['r2', 'r1']);
  });

  it('deletes one report, and all of them after confirmation', async () => {
    const root = await mount('reports');
    const first = root.querySelector<HTMLButtonElement>('#panel-reports tbody tr .actions button')!;
    await act(async () => {
      first.click();
    });
    await act(async () => {
      button(root.querySelector('#panel-reports tbody .confirm')!, 'Delete').click();
    });
    await flush(10);
    expect(send).toHaveBeenCalledWith('removeReport', 'r2');
    expect(root.querySelectorAll('#panel-reports tbody tr')).toHaveLength(1);

    await act(async () => {
      button(root, 'Delete all').click();
    });
    expect(send.mock.calls.some(([n]) => n === 'clearReports')).toBe(false);
    const confirm = root.querySelector('.card-actions .confirm')!;
    expect(confirm.textContent).toContain('Delete all reports from the log (1)?');
    await act(async () => {
      button(confirm, 'Delete all').click();
    });
    await flush(10);
    expect(send).toHaveBeenCalledWith('clearReports');
    expect(root.querySelector('#panel-reports .empty')!.textContent).toContain('No report yet.');
  });
});

describe('options: the lists laid out as cards on a narrow window', () => {
  // options.css lays each row out as a card under 720 px of card width (test/unit/ui-layout.test.tsx checks the
  // rules): the header row is hidden then, so each fact names its column (data-label) and the roles are stated.
  it('report log: a lead cell, then each fact with its column\'s name, then Delete; the table\'s roles kept', async () => {
    const root = await mount('reports');
    const table = root.querySelector('#panel-reports .stack-wrap table.stack-table')!;
    expect(table.getAttribute('role')).toBe('table');
    const row = table.querySelector('tbody tr')!;
    expect(row.getAttribute('role')).toBe('row');
    expect([...row.children].every((c) => c.getAttribute('role') === 'cell')).toBe(true);
    expect(row.querySelector('.stack-lead')!.hasAttribute('data-label')).toBe(false);
    expect([...row.querySelectorAll('td[data-label]')].map((td) => td.getAttribute('data-label'))).toEqual(['Sent to', 'Site', 'Author', 'Link']);
    // Only generated content carries the labels: the cells' text is the facts alone.
    expect(row.querySelector('td[data-label="Site"]')!.textContent).toBe('X');
    expect(row.querySelector('.actions button')!.textContent).toBe('Delete');
  });

  it('"Not a threat": the post\'s words lead, then each fact with its column\'s name, then Undo', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLang: 'fr' } });
    const root = await mount('feedback');
    const table = root.querySelector('#panel-feedback .stack-wrap table.stack-table')!;
    expect(table.getAttribute('role')).toBe('table');
    const row = table.querySelectorAll('tbody tr')[1]!;
    expect(row.querySelector('.stack-lead')!.textContent).toBe('Une citation reprise par un journaliste');
    expect([...row.querySelectorAll('td[data-label]')].map((td) => td.getAttribute('data-label'))).toEqual([
      t('fr', 'opt_col_author'),
      t('fr', 'opt_col_site'),
      t('fr', 'opt_col_date'),
      t('fr', 'opt_col_link'),
    ]);
    expect(row.querySelector('.actions button')!.textContent).toBe(t('fr', 'opt_fb_undo'));
  });
});

describe('options: "Not a threat" decisions', () => {
  it('lists decisions with safe links, undoes one, exports JSON', async () => {
    const root = await mount('feedback');
    const rows = root.querySelectorAll('#panel-feedback tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('another');
    expect(rows[0]!.querySelector('a')).toBeNull(); // javascript: URL is not a link
    expect(rows[1]!.querySelector('a')!.getAttribute('href')).toBe('https://www.facebook.com/p/1');
    expect(rows[1]!.textContent).toContain('Facebook');

    await act(async () => {
      button(root.querySelector('#panel-feedback')!, 'Export JSON').click();
    });
    const data = JSON.parse(await blobs[0]!.text());
    expect(data.kind).toBe('firebreak.not-a-threat');
    expect(data.entries).toHaveLength(2);

    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Undo the decision on the post by Une page"]')!.click();
    });
    await flush(10);
    expect(send).toHaveBeenCalledWith('removeFeedback', 'f1');
    expect(root.querySelectorAll('#panel-feedback tbody tr')).toHaveLength(1);
  });
});
