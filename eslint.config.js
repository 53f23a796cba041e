import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// The layers of DESIGN.md: app → features → (ui, mdx, stores, content, config, domain);
// server → (content, domain). Each zone lists what `target` may NOT import.
const layerZones = [
  { target: './src/domain', from: './src', except: ['./domain'], message: 'domain is pure: it imports only domain.' },
  { target: './src/content', from: ['./src/app', './src/features', './src/mdx', './src/ui', './src/stores', './src/server'], message: 'content depends only on domain.' },
  { target: './src/ui', from: ['./src/app', './src/features', './src/mdx', './src/stores', './src/server'], message: 'ui knows no feature.' },
  { target: './src/mdx', from: ['./src/app', './src/features', './src/stores', './src/server'], message: 'mdx components know no feature.' },
  { target: './src/stores', from: ['./src/app', './src/features', './src/mdx', './src/ui', './src/server'], message: 'stores sit below features.' },
  { target: './src/config', from: ['./src/app', './src/features', './src/mdx', './src/ui', './src/stores', './src/server'], message: 'config is a leaf.' },
  { target: './src/features', from: ['./src/app', './src/server'], message: 'features never import the app shell or the server.' },
  { target: './src/records', from: ['./src/app', './src/features', './src/mdx', './src/ui', './src/server'], message: 'records sit beside the stores: they know no page.' },
  { target: ['./src/features', './src/stores', './src/ui', './src/mdx', './src/content', './src/config'], from: './src/records', message: 'only the app shell starts records.' },
  { target: './src/sw', from: './src', except: ['./sw'], message: 'the service worker stands alone: it imports only src/sw.' },
  { target: './src/server', from: ['./src/app', './src/features', './src/mdx', './src/ui', './src/stores', './src/records'], message: 'the server uses only content and domain.' },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'a feature never imports another feature.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results'] },
  { files: ['**/*.js'], languageOptions: { globals: globals.node } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // Each runtime sees its own globals, and what the other runtime has is named as an error (the
  // TypeScript projects, one per runtime, refuse the same things at typecheck).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**', 'src/sw/**', 'src/**/*.test.{ts,tsx}', 'src/content/read-course-files.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['node:*'], message: 'The browser app has no Node APIs.' }],
          paths: [{ name: 'react-router', importNames: ['Link', 'NavLink'], message: "Use src/ui/link.tsx: react-router's own brings route prefetching into every page's first load." }],
        },
      ],
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({ name, message: 'The browser app has no Node globals.' }))],
    },
  },
  {
    files: ['src/sw/**/*.ts'],
    ignores: ['src/sw/**/*.test.ts'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['src/server/**/*.ts', 'src/content/read-course-files.ts', 'scripts/**/*.ts', 'build/**/*.ts', '*.config.ts'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map((name) => ({ name, message: 'Node code has no DOM.' }))],
    },
  },
  {
    // Tests run in Node and drive a DOM (jsdom or Chromium).
    files: ['tests/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Pure logic: no framework, no browser, no Node.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'zustand*', 'i18next', 'node:*', 'motion*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'process'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      // Sentences are never glued from keys at runtime; a template key hides a missing translation.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='t'] > TemplateLiteral.arguments:first-child[expressions.length>0] > TemplateElement:first-child[value.raw=/\\.$/]",
          message: 'Build keys from a closed set, not from fragments.',
        },
      ],
    },
  },
);
