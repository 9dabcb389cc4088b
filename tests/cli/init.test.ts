/**
 * `letgo init`: a commented starting letgo.config.json (roster = authors of the last 6
 * months before the io's `now`, manager from --manager or git config user.email) and its
 * JSON Schema; never overwrites without --force.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, DEFAULT_THRESHOLDS, validateConfig, type Config } from '../../src/core/config.js';
import { ExitCode } from '../../src/core/errors.js';
import type { CommitSpec } from '../../src/demo/repoBuilder.js';
import { lines, makeRepo, tempDir } from '../helpers/repos.js';
import { runCli } from '../../src/cli/main.js';
import { captureIo, git, letgo } from './cliHelpers.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };
const BO = { name: 'Bo Dev', email: 'bo@corp.io' };
const OLGA = { name: 'Olga Old', email: 'olga@corp.io' };
const BOT = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

/** `now` of these tests: 6 months back is 2026-05-01. */
const NOW = new Date('2026-11-10T12:00:00Z');

/** Olga left in April (before the 6 months); Ann has 3 commits, Bo 2, Mia 1 and a bot 1 since May. */
function commits(): CommitSpec[] {
  return [
    { author: OLGA, date: '2026-03-10T10:00:00+01:00', message: 'old', files: { 'src/old.py': lines(3, 'o') } },
    { author: OLGA, date: '2026-04-30T23:30:00+02:00', message: 'old', files: { 'src/old.py': lines(4, 'o') } },
    { author: BO, date: '2026-05-01T00:30:00+02:00', message: 'b', files: { 'src/b.py': lines(2, 'b') } },
    { author: ANN, date: '2026-06-10T10:00:00+02:00', message: 'a', files: { 'src/a.py': lines(2, 'a') } },
    { author: MIA, date: '2026-07-10T10:00:00+02:00', message: 'm', files: { 'src/m.py': lines(2, 'm') } },
    { author: ANN, date: '2026-08-10T10:00:00+02:00', message: 'a', files: { 'src/a.py': lines(3, 'a') } },
    { author: BOT, date: '2026-09-10T10:00:00+02:00', message: 'bump', files: { 'requirements.txt': 'x==1\n' } },
    { author: BO, date: '2026-10-10T10:00:00+02:00', message: 'b', files: { 'src/b.py': lines(3, 'b') } },
    { author: ANN, date: '2026-11-02T10:00:00+01:00', message: 'a', files: { 'src/a.py': lines(4, 'a') } },
  ];
}

function readConfig(file: string): { config: Config; raw: Record<string, unknown>; text: string } {
  const text = readFileSync(file, 'utf8');
  const errors: ParseError[] = [];
  const raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false }) as Record<string, unknown>;
  expect(errors).toEqual([]);
  return { config: validateConfig(raw, file), raw, text };
}

