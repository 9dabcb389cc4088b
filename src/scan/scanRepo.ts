/**
 * One repository -> facts: lists its non-merge commits, reads them in contiguous chunks
 * with one streamed `git log --no-walk --stdin` per chunk (chunks run in parallel, up to
 * `--jobs` git processes at once), applies `.mailmap` to co-authors, classifies every
 * change, and (in cell mode) recounts notebook churn by cell source with one
 * `git cat-file --batch` per chunk. With a {@link RepoCache}, commits already in the
 * cache are not read again.
 *
 * A commit's facts depend only on the commit (its diff against its first parent) and on
 * the cache key's inputs, so splitting the commit list, or taking part of it from the
 * cache, gives exactly the facts of one cold single-process scan.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { homedir } from 'node:os';
import type { LimitFunction } from 'p-limit';
import type { Classifier } from '../core/classify.js';
import type { Config } from '../core/config.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import type { Fact, FactBody, Identity, RepoMeta } from '../core/facts.js';
import { cacheKey, recordFacts, RepoCache, type CommitRecord } from './cache.js';
import { runGit } from './git.js';
import { logArgs, streamLog, type RawChange, type RawCommit } from './logParser.js';
import { collectGarbageIfLarge } from './memory.js';
import { notebookDiffOff, type NotebookDiffOff } from './notebookNumstat.js';
import { recountChurn, type ChangeToCount } from './recount.js';
import { isJupytextCandidate } from '../core/notebook/index.js';

/** Options of {@link scanRepo}. */
export interface ScanRepoOptions {
  config: Config;
  classifier: Classifier;
  /** Walk local branches and tags instead of HEAD. */
  allBranches: boolean;
  /** Runs one chunk's `git log`: bounds the log processes running at once across repositories. */
  limit: LimitFunction;
  /** Runs one chunk's notebook recount (`git cat-file` + parsing in this thread), apart from `limit` so that logs go on meanwhile. */
  recountLimit: LimitFunction;
  /** Chunks to aim for (jobs × CHUNKS_PER_JOB); fewer when chunks would be under `minChunk` commits. */
  chunks: number;
  /** No chunk is smaller than this many commits (default {@link MIN_CHUNK}); tests lower it to split small repositories. */
  minChunk?: number;
  /** The fact cache: its root folder and the version of letgo (part of the key); undefined: no cache. */
  cache?: CacheOptions;
  /** Warnings that must not change the report (cache problems); default: ignored. */
  onWarning?: (message: string) => void;
  /** Called with the number of commits read so far and the total to read. */
  onProgress?: (done: number, total: number) => void;
}

/** Where the fact cache lives and what it is keyed on besides the config. */
export interface CacheOptions {
  /** Root folder (created when first written). */
  dir: string;
  /** letgo's version: another version never reads this one's facts. */
  version: string;
}

/** How much of a repository's history a scan read (for callers and tests; not part of the Report). */
export interface ScanStats {
  /** Non-merge commits in the scanned history. */
  commits: number;
  /** Commits whose facts came from the cache. */
  cached: number;
  /** Commits read from git by this scan. */
  read: number;
  /** git log processes run (chunks). */
  chunks: number;
}

/** Result of scanning one repository. */
export interface RepoScan {
  meta: RepoMeta;
  facts: Fact[];
  stats: ScanStats;
  /** True when `facts` are already in `sortFacts` order (a warm cache stores them so). */
  sorted?: boolean;
}

/** Smallest chunk (commits) worth its own git processes. */
const MIN_CHUNK = 500;

const GITLINK = '160000';
const UNREADABLE = /unable to read|could not read|missing (blob|tree|object)|promisor|bad object|fatal: .*fetch/i;

/**
 * Scans one repository (its top-level folder).
 * @param dir the repository's top-level folder
 * @param id the repository id written into facts
 * @throws LetgoError (GIT) when git fails for another reason than unreadable objects
 * @throws Error when git cat-file fails to start or exits early (from the notebook recount)
 */
