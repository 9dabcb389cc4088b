#!/usr/bin/env node
// npm run bench: one table, side by side on the same generated repositories:
//   - the floor: git log with exactly the scan's flags and format, in one process
//     (`git log`), plus the cat-file reads of every notebook blob the cell-source
//     scan parses (`+ cat-file`);
//   - letgo scan --notebook-lines git, letgo scan (cell-source counting), each cold
//     (--no-cache); the first cached scan (writes the cache), a warm one (unchanged
//     repository) and an incremental one (10 new commits);
//   - the peers a user would pick, where installed: git-fame (PyPI), git-quick-stats and
//     gitinspector (Debian packages); "not installed" otherwise.
// The floor is the plain `git log --numstat` the issue names. letgo's cell-source scan
// asks git for less: it walks with notebook diffs off (it counts notebooks from their
// blobs; src/scan/notebookNumstat.ts), while giving the facts a plain walk gives; its
// own cost is reading and parsing those blobs.
// Each row: median wall seconds over BENCH_RUNS rounds (a round runs every row of one
// repository once, so this machine's drift in speed hits them alike), the ratio to the
// floor, and peak memory sampled every 50 ms from /proc: "letgo MB" is the peak RSS of
// the measured process itself (node for letgo, python for git-fame ...), "tree MB" the peak of the
// sum of PSS (shared pages split between processes: git's mapped pack counts once) over
// the process and all its children (git log, cat-file ...), in one more run that is not
// timed (sampling the tree costs a core a third of its time).
// Sub-second warm rows run 3 times per round. When the environment sets
// NODE_EXTRA_CA_CERTS (node 20 parses that file at every start, 0.07 s here), the cold
// and warm cell-source scans run once more without it (repositories under 20,000 commits), and the header shows node's own
// start-up both ways: the warm scan's ratio is reported with and without that cost.
// Then: facts.jsonl and cache bytes per 10,000 commits, ten repositories scanned with
// --jobs 2 against the sum of their single scans, and the targets met or not.
//
// The real-shaped notebook repository (gen.mjs realNotebooks, repacked as a clone's pack
// is) is also measured against a plain `git log --no-merges --numstat HEAD` (the floor a
// user knows, measured for every repository), and its promisor partial clone (blobs over
// 1 MB left out, the remote made unreachable) against the full repository's scans, in
// the same rounds. The table also goes to bench/last-run.txt.
//
// Sizes (env): BENCH_RUNS=3, BENCH_BIG=50000 commits, BENCH_NB=5000, BENCH_REAL=1000,
// BENCH_MULTI=10 repositories of BENCH_MULTI_COMMITS=1500, BENCH_PEERS=1 (0 skips them),
// BENCH_PEER_TIMEOUT=60 s. A measurement whose first run takes over 60 s is not repeated.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRepo } from '../lib/demo/repoBuilder.js';
import { demoCommits, DEMO_MANAGER } from '../lib/demo/scenario.js';
import { SAFE_CONFIG } from '../lib/scan/git.js';
import { LogParser } from '../lib/scan/logParser.js';
import { logArgs } from '../lib/scan/logParser.js';
import { bigRepo, moreCommits, notebookHeavy, realNotebooks, streamRepo } from './gen.mjs';

