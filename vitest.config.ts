import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['tests/setup/dom.ts'],
    // One temp root per run (TMPDIR and the fact cache's XDG_CACHE_HOME), removed at the end.
    globalSetup: ['tests/setup/tempRoot.ts'],
  },
});
