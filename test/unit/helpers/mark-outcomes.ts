// Marks a scanner slice's outcomes as the content script does for a user who dismissed nothing and asked for no
// blur: the scanner tests' `apply`.
import { applyMark } from '../../../lib/content/marks';
import type { ScanOutcome } from '../../../lib/content/scanner';
import type { SiteAdapter } from '../../../lib/sites/adapter';

export function markOutcomes(outcomes: ScanOutcome[], adapter: Pick<SiteAdapter, 'badgeAnchor'>): void {
  for (const o of outcomes) {
    applyMark(o.el, o.id, o.result.flagged ? o.result.severity : null, {
      dismissed: false,
      blur: false,
      lang: 'en',
      anchor: () => adapter.badgeAnchor(o.el),
      handlers: { onActivate: () => {} },
    });
  }
}
