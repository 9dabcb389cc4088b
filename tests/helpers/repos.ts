/** Test helpers: real repositories in temp folders, real notebooks, scan + analyze. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRepo, type CommitSpec } from '../../src/demo/repoBuilder.js';
import { percentHeader } from '../../src/demo/scenario.js';
import { analyze, type AnalyzeOptions } from '../../src/core/analyze.js';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { monthWindow } from '../../src/core/time.js';
import { scan, type ScanResult } from '../../src/scan/index.js';
import type { Report } from '../../src/core/report.js';

/** A new empty temp folder (inside the test run's temp root, tests/setup/tempRoot.ts, removed when the run ends). */
export function tempDir(prefix = 'letgo-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Builds a repository named `name` in a new temp folder; returns its path. */
export async function makeRepo(commits: CommitSpec[], name = 'repo', parent = tempDir()): Promise<string> {
  const dir = path.join(parent, name);
  await buildRepo(dir, commits);
  return dir;
}

/** An nbformat 4.5 notebook with code cells (each a list of source lines) and an image output on each. */
export function notebook(cells: string[][]): string {
  return (
    JSON.stringify(
      {
        cells: cells.map((lines, i) => ({
          cell_type: 'code',
          execution_count: i + 1,
          id: `cell-${i}`,
          metadata: {},
          outputs: [{ output_type: 'display_data', data: { 'image/png': 'iVBORw0KGgo'.repeat(500), 'text/plain': ['<Figure>'] }, metadata: {} }],
          source: lines.map((l, j) => (j < lines.length - 1 ? `${l}\n` : l)),
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

/** `n` distinct lines of code. */
export function lines(n: number, tag = 'x'): string {
  return Array.from({ length: n }, (_, i) => `${tag}_${i} = ${i}`).join('\n') + '\n';
}

/** Scans repositories and analyzes a month with the defaults (overridable). */
export async function scanMonth(
  dirs: string[],
  month: string,
  managers: string[],
  overrides: Partial<AnalyzeOptions> & { config?: Config } = {}
): Promise<{ report: Report; scan: ScanResult }> {
  const config = overrides.config ?? defaultConfig();
  const result = await scan(dirs, { config, allBranches: false, jobs: 2 });
  const report = analyze(result.facts, result.repos, {
    config,
    managers,
    window: monthWindow(month),
    trendMonths: 3,
    teamDetail: true,
    generatedAt: '2026-11-21T00:00:00.000Z',
    generator: 'letgo test',
    allBranches: false,
    notebookLines: config.notebooks.lines,
    ...overrides,
  });
  return { report, scan: result };
}

/** One cell of {@link nbV4}: its type, source text ('\n'-separated lines), optional id, execution count and outputs. */
export interface CellSpec {
  type: 'code' | 'markdown' | 'raw';
  source: string;
  id?: string;
  count?: number | null;
  outputs?: unknown[];
}

/** Output builders, shaped as Jupyter writes them: a stream, a text+HTML result, a PNG plot. */
export const outputs = {
  stream: (text: string) => ({ output_type: 'stream', name: 'stdout', text: text.split(/(?<=\n)/) }),
  result: (count: number, text: string) => ({
    output_type: 'execute_result',
    execution_count: count,
    data: { 'text/plain': [text], 'text/html': [`<pre>${text}</pre>`] },
    metadata: {},
  }),
  image: () => ({
    output_type: 'display_data',
    data: { 'image/png': 'iVBORw0KGgoAAAANSUhEUg'.repeat(400), 'text/plain': ['<Figure size 640x480>'] },
    metadata: {},
  }),
};

/** An nbformat 4 notebook as Jupyter writes it (one-space indent, sources as lists of lines); minor 5 when every cell has an id, else 4. */
export function nbV4(cells: CellSpec[], metadata: Record<string, unknown> = {}): string {
  const withIds = cells.every((c) => c.id !== undefined);
  const json = {
    cells: cells.map((c) => ({
      cell_type: c.type,
      ...(c.type === 'code' ? { execution_count: c.count ?? null } : {}),
      ...(c.id !== undefined ? { id: c.id } : {}),
      metadata: {},
      ...(c.type === 'code' ? { outputs: c.outputs ?? [] } : {}),
      source: c.source.split(/(?<=\n)/).filter((l) => l !== ''),
    })),
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, ...metadata },
    nbformat: 4,
    nbformat_minor: withIds ? 5 : 4,
  };
  return JSON.stringify(json, null, 1) + '\n';
}

/** A Jupytext py:percent script of one code cell, with the header Jupytext writes (`formats` paired with the .ipynb beside it). */
export function jupytextScript(code: string, formats = 'ipynb,py:percent'): string {
  return `${percentHeader(formats)}\n# %%\n${code}\n`;
}

/** A deterministic pseudo-random base64 string of `n` characters (a PNG-like image), from a xorshift32 generator seeded with `seed`. */
export function base64Blob(n: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let x = seed >>> 0 || 1;
  let s = 'iVBORw0KGgoAAAANSUhEUgAA';
  while (s.length < n) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += alphabet[(x >>> 0) % 64];
  }
  return s;
}
