/**
 * The README's two set-up commands and CI agree: `.ci/run` runs exactly the README's test
 * command, and that command runs `npm ci`, `npm test` (`npm run lint`: tsc, ESLint, Prettier;
 * then vitest) and the Python tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cliHelpers.js';

const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
/** The command lines of a shell script: no comments, blanks, `set` or `cd`. */
const commands = (script: string) =>
  script
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !/^(set|cd) /.test(l));

describe('README and CI', () => {
  const block = /```bash\n([\s\S]*?)\n```/.exec(read('README.md'))![1].split('\n');
  const testCommand = block[1].replace(/\s+#.*$/, '').trim();

  it('.ci/run runs exactly the README test command', () => {
    expect(block[0]).toMatch(/node bin\/letgo\.js demo/);
    expect(commands(read('.ci/run'))).toEqual([testCommand]);
  });

  it('that command runs npm ci, npm test (lint, then vitest) and pytest', () => {
    expect(testCommand).toBe('bash scripts/test.sh');
    const steps = commands(read('scripts/test.sh'));
    expect(steps).toContain('npm ci --no-audit --no-fund');
    expect(steps).toContain('npm test');
    expect(steps.some((s) => s.includes('-m pytest') && s.includes('tests/python'))).toBe(true);
    const scripts = JSON.parse(read('package.json')).scripts;
    expect(scripts.test).toMatch(/^npm run lint && .*vitest run/);
    expect(scripts.lint).toMatch(/tsc -p tsconfig\.json.*tsc -p tsconfig\.lab\.json.*eslint \..*prettier --check \./);
  });
});
