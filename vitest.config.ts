import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          exclude: ['tests/e2e/firefox/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One more try for a test that timed out on a loaded two-core machine; a real failure
          // fails twice.
          retry: 1,
          // Each file runs its own Chromium; two at a time suits a two-core machine.
          maxWorkers: 2,
          fileParallelism: true,
          // After the unit tests, when both run in one `vitest run`.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // The same journeys in Firefox ESR (tests/e2e/firefox/harness.ts), and its store checks.
          name: 'e2e-firefox',
          include: ['tests/e2e/firefox/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 60_000,
          retry: 1,
          maxWorkers: 2,
          fileParallelism: true,
          // After Chromium's files: two browsers' suites at once overload a two-core machine.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
