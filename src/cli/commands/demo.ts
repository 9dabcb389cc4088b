/**
 * `letgo demo`: builds the demo team's repository in a temp folder, scans it and removes
 * the folder: the first thing a newcomer runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addMonths } from '../../core/time.js';
import { buildRepo } from '../../demo/repoBuilder.js';
import { DEMO_MANAGER, demoCommits } from '../../demo/scenario.js';
import { type CliIo, say } from '../io.js';
import { defaultFormat, emit, reviewCommand } from '../render.js';
import { writeScan } from '../store.js';
import { runScan } from './scan.js';

/** Options of `letgo demo`. */
export interface DemoCliOptions {
  format?: string;
  out?: string;
  dir?: string;
  teamDetail?: boolean;
  quiet?: boolean;
}

/**
 * Builds the demo repository (in `--dir`, else a new temp folder) for the six months
 * ending with the last full month, scans it with the demo manager, and prints the report.
 * The temp folder is removed when the command ends, whether it succeeded or not; a
 * `--dir` folder is kept. `argv` (the command line) words the next command to run.
 * @returns the repository folder
 */
export async function demoCommand(opts: DemoCliOptions, io: CliIo, argv: readonly string[]): Promise<string> {
  const format = defaultFormat(opts.format, io);
  const temp = opts.dir === undefined ? mkdtempSync(path.join(tmpdir(), 'letgo-demo-')) : undefined;
  const dir = temp ? path.join(temp, 'churn-team') : path.resolve(io.cwd, opts.dir!);
  try {
    const lastMonth = addMonths(io.now().toISOString().slice(0, 7), -1);
    await buildRepo(dir, demoCommits(lastMonth));
    if (!opts.quiet) {
      const where = temp ? 'in a temp folder (removed after the scan; --dir DIR keeps it)' : `in ${dir}`;
      say(io, `demo repository built ${where}; its manager is ${DEMO_MANAGER}`);
    }
    const scanned = await runScan(
      [dir],
      { manager: [DEMO_MANAGER], trend: 6, jobs: 1, month: lastMonth, teamDetail: opts.teamDetail, quiet: opts.quiet, config: undefined },
      { ...io, cwd: dir }
    );
    const report = opts.out ? writeScan(path.resolve(io.cwd, opts.out), scanned.report, scanned.result.facts, scanned.result.repos) : scanned.report;
    await emit(report, format, io, reviewCommand(argv, io, opts.out));
    return dir;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}
