// Benchmark repositories, generated with a streamed `git fast-import` (deterministic:
// a seeded generator, fixed dates). Used by bench/run.mjs.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

import { rng } from '../lib/demo/random.js';

const quote = (p) => `"${p.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Streams commits ({author, date (epoch s), tz, message, files: {path: string|null}}) into
 * `git fast-import` at `dir` on main (continuing main when it exists), with backpressure,
 * so no whole history is held in memory.
 */
export async function streamRepo(dir, commits) {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(`${dir}/.git`)) execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  let hasMain = true;
  try {
    execFileSync('git', ['rev-parse', '-q', '--verify', 'refs/heads/main'], { cwd: dir, stdio: 'ignore' });
  } catch {
    hasMain = false;
  }
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'ignore', 'inherit'] });
  const closed = new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import failed (${code})`)))));
  const write = (s) => (child.stdin.write(s) ? undefined : new Promise((r) => child.stdin.once('drain', r)));
  let first = true;
  for (const c of commits) {
    const sig = `${c.author.name} <${c.author.email}> ${c.date} ${c.tz ?? '+0000'}`;
    const msg = Buffer.from(c.message);
    let out = `commit refs/heads/main\nauthor ${sig}\ncommitter ${sig}\ndata ${msg.length}\n${c.message}\n`;
    if (first && hasMain) out += 'from refs/heads/main^0\n';
    first = false;
    for (const [p, content] of Object.entries(c.files)) {
      if (content === null) out += `D ${quote(p)}\n`;
      else out += `M 100644 inline ${quote(p)}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    }
    await write(out + '\n');
  }
  child.stdin.end('done\n');
  await closed;
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
}

const WORDS = ['df', 'model', 'features', 'target', 'pred', 'score', 'X_train', 'y_val', 'params', 'cfg', 'events', 'users', 'agg', 'window', 'loss'];
const FUNCS = ['fit', 'transform', 'merge', 'groupby', 'rolling', 'dropna', 'fillna', 'predict', 'evaluate', 'plot'];

function codeLine(r) {
  const w = () => WORDS[Math.floor(r() * WORDS.length)];
  const f = FUNCS[Math.floor(r() * FUNCS.length)];
  return `    ${w()}_${Math.floor(r() * 100)} = ${w()}.${f}(${w()}, n=${Math.floor(r() * 1000)})`;
}

/** nbformat 4.5 JSON of `cells` (arrays of source lines), each with an output; `image` adds a base64 PNG of that many bytes. */
export function notebookJson(cells, run, image) {
  return JSON.stringify(
    {
      cells: cells.map((src, i) => ({
        cell_type: 'code',
        execution_count: i + 1 + run,
        id: `c${i}`,
        metadata: {},
        outputs: image
          ? [{ output_type: 'display_data', data: { 'image/png': 'iVBORw0KGgo'.repeat(Math.ceil((image + run % 7) / 11)), 'text/plain': ['<Figure size 640x480>'] }, metadata: {} }]
          : [{ output_type: 'execute_result', execution_count: i + 1 + run, data: { 'text/plain': [`${run * i}`] }, metadata: {} }],
        source: src.map((l, j) => (j < src.length - 1 ? `${l}\n` : l)),
      })),
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1
  ) + '\n';
}

/**
 * A large team repository: `n` commits by 40 authors over 4 years. About 600 Python
 * modules of 30 to 600 lines (edits of a few lines, new modules, a rare delete), 40
 * notebooks of 5 to 40 cells with small outputs and some images, docs and configs.
 */
export function* bigRepo(n, seed = 7) {
  const r = rng(seed);
  const authors = Array.from({ length: 40 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@corp.io` }));
  const files = new Map();
  const notebooks = new Map();
  const start = Date.parse('2022-11-01T08:00:00Z') / 1000;
  const span = 4 * 365 * 86400;
  const newModule = () => {
    const p = `src/pkg${Math.floor(r() * 30)}/mod_${files.size}.py`;
    files.set(p, Array.from({ length: 30 + Math.floor(r() * 120) }, () => codeLine(r)));
    return p;
  };
  for (let i = 0; i < 200; i++) newModule();
  for (let i = 0; i < 40; i++) notebooks.set(`notebooks/team${i % 8}/analysis_${i}.ipynb`, { cells: Array.from({ length: 5 }, () => [codeLine(r).trim(), codeLine(r).trim()]), image: i % 3 === 0 });
  const paths = () => [...files.keys()];
  let keys = paths();
  for (let i = 0; i < n; i++) {
    const author = authors[Math.floor(Math.pow(r(), 1.3) * 40)];
    const date = Math.floor(start + (i / n) * span + r() * 3600);
    const out = {};
    const roll = r();
    let message = `Update ${i}`;
    if (roll < 0.1) {
      const [p, nb] = [...notebooks.entries()][Math.floor(r() * notebooks.size)];
      if (nb.cells.length < 40 && r() < 0.6) nb.cells.push([codeLine(r).trim(), codeLine(r).trim(), codeLine(r).trim()]);
      else nb.cells[Math.floor(r() * nb.cells.length)] = [codeLine(r).trim(), codeLine(r).trim()];
      out[p] = notebookJson(nb.cells, i, nb.image ? 2000 : 0);
      message = `Explore ${p}`;
    } else if (roll < 0.13) {
      const p = newModule();
      keys = paths();
      out[p] = files.get(p).join('\n') + '\n';
      message = `Add ${p}`;
    } else if (roll < 0.135 && files.size > 300) {
      const p = keys[Math.floor(r() * keys.length)];
      files.delete(p);
      keys = paths();
      out[p] = null;
      message = `Remove ${p}`;
    } else if (roll < 0.15) {
      out[`docs/page${Math.floor(r() * 40)}.md`] = `# Page ${i}\n\n${'Some words about the work. '.repeat(5 + Math.floor(r() * 40))}\n`;
    } else if (roll < 0.16) {
      out[`configs/exp${Math.floor(r() * 20)}.yaml`] = `lr: ${r().toFixed(4)}\nepochs: ${Math.floor(r() * 100)}\n`;
    } else {
      const k = 1 + Math.floor(r() * r() * 4);
      for (let j = 0; j < k; j++) {
        const p = keys[Math.floor(r() * keys.length)];
        const lines = files.get(p);
        const edits = 1 + Math.floor(r() * 12);
        for (let e = 0; e < edits; e++) {
          const at = Math.floor(r() * lines.length);
          const op = r();
          if (op < 0.5 || lines.length > 600) lines[at] = codeLine(r);
          else lines.splice(at, 0, codeLine(r));
        }
        out[p] = lines.join('\n') + '\n';
      }
      message = `Fix ${Object.keys(out)[0]}`;
    }
    yield { author, date, tz: ['+0100', '-0500', '+0530', '+0000'][i % 4], message, files: out };
  }
}

