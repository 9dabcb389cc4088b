/**
 * Reading and writing scan outputs: `DIR/report.json` (the Report), `DIR/facts.jsonl`
 * (one Fact per line) and `DIR/repos.json` (repository metadata, for `letgo merge`).
 * Writes are atomic: each file goes to a temp file beside it and is renamed into place,
 * so a crash never leaves a partial file.
 */
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { joinInParts } from '../core/collections.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import type { Fact, RepoMeta } from '../core/facts.js';
import type { Report } from '../core/report.js';
import { parseReport, validateReport } from '../core/reportValidation.js';

/** File names inside an output folder. */
export const FILES = { report: 'report.json', facts: 'facts.jsonl', repos: 'repos.json' } as const;

/** A file's content for {@link writeAtomic}: text, bytes, or parts written one after another. */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * Writes files atomically into `dir` (created if needed): all temp files first, then the
 * renames. A file's content is one string, or strings written one after another (a large
 * file need never be one string in memory).
 * @throws LetgoError (OUTPUT) when the folder or a file cannot be written
 */
export function writeAtomic(dir: string, files: Record<string, FileContent>): void {
  const temps: [string, string][] = [];
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(dir, name);
      const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
      temps.push([temp, target]);
      const fd = openSync(temp, 'w');
      try {
        for (const part of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) {
          if (typeof part === 'string') writeSync(fd, part);
          else writeSync(fd, part);
        }
      } finally {
        closeSync(fd);
      }
    }
    for (const [temp, target] of temps) renameSync(temp, target);
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw new LetgoError(ExitCode.Output, `cannot write to ${dir}: ${(e as Error).message}; choose another --out`);
  }
}

/** Facts as JSON Lines (one compact object per line), in parts of about 1 MB (UTF-16 code units). */
export function factsToJsonl(facts: readonly Fact[]): Generator<string> {
  return joinInParts(facts, (f) => JSON.stringify(f) + '\n');
}

/**
 * The report with each repository's `relativePath` set for a report written into
 * `reportDir`: the repository's path relative to the parent of `reportDir` (the Jupyter
 * server root when `letgo scan --out letgo-report` runs there), `/`-separated. Left out
 * for a repository outside that parent folder, which Jupyter could not open anyway.
 */
export function locateRepos(report: Report, reportDir: string): Report {
  const root = path.dirname(path.resolve(reportDir));
  const repos = report.repos.map(({ relativePath: _old, ...repo }) => {
    const rel = path.relative(root, path.resolve(repo.path));
    const inside = rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
    return inside ? { ...repo, relativePath: rel.split(path.sep).join('/') } : repo;
  });
  return { ...report, repos };
}

/**
 * Writes a scan's report (with {@link locateRepos} applied for `dir`), facts and
 * repository metadata into `dir`, validating the report first.
 * @returns the report as written (print this one, so stdout and report.json agree)
 * @throws LetgoError (OUTPUT) when the folder cannot be written
 */
export function writeScan(dir: string, scanned: Report, facts: readonly Fact[], repos: readonly RepoMeta[]): Report {
  const report = locateRepos(scanned, dir);
  const text = JSON.stringify(report, null, 2) + '\n';
  validateReport(JSON.parse(text), 'the report to write'); // what a reader of report.json will get
  writeAtomic(dir, {
    [FILES.facts]: factsToJsonl(facts),
    [FILES.repos]: JSON.stringify(repos, null, 2) + '\n',
    [FILES.report]: text,
  });
  return report;
}

/**
 * Reads and validates `DIR/report.json` (or a report file given directly).
 * @throws LetgoError (BAD_INPUT) for a missing, malformed or wrong-version report
 */
export function readReport(dirOrFile: string): Report {
  const file = dirOrFile.endsWith('.json') ? dirOrFile : path.join(dirOrFile, FILES.report);
  if (!existsSync(file)) {
    throw new LetgoError(ExitCode.BadInput, `no report at ${file}: run 'letgo scan --out ${path.dirname(file)}' first`);
  }
  return parseReport(readFileSync(file, 'utf8'), file, 'scan again to rewrite it');
}

/**
 * Streams `DIR/facts.jsonl` and `DIR/repos.json` of a scan.
 * @throws LetgoError (BAD_INPUT) naming the file and line of a malformed fact
 */
export async function readScan(dir: string): Promise<{ facts: Fact[]; repos: RepoMeta[] }> {
  const factsFile = path.join(dir, FILES.facts);
  const reposFile = path.join(dir, FILES.repos);
  for (const f of [factsFile, reposFile]) {
    if (!existsSync(f)) throw new LetgoError(ExitCode.BadInput, `no ${path.basename(f)} in ${dir}: run 'letgo scan --out ${dir}' first`);
  }
  let repos: RepoMeta[];
  try {
    repos = JSON.parse(readFileSync(reposFile, 'utf8')) as RepoMeta[];
    if (!Array.isArray(repos)) throw new Error('not an array');
  } catch (e) {
    throw new LetgoError(ExitCode.BadInput, `${reposFile} is not valid (${(e as Error).message}); scan again to rewrite it`);
  }
  const facts: Fact[] = [];
  const lines = createInterface({ input: createReadStream(factsFile, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let f: Fact;
    try {
      f = JSON.parse(line) as Fact;
    } catch (e) {
      throw new LetgoError(ExitCode.BadInput, `${factsFile}:${n} is not valid JSON (${(e as Error).message}); scan again to rewrite it`);
    }
    if (typeof f.repo !== 'string' || typeof f.sha !== 'string' || typeof f.path !== 'string' || typeof f.time !== 'string') {
      throw new LetgoError(ExitCode.BadInput, `${factsFile}:${n} is not a letgo fact (needs repo, sha, path, time); scan again to rewrite it`);
    }
    facts.push(f);
  }
  return { facts, repos };
}
