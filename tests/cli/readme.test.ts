/**
 * The README's two set-up commands and CI agree: `.ci/run` runs exactly the README's test
 * command, and that command runs `npm ci`, `npm test` (`npm run lint`: tsc, ESLint, Prettier;
 * then vitest) and the Python tests. And the npm package holds every file the README and
 * the documents shipped with it link to (`npm pack --dry-run` lists the package's files).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Lexer, marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/core/config.js';
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

/** The relative links and images of a Markdown file, as package paths (fragment and query cut, `%xx` decoded); web links and `#anchors` left out. */
function relativeLinks(file: string): string[] {
  const out: string[] = [];
  marked.walkTokens(Lexer.lex(read(file)), (t) => {
    if (t.type !== 'link' && t.type !== 'image') return;
    const href = (t as Tokens.Link | Tokens.Image).href;
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(href)) return;
    out.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(href.replace(/[?#].*$/, '')))));
  });
  return out;
}

describe('the npm package', () => {
  it('ships every file the README, and the Markdown files it ships, link to (docs/definitions.md)', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const shipped = new Set((JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path));
    const documents = [...shipped].filter((f) => f.endsWith('.md'));
    expect(documents).toContain('README.md');
    const links = documents.flatMap((doc) => relativeLinks(doc).map((to) => ({ doc, to })));
    expect(links.map((l) => l.to)).toContain('docs/definitions.md');
    expect(links.filter((l) => !shipped.has(l.to))).toEqual([]);
  });
});

describe('README and the definitions', () => {
  it('states no threshold value that differs from DEFAULT_THRESHOLDS (docs/definitions.md holds them; a test keeps that table in step)', () => {
    const readme = read('README.md');
    for (const [key, value] of Object.entries(DEFAULT_THRESHOLDS)) {
      for (const m of readme.matchAll(new RegExp(`\`(?:thresholds\\.)?${key}\` \\((\\d+(?:\\.\\d+)?)`, 'g'))) expect(Number(m[1]), m[0]).toBe(value);
    }
  });
});
