// Benchmark repositories, generated with a streamed `git fast-import` (deterministic:
// a seeded generator, fixed dates). Used by bench/run.mjs.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
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
  return (
    JSON.stringify(
      {
        cells: cells.map((src, i) => ({
          cell_type: 'code',
          execution_count: i + 1 + run,
          id: `c${i}`,
          metadata: {},
          outputs: image
            ? [
                {
                  output_type: 'display_data',
                  data: { 'image/png': 'iVBORw0KGgo'.repeat(Math.ceil((image + (run % 7)) / 11)), 'text/plain': ['<Figure size 640x480>'] },
                  metadata: {},
                },
              ]
            : [{ output_type: 'execute_result', execution_count: i + 1 + run, data: { 'text/plain': [`${run * i}`] }, metadata: {} }],
          source: src.map((l, j) => (j < src.length - 1 ? `${l}\n` : l)),
        })),
        metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1
    ) + '\n'
  );
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
    files.set(
      p,
      Array.from({ length: 30 + Math.floor(r() * 120) }, () => codeLine(r))
    );
    return p;
  };
  for (let i = 0; i < 200; i++) newModule();
  for (let i = 0; i < 40; i++)
    notebooks.set(`notebooks/team${i % 8}/analysis_${i}.ipynb`, {
      cells: Array.from({ length: 5 }, () => [codeLine(r).trim(), codeLine(r).trim()]),
      image: i % 3 === 0,
    });
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
    yield {
      author: { name: 'Person 1', email: 'p1@corp.io' },
      date: startEpoch + i * 600,
      message: `more ${i}`,
      files: { [`src/new/more_${i}.py`]: `x = ${i}\n` },
    };
  }
}

/** Deterministic pseudo-random bytes (AES-128-CTR of zeros under a key made from `seed`): the incompressible bulk of images. */
function noise(seed) {
  const key = createHash('sha256').update(`letgo-bench-${seed}`).digest();
  const cipher = createCipheriv('aes-128-ctr', key.subarray(0, 16), key.subarray(16, 32));
  return (bytes) => cipher.update(Buffer.alloc(bytes));
}

/**
 * A repository shaped like real notebook repositories (a book of notebooks, a team's
 * analysis folder): about `n` commits by 9 authors over 2 years on up to `notebooks`
 * notebooks of 50 KB to 2 MB (log-uniform) whose bulk is outputs: base64 PNGs (one long
 * line each, as Jupyter writes them), HTML tables and long text streams (arrays of
 * lines). A commit adds a notebook, edits a few cells of one and re-runs it (new image
 * bytes and execution counts for the cells run), re-runs one only, renames or moves one
 * (exactly or with an edit), clears one's outputs, or changes a module beside them; one
 * notebook in six is kept without outputs (cleared before every commit).
 */