const env = (name, def) => Number(process.env[name] ?? def);
const RUNS = env('BENCH_RUNS', 3);
const PEER_TIMEOUT = env('BENCH_PEER_TIMEOUT', 60);
const root = mkdtempSync(path.join(tmpdir(), 'letgo-bench-'));
const bin = path.resolve('bin/letgo.js');
const started = Date.now();
const log = (s) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${s}\n`);

// ---- memory sampling -------------------------------------------------------------

function procStat(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), rss: Number(f[21]) * 4096 };
  } catch {
    return undefined;
  }
}

function pss(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Peak RSS of `pid` and, with `withTree`, peak PSS sum of its process tree, sampled every 50 ms
 * until stopped. The tree's sampling reads every process's stat and the tree's
 * smaps_rollup: 0.7-0.8 s of CPU over a 2.5 s scan, which slowed letgo's two-core scans by
 * 10-25% and a one-core git log by nothing; so timed runs sample `pid` alone ({@link rounds}).
 */
function sampler(pid, withTree) {
  const peak = { self: 0, tree: 0 };
  const tick = () => {
    if (!withTree) {
      peak.self = Math.max(peak.self, procStat(pid)?.rss ?? 0);
      return;
    }
    const children = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const st = procStat(name);
      if (st) children.set(st.ppid, [...(children.get(st.ppid) ?? []), Number(name)]);
    }
    const tree = [];
    const walk = (p) => {
      tree.push(p);
      for (const c of children.get(p) ?? []) walk(c);
    };
    walk(pid);
    peak.self = Math.max(peak.self, procStat(pid)?.rss ?? 0);
    peak.tree = Math.max(
      peak.tree,
      tree.reduce((s, p) => s + pss(p), 0)
    );
  };
  const timer = setInterval(tick, 50);
  tick();
  return { stop: () => (clearInterval(timer), peak) };
}

// ---- running and timing ------------------------------------------------------------

/** Runs a command once: wall seconds and peaks (the process tree's with `withTree`), or a failure / timeout. */
function once(cmd, args, { cwd, input, env, timeout = 3600 } = {}, withTree = false) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    const s = sampler(child.pid, withTree);
    let err = '';
    child.stderr.on('data', (b) => (err = (err + b).slice(-2000)));
    if (input) child.stdin.end(input);
    const killer = setTimeout(() => child.kill('SIGKILL'), timeout * 1000);
    child.on('error', (e) => resolve({ error: e.code === 'ENOENT' ? 'not installed' : e.message }));
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      const peak = s.stop();
      if (signal === 'SIGKILL') resolve({ error: `> ${timeout} s (timeout)` });
      else if (code !== 0) resolve({ error: `failed (${code}): ${err.trim().split('\n').pop()}` });
      else resolve({ secs, ...peak });
    });
  });
}

/**
 * Runs each contender ({ cmd, args, opts, before?, retry?, repeat? }) once per round
 * (`repeat` times for a sub-second one, whose median needs more runs) for `runs` rounds,
 * so that this machine's drift in speed (10-30% within minutes) hits every row of a
 * comparison alike. Returns per contender: median seconds, max peaks, runs; or its error.
 * A contender that takes over 60 s is not run again; `before` runs untimed before each
 * run; `retry` runs a failed run once more (gitinspector is flaky under load). The timed
 * runs sample the measured process's memory alone; one more run of each, not timed, samples
 * its process tree ("tree MB").
 */
async function rounds(contenders, runs = RUNS) {
  const acc = contenders.map(() => ({ secs: [], self: 0, tree: 0 }));
  for (let r = 0; r < runs; r++) {
    for (const [i, c] of contenders.entries()) {
      const a = acc[i];
      for (let k = 0; k < (c.repeat ?? 1); k++) {
        if (a.error || a.secs.some((x) => x > 60)) break;
        c.before?.();
        let m = await once(c.cmd, c.args, c.opts);
        if (c.retry && m.error?.startsWith('failed')) m = await once(c.cmd, c.args, c.opts);
        if (m.error) {
          a.error = m.error;
          break;
        }
        a.secs.push(m.secs);
        a.self = Math.max(a.self, m.self);
        a.tree = Math.max(a.tree, m.tree);
      }
    }
  }
  for (const [i, c] of contenders.entries()) {
    const a = acc[i];
    if (a.error) continue;
    c.before?.();
    const m = await once(c.cmd, c.args, c.opts, true);
    if (m.error) continue;
    a.self = Math.max(a.self, m.self);
    a.tree = Math.max(a.tree, m.tree);
  }
  return acc.map((a) => {
    if (a.error) return { error: a.error };
    const secs = [...a.secs].sort((x, y) => x - y);
    return { median: secs[Math.floor((secs.length - 1) / 2)], self: a.self, tree: a.tree, runs: secs.length };
  });
}

/** One contender alone (see {@link rounds}). */
const measure = async (cmd, args, { runs = RUNS, before, repeat, ...opts } = {}) => (await rounds([{ cmd, args, opts, before, repeat }], runs))[0];

/**
 * This environment may set NODE_EXTRA_CA_CERTS (a proxy's certificates): node 20 then
 * reads and parses that file at every start, before any of letgo's code runs, though
 * letgo opens no network connection. The warm rows are measured both ways, so that the
 * table shows letgo's own cost apart from that start-up cost of this machine.
 */
const CA_VAR = 'NODE_EXTRA_CA_CERTS';
const withoutCa = process.env[CA_VAR] ? Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== CA_VAR)) : undefined;

const has = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** The floor a user knows: a plain `git log --numstat` of the scanned history (the issue's yardstick). */
const PLAIN_LOG = ['log', '--no-merges', '--numstat', 'HEAD'];

/** Every notebook blob (old and new side) of the scan's non-merge changes: what the cell-source scan reads with cat-file. */
function notebookBlobs(dir) {
  const blobs = new Set();
  const parser = new LogParser((c) => {
    for (const ch of c.changes) {
      if (!ch.path.endsWith('.ipynb')) continue;
      for (const b of [ch.oldBlob, ch.newBlob]) if (!/^0+$/.test(b)) blobs.add(b);
    }
  });
  parser.push(execFileSync('git', [...SAFE_CONFIG, ...logArgs('raw'), 'HEAD', '--'], { cwd: dir, maxBuffer: 1 << 30 }));
  parser.end();
  return [...blobs].join('\n') + '\n';
}

function folderBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return n;
}

const commitsOf = (dir) => Number(execFileSync('git', ['rev-list', '--count', '--no-merges', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim());

// ---- repositories -------------------------------------------------------------------

const repos = [];
log(`building repositories in ${root}`);
const demo = path.join(root, 'demo');
await buildRepo(demo, demoCommits('2026-10'));
repos.push({ name: 'demo', dir: demo, manager: DEMO_MANAGER });
if (env('BENCH_NB', 5000) > 0) {
  const dir = path.join(root, 'notebook-heavy');
  await streamRepo(dir, notebookHeavy(env('BENCH_NB', 5000)));
  repos.push({ name: 'notebook-heavy', dir, manager: 'a0@corp.io' });
}
if (env('BENCH_REAL', 1000) > 0) {
  // Shaped like real notebook repositories, and packed as a clone's pack is (pack-objects
  // picks the newest version of a file as the delta base; fast-import's pack is the other
  // way round, and reading the newest blobs first would cost several times more).
  const dir = path.join(root, 'real-notebooks');
  await streamRepo(dir, realNotebooks(env('BENCH_REAL', 1000)));
  log('real-notebooks: repacking as a clone is packed');
  execFileSync('git', ['repack', '-a', '-d', '-f', '-q'], { cwd: dir });
  // Its promisor partial clone: blobs over 1 MB stay behind, and the remote is then made
  // unreachable (letgo must never fetch them; git.ts forbids it anyway).
  const partial = path.join(root, 'real-notebooks-partial');
  execFileSync('git', ['config', 'uploadpack.allowFilter', 'true'], { cwd: dir });
  execFileSync('git', ['clone', '-q', '--no-checkout', '--filter=blob:limit=1m', `file://${dir}`, partial]);
  execFileSync('git', ['remote', 'set-url', 'origin', `file://${path.join(root, 'gone')}`], { cwd: partial });
  repos.push({ name: 'real-notebooks', dir, manager: 'an0@lab.org', partial });
}
if (env('BENCH_BIG', 50000) > 0) {
  const dir = path.join(root, 'big');
  await streamRepo(dir, bigRepo(env('BENCH_BIG', 50000)));
  repos.push({ name: `big`, dir, manager: 'p0@corp.io' });
}
log('built');

