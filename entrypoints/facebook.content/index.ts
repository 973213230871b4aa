// Content script for Facebook (www.facebook.com, web.facebook.com): runs Firebreak with the Facebook adapter.
import { FACEBOOK_MATCHES } from '../../lib/sites/hosts';
import { facebookAdapter } from '../../lib/sites/facebook';
import { runContentApp } from '../../lib/content/app';

export default defineContentScript({
  matches: [...FACEBOOK_MATCHES],
  runAt: 'document_idle',
  // The page need not be told that a content script started (WXT's announcement by window.postMessage).
  noScriptStartedPostMessage: true,
  main() {
    void runContentApp(facebookAdapter);
  },
});
