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
/**
 * tokenlab/no-literal-ui-text: user-facing words go through the i18n catalogues
 * (src/shared/i18n), never straight into JSX. Fails on JSX text with letters and on string
 * literals (or templates with letters) in the props people read: title, aria-label,
 * placeholder, label, alt and the like. Punctuation, numbers and symbols ("·", "—", "%") pass.
 */
const UI_TEXT_PROPS = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'label', 'alt', 'noneLabel', 'emptyLabel', 'hint', 'legend']);
const HAS_WORDS = /[A-Za-z\u3400-\u9fff]{2,}/;
const i18nPlugin = {
  rules: {
    'no-literal-ui-text': {
      meta: { type: 'problem', messages: { text: 'User-facing text "{{text}}" belongs in the i18n catalogues (src/shared/i18n): use t().' } },
      create(context) {
        const report = (node, text) => context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
        const check = (node, value) => {
          if (!value) return;
          if (value.type === 'Literal' && typeof value.value === 'string' && HAS_WORDS.test(value.value)) report(node, value.value);
          else if (value.type === 'JSXExpressionContainer') check(node, value.expression);
          else if (value.type === 'TemplateLiteral' && value.quasis.some((q) => HAS_WORDS.test(q.value.cooked ?? ''))) report(node, value.quasis.map((q) => q.value.cooked).join('…'));
          else if (value.type === 'ConditionalExpression') {
            check(node, value.consequent);
            check(node, value.alternate);
          } else if (value.type === 'LogicalExpression') check(node, value.right);
        };
        return {
          JSXText(node) {
            if (HAS_WORDS.test(node.value)) report(node, node.value);
          },
          JSXAttribute(node) {
            if (node.name.type === 'JSXIdentifier' && UI_TEXT_PROPS.has(node.name.name)) check(node, node.value);
          },
          // {'Some words'} and {`Some ${x} words`} as JSX children.
          JSXExpressionContainer(node) {
            if (node.parent.type !== 'JSXAttribute') check(node, node.expression);
          },
        };
      },
    },
  },
};

/**
 * tokenlab/no-literal-cli-text: what the CLI prints comes from the catalogues
 * (src/shared/i18n/areas/cli.ts), in the --lang / LC_ALL / LANG language. Fails on a sentence
 * (two words, or any CJK) written straight into what reaches the terminal: the arguments of
 * `….write()`, `usage()`, `new TokenLabError()` and `promptHidden()` (through
 * templates, `+`, `?:` and `||`), and the text of a `…HELP` / `…USAGE` constant. Flags, keys,
 * punctuation and values pass.
 */
const CLI_SENTENCE = /[A-Za-z]{2,}[\s,:;]+(?:[A-Za-z]+[\s,:;]+)*[A-Za-z]{2,}|[\u3400-\u9fff]/;
const CLI_OUTPUT_CALLS = new Set(['write', 'usage', 'promptHidden']);
// A plain `new Error()` never reaches the terminal as typed (runCli prints "internal error"); a
// batch line's error goes into its English --json record.
const CLI_OUTPUT_CLASSES = new Set(['TokenLabError']);
const cliTextPlugin = {
  rules: {
    'no-literal-cli-text': {
      meta: { type: 'problem', messages: { text: 'CLI text "{{text}}" belongs in the i18n catalogues (src/shared/i18n/areas/cli.ts): use cliT(io) or usageText().' } },
      create(context) {
        const report = (node, text) => context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
        // The program's name in front of a message ("tokenlab verify: …") and option names are not words to translate.
        const words = (text) => CLI_SENTENCE.test(text.replace(/^tokenlab( [a-z-]+)*:? ?/, '').replace(/--[a-z-]+/g, ''));
        const walk = (node) => {
          if (!node) return;
          if (node.type === 'Literal' && typeof node.value === 'string' && words(node.value)) report(node, node.value);
          else if (node.type === 'TemplateLiteral') {
            const text = node.quasis.map((q) => q.value.cooked ?? '').join('…');
            if (node.quasis.some((q) => words(q.value.cooked ?? ''))) report(node, text);
            else node.expressions.forEach(walk);
          } else if (node.type === 'ConditionalExpression') {
            walk(node.consequent);
            walk(node.alternate);
          } else if (node.type === 'LogicalExpression' || (node.type === 'BinaryExpression' && node.operator === '+')) {
            walk(node.left);
            walk(node.right);
          } else if (node.type === 'ArrayExpression') node.elements.forEach(walk);
        };
        const calleeName = (callee) => (callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : null);
        return {
          CallExpression(node) {
            if (CLI_OUTPUT_CALLS.has(calleeName(node.callee))) node.arguments.forEach(walk);
          },
          NewExpression(node) {
            if (CLI_OUTPUT_CLASSES.has(calleeName(node.callee))) node.arguments.forEach(walk);
          },
          VariableDeclarator(node) {
            if (node.id.type === 'Identifier' && /(HELP|USAGE)$/.test(node.id.name)) walk(node.init);
          },
        };
      },
    },
  },
};

