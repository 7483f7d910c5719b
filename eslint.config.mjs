// Lint rules, including the layering of STYLE.md: folder names are enforced layers.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'worker_threads'];
const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Only the Electron glue (main/app/) and the IPC handlers (main/ipc/) may touch Electron; the
  // rest of main/ is plain, testable Node. Nothing in main/ reaches into the renderer: what
  // both need lives in preload/shared/.
  {
    files: ['main/**/*.ts'],
    ignores: ['main/app/**', 'main/ipc/**'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'dexie', '**/renderer/**'],
      'Keep Electron in main/app/ and main/ipc/, UI libraries in renderer/, shared rules in preload/shared/.',
    ),
  },
  {
    files: ['main/app/**/*.ts', 'main/ipc/**/*.ts'],
    rules: restrict(['react', 'react-dom', 'dexie', '**/renderer/**'], 'UI libraries belong in renderer/.'),
  },
  {
    files: ['preload/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, 'react', 'dexie', '**/main/**', '**/renderer/**'],
      'The preload only builds the bridge from the contract.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', ...nodeBuiltins, '**/main/**'],
        'The renderer reaches main only through src/api.ts.',
      ),
    },
  },
  // Dexie lives behind the notes repository: only db.ts and repo.ts may import it.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/notes/db.ts', 'renderer/src/notes/repo.ts', 'renderer/**/*.test.ts'],
    rules: restrict(
      ['electron', ...nodeBuiltins, '**/main/**', 'dexie'],
      'Notes storage goes through renderer/src/notes/repo.ts.',
    ),
  },
  // Only src/api.ts reads window.variorum.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'variorum', message: 'Use renderer/src/api.ts.' },
      ],
    },
  },
);