export function* realNotebooks(n, notebooks = 300, seed = 23) {
  const r = rng(seed);
  const bytes = noise(seed);
  const authors = Array.from({ length: 9 }, (_, i) => ({ name: `Analyst ${i}`, email: `an${i}@lab.org` }));
  const start = Date.parse('2024-11-01T09:00:00Z') / 1000;
  const pick = (list) => list[Math.floor(r() * list.length)];
  const line = () => codeLine(r).trim();
  const png = (kb) => bytes(Math.floor(kb * 768)).toString('base64'); // kb of base64 text
  const table = (rows) => [
    '<div>\n',
    '<table border="1" class="dataframe">\n',
    '  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n      <th>user</th>\n      <th>score</th>\n      <th>events</th>\n    </tr>\n  </thead>\n',
    '  <tbody>\n',
    ...Array.from(
      { length: rows },
      (_, i) =>
        `    <tr>\n      <th>${i}</th>\n      <td>u${Math.floor(r() * 1e6)}</td>\n      <td>${r().toFixed(6)}</td>\n      <td>${Math.floor(r() * 1e4)}</td>\n    </tr>\n`
    ),
    '  </tbody>\n</table>\n',
    `<p>${rows} rows × 3 columns</p>\n</div>`,
  ];
  /** The outputs of one run of a code cell, about `kb` KB of JSON. */
  const outputs = (kb, count) => {
    const roll = r();
    if (roll < 0.45)
      return [{ data: { 'image/png': png(kb), 'text/plain': ['<Figure size 640x480 with 1 Axes>'] }, metadata: {}, output_type: 'display_data' }];
    if (roll < 0.7) {
      const rows = Math.max(5, Math.floor(kb * 5));
      return [
        {
          data: { 'text/html': table(rows), 'text/plain': [`      user     score  events\n`, `[${rows} rows x 3 columns]`] },
          execution_count: count,
          metadata: {},
          output_type: 'execute_result',
        },
      ];
    }
    if (roll < 0.9)
      return [
        {
          name: 'stdout',
          output_type: 'stream',
          text: Array.from({ length: Math.max(3, Math.floor(kb * 20)) }, (_, i) => `epoch ${i}: loss=${r().toFixed(5)} val=${r().toFixed(5)}\n`),
        },
      ];
    return [{ data: { 'text/plain': [`${r()}`] }, execution_count: count, metadata: {}, output_type: 'execute_result' }];
  };
  const newCell = (kb, type = r() < 0.25 ? 'markdown' : 'code') =>
    type === 'markdown'
      ? { cell_type: 'markdown', source: [`## ${pick(WORDS)} ${pick(FUNCS)}`, '', `Notes on ${pick(WORDS)} and ${pick(WORDS)}.`] }
      : { cell_type: 'code', source: Array.from({ length: 1 + Math.floor(r() * 12) }, line), kb: kb * (0.2 + 1.6 * r()) };
  const book = []; // { path, cells, clean, ids, runs }
  const make = (k) => {
    const target = 50 * Math.pow(40, r()); // KB: 50 KB to 2 MB, log-uniform
    const count = 8 + Math.floor(r() * 40);
    const code = Math.ceil(count * 0.75);
    const nb = {
      path: `${pick(['chapters', 'analysis', 'experiments', 'reports'])}/${pick(WORDS)}_${k}.ipynb`,
      cells: [],
      clean: r() < 1 / 6,
      ids: 0,
      runs: 0,
    };
    for (let i = 0; i < count; i++) nb.cells.push({ id: `${k.toString(16)}-${nb.ids++}`, ...newCell(target / code) });
    run(nb, 1);
    return nb;
  };
  /** Runs the notebook's code cells (each with probability `share`): new outputs and execution counts. */
  const run = (nb, share) => {
    let count = 0;
    for (const c of nb.cells) {
      if (c.cell_type !== 'code') continue;
      count++;
      if (nb.clean) {
        c.execution_count = null;
        c.outputs = [];
      } else if (c.outputs === undefined || r() < share) {
        c.execution_count = count + 100 * nb.runs;
        c.outputs = outputs(c.kb, c.execution_count);
      }
    }
    nb.runs++;
  };
  const json = (nb) =>
    JSON.stringify(
      {
        cells: nb.cells.map((c) =>
          c.cell_type === 'markdown'
            ? { cell_type: 'markdown', id: c.id, metadata: {}, source: c.source.map((l, j) => (j < c.source.length - 1 ? `${l}\n` : l)) }
            : {
                cell_type: 'code',
                execution_count: c.execution_count,
                id: c.id,
                metadata: {},
                outputs: c.outputs,
                source: c.source.map((l, j) => (j < c.source.length - 1 ? `${l}\n` : l)),
              }
        ),
        metadata: {
          kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' },
          language_info: { name: 'python', version: '3.11.9' },
        },
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1
    ) + '\n';
  const mods = Array.from({ length: 25 }, (_, i) => ({
    path: `lab/util_${i}.py`,
    lines: Array.from({ length: 20 + Math.floor(r() * 80) }, () => codeLine(r)),
  }));
  for (let i = 0; i < n; i++) {
    const author = authors[Math.floor(Math.pow(r(), 1.5) * authors.length)];
    const date = Math.floor(start + i * ((730 * 86400) / n) + r() * 3600);
    const files = {};
    let message;
    const roll = r();
    if (book.length < 12 || (roll < 0.3 && book.length < notebooks)) {
      const nb = make(book.length);
      book.push(nb);
      files[nb.path] = json(nb);
      message = `Add ${nb.path}`;
    } else if (roll < 0.75) {
      // Edit a few cells and re-run: some cells changed, a cell added or removed now and then.
      const nb = pick(book);
      for (let e = 1 + Math.floor(r() * 3); e > 0; e--) {
        const at = Math.floor(r() * nb.cells.length);
        const op = r();
        const c = nb.cells[at];
        if (op < 0.6) c.source = c.source.map((l) => (r() < 0.3 ? line() : l));
        else if (op < 0.85) nb.cells.splice(at, 0, { id: `${nb.path.length}-${nb.ids++}`, ...newCell(c.kb ?? 30) });
        else if (nb.cells.length > 4) nb.cells.splice(at, 1);
      }
      run(nb, 0.5);
      files[nb.path] = json(nb);
      if (r() < 0.2) {
        const m = pick(mods);
        m.lines[Math.floor(r() * m.lines.length)] = codeLine(r);
        files[m.path] = m.lines.join('\n') + '\n';
      }
      message = `Update ${nb.path}`;
    } else if (roll < 0.87) {
      const nb = pick(book);
      run(nb, 0.8);
      files[nb.path] = json(nb);
      message = `Re-run ${nb.path}`;
    } else if (roll < 0.9) {
      // Rename or move, exactly or with a small edit.
      const nb = pick(book);
      files[nb.path] = null;
      nb.path = r() < 0.5 ? `archive/${nb.path}` : nb.path.replace(/([^/]+)\.ipynb$/, 'v2_$1.ipynb');
      if (r() < 0.5) nb.cells[0].source = [...nb.cells[0].source, line()];
      files[nb.path] = json(nb);
      message = `Move to ${nb.path}`;
    } else if (roll < 0.92) {
      const nb = pick(book);
      const wasClean = nb.clean;
      nb.clean = true;
      run(nb, 1);
      nb.clean = wasClean;
      files[nb.path] = json(nb);
      message = `Clear outputs of ${nb.path}`;
    } else {
      for (let k = 1 + Math.floor(r() * 2); k > 0; k--) {
        const m = pick(mods);
        for (let e = 0; e < 1 + Math.floor(r() * 8); e++) m.lines.splice(Math.floor(r() * m.lines.length), r() < 0.5 ? 1 : 0, codeLine(r));
        files[m.path] = m.lines.join('\n') + '\n';
      }
      message = `Refactor ${Object.keys(files)[0]}`;
    }
    yield { author, date, tz: ['+0100', '+0200', '-0400'][i % 3], message, files };
  }
}
