/**
 * Reading and writing scan outputs: `DIR/report.json` (the Report), `DIR/facts.jsonl`
 * (one fact row per line: a file fact, or a commit row without `path`), `DIR/repos.json`
 * (repository metadata, for `letgo merge`), `DIR/reviews.json` (the pages of the
 * `--reviews` files, when there were some) and `DIR/scan.json` (the sha256 of each).
 *
 * Writes are atomic per file: each goes to a temp file beside it (named with the
 * writer's pid) and is renamed into place, so a crash never leaves a partial file; temp
 * files of a process that is gone are removed by the next write. A scan's three files
 * are one unit: `scan.json`, renamed into place before them, names the hashes of the new
 * set and of the set it replaces, and a reader of facts or repositories
 * ({@link readScan}) accepts only a set that is wholly one of the two. A kill during the
 * renames (`kill -9` during `--out`) so leaves the previous scan or a folder that reads
 * as "interrupted, scan again", never a mix of two scans taken for one.
 *
 * Every file read is checked first (a regular file under a size limit, scan/files.ts)
 * and validated against its schema (jsonschema/): a broken file is exit 8 with one line
 * naming the file (and line), never a crash further on.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, constants, createReadStream, fstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { joinInParts } from '../core/collections.js';
import { describeAjvError } from '../core/config.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import type { FactRow, RepoMeta } from '../core/facts.js';
import { validate as validateFactSchema } from '../core/generated/factValidator.js';
import { validate as validateReposSchema } from '../core/generated/reposValidator.js';
import type { Report } from '../core/report.js';
import { parseReport, validateReport } from '../core/reportValidation.js';
import { describeBoundedRead, readBounded } from '../scan/files.js';
import { MAX_REVIEWS_BYTES, parseReviewPages, type ReviewPages } from './reviewsFile.js';

/** File names inside an output folder. */
export const FILES = { report: 'report.json', facts: 'facts.jsonl', repos: 'repos.json', scan: 'scan.json', reviews: 'reviews.json' } as const;

/** Identifies a `scan.json`. */
const SCAN_ID = 'letgo.scan/1';

/** Largest report.json or repos.json read (bytes). */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** Longest facts.jsonl line read (bytes): a fact with a 4,096-byte path and a dozen co-authors is under 10 KB. */
const MAX_FACT_LINE_BYTES = 1024 * 1024;

/** The pid in the name of a temp file of {@link writeAtomic} (`.<name>.<pid>[.<random>].tmp`, after the name). */
const TEMP_PID = /^\.(\d+)(?:\.[0-9a-f]+)?\.tmp$/;

/**
 * What `scan.json` holds: the sha256 (hex) of each file of the scan, and of the scan it
 * replaced: a write killed after scan.json but before any other rename leaves that
 * previous scan whole, and it still reads.
 */
interface ScanIndex {
  scan: typeof SCAN_ID;
  files: Record<string, string>;
  previous?: Record<string, string>;
}

/** A file's content for {@link writeAtomic}: text, bytes, or parts written one after another. */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * Writes files atomically into `dir` (created if needed): temp files of these names left
 * by processes that are gone are removed, then all temp files are written, then renamed.
 * A file's content is text, bytes, or parts written one after another (a large file need
 * never be one string in memory).
 * @param first given the sha256 (hex) of each file once all are written; returns files to rename into place before them (scan.json)
 * @throws LetgoError (OUTPUT) when the folder or a file cannot be written
 */
export function writeAtomic(dir: string, files: Record<string, FileContent>, first?: (hashes: Record<string, string>) => Record<string, string>): void {
  const temps: [string, string][] = [];
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  /** Writes one temp file (listed in `temps`); returns the sha256 of its content. */
  const writeTemp = (name: string, content: FileContent): string => {
    const temp = path.join(dir, `.${name}.${tag}.tmp`);
    temps.push([temp, path.join(dir, name)]);
    const hash = createHash('sha256');
    const fd = openSync(temp, 'w');
    try {
      for (const part of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) {
        hash.update(part);
        if (typeof part === 'string') writeSync(fd, part);
        else writeSync(fd, part);
      }
    } finally {
      closeSync(fd);
    }
    return hash.digest('hex');
  };
  try {
    mkdirSync(dir, { recursive: true });
    removeDeadTemps(dir, Object.keys(files));
    const hashes: Record<string, string> = {};
    for (const [name, content] of Object.entries(files)) hashes[name] = writeTemp(name, content);
    const count = temps.length;
    for (const [name, content] of Object.entries(first?.(hashes) ?? {})) writeTemp(name, content);
    for (const [temp, target] of [...temps.slice(count), ...temps.slice(0, count)]) renameSync(temp, target);
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw new LetgoError(ExitCode.Output, `cannot write to ${dir}: ${(e as Error).message}; choose another --out`);
  }
}

