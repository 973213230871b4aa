// Content script for X (x.com, twitter.com, mobile.x.com): runs Firebreak with the X site adapter.
import { X_MATCHES } from '../../lib/sites/hosts';
import { xAdapter } from '../../lib/sites/x';
import { runContentApp } from '../../lib/content/app';

export default defineContentScript({
  matches: [...X_MATCHES],
  runAt: 'document_idle',
  // The page need not be told that a content script started (WXT's announcement by window.postMessage).
  noScriptStartedPostMessage: true,
  main() {
    void runContentApp(xAdapter);
  },
});
