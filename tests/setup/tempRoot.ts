/**
 * vitest globalSetup: one temp folder per test run, removed when the run ends. TMPDIR
 * points into it before the test workers start, so every temp folder a test makes
 * (tests/helpers/repos.ts's tempDir, os.tmpdir() in the code under test, the CLIs, git
 * and browsers the tests spawn) is inside it; so is the fact cache (XDG_CACHE_HOME), kept
 * out of the user's own. Nothing is left in the system's temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'letgo-test-run-'));
  process.env.TMPDIR = root;
  process.env.XDG_CACHE_HOME = path.join(root, 'cache');
  return () => rmSync(root, { recursive: true, force: true });
}
