// WXT build configuration: manifest (permissions, hosts, Firefox settings), modules and Vite plugins.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOCIAL_HOST_PATTERNS } from './lib/sites/hosts';
import { stripHtmlSinks } from './scripts/build/strip-html-sinks';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [stripHtmlSinks(), preact()],
    // FIREBREAK_NO_MINIFY=1 keeps function names for profiling (scripts/bench/RESULTS.md, "profile another build").
    build: { target: 'es2022', ...(process.env.FIREBREAK_NO_MINIFY ? { minify: false } : {}) },
  }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox has no sidebar permission and does not offer alarms as an optional permission (it is granted
    // silently there), so it lists alarms; Chrome asks for it only when the user turns scheduled updates on.
    permissions: ['storage', ...(browser === 'firefox' ? ['alarms'] : ['sidePanel'])],
    host_permissions: [...SOCIAL_HOST_PATTERNS],
    // Scheduled pack updates are off by default; the options page asks for alarms when the user turns them on.
    ...(browser === 'firefox' ? {} : { optional_permissions: ['alarms'] }),
    action: { default_title: '__MSG_extName__' },
    // Extension pages run only their own bundled scripts: no eval, no remote code, no plugins, no form posts.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          // Firefox opens its sidebar only from the toolbar or a shortcut, never from a page's click.
          commands: {
            _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_cmd_sidebar__' },
          },
          browser_specific_settings: {
            gecko: {
              id: 'firebreak@firebreak.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The toolbar popup from the keyboard (its "Open side panel" is a Tab away), as Firefox's sidebar has.
          commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+F' } } },
        }),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    excludeSources: ['test-results/**', 'demo-output/**', 'bench-output/**'],
  },
});
