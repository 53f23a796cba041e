import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import { fileURLToPath } from 'node:url';
import { coursePlugin } from './build/course-plugin';
import { buildStampPlugin } from './build/build-stamp-plugin';
import { serviceWorkerPlugin } from './build/service-worker-plugin';
import { routePreloadPlugin } from './build/route-preload-plugin';
import { treeShakeRouterPlugin } from './build/tree-shake-router-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command }) => ({
  // react-router's package exports only its development build (warnings and checks included);
  // the production build beside it is what users should get.
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: `${root}node_modules/react-router/dist/production/index.mjs` }] } : {},
  plugins: [
    // MDX must compile before plugin-react sees the file (see the machine notes in the README).
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter] }) },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
    coursePlugin(root),
    treeShakeRouterPlugin(),
    // Before the service worker's plugin, so the script it adds is precached too; not in LMS packages (hash routes).
    ...(process.env.VITE_PACKAGE_FORMAT ? [] : [routePreloadPlugin(root)]),
    serviceWorkerPlugin(root),
    // A package build goes elsewhere; it must not mark dist/ as current.
    ...(process.env.VITE_PACKAGE_FORMAT ? [] : [buildStampPlugin(`${root}dist`)]),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The head script of index.html (build/route-preload-plugin.ts) already asks for the app's start
    // and everything it imports; a second list of them in the entry would only weigh on the first page.
    // No modulepreload polyfill: every browser the course supports has it, and without it a preload is only a lost hint.
    // Many tiny chunks that every page loads anyway (the stores, React's small entry points) as one:
    // fewer requests, and gzip compresses them together far better than one by one; the same for the
    // small shared modules the first page needs (paths, formatters, the course list…), taken alone,
    // without what they import. The HR API's
    // files stay one chunk, one name in the first-load preload map (the home page's size budget counts it),
    // without taking in the domain code they use: the profile page shares that and must not load the HR API.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'app-state', test: /\/src\/stores\/(progress|quiz|roleplay|goals|profile|settings|records-status|storage-notices)-store\.ts$|\/src\/stores\/(storage-keys|recovering-storage|safe-storage)\.ts$|\/node_modules\/zustand\//, }, { name: 'i18n', test: /\/node_modules\/(i18next|react-i18next|use-sync-external-store)\//, }, { name: 'shared', test: /\/src\/(config\/paths|ui\/use-formatters|ui\/duration-text|ui\/use-online|ui\/link|app\/i18n\/load-locale|domain\/quiz\/results|domain\/xapi\/completion|domain\/xapi\/vocabulary|content\/course|stores\/session-store|domain\/roleplay\/types|domain\/live\/phone-locale|features\/live\/phone-locale)\.tsx?$/, includeDependenciesRecursively: false }, { name: 'hr-api', test: /\/src\/features\/hr\/hr-(http|session-api|reports-api|settings-api|admin-api)\.ts$/, includeDependenciesRecursively: false }],
        },
      },
    },
    modulePreload: { polyfill: false, resolveDependencies: (file, deps) => (!process.env.VITE_PACKAGE_FORMAT && /(^|\/)start-[^/]+\.js$/.test(file) ? [] : deps) },
  },
  test: {
    // Vitest's default is one file at a time on a 2-core machine (cores − 1). Most files wait on
    // servers, databases and child processes more than they compute, so two at once finish the
    // suites in far less time; the browser suite keeps its own one-file-at-a-time rule below.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // These files share no state through modules (no mocks, no module-level fixtures): run in
          // one module graph per worker, they skip re-importing the server for each file, which was
          // most of the suite's time.
          isolate: false,
          include: ['src/domain/**/*.test.ts', 'src/content/**/*.test.ts', 'src/server/**/*.test.ts', 'tests/content/**/*.test.{ts,tsx}', 'tests/server/**/*.test.ts', 'tests/*.test.ts'],
          // Sized for a loaded 2-core machine, as on PostgreSQL: a file of many HTTP round trips
          // can take well over Vitest's default 5 s while other suites run beside it.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The server suite again, on a real PostgreSQL (a throwaway cluster, a database per file).
        extends: true,
        test: {
          name: 'server-pg',
          environment: 'node',
          isolate: false,
          include: ['src/server/**/*.test.ts', 'tests/server/**/*.test.ts'],
          exclude: ['tests/server/oidc-client.test.ts'],
          globalSetup: ['tests/setup/postgres-global.ts'],
          setupFiles: ['tests/setup/pg-warnings.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // One module graph per worker, as in the server suites: importing React, the stores and
          // every locale again for each file was two thirds of this suite's CPU. What files share
          // through modules (the stores, i18n's language, storage) is put back after every test
          // by the setup file.
          isolate: false,
          include: ['src/{app,features,mdx,ui,stores,records}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/setup-dom.ts'],
          // Sized for a loaded 2-core machine; findBy waits up to 15 s (tests/setup/setup-dom.ts).
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // The files share nothing through modules (each launches its own Chromium in its hooks):
          // one module graph spares importing playwright-core and the helpers again for each file.
          isolate: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Sized for a loaded 2-core machine (CI runs the other suites beside this one): a wait
          // only runs long when something is wrong, and a short one fails sound code on a busy machine.
          expect: { poll: { timeout: 45_000 } },
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
