/**
 * Reading commits from git: the commit list is cut into contiguous chunks, each read with
 * one streamed `git log --no-walk --stdin` (chunks run in parallel, up to `--jobs` git
 * processes at once); every change is classified, co-authors go through `.mailmap`, and
 * (in cell mode) notebook churn is recounted by cell source with one `git cat-file
 * --batch` per chunk (recount.ts). scanRepo.ts loads this module only when some commit
 * is not in the cache, so a warm scan never loads the notebook parser.
 */
import type { Classifier } from '../core/classify.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import type { Fact, FactBody, Identity } from '../core/facts.js';
import { isJupytextCandidate } from '../core/notebook/index.js';
import type { CommitRecord } from './cache.js';
import { firstLine, runGit } from './git.js';
import { logArgs, streamLog, type RawChange, type RawCommit } from './logParser.js';
import { collectGarbageIfLarge } from './memory.js';
import { notebookDiffOff, type NotebookDiffOff } from './notebookNumstat.js';
import { recountChurn, type ChangeToCount } from './recount.js';
import type { ScanRepoOptions, ScanStats } from './scanRepo.js';

/** Smallest chunk (commits) worth its own git processes. */
const MIN_CHUNK = 500;

const GITLINK = '160000';
const UNREADABLE = /unable to read|could not read|missing (blob|tree|object)|promisor|bad object|fatal: .*fetch/i;

/** Commits read from git. */
export interface Read {
  records: CommitRecord[];
  /** False when numstat could not be read (partial clone): lines were counted from the blobs that could be read. */
  readableNumstat: boolean;
  /** File changes whose churn is unknown: their blobs could not be read. */
  unknown: number;
}

/**
 * Reads the given commits in chunks, each through `opts.limit`, and resolves co-authors
 * through `.mailmap`. When one chunk meets unreadable objects, every chunk is read
 * again without numstat, as one walk of the whole list would be.
 * @param shas non-merge commit ids (at least one); `records` has one per id, in no set order
 * @throws LetgoError (GIT) when git log fails for another reason than unreadable objects
 * @throws Error when git cat-file fails to start or exits early (from the notebook recount)
 */
export async function readCommits(dir: string, shas: string[], opts: ScanRepoOptions, stats: ScanStats): Promise<Read> {
  // Cell mode counts notebooks itself: git is told not to diff them (notebookNumstat.ts).
  const diffOff = opts.config.notebooks.lines === 'cells' ? await notebookDiffOff(dir) : null;
  try {
    return await readChunks(dir, shas, opts, stats, diffOff);
  } finally {
    diffOff?.dispose();
  }
}

/** {@link readCommits} with notebook diffs off or not. */
async function readChunks(dir: string, shas: string[], opts: ScanRepoOptions, stats: ScanStats, diffOff: NotebookDiffOff | null): Promise<Read> {
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
  const classifier = opts.classifier();
  /** Builds the record and facts of one commit. */
  const build = (c: RawCommit): void => {
    const record: CommitRecord = { sha: c.sha, authorName: c.authorName, authorEmail: c.authorEmail, time: c.time, subject: c.subject, facts: [] };
    records.push(record);
    if (c.coAuthors.length) coAuthors.push([record, c.coAuthors]);
    const own: FactBody[] = [];
    for (const change of c.changes) {
      if (change.oldMode === GITLINK || change.newMode === GITLINK || !change.path) continue;
      const kind = classifier.kind(change.path);
      // The commit's fields (sha, author, time) stay on the record until the facts are assembled.
      const fact: FactBody = {
        path: change.path,
        ...(change.oldPath !== undefined ? { oldPath: change.oldPath } : {}),
        status: normalizeStatus(change.status),
        kind,
        tier: classifier.tier(change.path, c.subject),
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
    if (diffOff && c.changes.some((ch) => pairsDiffer(ch, classifier))) again.push(c.sha);
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
function parseContact(text: string): Identity | undefined {
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(text.trim());
  return m ? { name: m[1].trim(), email: m[2].trim() } : undefined;
}

function normalizeStatus(s: string): Fact['status'] {
  return (['A', 'M', 'D', 'R', 'C', 'T'].includes(s) ? s : 'M') as Fact['status'];
}
