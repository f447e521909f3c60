import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/lib/**/*.test.ts',
            'tests/og/**/*.test.ts',
            'tests/schemas/**/*.test.ts',
            'tests/plugins/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/styles/**/*.test.ts',
            'tests/repo/**/*.test.ts',
          ],
        },
      },
      {
        // Assertions over real builds of the real content: built once, read by every file.
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/search/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/browser-prerequisites.ts', 'tests/setup/build-site.ts'],
          hookTimeout: 300_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
