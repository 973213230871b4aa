// The social sites Firebreak runs on: match patterns shared by the manifest and the content scripts.

/** Hosts of X (formerly Twitter). */
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'] as const;

/** Hosts of Facebook's desktop site (m.facebook.com has other markup and is not covered). */
export const FACEBOOK_MATCHES = ['https://www.facebook.com/*', 'https://web.facebook.com/*'] as const;

/** Every host pattern the extension asks for, and nothing else. */
export const SOCIAL_HOST_PATTERNS = [...X_MATCHES, ...FACEBOOK_MATCHES] as const;

export type SiteId = 'x' | 'facebook';

/** Which site a page URL belongs to, or null when Firebreak does not run there. */
export function siteForUrl(url: string): SiteId | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (host === 'x.com' || host === 'twitter.com' || host === 'mobile.x.com') return 'x';
  if (host === 'www.facebook.com' || host === 'web.facebook.com') return 'facebook';
  return null;
}
