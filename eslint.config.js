// Lint rules: typescript-eslint recommended, plus the bans that keep page text out of HTML sinks.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'demo-output/', 'bench-output/', 'test-results/', 'scripts/bench/.scratch/', 'test/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent, or lib/ui/sanitize.ts (DOMPurify) for pack text.' },
        { property: 'outerHTML', message: 'Never write HTML from page or pack text.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
    },
  },
  {
    // Tests build their DOM from fixed strings written in the test itself.
    files: ['test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
