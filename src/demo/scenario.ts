/**
 * The demo team: a manager (Maya) and five members over six months ending with the last
 * full month, in one repository with notebooks (with outputs and images), Python
 * modules, tests, docs, decision records, CI config, a `.mailmap`, a bot, a
 * co-authored commit, review trailers naming Maya and a teammate, and a Jupytext pair (the forecast notebook and its py:percent
 * script, always committed together, so counted once). Maya does mostly strategic work at first, then hoards notebook
 * work in the last months: the demo report shows "holding-back" with evidence.
 * Deterministic for a given end month (seeded pseudo-random numbers).
 */
import type { CommitSpec, Signature } from './repoBuilder.js';
import { addMonths, lastDayOfMonth } from '../core/time.js';
import { PLOT_TEXT, plotKindOf, plotPng } from './plots.js';
import { rng } from './random.js';

/** The demo manager's email (pass to --manager). */
export const DEMO_MANAGER = 'maya@team.example';

const maya: Signature = { name: 'Maya Lead', email: DEMO_MANAGER };
const mayaOld: Signature = { name: 'maya lead', email: 'maya.lead@gmail.com' };
const members: Signature[] = [
  { name: 'Ana Ortiz', email: 'ana@team.example' },
  { name: 'Ben Okafor', email: 'ben@team.example' },
  { name: 'Chen Wei', email: 'chen@team.example' },
  { name: 'Dara Singh', email: 'dara@team.example' },
  { name: 'Eli Novak', email: 'eli@team.example' },
];
const bot: Signature = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

interface Cell {
  id: string;
  type: 'code' | 'markdown';
  source: string[];
  runs: number;
}