// ---- per repository -------------------------------------------------------------------

const peers = env('BENCH_PEERS', 1)
  ? [
      ['git-fame --format json', 'git-fame', ['--format', 'json', '.']],
      ['git-quick-stats -T', 'git-quick-stats', ['--detailed-git-stats']],
      ['gitinspector', 'gitinspector', ['-F', 'text', '.']],
    ]
  : [];
const rows = [];
const sizes = [];
for (const repo of repos) {
  const { name, dir, manager } = repo;
  const commits = commitsOf(dir);
  const add = (label, m, floor) => rows.push({ name, commits, label, m, floor });
  /** letgo scan's arguments for a repository folder in one notebook mode, then `extra`. */
  const scanOf = (target, mode, ...extra) => [
    bin,
    'scan',
    target,
    '--format',
    'json',
    '--quiet',
    '--month',
    '2026-10',
    '--manager',
    manager,
    '--jobs',
    '2',
    '--notebook-lines',
    mode,
    ...extra,
  ];
  const scan = (mode, ...extra) => scanOf(dir, mode, ...extra);
  const cache = path.join(root, `cache-${name}`);
  const out = path.join(root, `out-${name}`);
  log(`${name}: writing the cache`);
  const first = await measure(process.execPath, scan('cells', '--cache-dir', cache, '--out', out), {
    cwd: root,
    runs: 1,
    before: () => rmSync(cache, { recursive: true, force: true }),
  });
  sizes.push({ name, commits, facts: statSync(path.join(out, 'facts.jsonl')).size, cache: folderBytes(cache) });
  const installed = peers.filter(([, cmd]) => has(cmd));
  log(`${name}: ${RUNS} rounds of floor, letgo${installed.map(([, cmd]) => `, ${cmd}`).join('')}`);
  // The start-up cost matters beside sub-second warm scans: the 50,000-commit repository's
  // (5% of its cold scan either way in earlier runs) is not measured without it, which saves a minute.
  const noCa = withoutCa && commits < 20000;
  const partialScan = (mode) => scanOf(repo.partial, mode, '--no-cache');
  const [plainLog, floorLog, catFile, git, cells, warm, ...others] = await rounds([
    { cmd: 'git', args: PLAIN_LOG, opts: { cwd: dir } },
    { cmd: 'git', args: [...SAFE_CONFIG, ...logArgs(), 'HEAD', '--'], opts: { cwd: dir } },
    { cmd: 'git', args: [...SAFE_CONFIG, 'cat-file', '--batch'], opts: { cwd: dir, input: notebookBlobs(dir) } },
    { cmd: process.execPath, args: scan('git', '--no-cache'), opts: { cwd: root } },
    { cmd: process.execPath, args: scan('cells', '--no-cache'), opts: { cwd: root } },
    { cmd: process.execPath, args: scan('cells', '--cache-dir', cache), opts: { cwd: root }, repeat: 3 },
    ...installed.map(([, cmd, args]) => ({ cmd, args, opts: { cwd: dir, timeout: PEER_TIMEOUT }, retry: true })),
    ...(noCa
      ? [
          { cmd: process.execPath, args: scan('cells', '--no-cache'), opts: { cwd: root, env: withoutCa } },
          { cmd: process.execPath, args: scan('cells', '--cache-dir', cache), opts: { cwd: root, env: withoutCa }, repeat: 3 },
        ]
      : []),
    ...(repo.partial
      ? [
          { cmd: process.execPath, args: partialScan('git'), opts: { cwd: root } },
          { cmd: process.execPath, args: partialScan('cells'), opts: { cwd: root } },
        ]
      : []),
  ]);
  const peerRuns = others.slice(0, installed.length);
  const [cellsNoCa, warmNoCa] = noCa ? others.slice(installed.length) : [];
  const [partialGit, partialCells] = repo.partial ? others.slice(installed.length + (noCa ? 2 : 0)) : [];
  const floorCells = { median: floorLog.median + catFile.median, self: Math.max(floorLog.self, catFile.self), tree: Math.max(floorLog.tree, catFile.tree) };
  add('plain git log --no-merges --numstat HEAD', plainLog, plainLog);
  add('floor: git log (scan flags)', floorLog, floorLog);
  add('floor: git log + cat-file notebooks', floorCells, floorCells);
  add('letgo --notebook-lines git (cold)', git, floorLog);
  add('letgo cell-source (cold)', cells, floorCells);
  add('letgo cell-source, writing the cache', first, floorCells);
  add('letgo cell-source, warm cache', warm, floorCells);
  if (noCa) {
    add(`letgo cell-source (cold), no ${CA_VAR}`, cellsNoCa, floorCells);
    add(`letgo warm cache, no ${CA_VAR}`, warmNoCa, floorCells);
  }
  const byCmd = new Map(installed.map(([, cmd], i) => [cmd, peerRuns[i]]));
  for (const [label, cmd] of peers) add(label, byCmd.get(cmd) ?? { error: 'not installed' }, floorLog);
  if (repo.partial) {
    // x floor of these two: against the same scan of the full repository, in the same rounds.
    const missing = execFileSync('git', ['rev-list', '--objects', '--missing=print', 'HEAD'], { cwd: repo.partial, encoding: 'utf8', maxBuffer: 1 << 28 })
      .split('\n')
      .filter((l) => l.startsWith('?')).length;
    rows.push({ name: 'partial clone', commits, label: `letgo --notebook-lines git (${missing} blobs missing)`, m: partialGit, floor: git });
    rows.push({ name: 'partial clone', commits, label: `letgo cell-source (${missing} blobs missing)`, m: partialCells, floor: cells });
  }
  // Last (it changes the repository): 10 new commits, each run from a copy of the warm cache.
  const last = Number(execFileSync('git', ['log', '-1', '--format=%at'], { cwd: dir, encoding: 'utf8' }).trim());
  await streamRepo(dir, moreCommits(10, last + 600));
  const runCache = path.join(root, `cache-${name}-run`);
  const incremental = await measure(process.execPath, scan('cells', '--cache-dir', runCache), {
    cwd: root,
    before: () => (rmSync(runCache, { recursive: true, force: true }), cpSync(cache, runCache, { recursive: true })),
  });
  add('letgo cell-source, +10 commits (cache)', incremental, floorCells);
  repo.result = {
    plainLog,
    floorLog,
    floorCells,
    git,
    cells,
    warm,
    cellsNoCa,
    warmNoCa,
    first,
    incremental,
    partialGit,
    partialCells,
    peers: rows.filter((r) => r.name === name && peers.some(([l]) => l === r.label)),
  };
}