/**
 * CLI files whose words are not in the catalogues yet (issue 12, in progress): remove a line
 * when its file moves. Their messages print in English whatever the language.
 */
const CLI_I18N_PENDING = [];

/**
 * tokenlab/no-literal-main-text: what main words itself for a person (menu labels, native
 * questions, notifications, reports, errors it returns) comes from the catalogues
 * (src/shared/i18n/areas/main.ts), in the language picked in the app. Fails on a sentence (two
 * words, or any CJK) in the second argument of `new TokenLabError()` and in the properties a
 * person reads (label, title, message, detail, body, buttons, explanation, reason, …). Use
 * `MainTextError` or `mainT(language)` (src/main/i18n/mainText.ts). Log lines pass.
 */
const MAIN_TEXT_PROPS = new Set(['label', 'title', 'message', 'detail', 'body', 'buttons', 'explanation', 'note', 'hint', 'reason', 'clientExperience', 'remedy', 'confirmLabel', 'cancelLabel']);
const mainTextPlugin = {
  rules: {
    'no-literal-main-text': {
      meta: { type: 'problem', messages: { text: 'Main-process text "{{text}}" belongs in the i18n catalogues (src/shared/i18n/areas/main.ts): use MainTextError or mainT(language).' } },
      create(context) {
        const report = (node, text) => context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
        const walk = (node) => {
          if (!node) return;
          if (node.type === 'Literal' && typeof node.value === 'string' && CLI_SENTENCE.test(node.value)) report(node, node.value);
          else if (node.type === 'TemplateLiteral') {
            if (node.quasis.some((q) => CLI_SENTENCE.test(q.value.cooked ?? ''))) report(node, node.quasis.map((q) => q.value.cooked ?? '').join('…'));
          } else if (node.type === 'ConditionalExpression') {
            walk(node.consequent);
            walk(node.alternate);
          } else if (node.type === 'LogicalExpression' || (node.type === 'BinaryExpression' && node.operator === '+')) {
            walk(node.left);
            walk(node.right);
          } else if (node.type === 'ArrayExpression') node.elements.forEach(walk);
        };
        return {
          NewExpression(node) {
            if (node.callee.type === 'Identifier' && node.callee.name === 'TokenLabError') walk(node.arguments[1]);
          },
          Property(node) {
            const key = node.key.type === 'Identifier' ? node.key.name : node.key.type === 'Literal' ? String(node.key.value) : null;
            if (key !== null && MAIN_TEXT_PROPS.has(key)) walk(node.value);
          },
        };
      },
    },
  },
};

/** The rules under one plugin name, so a file matched by several blocks sees one definition. */
const tokenlabPlugin = { rules: { ...i18nPlugin.rules, ...cliTextPlugin.rules, ...mainTextPlugin.rules } };

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'buffer', 'stream', 'url', 'util', 'events'];

const I18N_PENDING = [
];

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
  {
    files: ['src/renderer/**/*.tsx'],
    // Screens whose strings are not in the catalogues yet (issue 12, in progress): remove a line when its screen moves.
    ignores: I18N_PENDING,
    plugins: { tokenlab: tokenlabPlugin },
    rules: { 'tokenlab/no-literal-ui-text': 'error' },
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: CLI_I18N_PENDING,
    plugins: { tokenlab: tokenlabPlugin },
    rules: { 'tokenlab/no-literal-cli-text': 'error' },
  },
  {
    files: ['src/main/**/*.ts'],
    // src/main/crypto has no user-facing words; a test double (memorySecretStore) speaks only to tests.
    ignores: ['src/main/crypto/**', 'src/main/vault/memorySecretStore.ts'],
    plugins: { tokenlab: tokenlabPlugin },
    rules: { 'tokenlab/no-literal-main-text': 'error' },
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
