import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative base so the built dist/ works from any static host path.
  base: './',
  // Every browser that runs es2022 either supports modulepreload or simply skips the
  // hint, so the polyfill would only add bytes to the first load's JavaScript.
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
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