/**
 * A notebook-heavy repository: `n` commits by 12 authors over 2 years on 60 notebooks
 * (a new cell most times, outputs with base64 images re-run on every commit) and 40
 * modules (every third commit).
 */
export function* notebookHeavy(n, seed = 11) {
  const authors = Array.from({ length: 12 }, (_, i) => ({ name: `Author ${i}`, email: `a${i}@corp.io` }));
  const nbs = Array.from({ length: 60 }, () => [['import pandas as pd', 'df = pd.DataFrame()']]);
  const mods = Array.from({ length: 40 }, () => '');
  const start = Date.parse('2024-11-01T09:00:00Z') / 1000;
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    const author = authors[i % authors.length];
    const date = Math.floor(start + i * ((730 * 86400) / n));
    if (i % 3 === 0) {
      mods[i % 40] += `def f${i}(x):\n    return x * ${i}\n`;
      yield { author, date, message: `code ${i}`, files: { [`src/m${i % 40}.py`]: mods[i % 40] } };
    } else {
      const nb = nbs[i % 60];
      if (i % 5 === 0) nb[0] = [...nb[0]];
      else if (nb.length < 45) nb.push([`x_${i} = ${i}`, `plt.plot(x_${i})`]);
      else nb[Math.floor(r() * nb.length)] = [`y_${i} = ${i}`];
      yield { author, date, message: `nb ${i}`, files: { [`notebooks/n${i % 60}.ipynb`]: notebookJson(nb, i, 3300) } };
    }
  }
}

/** `k` new commits on top of a repository made by {@link bigRepo} or {@link notebookHeavy} (for the incremental scan). */
export function* moreCommits(k, startEpoch) {
  for (let i = 0; i < k; i++) {
    yield { author: { name: 'Person 1', email: 'p1@corp.io' }, date: startEpoch + i * 600, message: `more ${i}`, files: { [`src/new/more_${i}.py`]: `x = ${i}\n` } };
  }
}