/** Removes temp files of `names` (and of scan.json) in `dir` left by a process that no longer runs (a crash or `kill -9` mid-write). */
function removeDeadTemps(dir: string, names: readonly string[]): void {
  const ours = new Set([...names, FILES.scan]);
  for (const entry of readdirSync(dir)) {
    const name = [...ours].find((n) => entry.startsWith(`.${n}.`));
    const pid = name === undefined ? undefined : TEMP_PID.exec(entry.slice(name.length + 1))?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(path.join(dir, entry), { force: true });
  }
}

/** True when a process with this id runs (EPERM: it runs as another user). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Facts as JSON Lines (one compact object per line), in parts of about 1 MB (UTF-16 code units). */
export function factsToJsonl(facts: readonly FactRow[]): Generator<string> {
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
 * repository metadata into `dir` as one unit (scan.json first), validating the report
 * first; with `reviewPages` (the pages of its `--reviews` files) also `reviews.json`, so
 * that `letgo report --month` and `letgo merge` count those reviews again.
 * @returns the report as written (print this one, so stdout and report.json agree)
 * @throws LetgoError (OUTPUT) when the folder cannot be written
 */
export function writeScan(dir: string, scanned: Report, facts: readonly FactRow[], repos: readonly RepoMeta[], reviewPages?: readonly unknown[]): Report {
  const report = locateRepos(scanned, dir);
  const text = JSON.stringify(report, null, 2) + '\n';
  validateReport(JSON.parse(text), 'the report to write'); // what a reader of report.json will get
  // scan.json is renamed in first: from then on, a set that is wholly neither the new nor the previous scan reads as interrupted.
  const old = readIndex(dir);
  const previous = typeof old === 'object' ? { previous: old.files } : {};
  const reviews: Record<string, string> = reviewPages ? { [FILES.reviews]: JSON.stringify(reviewPages) + '\n' } : {};
  writeAtomic(dir, { [FILES.facts]: factsToJsonl(facts), [FILES.repos]: JSON.stringify(repos, null, 2) + '\n', ...reviews, [FILES.report]: text }, (files) => ({
    [FILES.scan]: JSON.stringify({ scan: SCAN_ID, files, ...previous } satisfies ScanIndex, null, 2) + '\n',
  }));
  return report;
}

/**
 * Reads and validates `DIR/report.json` (or a report file given directly).
 * @throws LetgoError (BAD_INPUT) for a missing, malformed or wrong-version report, or one that is not a regular file
 */
export function readReport(dirOrFile: string): Report {
  const file = dirOrFile.endsWith('.json') ? dirOrFile : path.join(dirOrFile, FILES.report);
  const read = readBounded(file, { maxBytes: MAX_JSON_BYTES });
  if (read.kind === 'missing') throw new LetgoError(ExitCode.BadInput, `no report at ${file}: run 'letgo scan --out ${path.dirname(file)}' first`);
  if (read.kind !== 'ok') throw new LetgoError(ExitCode.BadInput, `${file} ${describeBoundedRead(read, MAX_JSON_BYTES)}; scan again to rewrite it`);
  return parseReport(read.bytes.toString('utf8'), file, 'scan again to rewrite it');
}

/**
 * Streams `DIR/facts.jsonl` and reads `DIR/repos.json` of a scan, each line and
 * repository checked against jsonschema/facts.schema.json and repos.schema.json, and
 * `DIR/reviews.json` when the scan wrote one (jsonschema/github-reviews.schema.json), and
 * the set against `DIR/scan.json` when there is one (a folder written before it existed
 * has none).
 * @returns the facts, repositories, and the reviews' pages and reviews (undefined: the scan had no `--reviews`)
 * @throws LetgoError (BAD_INPUT) naming the file (and line) of a missing, oversized, malformed or invalid entry, or a set another scan's write left half-done
 */
export async function readScan(dir: string): Promise<{ facts: FactRow[]; repos: RepoMeta[]; reviews?: ReviewPages }> {
  const factsFile = path.join(dir, FILES.facts);
  const reposFile = path.join(dir, FILES.repos);
  const reposRead = readBounded(reposFile, { maxBytes: MAX_JSON_BYTES });
  if (reposRead.kind === 'missing') throw new LetgoError(ExitCode.BadInput, `no ${FILES.repos} in ${dir}: run 'letgo scan --out ${dir}' first`);
  if (reposRead.kind !== 'ok')
    throw new LetgoError(ExitCode.BadInput, `${reposFile} ${describeBoundedRead(reposRead, MAX_JSON_BYTES)}; scan again to rewrite it`);
  let repos: unknown;
  try {
    repos = JSON.parse(reposRead.bytes.toString('utf8'));
  } catch (e) {
    throw new LetgoError(ExitCode.BadInput, `${reposFile} is not valid JSON (${(e as Error).message}); scan again to rewrite it`);
  }
  if (!(validateReposSchema as ValidateFunction)(repos)) {
    throw new LetgoError(
      ExitCode.BadInput,
      `${reposFile} is not valid: ${describeAjvError((validateReposSchema as ValidateFunction).errors?.[0])}; scan again to rewrite it`
    );
  }
  const facts: FactRow[] = [];
  const factsHash = await readLines(factsFile, dir, (line, n) => {
    let f: unknown;
    try {
      f = JSON.parse(line);
    } catch (e) {
      throw new LetgoError(ExitCode.BadInput, `${factsFile}:${n} is not valid JSON (${(e as Error).message}); scan again to rewrite it`);
    }
    if (!(validateFactSchema as ValidateFunction)(f)) {
      throw new LetgoError(
        ExitCode.BadInput,
        `${factsFile}:${n} is not a letgo fact: ${describeAjvError((validateFactSchema as ValidateFunction).errors?.[0])}; scan again to rewrite it`
      );
    }
    facts.push(f as FactRow);
  });
  const set = checkUnit(dir, { [FILES.facts]: factsHash, [FILES.repos]: sha256(reposRead.bytes) });
  const reviews = readSavedReviews(dir, set);
  return { facts, repos: repos as RepoMeta[], ...(reviews ? { reviews } : {}) };
}

/**
 * `DIR/reviews.json` when the scan's set of files (`set`, from scan.json) names one, or,
 * in a folder without scan.json, when it exists; undefined when the scan wrote none (a
 * reviews.json a scan without --reviews left behind is not read).
 * @throws LetgoError (BAD_INPUT) for a file that is not the scan's, or not what a scan writes
 */
function readSavedReviews(dir: string, set: Record<string, string> | undefined): ReviewPages | undefined {
  const file = path.join(dir, FILES.reviews);
  if (set && !(FILES.reviews in set)) return undefined;
  const read = readBounded(file, { maxBytes: MAX_REVIEWS_BYTES });
  if (read.kind === 'missing' && !set) return undefined;
  if (read.kind !== 'ok' && read.kind !== 'missing')
    throw new LetgoError(ExitCode.BadInput, `${file} ${describeBoundedRead(read, MAX_REVIEWS_BYTES)}; scan again to rewrite it`);
  if (set && (read.kind === 'missing' || sha256(read.bytes) !== set[FILES.reviews])) throw notTheScans(dir, FILES.reviews);
  return read.kind === 'ok' ? parseReviewPages(read.bytes.toString('utf8'), file, 'scan again to rewrite it') : undefined;
}

/** `DIR/scan.json`: its content, 'missing', or 'invalid' (not a letgo scan index, or not readable). */
function readIndex(dir: string): ScanIndex | 'missing' | 'invalid' {
  const index = readBounded(path.join(dir, FILES.scan), { maxBytes: 64 * 1024 });
  if (index.kind === 'missing') return 'missing';
  try {
    const v = index.kind === 'ok' ? (JSON.parse(index.bytes.toString('utf8')) as Partial<ScanIndex> | null) : undefined;
    const isHashes = (x: unknown): x is Record<string, string> => x !== null && typeof x === 'object' && Object.values(x).every((h) => typeof h === 'string');
    if (v?.scan === SCAN_ID && isHashes(v.files) && (v.previous === undefined || isHashes(v.previous))) return v as ScanIndex;
  } catch {
    // not JSON
  }
  return 'invalid';
}

/**
 * Checks the scan's files against `DIR/scan.json` (none: a folder written before it
 * existed, not checked): `read` holds the hashes of the files already read; report.json
 * is hashed here. The set must be wholly the scan's or wholly the previous one's.
 * @returns the set of hashes the files are (scan.json's `files` or `previous`); undefined without scan.json
 * @throws LetgoError (BAD_INPUT) when scan.json is invalid or the set is a mix
 */
function checkUnit(dir: string, read: Record<string, string>): Record<string, string> | undefined {
  const index = readIndex(dir);
  const indexFile = path.join(dir, FILES.scan);
  if (index === 'missing') return undefined;
  if (index === 'invalid') throw new LetgoError(ExitCode.BadInput, `${indexFile} is not a letgo scan index; scan again to rewrite the folder`);
  const report = readBounded(path.join(dir, FILES.report), { maxBytes: MAX_JSON_BYTES });
  const hashes = Object.entries({ ...read, [FILES.report]: report.kind === 'ok' ? sha256(report.bytes) : '' });
  const wholly = (set: Record<string, string> | undefined): boolean => set !== undefined && hashes.every(([name, hash]) => set[name] === hash);
  if (wholly(index.files)) return index.files;
  if (wholly(index.previous)) return index.previous;
  throw notTheScans(dir, hashes.find(([n, hash]) => index.files[n] !== hash)![0]);
}

/** The error for file `name` of `dir` that is not the one scan.json names. */
function notTheScans(dir: string, name: string): LetgoError {
  return new LetgoError(
    ExitCode.BadInput,
    `${path.join(dir, name)} is not the file of the scan in ${path.join(dir, FILES.scan)} (a write to ${dir} was interrupted, or the file was changed): scan again to rewrite the folder`
  );
}

/**
 * Streams a regular file's lines (LF or CRLF) to `onLine(line, lineNumber)`, skipping
 * blank ones, and returns the sha256 (hex) of its bytes.
 * @throws LetgoError (BAD_INPUT) for a missing or irregular file, or a line over {@link MAX_FACT_LINE_BYTES}; what `onLine` throws
 */
async function readLines(file: string, dir: string, onLine: (line: string, n: number) => void): Promise<string> {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LetgoError(ExitCode.BadInput, `no ${path.basename(file)} in ${dir}: run 'letgo scan --out ${dir}' first`);
    throw new LetgoError(ExitCode.BadInput, `${file} cannot be read (${(e as Error).message}); scan again to rewrite it`);
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new LetgoError(ExitCode.BadInput, `${file} is not a regular file; scan again to rewrite it`);
  }
  const hash: Hash = createHash('sha256');
  let carry: Buffer[] = [];
  let carried = 0;
  let n = 0;
  const line = (bytes: Buffer): void => {
    n++;
    const text = bytes.toString('utf8');
    if (text.trim()) onLine(text, n);
  };
  for await (const chunk of createReadStream('', { fd }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      const part = chunk.subarray(start, nl);
      line(carried ? Buffer.concat([...carry, part]) : part);
      carry = [];
      carried = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      carry.push(chunk.subarray(start));
      carried += chunk.length - start;
      if (carried > MAX_FACT_LINE_BYTES)
        throw new LetgoError(ExitCode.BadInput, `${file}:${n + 1} is longer than ${MAX_FACT_LINE_BYTES} bytes: not a letgo fact; scan again to rewrite it`);
    }
  }
  if (carried) line(Buffer.concat(carry));
  return hash.digest('hex');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