// ---- many repositories -------------------------------------------------------------------

let multi;
const nMulti = env('BENCH_MULTI', 10);
if (nMulti > 0) {
  log(`${nMulti} repositories`);
  const folder = path.join(root, 'multi');
  const dirs = [];
  for (let i = 0; i < nMulti; i++) {
    const dir = path.join(folder, `team-${i}`);
    await streamRepo(dir, bigRepo(env('BENCH_MULTI_COMMITS', 1500), 100 + i));
    dirs.push(dir);
  }
  const args = (paths) => [bin, 'scan', ...paths, '--format', 'json', '--quiet', '--month', '2026-10', '--manager', 'p0@corp.io', '--jobs', '2', '--no-cache'];
  const [all, ...singles] = await rounds([folder, ...dirs].map((d) => ({ cmd: process.execPath, args: args([d]), opts: { cwd: root } })));
  multi = { n: nMulti, commits: commitsOf(dirs[0]), sum: singles.reduce((t, m) => t + m.median, 0), all };
}

// ---- printing ---------------------------------------------------------------------------

/** The table goes to stdout and, once complete, to bench/last-run.txt (written whole, then renamed). */
const output = [];
const say = (line) => (output.push(line), console.log(line));

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const mb = (b) => (b ? (b / 1048576).toFixed(0) : '-');
say(
  `letgo bench: ${RUNS} rounds (median; a round runs every row of a repository once), --jobs 2, on ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores; repositories in ${root}`
);
{
  const startup = (e) => measure(process.execPath, ['-e', '0'], { runs: 10, env: e });
  const [plain, clean] = [await startup(undefined), withoutCa ? await startup(withoutCa) : undefined];
  say(
    `node's own start-up (node -e 0): ${plain.median.toFixed(2)} s` +
      (clean ? `; ${clean.median.toFixed(2)} s without ${CA_VAR}, which this environment sets (node parses those certificates at every start)` : '')
  );
}
say(
  pad('repository', 16) + lpad('commits', 8) + '  ' + pad('measure', 50) + lpad('median s', 9) + lpad('x floor', 9) + lpad('letgo MB', 10) + lpad('tree MB', 9)
);
for (const r of rows) {
  const cells = r.m.error
    ? lpad(r.m.error, 37)
    : lpad(r.m.median.toFixed(2), 9) + lpad((r.m.median / r.floor.median).toFixed(2), 9) + lpad(mb(r.m.self), 10) + lpad(mb(r.m.tree), 9);
  say(pad(r.name, 16) + lpad(r.commits, 8) + '  ' + pad(r.label, 50) + cells);
}
say(
  '(x floor: git-lines and peer rows against "git log"; cell-source rows against "git log + cat-file notebooks"; partial-clone rows against the same scan of the full repository)'
);
say('');
say(pad('repository', 16) + lpad('commits', 8) + lpad('facts.jsonl KB / 10k commits', 31) + lpad('cache KB / 10k commits', 25));
for (const s of sizes)
  say(
    pad(s.name, 16) +
      lpad(s.commits, 8) +
      lpad((s.facts / 1024 / (s.commits / 10000)).toFixed(0), 31) +
      lpad((s.cache / 1024 / (s.commits / 10000)).toFixed(0), 25)
  );
