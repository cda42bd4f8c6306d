// Lint: typescript-eslint's recommended rules, and the layers' import boundaries (who may import whom) as rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** An import path that names one of these top-level folders of src/ (relative paths climb to it, so match a segment). */
const layer = (...names) => `(^|/)(${names.join('|')})(/|\\.js$|$)`;

/** A no-restricted-imports rule forbidding imports of these layers (and these packages), with the reason said. */
const forbid = (message, layers, packages = []) => [
  'error',
  {
    paths: packages.map((name) => ({ name, message })),
    patterns: [{ regex: layer(...layers), message }],
  },
];

const BROWSER_PACKAGES = ['webextension-polyfill'];
/** Globals of the browser and the extension runtime, for code that runs in Node (the CLI) as well as in the extension. */
const BROWSER_GLOBALS = ['chrome', 'browser', 'window', 'document', 'navigator', 'location', 'localStorage', 'self'].map((name) => ({
  name,
  message: 'this code runs in Node (the CLI) as in the extension: no browser or extension globals',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'test-results/**', '**/generated/**', 'test/e2e/fixtures/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript itself reports undefined names (with the right lib per tsconfig); the core rule knows no types.
      'no-undef': 'off',
      // `_`-prefixed parameters and destructured leftovers are deliberate (a callback's signature, an omitted key).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      // Layouts of the page, editors' internals and JSON from storage are typed loosely on purpose at these edges.
      '@typescript-eslint/no-explicit-any': 'off',
      // Stripping control characters (printable CLI output, XML policy files) is exactly what those patterns are for.
      'no-control-regex': 'off',
      // The invisible-character and name classes list combining marks on their own, one by one, on purpose.
      'no-misleading-character-class': 'off',
      // An escaped "-" or "/" inside a character class reads as a literal at a glance; harmless and common in the checks.
      'no-useless-escape': 'off',
    },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter's pattern: `{}` says "none".
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(
        'the engine is text in, findings out: it imports no other layer, no browser API',
        ['content', 'background', 'sites', 'editors', 'ui', 'popup', 'options', 'cli', 'ruleset', 'policy', 'shared'],
        BROWSER_PACKAGES,
      ),
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // A check's tests load the built-in ruleset they are measured against; still no browser.
    files: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(
        'engine tests may load a ruleset, nothing of the browser layers',
        ['content', 'background', 'sites', 'editors', 'ui', 'popup', 'options', 'cli', 'policy'],
        BROWSER_PACKAGES,
      ),
    },
  },
  {
    files: ['src/ruleset/**/*.ts', 'src/policy/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        'rulesets and policy are shared by the extension and the CLI: the engine and shared helpers only, no browser layer',
        ['content', 'background', 'sites', 'editors', 'ui', 'popup', 'options', 'cli'],
        BROWSER_PACKAGES,
      ),
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // The content script knows no check by name: what a finding means for it (an abusive post replied to, a check's title)
    // is the engine's to say (the ids are the built-in checks' and the organisation's rules'). And it writes no storage:
    // every write goes through the background, which checks who sent it and its shape.
    files: ['src/content/**/*.ts'],
    ignores: ['src/content/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^(personal-details|affiliation-disclosure|commitment|aggressive-tone|custom)$/]',
          message: 'the content script names no check: ask the engine (src/engine) what the finding means',
        },
        {
          selector: "CallExpression[callee.property.name=/^(set|remove|clear)$/][callee.object.object.object.name='chrome'][callee.object.object.property.name='storage']",
          message: 'the content script writes no storage: send the background a message (src/background/message-rules.ts)',
        },
      ],
    },
  },
  {
    files: ['src/sites/**/*.ts', 'src/editors/**/*.ts'],
    // Their tests may find a composer through the content script's discovery, as a page visit would.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid('site adapters and editor views are read by the content script, never the other way round', [
        'content',
        'background',
      ]),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/popup/**/*.{ts,tsx}', 'src/options/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid('the pages talk to the background by messages (src/shared/messages.ts), never by import', [
        'background',
        'content',
      ]),
    },
  },
);
