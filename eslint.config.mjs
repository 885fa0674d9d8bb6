// Lint config. Beyond the recommended TypeScript rules, it enforces the process boundary:
// folder = runtime (see docs/ARCHITECTURE.md). test/arch/imports.test.ts checks the same
// boundary again so CI fails even if lint is skipped.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_AND_ELECTRON = [
  { group: ['node:*'], message: 'src/shared and src/renderer run in the browser too: no Node built-ins.' },
  { group: ['electron', 'electron/*'], message: 'Only the main process (src/main/index.ts, src/main/electron/**) imports electron.' },
  { group: ['keytar'], message: 'Secrets stay in src/main/vault/keychain.ts.' },
  { group: ['**/main/**', '**/preload/**', '**/cli/**'], message: 'Import only from src/shared (or within your own folder).' },
];
const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'buffer', 'stream', 'url', 'util', 'events'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', '**/*.tsbuildinfo', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'src/shared is pure TypeScript: no Node built-ins.' })),
          patterns: [
            ...NODE_AND_ELECTRON,
            { group: ['react', 'react-dom', 'zustand'], message: 'src/shared holds no UI code.' },
            { group: ['**/renderer/**'], message: 'src/shared must not depend on the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'The renderer is an untrusted web page: no Node built-ins.' })),
          patterns: NODE_AND_ELECTRON,
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['keytar', 'node:*'], message: 'The preload is only the bridge.' }, { group: ['**/main/**', '**/renderer/**'], message: 'The preload imports only src/shared.' }] },
      ],
    },
  },
  ...mainSideBlocks(),
);

/** Main-side folders: electron only in the wiring, keytar only in the keychain module. */
function mainSideBlocks() {
  const electron = { name: 'electron', message: 'Keep electron in src/main/index.ts and src/main/electron/**, so this module runs under plain Node (CLI, tests).' };
  const keytar = { name: 'keytar', message: 'Only src/main/vault/keychain.ts imports keytar.' };
  const renderer = { group: ['**/renderer/**'], message: 'Main-side code never imports the renderer.' };
  const rule = (paths) => ({ 'no-restricted-imports': ['error', { paths, patterns: [renderer] }] });
  return [
    { files: ['src/cli/**/*.ts'], rules: rule([electron, keytar]) },
    { files: ['src/main/**/*.ts'], ignores: ['src/main/index.ts', 'src/main/electron/**', 'src/main/vault/keychain.ts'], rules: rule([electron, keytar]) },
    { files: ['src/main/index.ts', 'src/main/electron/**/*.ts'], rules: rule([keytar]) },
    { files: ['src/main/vault/keychain.ts'], rules: rule([electron]) },
  ];
}