export async function scanRepo(dir: string, id: string, opts: ScanRepoOptions): Promise<RepoScan> {
  const warnings: string[] = [];
  const stats: ScanStats = { commits: 0, cached: 0, read: 0, chunks: 0 };
  const head = await runGit(dir, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
  const meta: RepoMeta = { id, path: dir, head: '', commits: 0, merges: 0, shallow: false, unknownChurn: 0, warnings };
  if (head.code !== 0) {
    warnings.push(`Repository ${id} (${dir}) is empty: it has no commit yet.`);
    return { meta, facts: [], stats };
  }
  meta.head = head.stdout.toString().trim();
  const refs = opts.allBranches ? ['--branches', '--tags'] : ['HEAD'];
  const shallow = await runGit(dir, ['rev-parse', '--is-shallow-repository']);
  meta.shallow = shallow.stdout.toString().trim() === 'true';
  if (meta.shallow) warnings.push(`Repository ${id} is a shallow clone: history before its cut is not counted (run 'git fetch --unshallow' there for the full picture).`);

  // A shallow clone's boundary commits change their facts when it is deepened: no cache.
  const cache = opts.cache && !meta.shallow ? await openCache(dir, opts) : undefined;
  const tips = cache ? await tipsOf(dir, opts.allBranches, meta.head) : '';
  if (cache && cache.tips() === tips) {
    const hit = cache.load();
    if (hit) {
      meta.merges = hit.merges;
      meta.commits = stats.commits = stats.cached = hit.records.length;
      opts.onProgress?.(hit.records.length, hit.records.length);
      return { meta, facts: hit.records.flatMap((r) => recordFacts(id, r)), stats, sorted: hit.sorted };
    }
  }

  // One walk lists the non-merge commits and counts the merges ("sha parent..." per line).
  const list = await runGit(dir, ['rev-list', '--parents', ...refs, '--']);
  if (list.code !== 0) throw new LetgoError(ExitCode.Git, `git rev-list failed in ${dir}: ${firstLine(list.stderr)}`);
  const shas: string[] = [];
  for (const line of list.stdout.toString('latin1').split('\n')) {
    if (!line) continue;
    const parts = line.split(' ');
    if (parts.length > 2) meta.merges++;
    else shas.push(parts[0]);
  }
  meta.commits = stats.commits = shas.length;

  const old = cache?.load();
  const known = new Map<string, CommitRecord>();
  for (const r of old?.records ?? []) known.set(r.sha, r);
  const todo = known.size ? shas.filter((s) => !known.has(s)) : shas;
  stats.cached = shas.length - todo.length;
  stats.read = todo.length;

  // Cell mode counts notebooks itself: git is told not to diff them (notebookNumstat.ts).
  const diffOff = opts.config.notebooks.lines === 'cells' && todo.length > 0 ? await notebookDiffOff(dir) : null;
  let read: Read;
  try {
    read = await readCommits(dir, todo, opts, stats, diffOff);
  } finally {
    diffOff?.dispose();
  }
  meta.unknownChurn = read.unknown;
  if (!read.readableNumstat || read.unknown > 0) {
    warnings.push(
      `Repository ${id} has objects git cannot read here (a partial clone or missing blobs): ${read.unknown} file change${read.unknown === 1 ? '' : 's'} counted with unknown churn; letgo never fetches them.`
    );
  }
  const fresh = new Map(read.records.map((r) => [r.sha, r]));
  const records = shas.map((s) => known.get(s) ?? fresh.get(s)!);
  if (cache && read.readableNumstat && read.unknown === 0) {
    // Incremental when every cached commit is still reachable; otherwise rewrite it whole.
    const reachable = old !== undefined && stats.cached === known.size;
    cache.save({ tips, merges: meta.merges, records }, reachable ? read.records : undefined);
  }
  return { meta, facts: records.flatMap((r) => recordFacts(id, r)), stats };
}

/** The cache of this repository under the key of its config, mailmap and replace refs. */
async function openCache(dir: string, opts: ScanRepoOptions): Promise<RepoCache> {
  const [config, mailmapBlob, replace] = await Promise.all([
    runGit(dir, ['config', '--get-regexp', '^(diff|mailmap|log|core|i18n)\\.']),
    runGit(dir, ['rev-parse', '--verify', '-q', 'HEAD:.mailmap']),
    runGit(dir, ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/replace/']),
  ]);
  const gitConfig = config.stdout.toString('utf8');
  // mailmap.blob names a blob ("refs/mailmap:.mailmap"): its content moves with the ref, so the key takes the blob id.
  const blobSpecs = [...gitConfig.matchAll(/^mailmap\.blob (.*)$/gm)].map((m) => m[1]);
  const mailmapBlobIds = await Promise.all(
    blobSpecs.map(async (spec) => (spec.startsWith('-') ? '' : (await runGit(dir, ['rev-parse', '--verify', '-q', '--end-of-options', spec])).stdout.toString('utf8').trim()))
  );
  // git reads mailmap.file relative to the repository and expands a leading ~/.
  const configured = [...gitConfig.matchAll(/^mailmap\.file (.*)$/gm)].map((m) => path.resolve(dir, m[1].replace(/^~(?=\/)/, homedir())));
  const mailmapFiles = [path.join(dir, '.mailmap'), ...configured].map((f) => {
    try {
      return existsSync(f) ? readFileSync(f, 'utf8') : '';
    } catch {
      return '?';
    }
  });
  const key = cacheKey({
    letgo: opts.cache!.version,
    kinds: opts.config.kinds,
    tiers: opts.config.tiers,
    lines: opts.config.notebooks.lines,
    maxBlobBytes: opts.config.notebooks.maxBlobBytes,
    gitConfig,
    mailmapBlob: [mailmapBlob.stdout.toString('utf8'), ...mailmapBlobIds].join('\n'),
    mailmapFiles,
    replace: replace.stdout.toString('utf8'),
  });
  return new RepoCache(opts.cache!.dir, dir, key, opts.onWarning ?? (() => undefined));
}

/** A fingerprint of the scanned refs: HEAD's sha, or every local branch and tag with its target. */
async function tipsOf(dir: string, allBranches: boolean, head: string): Promise<string> {
  if (!allBranches) return `HEAD ${head}`;
  const r = await runGit(dir, ['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)', 'refs/heads/', 'refs/tags/']);
  return `all\n${r.stdout.toString('utf8')}`;
}

/** Commits read from git. */
interface Read {
  records: CommitRecord[];
  /** False when numstat could not be read (partial clone): lines were counted from the blobs that could be read. */
  readableNumstat: boolean;
  unknown: number;
}

/**
 * Reads the given commits in chunks, each through `opts.limit`, and resolves co-authors
 * through `.mailmap`. When one chunk meets unreadable objects, every chunk is read
 * again without numstat, as one walk of the whole list would be.
 */
async function readCommits(dir: string, shas: string[], opts: ScanRepoOptions, stats: ScanStats, diffOff: NotebookDiffOff | null): Promise<Read> {
  if (shas.length === 0) return { records: [], readableNumstat: true, unknown: 0 };
  const min = Math.max(1, opts.minChunk ?? MIN_CHUNK);
  const n = Math.max(1, Math.min(Math.ceil(shas.length / min), opts.chunks));
  const size = Math.ceil(shas.length / n);
  const parts = Array.from({ length: Math.ceil(shas.length / size) }, (_, i) => shas.slice(i * size, (i + 1) * size));
  let done = 0;
  const progress = (k: number): void => {
    done += k;
    opts.onProgress?.(done, shas.length);
  };
  const run = (numstat: boolean) =>
    Promise.all(
      parts.map(async (p) => {
        const walked = await opts.limit(() => walkChunk(dir, p, numstat, numstat ? diffOff : null, opts, progress));
        return walked.code === 0 ? opts.recountLimit(() => recountChunk(dir, walked, numstat, opts)) : walked;
      })
    );
  stats.chunks += parts.length;
  let chunks = await run(true);
  let readableNumstat = true;
  const failed = chunks.find((c) => c.code !== 0);
  if (failed) {
    if (!UNREADABLE.test(failed.stderr)) throw new LetgoError(ExitCode.Git, `git log failed in ${dir}: ${firstLine(failed.stderr)}`);
    // A partial clone or missing blobs: walk trees only and read what blobs we can.
    done = 0;
    stats.chunks += parts.length;
    chunks = await run(false);
    const again = chunks.find((c) => c.code !== 0);
    if (again) throw new LetgoError(ExitCode.Git, `git log failed in ${dir}: ${firstLine(again.stderr)}`);
    readableNumstat = false;
  }
  const records = chunks.flatMap((c) => c.records);
  const raw = chunks.flatMap((c) => c.coAuthors);
  const coAuthors = await mailmapCoAuthors(dir, raw.flatMap(([, values]) => values));
  for (const [record, values] of raw) {
    const co = values.map((x) => coAuthors.get(x)).filter((x): x is Identity => x !== undefined);
    if (co.length) record.coAuthors = co;
  }
  return { records, readableNumstat, unknown: chunks.reduce((s, c) => s + c.unknown, 0) };
}

interface Chunk {
  records: CommitRecord[];
  /** Records with raw `Co-authored-by:` values, resolved after all chunks. */
  coAuthors: [CommitRecord, string[]][];
  code: number;
  stderr: string;
  unknown: number;
}

/** A chunk walked by git log, before its recount. */
interface Walked extends Chunk {
  facts: Map<CommitRecord, FactBody[]>;
  notebookChanges: ChangeToCount[];
  textChanges: ChangeToCount[];
  /** Changed files that may be Jupytext text notebooks. */
  scriptChanges: ChangeToCount[];
}

/**
 * One chunk's streamed `git log --no-walk --stdin` of its commits: records with facts
 * still to recount. `numstat` false: trees only (a partial clone).
 *
 * With `diffOff` git skips the diffs of `*.ipynb` files, which can change more than
 * their numstat: git finds renames of binary files by other similarity rules than of
 * text (it ignores CR before LF only in text, for one). So a commit where a `.ipynb`
 * path (either side, any case) is added, deleted or renamed, or has a "-" numstat while
 * not classified as a notebook, is walked again without `diffOff`, and its facts come
 * from that walk: every fact equals a plain walk's. In cell mode, notebook changes with
 * "-" are marked `numstatSkipped`.
 */
async function walkChunk(
  dir: string,
  shas: string[],
  numstat: boolean,
  diffOff: NotebookDiffOff | null,
  opts: ScanRepoOptions,
  progress: (k: number) => void
): Promise<Walked> {
  const records: CommitRecord[] = [];
  const coAuthors: [CommitRecord, string[]][] = [];
  const notebookChanges: ChangeToCount[] = [];
  const textChanges: ChangeToCount[] = [];
  const scriptChanges: ChangeToCount[] = []; // possible Jupytext text notebooks
  const facts = new Map<CommitRecord, FactBody[]>();
  let pending = 0;
  // In cell mode a notebook's "-" numstat is left unknown: its count comes from cells, or,
  // when that falls back, from git asked again (recount.ts), which sets `binary` if so.
  const cells = numstat && opts.config.notebooks.lines === 'cells';
  /** Builds the record and facts of one commit. */
  const build = (c: RawCommit): void => {
    const record: CommitRecord = { sha: c.sha, authorName: c.authorName, authorEmail: c.authorEmail, time: c.time, facts: [] };
    records.push(record);
    if (c.coAuthors.length) coAuthors.push([record, c.coAuthors]);
    const own: FactBody[] = [];
    for (const change of c.changes) {
      if (change.oldMode === GITLINK || change.newMode === GITLINK || !change.path) continue;
      const kind = opts.classifier.kind(change.path);
      // The commit's fields (sha, author, time) stay on the record until the facts are assembled.
      const fact: FactBody = {
        path: change.path,
        ...(change.oldPath !== undefined ? { oldPath: change.oldPath } : {}),
        status: normalizeStatus(change.status),
        kind,
        tier: opts.classifier.tier(change.path, c.subject),
        added: change.added ?? null,
        deleted: change.deleted ?? null,
      };
      const skipped = cells && kind === 'notebook' && change.added === null;
      if (numstat && change.added === null && !skipped) fact.binary = true;
      own.push(fact);
      if (kind === 'notebook') notebookChanges.push({ fact, change, sha: c.sha, ...(skipped ? { numstatSkipped: true } : {}) });
      else if (!numstat) textChanges.push({ fact, change, sha: c.sha });
      if (opts.config.notebooks.lines === 'cells' && (kind === 'code' || kind === 'docs') && isJupytextCandidate(change.path)) scriptChanges.push({ fact, change, sha: c.sha });
    }
    facts.set(record, own);
    if (++pending === 250) {
      progress(pending);
      pending = 0;
    }
  };
  const again: string[] = []; // commits to walk again without diffOff
  const walk = await streamLog(dir, [...(diffOff?.args ?? []), ...logArgs(numstat)], shas, (c) => {
    if (diffOff && c.changes.some((ch) => pairsDiffer(ch, opts.classifier))) again.push(c.sha);
    else build(c);
  });
  const plain = walk.code === 0 && again.length > 0 ? await streamLog(dir, logArgs(), again, build) : walk;
  progress(pending);
  return { records, coAuthors, unknown: 0, facts, notebookChanges, textChanges, scriptChanges, ...(plain.code !== 0 ? plain : walk) };
}

/** `*.ipynb`, the pattern of notebookNumstat's attribute, in any case (git matches it case-insensitively under core.ignoreCase). */
const IPYNB = /\.ipynb$/i;

/**
 * True when a walk with notebook diffs off may give this change other facts than a plain
 * walk: a `.ipynb` path added, deleted or renamed (rename pairing), or a `.ipynb` path
 * with a "-" numstat that is not classified as a notebook (nothing recounts it).
 */
function pairsDiffer(ch: RawChange, classifier: Classifier): boolean {
  if (!IPYNB.test(ch.path) && !(ch.oldPath !== undefined && IPYNB.test(ch.oldPath))) return false;
  return ch.status !== 'M' || (ch.added === null && classifier.kind(ch.path) !== 'notebook');
}

/** Recounts a walked chunk's notebooks (cell mode) and unreadable changes from their blobs, and sets the records' facts. */
async function recountChunk(dir: string, w: Walked, numstat: boolean, opts: ScanRepoOptions): Promise<Chunk> {
  const recount = await recountChurn(dir, {
    notebooks: opts.config.notebooks.lines === 'cells' || !numstat ? w.notebookChanges : [],
    text: w.textChanges,
    maxBlobBytes: opts.config.notebooks.maxBlobBytes,
    cells: opts.config.notebooks.lines === 'cells',
    scripts: w.scriptChanges,
  });
  for (const [record, own] of w.facts) record.facts = own;
  collectGarbageIfLarge(); // the chunk's git output, blobs and parses are garbage now
  return { records: w.records, coAuthors: w.coAuthors, code: w.code, stderr: w.stderr, unknown: recount.unknown };
}

/** Resolves raw `Co-authored-by:` values ("Name <email>") through `.mailmap` with `git check-mailmap`. */
async function mailmapCoAuthors(dir: string, raw: readonly string[]): Promise<Map<string, Identity>> {
  const values = [...new Set(raw)];
  const out = new Map<string, Identity>();
  const contacts = values.filter((v) => /<[^<>]*>\s*$/.test(v));
  for (let i = 0; i < contacts.length; i += 200) {
    const batch = contacts.slice(i, i + 200);
    const r = await runGit(dir, ['check-mailmap', ...batch.map((b) => b.trim())]);
    const lines = r.code === 0 ? r.stdout.toString('utf8').split('\n') : [];
    batch.forEach((value, j) => out.set(value, parseContact(lines[j] ?? value) ?? parseContact(value)!));
  }
  return out;
}

/** Parses "Name <email>" into an identity. */
export function parseContact(text: string): Identity | undefined {
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(text.trim());
  return m ? { name: m[1].trim(), email: m[2].trim() } : undefined;
}

function normalizeStatus(s: string): Fact['status'] {
  return (['A', 'M', 'D', 'R', 'C', 'T'].includes(s) ? s : 'M') as Fact['status'];
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}
