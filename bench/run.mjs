#!/usr/bin/env node
// npm run bench: prints, per repository, the floor (git log with the scan's flags), and
// letgo's scan in both notebook modes: median wall seconds over runs, ratio to the floor,
// and the process's peak memory (RSS). Repositories are generated with git fast-import.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRepo } from '../lib/demo/repoBuilder.js';
import { demoCommits } from '../lib/demo/scenario.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = mkdtempSync(path.join(tmpdir(), 'letgo-bench-'));
const bin = path.resolve('bin/letgo.js');

function notebookJson(cells, run) {
  return JSON.stringify({
    cells: cells.map((src, i) => ({
      cell_type: 'code', execution_count: i + run, id: `c${i}`, metadata: {},
      outputs: [{ output_type: 'display_data', data: { 'image/png': 'iVBORw0KGgo'.repeat(300 + run) }, metadata: {} }],
      source: src,
    })),
    metadata: {}, nbformat: 4, nbformat_minor: 5,
  }, null, 1);
}

/** A notebook-heavy repository: `n` commits by 12 authors over 2 years on 60 notebooks and 40 modules. */
function notebookHeavy(n) {
  const authors = Array.from({ length: 12 }, (_, i) => ({ name: `Author ${i}`, email: `a${i}@corp.io` }));
  const nbs = Array.from({ length: 60 }, () => [['import pandas as pd\n', 'df = pd.DataFrame()']]);
  const mods = Array.from({ length: 40 }, () => '');
  const commits = [];
  const start = Date.parse('2024-11-01T09:00:00Z');
  for (let i = 0; i < n; i++) {
    const who = authors[i % authors.length];
    const date = new Date(start + i * (730 * 86400000 / n)).toISOString().replace('.000Z', '+00:00');
    if (i % 3 === 0) {
      mods[i % 40] += `def f${i}(x):\n    return x * ${i}\n`;
      commits.push({ author: who, date, message: `code ${i}`, files: { [`src/m${i % 40}.py`]: mods[i % 40] } });
    } else {
      const nb = nbs[i % 60];
      if (i % 5 === 0) nb[0] = [...nb[0]]; else nb.push([`x_${i} = ${i}\n`, `plt.plot(x_${i})`]);
      commits.push({ author: who, date, message: `nb ${i}`, files: { [`notebooks/n${i % 60}.ipynb`]: notebookJson(nb, i) } });
    }
  }
  return commits;
}

function time(cmd, args, cwd) {
  const secs = [];
  let rss = 0;
  for (let r = 0; r < RUNS; r++) {
    const res = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const m = /([\d.]+) (\d+)\s*$/.exec(res.stderr.trim());
    if (!m) throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr.slice(-500)}`);
    secs.push(Number(m[1]));
    rss = Math.max(rss, Number(m[2]) / 1024);
  }
  secs.sort((a, b) => a - b);
  return { median: secs[Math.floor(secs.length / 2)], rss };
}

const repos = [];
const demo = path.join(root, 'demo');
await buildRepo(demo, demoCommits('2026-10'));
repos.push(['demo', demo]);
const heavy = path.join(root, 'notebook-heavy');
await buildRepo(heavy, notebookHeavy(Number(process.env.BENCH_COMMITS ?? 3000)));
repos.push(['notebook-heavy', heavy]);

const rows = [];
for (const [name, dir] of repos) {
  const commits = execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  const floor = time('git', ['log', '-z', '--no-merges', '--raw', '--numstat', '--no-abbrev', '-M', '--format=%H%x00%aN%x00%aE%x00%aI%x00%s', 'HEAD', '--'], dir);
  const scanArgs = (mode) => [bin, 'scan', dir, '--format', 'json', '--quiet', '--month', '2026-10', '--manager', name === 'demo' ? 'maya@team.example' : 'a0@corp.io', '--notebook-lines', mode];
  const git = time(process.execPath, scanArgs('git'), root);
  const cells = time(process.execPath, scanArgs('cells'), root);
  rows.push({ name, commits, floor, git, cells });
}
const pad = (s, n) => String(s).padEnd(n);
console.log(pad('repository', 16) + pad('commits', 9) + pad('measure', 34) + pad('median s', 10) + pad('x floor', 9) + 'peak MB');
for (const r of rows) {
  for (const [label, m] of [['floor: git log --raw --numstat', r.floor], ['letgo scan --notebook-lines git', r.git], ['letgo scan (cell-source counting)', r.cells]]) {
    console.log(pad(r.name, 16) + pad(r.commits, 9) + pad(label, 34) + pad(m.median.toFixed(2), 10) + pad((m.median / r.floor.median).toFixed(2), 9) + m.rss.toFixed(0));
  }
}
console.log(`(${RUNS} runs each; repositories in ${root})`);