if (multi) {
  say('');
  say(
    `${multi.n} repositories of ${multi.commits} commits: one letgo scan --jobs 2 of all ${multi.all.median.toFixed(2)} s, the sum of ${multi.n} single scans ${multi.sum.toFixed(2)} s (${(multi.all.median / multi.sum).toFixed(2)}x)`
  );
}

// ---- targets ------------------------------------------------------------------------------
say('');
const big = repos.find((r) => r.name === 'big');
const check = (ok, text) => say(`${ok ? 'MET    ' : 'NOT MET'}  ${text}`);
const plainRatio = (m, x) => `${(m.median / x.plainLog.median).toFixed(2)}x a plain git log --numstat`;
for (const r of repos.filter((x) => x.name !== 'demo')) {
  const x = r.result;
  if (r.partial) {
    check(x.cells.median <= 1.2 * x.plainLog.median, `${r.name}: cell-source ${plainRatio(x.cells, x)} (target <= 1.2x)`);
    check(x.git.median <= 0.8 * x.plainLog.median, `${r.name}: --notebook-lines git ${plainRatio(x.git, x)} (target <= 0.8x)`);
    for (const [mode, full, part] of [
      ['cell-source', x.cells, x.partialCells],
      ['--notebook-lines git', x.git, x.partialGit],
    ]) {
      const ratio = part.median === undefined ? part.error : `${(part.median / full.median).toFixed(2)}x`;
      check(
        part.median !== undefined && part.median <= 1.5 * full.median,
        `${r.name}: the partial clone's ${mode} scan ${ratio} of the full repository's (target <= 1.5x)`
      );
    }
  }
  if (r === big) check(x.git.median <= 0.8 * x.plainLog.median, `${r.name}: --notebook-lines git ${plainRatio(x.git, x)} (target <= 0.8x)`);
  check(x.git.median <= x.floorLog.median, `${r.name}: --notebook-lines git ${(x.git.median / x.floorLog.median).toFixed(2)}x the floor (target <= 1.0x)`);
  check(x.cells.median <= 1.5 * x.floorCells.median, `${r.name}: cell-source ${(x.cells.median / x.floorCells.median).toFixed(2)}x the floor (target <= 1.5x)`);
  // Peers count git's lines: the like-for-like letgo row is --notebook-lines git (the cell-source ratio is shown too).
  const ran = x.peers.filter((p) => p.m.median !== undefined || p.m.error?.includes('timeout'));
  const slower = (p, t) => p.m.median === undefined || p.m.median > t;
  const ratio = (p, t) => (p.m.median !== undefined ? `${(p.m.median / t).toFixed(1)}x` : 'timeout');
  if (ran.length === 0) say(`SKIPPED  ${r.name}: faster than every peer (none installed)`);
  else
    check(
      ran.every((p) => slower(p, x.git.median)),
      `${r.name}: faster than every peer that ran (${ran.map((p) => `${p.label.split(' ')[0]} ${ratio(p, x.git.median)} of --notebook-lines git, ${ratio(p, x.cells.median)} of cell-source`).join('; ')})`
    );
  check(
    x.warm.median <= 0.1 * x.cells.median,
    `${r.name}: warm cache ${((100 * x.warm.median) / x.cells.median).toFixed(0)}% of the cold scan (target <= 10%)`
  );
  if (x.warmNoCa?.median !== undefined && x.cellsNoCa?.median !== undefined) {
    const pct = (100 * x.warmNoCa.median) / x.cellsNoCa.median;
    check(pct <= 10, `${r.name}: warm cache ${pct.toFixed(0)}% of the cold scan, both with node started without ${CA_VAR} (see the start-up line above)`);
  }
}
{
  const scans = rows.filter((r) => r.label.startsWith('letgo') && r.m.self);
  const top = scans.reduce((a, r) => (r.m.self > a.m.self ? r : a), scans[0]);
  check(
    top.m.self < 300 * 1048576,
    `letgo's own peak ${mb(top.m.self)} MB over every scan row of every repository (${top.name}, ${top.label}; target < 300 MB; with its git children see "tree MB")`
  );
}
if (multi)
  check(
    multi.all.median < 0.75 * multi.sum,
    `${multi.n} repositories with --jobs 2: ${(multi.all.median / multi.sum).toFixed(2)}x the sum of single scans (target well under 1)`
  );
const last = path.resolve('bench/last-run.txt');
writeFileSync(`${last}.tmp`, output.join('\n') + '\n');
renameSync(`${last}.tmp`, last);
log(`done; the table is in ${last}`);
