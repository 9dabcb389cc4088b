import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['tests/setup/dom.ts'],
    // CLI scans use the fact cache: keep it out of the user's cache folder.
    env: { XDG_CACHE_HOME: mkdtempSync(path.join(tmpdir(), 'letgo-test-cache-')) },
  },
});
