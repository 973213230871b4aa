// Props of the detail view (in-page panel, side panel) for UI tests: the sample flagged post of lib/ui/sample in a
// language, France's report destinations on X, and spies for every action.
import { vi } from 'vitest';
import type { DetailViewProps } from '../../../components/DetailView';
import { destinationsForCountry, type Destination } from '../../../lib/report/destinations';
import { sampleFlaggedPost } from '../../../lib/ui/sample';
import type { Lang } from '../../../lib/types';

export function sampleDetailProps(lang: Lang = 'en', over: Partial<DetailViewProps> = {}): DetailViewProps {
  const s = sampleFlaggedPost(lang);
  return {
    lang,
    theme: 'light',
    post: s.post,
    result: s.result,
    contexts: s.contexts,
    destinations: destinationsForCountry('FR', 'x'),
    emergencyNumber: '17/112',
    dismissed: false,
    onNotThreat: vi.fn(),
    onUndo: vi.fn(),
    onReportPlatform: vi.fn(async () => ({ ok: true, message: 'Report menu opened.' })),
    onReportDestination: vi.fn(async (d: Destination) => ({ ok: true, message: `Opened ${d.id}` })),
    onDownloadEvidence: vi.fn(async () => undefined),
    ...over,
  };
}
