import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The built page's Content-Security-Policy (docs/security.md), as a meta tag so it
 * holds on any static host. Only the build gets it: the dev server injects inline
 * scripts of its own. No inline or eval'd script anywhere; the parse worker and the
 * chunks come from the page's own origin; `?data=` may fetch from any http(s) host;
 * Trusted Types are required for every script sink (the default policy in
 * public/theme.js admits same-origin script URLs only).
 * frame-ancestors cannot be set from a meta tag: a host that must forbid framing
 * sends it as a header (see the docs).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/(<meta charset="UTF-8" \/>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  };
}

/** The module that starts the parse worker (src/earlyLoad.ts) and what it imports: an entry of its own. */
const EARLY_MODULES = /src[\\/](earlyLoad|load[\\/]earlyWorker|model[\\/]httpUrl)\.ts$|data[\\/]coalition\.json\?url$/;

/**
 * The built page runs src/earlyLoad.ts as a script of its own, `async` in the head, before
 * the app's bundle has been fetched and evaluated: the parse worker is created while the main
 * thread is still free to fetch the worker's script (a module worker's script is fetched
 * through the page), so the data's fetch and parse start before the app's start-up instead
 * of after it. The app imports the same module, so it adopts the same worker.
 */
function earlyEntry(): Plugin {
  return {
    name: 'early-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const early = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early');
        if (!early) throw new Error('early-entry: no chunk for src/earlyLoad.ts');
        return html.replace(/(<script src="\.\/theme\.js"><\/script>)/, `$1\n    <script type="module" async crossorigin src="./${early.fileName}"></script>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), earlyEntry()],
  resolve: {
    // d3-zoom's transitions are never used: src/axis/withoutTransitions.ts says why.
    alias: [{ find: /^d3-transition$/, replacement: fileURLToPath(new URL('./src/axis/withoutTransitions.ts', import.meta.url)) }],
  },
  // Relative base so the built dist/ works from any static host path.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser that runs es2022 either supports modulepreload or simply skips the
    // hint, so the polyfill would only add bytes to the first load's JavaScript.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { index: 'index.html', early: 'src/earlyLoad.ts' },
      // d3-time ends each interval with a bare `interval.range;` read (its alias exports), which
      // would keep every local-time interval the app never uses: a property read is no side effect here.
      treeshake: { propertyReadSideEffects: false },
      output: {
        // Everything the entry imports statically is one chunk (the entry's own). Left to
        // itself, Rolldown splits what the first page shares with lazy chunks (React,
        // zustand, d3-array) into small common chunks, each a request and a preamble
        // of its own that compresses apart: 1.3 KB gzipped more on the first paint.
        // The default page's second stage (the filter column, the event details, the view
        // actions, the events-in-view section) and the small modules it shares with other
        // lazy chunks travel together for the same reason (2.5 KB on the whole page): every
        // page that draws a timeline fetches them a frame or two after its first paint anyway.
        // A phone's reading view fetches the details and the events-in-view code with them
        // (about 2 KB it may not use).
        codeSplitting: {
          groups: [
            { name: 'early', test: EARLY_MODULES, priority: 3 },
            { name: 'initial', tags: ['$initial'], test: (id: string) => !EARLY_MODULES.test(id), includeDependenciesRecursively: false, priority: 2 },
            {
              name: 'shared',
              test: /src[\\/](summary[\\/]useSettledText|navigation[\\/]NavigationTree|model[\\/](normalizeText|figureKinds)|ui[\\/](escapeStack|SourceList|CloseButton|FilterPanel|EventDetail|ViewActions|EventsInView)|troops[\\/](figureKind|formatFigure|timedSeries))\./,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // Generous per-test time: the suites assert behaviour, never speed, and a shared
    // 2-core machine under load can take seconds to render a component test.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
