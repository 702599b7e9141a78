import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Removes each test file's temporary folders after it (test/helpers/temp.ts).
    setupFiles: ['test/helpers/cleanup.ts'],
    // Build and browser tests share one built sample site; they run in their own files, one at a time.
    fileParallelism: true,
    testTimeout: 20_000,
    hookTimeout: 300_000,
  },
});