describe('letgo init', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await makeRepo(commits(), 'team');
  }, 60_000);

  it('writes a commented, valid config proposing the authors of the last 6 months, and its schema', async () => {
    const cwd = tempDir('letgo-init-');
    const run = await letgo(['init', repo, '--manager', MIA.email], cwd, NOW);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(run.stderr).toMatch(/^letgo: wrote [^\n]*letgo\.config\.json \(2 team members proposed\)[^\n]*\n$/);
    const { config, raw, text } = readConfig(path.join(cwd, 'letgo.config.json'));
    expect(text).toMatch(/^\/\/ /m); // comments are there
    expect(raw.$schema).toBe('./letgo.config.schema.json');
    expect(config.manager).toEqual([MIA.email]);
    // Most commits first; the manager, the bot and Olga (last commit 2026-04-30 local) are not proposed.
    expect(config.team).toEqual([ANN.email, BO.email]);
    expect(text).toContain('Ann Dev: 3 commits');
    expect(text).toContain('Bo Dev: 2 commits');
    expect(text).not.toContain('olga@corp.io');
    expect(config.thresholds).toEqual(DEFAULT_THRESHOLDS);
    const schema = JSON.parse(readFileSync(path.join(cwd, 'letgo.config.schema.json'), 'utf8')) as unknown;
    expect(schema).toEqual(CONFIG_SCHEMA);
    // The written config is what letgo scan then loads from the current folder.
    const scan = await letgo(['scan', repo, '--format', 'json', '--month', '2026-10'], cwd, NOW);
    expect(scan.code, scan.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(scan.stdout)).toMatchObject({ manager: { id: MIA.email }, team: { size: 3, source: 'roster' } });
  });

  it('the 6 months move with now: a year later nobody is proposed', async () => {
    const cwd = tempDir('letgo-init-');
    const run = await letgo(['init', repo, '--manager', MIA.email], cwd, new Date('2027-12-01T00:00:00Z'));
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(readConfig(path.join(cwd, 'letgo.config.json')).config.team).toEqual([]);
  });

  it('takes the manager from git config user.email, with the repository as the working folder', async () => {
    const own = await makeRepo(commits(), 'own');
    git(own, ['config', 'user.email', BO.email]);
    const cwd = tempDir('letgo-init-');
    const run = await letgo(['init', path.relative(cwd, own)], cwd, NOW);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const { config } = readConfig(path.join(cwd, 'letgo.config.json'));
    expect(config.manager).toEqual([BO.email]);
    expect(config.team).toEqual([ANN.email, MIA.email]);
  });

  it('a second init exits 9 and leaves the file unchanged; --force replaces it', async () => {
    const cwd = tempDir('letgo-init-');
    expect((await letgo(['init', repo, '--manager', MIA.email], cwd, NOW)).code).toBe(ExitCode.Ok);
    const file = path.join(cwd, 'letgo.config.json');
    const before = readFileSync(file, 'utf8');
    const mtime = statSync(file).mtimeMs;
    const again = await letgo(['init', repo, '--manager', ANN.email], cwd, NOW);
    expect(again.code).toBe(ExitCode.Output);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^letgo: [^\n]*letgo\.config\.json already exists[^\n]*--force[^\n]*\n$/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(statSync(file).mtimeMs).toBe(mtime);
    const forced = await letgo(['init', repo, '--manager', ANN.email, '--force'], cwd, NOW);
    expect(forced.code, forced.stderr).toBe(ExitCode.Ok);
    expect(readConfig(file).config).toMatchObject({ manager: [ANN.email], team: [BO.email, MIA.email] });
  });

  it('a path without a repository: 3, one line, nothing written', async () => {
    const cwd = tempDir('letgo-init-');
    const run = await letgo(['init', path.join(cwd, 'missing')], cwd, NOW);
    expect(run.code).toBe(ExitCode.NoRepository);
    expect(run.stderr).toMatch(/^letgo: [^\n]*missing does not exist[^\n]*\n$/);
    expect(existsSync(path.join(cwd, 'letgo.config.json'))).toBe(false);
    expect(existsSync(path.join(cwd, 'letgo.config.schema.json'))).toBe(false);
  });

  it('without --manager, a git user.email that is no author fails with exit 5 when it cannot ask, and writes nothing', async () => {
    const own = await makeRepo(commits(), 'stranger');
    git(own, ['config', 'user.email', 'someone@laptop.local']);
    const cwd = tempDir('letgo-init-');
    const run = await letgo(['init', own], cwd, NOW);
    expect(run.code).toBe(ExitCode.UnknownManager);
    expect(run.stderr).toBe(
      'letgo: git config user.email "someone@laptop.local" is no author here: pass --manager with your email, name or handle, e.g. one of Ann Dev <ann@corp.io>, Bo Dev <bo@corp.io>, Mia Boss <mia@corp.io>\n'
    );
    expect(existsSync(path.join(cwd, 'letgo.config.json'))).toBe(false);
    // --manager that names no author fails the same way (exit 5), naming the closest authors.
    const wrong = await letgo(['init', own, '--manager', 'nobody@else.io'], cwd, NOW);
    expect(wrong.code).toBe(ExitCode.UnknownManager);
    expect(existsSync(path.join(cwd, 'letgo.config.json'))).toBe(false);
  });

  it('on a terminal it asks who the manager is, most active authors first', async () => {
    const own = await makeRepo(commits(), 'asked');
    git(own, ['config', 'user.email', 'someone@laptop.local']);
    const cwd = tempDir('letgo-init-');
    const questions: string[] = [];
    const io = { ...captureIo(cwd, NOW), ask: async (q: string) => (questions.push(q), '3') };
    expect(await runCli(['init', own], io)).toBe(ExitCode.Ok);
    expect(io.err.join('')).toContain(
      'letgo: "someone@laptop.local" is no author here. Who is the manager?\n  1. Ann Dev <ann@corp.io>\n  2. Bo Dev <bo@corp.io>\n  3. Mia Boss <mia@corp.io>\n'
    );
    expect(questions).toEqual(['Number, email, name or handle: ']);
    expect(readConfig(path.join(cwd, 'letgo.config.json')).config).toMatchObject({ manager: [MIA.email], team: [ANN.email, BO.email] });
    // A handle works as the answer too; an answer naming nobody is a usage error.
    const cwd2 = tempDir('letgo-init-');
    expect(await runCli(['init', own], { ...captureIo(cwd2, NOW), ask: async () => 'ann' })).toBe(ExitCode.Ok);
    expect(readConfig(path.join(cwd2, 'letgo.config.json')).config.manager).toEqual([ANN.email]);
    expect(await runCli(['init', own], { ...captureIo(tempDir('letgo-init-'), NOW), ask: async () => 'zed' })).toBe(ExitCode.Usage);
  });

  it('suggests aliases it did not merge, and shows likely automation, as comments', async () => {
    const c: CommitSpec[] = [...commits()];
    const at = (d: number) => `2026-09-${String(d).padStart(2, '0')}T10:00:00+02:00`;
    c.push({
      author: { name: 'NielsRogge', email: '48327001+NielsRogge@users.noreply.github.com' },
      date: at(1),
      message: 'n',
      files: { 'src/n.py': lines(2, 'n') },
    });
    c.push({ author: { name: 'Niels', email: 'nielsrogge@gmail.com' }, date: at(2), message: 'n', files: { 'src/n.py': lines(3, 'n') } });
    c.push({ author: { name: 'jakevdp', email: 'jake@home.example' }, date: at(3), message: 'j', files: { 'src/j.py': lines(2, 'j') } });
    c.push({ author: { name: 'Jake VanderPlas', email: 'jakevdp@gmail.com' }, date: at(4), message: 'j', files: { 'src/j.py': lines(3, 'j') } });
    // Two people who both sign "Ben": no evidence they are one.
    c.push({ author: { name: 'Ben', email: '1001+benk@users.noreply.github.com' }, date: at(5), message: 'b', files: { 'src/b1.py': lines(2, 'b') } });
    c.push({ author: { name: 'Ben', email: '2002+bent@users.noreply.github.com' }, date: at(6), message: 'b', files: { 'src/b2.py': lines(2, 'b') } });
    for (let i = 0; i < 21; i++) {
      c.push({
        author: { name: 'Docs Builder', email: 'docs@corp.io' },
        date: `2026-10-${String(1 + i).padStart(2, '0')}T03:00:00+02:00`,
        message: `Build documentation for ${(0xabc1234 + i).toString(16)}`,
        files: { 'site/index.html': `<p>${i}</p>\n` },
      });
    }
    const own = await makeRepo(
      c.sort((x, y) => Date.parse(x.date) - Date.parse(y.date)),
      'aliases'
    );
    const cwd = tempDir('letgo-init-');
    const run = await letgo(['init', own, '--manager', MIA.email], cwd, NOW);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const { config, text } = readConfig(path.join(cwd, 'letgo.config.json'));
    expect(config.aliases).toEqual({});
    expect(text).toContain(
      '  //   "48327001+nielsrogge@users.noreply.github.com": "nielsrogge@gmail.com", // NielsRogge and Niels share the handle "nielsrogge"\n'
    );
    expect(text).toContain('  //   "jake@home.example": "jakevdp@gmail.com", // jakevdp and Jake VanderPlas share the handle "jakevdp"\n');
    expect(text).toContain('  //   "docs@corp.io", // 21 of 21 commits (100%) have the message "build documentation for <hash>"\n');
    expect(config.team).not.toContain('docs@corp.io');
    expect(text).not.toMatch(/Ben and Ben/);
    expect(run.stderr).toContain('letgo: 2 possible aliases are suggested in comments under "aliases"\n');
    expect(run.stderr).toContain(
      'letgo: left out as likely automation: Docs Builder <docs@corp.io>: 21 of 21 commits (100%) have the message "build documentation for <hash>"\n'
    );
  });
});
