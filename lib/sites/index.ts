// Which site adapter serves a page.

import type { SelectorTable, SiteAdapter } from './adapter';
import { createFacebookAdapter, facebookAdapter } from './facebook';
import { siteForUrl, type SiteId } from './hosts';
import { createXAdapter, xAdapter } from './x';

export type { SelectorTable, SiteAdapter } from './adapter';
export { xAdapter, createXAdapter } from './x';
export { facebookAdapter, createFacebookAdapter } from './facebook';
export { X_SELECTORS } from './selectors-x';
export { FACEBOOK_SELECTORS } from './selectors-facebook';

/** The adapter of a site, with a pack's selector overrides put in front of the built-in table when given. */
export function adapterForSite(site: SiteId, overrides?: SelectorTable): SiteAdapter {
  if (site === 'x') return overrides ? createXAdapter(overrides) : xAdapter;
  return overrides ? createFacebookAdapter(overrides) : facebookAdapter;
}

/** The adapter for a page URL, or null when Firebreak does not run there. */
export function adapterForUrl(url: string | URL, overrides?: SelectorTable): SiteAdapter | null {
  const site = siteForUrl(typeof url === 'string' ? url : url.href);
  return site ? adapterForSite(site, overrides) : null;
}