/** A notebook that evolves commit by commit, optionally paired by Jupytext with a py:percent script. */
class DemoNotebook {
  cells: Cell[] = [];
  private nextId = 0;
  /** The paired script's path (`ipynb,py:percent` beside the notebook), absent when unpaired. */
  readonly script?: string;
  constructor(
    readonly path: string,
    title: string,
    purpose: string,
    paired = false
  ) {
    if (paired) this.script = path.replace(/\.ipynb$/, '.py');
    this.add('markdown', [`# ${title}`, '', purpose]);
    this.add('code', ['import pandas as pd', 'import matplotlib.pyplot as plt', "df = pd.read_parquet('data/events.parquet')"]);
  }
  add(type: Cell['type'], source: string[]): void {
    this.cells.push({ id: `c${(this.nextId++).toString(16).padStart(4, '0')}`, type, source, runs: 1 });
  }
  edit(r: () => number): void {
    const code = this.cells.filter((c) => c.type === 'code');
    const cell = code[Math.floor(r() * code.length)];
    const line = Math.floor(r() * cell.source.length);
    cell.source[line] = `${cell.source[line].replace(/ {2}# v\d+$/, '')}  # v${Math.floor(r() * 100)}`;
  }
  rerun(): void {
    for (const c of this.cells) c.runs++;
  }
  /** The files a save writes: the notebook, and its paired script as Jupytext writes it. */
  files(): Record<string, string> {
    return this.script ? { [this.path]: this.toJson(), [this.script]: this.toPercent() } : { [this.path]: this.toJson() };
  }
  /** The py:percent text of the notebook, with its Jupytext header. */
  private toPercent(): string {
    const cells = this.cells.map((c) =>
      (c.type === 'markdown' ? ['# %% [markdown]', ...c.source.map((l) => (l ? `# ${l}` : '#'))] : ['# %%', ...c.source]).join('\n')
    );
    return `${percentHeader()}\n${cells.join('\n\n')}\n`;
  }
  /** nbformat 4.5 JSON with outputs: text results and a plot image (a real PNG, src/demo/plots.ts) per plotting cell. */
  toJson(): string {
    let count = 0;
    const cells = this.cells.map((c) => {
      const source = c.source.map((l, i) => (i < c.source.length - 1 ? `${l}\n` : l));
      if (c.type === 'markdown') return { cell_type: 'markdown', id: c.id, metadata: {}, source };
      count++;
      const outputs: unknown[] = [
        { output_type: 'execute_result', execution_count: count * c.runs, data: { 'text/plain': [`<result of run ${c.runs}>`] }, metadata: {} },
      ];
      const plot = plotKindOf(c.source);
      if (plot) outputs.push({ output_type: 'display_data', data: { 'image/png': plotPng(plot), 'text/plain': [PLOT_TEXT] }, metadata: {} });
      return { cell_type: 'code', execution_count: count * c.runs, id: c.id, metadata: {}, outputs, source };
    });
    const jupytext = this.script ? { jupytext: { formats: 'ipynb,py:percent' } } : {};
    return (
      JSON.stringify(
        {
          cells,
          metadata: { ...jupytext, kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python' } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1
      ) + '\n'
    );
  }
}

/**
 * The members' notebooks: file name, title, what the notebook is for (its first cell), and
 * the cell its owner adds when exploring (`k` numbers the exploration), three lines ending
 * in a plot, as the notebook's subject asks.
 */
const MEMBER_NOTEBOOKS: { name: string; title: string; purpose: string; explore: (k: number) => string[] }[] = [
  {
    name: 'churn_eda',
    title: 'Churn EDA',
    purpose: 'Who churns, when, and after which events: exploratory analysis of the event log.',
    explore: (k) => [
      `churned_${k} = df.groupby('customer_id')['churned'].max()`,
      `tenure_${k} = df.groupby('customer_id')['months'].max()[churned_${k} == 1]`,
      `plt.hist(tenure_${k})`,
    ],
  },
  {
    name: 'feature_store',
    title: 'Feature store',
    purpose: 'Features of the churn model, computed per customer from the event log.',
    explore: (k) => [
      `features = df.groupby('customer_id').agg(n=('event', 'count'))`,
      `features['ratio_${k}'] = features['n'] / features['n'].sum()`,
      `plt.hist(features['ratio_${k}'])`,
    ],
  },
  {
    name: 'uplift_model',
    title: 'Uplift model',
    purpose: 'Which customers a retention offer changes: churn with the offer against without it, per segment.',
    explore: (k) => [
      `treated_${k} = df[df['variant'] == 'offer'].groupby('segment')['churned'].mean()`,
      `uplift_${k} = df[df['variant'] == 'control'].groupby('segment')['churned'].mean() - treated_${k}`,
      `plt.bar(uplift_${k}.index, uplift_${k}.values)`,
    ],
  },
  {
    name: 'forecast',
    title: 'Forecast',
    purpose: 'Monthly churn forecast for the next two quarters.',
    explore: (k) => [`monthly_${k} = df.resample('MS', on='date')['churned'].sum()`, `trend_${k} = monthly_${k}.rolling(3).mean()`, `plt.plot(trend_${k})`],
  },
  {
    name: 'ab_test_readout',
    title: 'A/B test readout',
    purpose: 'Readout of the retention-email A/B test: conversion and churn by variant.',
    explore: (k) => [
      `rates_${k} = df.groupby('variant')['converted'].mean()`,
      `lift_${k} = rates_${k}['treatment'] / rates_${k}['control'] - 1`,
      `plt.bar(rates_${k}.index, rates_${k}.values)`,
    ],
  },
];

/**
 * The review trailer of member `i`'s `k`-th commit of month `mi` (0-5), or '': in the third
 * and the last month Maya reviews every other module change (`Reviewed-by:`), and in the
 * last month Ben tests Chen's others (`Tested-by:`), so the demo's "Lead by example" has
 * both the manager's reviews and the team's. Only the message's body changes: no random
 * number is drawn, so the rest of the demo is as it was.
 */
function reviewTrailer(mi: number, i: number, k: number): string {
  if ((mi === 2 || mi === 5) && k % 2 === 0) return `\n\nReviewed-by: ${maya.name} <${maya.email}>`;
  if (mi === 5 && i === 2) return `\n\nTested-by: ${members[1]!.name} <${members[1]!.email}>`;
  return '';
}

/**
 * The demo's commits, oldest first, for the six months ending with `lastMonth` (YYYY-MM).
 * Roughly 300 commits.
 */
export function demoCommits(lastMonth: string): CommitSpec[] {
  const r = rng(20261121);
  const months = Array.from({ length: 6 }, (_, i) => addMonths(lastMonth, i - 5));
  const events: { author: Signature; date: string; message: string; files: () => CommitSpec['files'] }[] = [];
  const push = (author: Signature, date: string, message: string, files: () => CommitSpec['files']): void => {
    events.push({ author, date, message, files });
  };
  const notebooks = MEMBER_NOTEBOOKS.map((n, i) => new DemoNotebook(`notebooks/${n.name}.ipynb`, n.title, n.purpose, i === 3));
  const modules = members.map((_, i) => `src/churn/${['cleaning', 'features', 'model', 'forecast', 'stats'][i]}.py`);
  const mayaNotebook = new DemoNotebook(
    'notebooks/board_deck_numbers.ipynb',
    'Board deck numbers',
    'The numbers of the quarterly board deck: revenue, churn and retention by month.'
  );
  const moduleText = new Map<string, string[]>();
  const at = (month: string, day: number, hour: number, offset = '+02:00'): string => {
    const last = Number(lastDayOfMonth(month).slice(8));
    const d = Math.min(day, last);
    return `${month}-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00${offset}`;
  };
  const editModule = (path: string, lines: number): string => {
    const text = moduleText.get(path) ?? [`"""${path}"""`, ''];
    for (let i = 0; i < lines; i++)
      text.push(`def step_${text.length}(df):`, `    return df.assign(x${text.length}=df.iloc[:, 0] * ${Math.floor(r() * 9) + 1})`, '');
    moduleText.set(path, text);
    return text.join('\n') + '\n';
  };

  push(maya, at(months[0], 1, 8), 'Set up the churn project', () => ({
    'README.md': '# Churn\n\nPredicting customer churn.\n',
    '.mailmap': 'Maya Lead <maya@team.example> maya lead <maya.lead@gmail.com>\n',
    '.github/workflows/ci.yml':
      'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest\n',
    'requirements.txt': 'pandas==2.2.3\nscikit-learn==1.5.2\n',
    'data/events.parquet': Buffer.from([0x50, 0x41, 0x52, 0x31, 0, 1, 2, 3, 0x50, 0x41, 0x52, 0x31]),
    ...Object.assign({}, ...notebooks.map((n) => n.files())),
  }));

  months.forEach((month, mi) => {
    const late = mi >= 3; // the last three months: Maya hoards notebook work
    // Members: steady notebook and code work.
    members.forEach((m, i) => {
      const n = late ? 6 + Math.floor(r() * 3) : 9 + Math.floor(r() * 4);
      for (let k = 0; k < n; k++) {
        const day = 1 + Math.floor((k / n) * 27) + Math.floor(r() * 2);
        const nb = notebooks[i];
        const roll = r();
        if (roll < 0.45) {
          push(m, at(month, day, 10 + Math.floor(r() * 7)), `Explore ${MEMBER_NOTEBOOKS[i]!.title} (${k}) in ${nb.path}`, () => {
            nb.add('code', MEMBER_NOTEBOOKS[i]!.explore(k));
            return nb.files();
          });
        } else if (roll < 0.55) {
          push(m, at(month, day, 11), `Re-run ${nb.path}`, () => {
            nb.rerun();
            return nb.files();
          });
        } else if (roll < 0.9) {
          const lines = 1 + Math.floor(r() * 3);
          push(m, at(month, day, 9 + Math.floor(r() * 8)), `Add ${modules[i]} step${reviewTrailer(mi, i, k)}`, () => ({
            [modules[i]]: editModule(modules[i], lines),
            [`tests/test_${i}.py`]: `def test_${k}():\n    assert ${k} == ${k}\n`,
          }));
        } else {
          push(m, at(month, day, 14), `Document ${nb.path}`, () => ({ [`docs/design/${i}-notes.md`]: `# Notes ${k}\n\nDesign notes for ${nb.path}.\n` }));
        }
      }
    });
    // Maya: strategic work every month.
    push(maya, at(month, 3, 9), `ADR ${mi + 1}: model serving`, () => ({
      [`docs/adr/${String(mi + 1).padStart(4, '0')}-decision.md`]: `# ADR ${mi + 1}\n\nStatus: accepted\n`,
    }));
    push(maya, at(month, 12, 16), 'Update roadmap', () => ({ 'docs/ROADMAP.md': `# Roadmap\n\n- ${month}: quarterly goals\n` }));
    if (!late) {
      // Early months: a little hands-on help, as a lead by example.
      for (let k = 0; k < 2; k++) {
        push(mi === 1 ? mayaOld : maya, at(month, 8 + k * 10, 10), 'Board deck numbers', () => {
          mayaNotebook.add('code', [`kpi_${mi}_${k} = df['revenue'].sum()`, `plt.plot(df['month'], df['revenue'])`]);
          return { [mayaNotebook.path]: mayaNotebook.toJson() };
        });
      }
    } else {
      // Late months: Maya steps into the team's notebooks, often at night, often tiny edits.
      for (let k = 0; k < 14 + mi * 2; k++) {
        const target = notebooks[Math.floor(r() * notebooks.length)];
        const day = 2 + Math.floor(r() * 26);
        const evening = r() < 0.5;
        if (r() < 0.4) {
          const pick = r();
          push(maya, at(month, day, evening ? 22 : 11), `Quick fix in ${target.path}`, () => {
            target.edit(() => pick);
            return target.files();
          });
        } else if (r() < 0.5) {
          push(maya, at(month, day, evening ? 21 : 15), 'More board deck analysis', () => {
            mayaNotebook.add('code', [
              `segment_${mi}_${k} = df.query('plan == "pro"')`,
              `segment_${mi}_${k} = segment_${mi}_${k}.assign(tenure=segment_${mi}_${k}['months'] // 12)`,
              `summary = segment_${mi}_${k}.groupby('tenure')['churn'].mean()`,
              `summary.describe()`,
              `plt.bar(summary.index, summary.values)`,
              `plt.title('Churn by tenure')`,
            ]);
            return { [mayaNotebook.path]: mayaNotebook.toJson() };
          });
        } else {
          const threshold = (r() * 0.5 + 0.25).toFixed(2);
          push(maya, at(month, day, evening ? 23 : 10), `Try threshold in ${target.path}`, () => {
            target.add('code', [
              `# Maya: try a different threshold`,
              `threshold = ${threshold}`,
              `proba = model.predict_proba(X)[:, 1]`,
              `preds = proba > threshold`,
              `recall = (preds & y).sum() / y.sum()`,
              `print(f'recall at {threshold}: {recall:.2f}')`,
              `plt.plot(proba)`,
            ]);
            return target.files();
          });
        }
      }
    }
    // The bot bumps a dependency every month.
    push(bot, at(month, 15, 6, '+00:00'), `Bump pandas (${month})`, () => ({ 'requirements.txt': `pandas==2.2.${mi + 3}\nscikit-learn==1.5.2\n` }));
  });
  // A pairing session, credited to both.
  const pair = notebooks[2];
  push(members[2], at(months[4], 20, 14), `Calibrate the uplift model\n\nCo-authored-by: Maya Lead <${DEMO_MANAGER}>`, () => {
    pair.add('code', [
      '# pairing: calibrate the uplift model',
      'from sklearn.calibration import CalibratedClassifierCV',
      'model = CalibratedClassifierCV(model).fit(X, y)',
    ]);
    return pair.files();
  });
  // File contents are made in date order, so every notebook evolves as its history says.
  return events.sort((a, b) => Date.parse(a.date) - Date.parse(b.date)).map((e) => ({ author: e.author, date: e.date, message: e.message, files: e.files() }));
}

/** The YAML header Jupytext writes at the top of a py:percent script (`formats` as in its metadata), ending in a newline. */
export function percentHeader(formats = 'ipynb,py:percent'): string {
  return [
    '# ---',
    '# jupyter:',
    '#   jupytext:',
    `#     formats: ${formats}`,
    '#     text_representation:',
    '#       extension: .py',
    '#       format_name: percent',
    '#   kernelspec:',
    '#     display_name: Python 3',
    '#     language: python',
    '#     name: python3',
    '# ---',
    '',
  ].join('\n');
}
