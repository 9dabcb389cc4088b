/**
 * Reading commits from git: the commit list is cut into contiguous chunks, each read with
 * one streamed `git log --no-walk --stdin` (chunks run in parallel, up to `--jobs` git
 * processes at once); every change is classified, co-authors and reviewers go through `.mailmap`, and
 * (in cell mode) notebook churn is recounted by cell source once the chunks are walked,
 * in one recount for the repository (recount.ts). scanRepo.ts loads this module only when some commit
 * is not in the cache, so a warm scan never loads the notebook parser.
 *
 * Objects git cannot read (a partial clone, which must never fetch, or a damaged copy)
 * make `git log` die at the commit that needs them. Only the commits from there are
 * walked again: the few at the failure with less from git (raw entries without line
 * counts, then without rename detection, then the commit alone; {@link LADDER}), the
 * rest with numstat again.
 */
import type { Classifier } from '../core/classify.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import { FACT_STATUSES, type FactBody, type FactStatus, type Identity, type Reviewer } from '../core/facts.js';
import { isJupytextCandidate } from '../core/notebook/index.js';
import type { CommitRecord } from './cache.js';
import { batchCheck, heldAmong } from './catFile.js';
import { firstLine, runGit } from './git.js';
import { GITLINK } from './gitConstants.js';
import { headerBlob, type ScriptChange } from './jupytext.js';
import { logArgs, streamLog, type LogDiff, type RawChange, type RawCommit } from './logParser.js';
import { collectGarbageIfLarge } from './memory.js';
import { binaryCheckPaths, blobsOf, hasPromisorRemote, walkRung } from './missingBlobs.js';
import { notebookDiffOff, type NotebookDiffOff } from './notebookNumstat.js';
import { plainPath } from './pathQuote.js';
import { recountChurn, type ChangeToCount } from './recount.js';
import type { ScanRepoOptions, ScanStats } from './scanRepo.js';

/** Smallest chunk (commits) worth its own git processes. */
const MIN_CHUNK = 500;

/** git's messages for an object it cannot read (a partial clone with lazy fetching off, or a damaged repository). */
const UNREADABLE = /unable to read|could not read|missing (blob|tree|object)|promisor|bad object|fatal: .*fetch/i;

/**
 * The walks of a commit, from the most git can tell to the least (logParser.ts
 * LogDiff): a commit that fails in one is walked in the next. `none` cannot fail
 * (the commits were just listed, so their objects exist).
 */
const LADDER: readonly LogDiff[] = ['numstat', 'raw', 'raw-no-renames', 'none'];

/**
 * Commits taken at once when numstat fails on a commit whose root tree is missing (a
 * tree-less clone, `--filter=tree:0`): those of them without their root tree are walked
 * alone (`none`), the rest at numstat again. When the walk after them fails again on a
 * missing tree before passing as many commits as the last span, the next span is twice as
 * long, so a history where every tree is missing takes O(log n) walks, not n. (A commit
 * with its tree is never taken with a neighbour below numstat: raw entries count lines
 * with letgo's minimal diff and binary files as unknown, so its facts would depend on
 * its neighbours.)
 */
const FIRST_SPAN = 2;

/**
 * Commits per walk once a walk failed: git reads every commit it is given before it
 * prints the first, so a history with many failures far apart must not hand each new
 * walk all the commits left.
 */
const RESTART_WINDOW = 1000;

/** Commits read from git. */
export interface Read {
  records: CommitRecord[];
  /** True when git could not read some objects: some commits were walked with less (see {@link LADDER}). */
  unreadable: boolean;
  /** File changes whose churn is unknown: their blobs could not be read. */
  unknown: number;
  /** Commits whose files could not be listed (their trees could not be read): records without facts. */
  unknownFiles: number;
}

/**
 * Reads the given commits in chunks, each through `opts.limit`, and resolves co-authors
 * and reviewers through `.mailmap`. A commit whose objects git cannot read is walked again with less
 * (see {@link LADDER}); its facts do not depend on how the history was split.
 * @param shas non-merge commit ids (at least one); `records` has one per id, in no set order
 * @throws LetgoError (GIT) when git log fails for another reason than unreadable objects
 * @throws Error when git cat-file fails to start or exits early (from the notebook recount)
 */
export async function readCommits(dir: string, shas: string[], opts: ScanRepoOptions, stats: ScanStats): Promise<Read> {
  // Cell mode counts notebooks itself: git is told not to diff them (notebookNumstat.ts).
  const [diffOff, promisor] = await Promise.all([opts.config.notebooks.lines === 'cells' ? notebookDiffOff(dir) : null, hasPromisorRemote(dir)]);
  try {
    const read = await readChunks(dir, shas, opts, stats, diffOff, promisor);
    collectGarbageIfLarge(); // the walks' changes, blobs and parses are garbage now
    return read;
  } finally {
    diffOff?.dispose();
  }
}

/** {@link readCommits} with notebook diffs off or not; `promisor`: the repository is a partial clone (missingBlobs.ts). */
async function readChunks(
  dir: string,
  shas: string[],
  opts: ScanRepoOptions,
  stats: ScanStats,
  diffOff: NotebookDiffOff | null,
  promisor: boolean
): Promise<Read> {
  const min = Math.max(1, opts.minChunk ?? MIN_CHUNK);
  const most = Math.max(1, Math.min(Math.ceil(shas.length / min), opts.chunks));
  // A multiple of the git processes run at once: 3 chunks on 2 processes take two rounds (2/3 of one walk), 2 chunks take 1/2.
  const jobs = opts.limit.concurrency;
  const n = most > jobs ? most - (most % jobs) : most;
  const size = Math.ceil(shas.length / n);
  const parts = Array.from({ length: Math.ceil(shas.length / size) }, (_, i) => shas.slice(i * size, (i + 1) * size));
  let done = 0;
  const progress = (k: number): void => {
    done += k;
    opts.onProgress?.(done, shas.length);
  };
  const walks = await Promise.all(parts.map((p) => opts.limit(() => walkChunk(dir, p, diffOff, promisor, opts, progress))));
  for (const w of walks) {
    stats.chunks += w.walks;
    stats.fallback += w.fallback;
  }
  // One recount for the repository, after its walks: per chunk, a file whose history crosses
  // a chunk's end had that blob read and parsed on both sides of it (12% more blobs on the
  // bench's real-shaped repository), and each chunk started its own cat-file processes.
  const recount = await opts.recountLimit(() =>
    recountChurn(dir, {
      notebooks: walks.flatMap((w) => w.notebookChanges),
      text: walks.flatMap((w) => w.textChanges),
      maxBlobBytes: opts.config.notebooks.maxBlobBytes,
      cells: opts.config.notebooks.lines === 'cells',
      scripts: walks.map((w) => w.scriptChanges),
      missing: new Set(walks.flatMap((w) => [...w.missing])),
      pool: opts.recountPool,
      lanes: opts.limit.concurrency,
    })
  );
  for (const w of walks) for (const [record, own] of w.facts) record.facts = own;
  stats.recountWorkers += recount.workers;
  const records = walks.flatMap((w) => w.records);
  const raw = walks.flatMap((w) => w.coAuthors);
  const rawReviewers = walks.flatMap((w) => w.reviewers);
  const contacts = await mailmapContacts(dir, [...raw.flatMap(([, values]) => values), ...rawReviewers.flatMap(([, values]) => values.map((v) => v.value))]);
  for (const [record, values] of raw) {
    const co = values.map((x) => contacts.get(x)).filter((x): x is Identity => x !== undefined);
    if (co.length) record.coAuthors = co;
  }
  for (const [record, values] of rawReviewers) {
    // Two spellings .mailmap maps to one identity are one reviewer.
    const reviewers = new Map<string, Reviewer>();
    for (const { trailer, value } of values) {
      const id = contacts.get(value);
      if (id) reviewers.set(`${trailer}\u0000${id.name}\u0000${id.email}`, { ...id, trailer });
    }
    if (reviewers.size) record.reviewers = [...reviewers.values()];
  }
  return {
    records,
    unreadable: walks.some((w) => w.unreadable),
    unknown: recount.unknown,
    unknownFiles: walks.reduce((s, w) => s + w.unknownFiles, 0),
  };
}

/** A chunk walked by git log: its records, with facts still to recount. */
interface Walked {
  records: CommitRecord[];
  /** Records with raw `Co-authored-by:` values, resolved after all chunks. */
  coAuthors: [CommitRecord, string[]][];
  /** Records with raw review trailers (`Reviewed-by:`...), resolved with the co-authors. */
  reviewers: [CommitRecord, RawCommit['reviewers']][];
  /** Some commit was walked below numstat: git could not read some objects. */
  unreadable: boolean;
  /** Commits whose files could not be listed (their trees could not be read). */
  unknownFiles: number;
  /** git log processes run: the chunk's walk, and its walks again after objects git could not read (a planned chunk's listing among them). */
  walks: number;
  /** Commits built from a walk below numstat. */
  fallback: number;
  facts: Map<CommitRecord, FactBody[]>;
  notebookChanges: ChangeToCount[];
  textChanges: ChangeToCount[];
  /** Changed files that may be Jupytext text notebooks. */
  scriptChanges: ScriptChange[];
  /** Blobs the chunk's commits name that the repository does not hold, as far as they were looked up (missingBlobs.ts). */
  missing: Set<string>;
}

/**
 * One chunk's streamed `git log --no-walk --stdin` of its commits: records with facts
 * still to recount.
 *
 * With `diffOff` git skips the diffs of `*.ipynb` files, which can change more than
 * their numstat: git finds renames of binary files by other similarity rules than of
 * text (it ignores CR before LF only in text, for one). So a commit where that may
 * matter ({@link pairsDiffer}) is walked again without `diffOff`, and its facts come
 * from that walk: every fact equals a plain walk's. In cell mode, notebook changes with
 * "-" are marked `numstatSkipped`.
 *
 * When git dies on an object it cannot read, the commits it printed before the last one
 * are kept, and the walk goes on from there along {@link LADDER}: the one commit it died
 * on one rung lower (which may fail in turn; a span of commits on a missing root tree),
 * then the rest at this rung again.
 * @throws LetgoError (GIT) when git log fails for another reason
 */
async function walkChunk(
  dir: string,
  shas: string[],
  diffOff: NotebookDiffOff | null,
  promisor: boolean,
  opts: ScanRepoOptions,
  progress: (k: number) => void
): Promise<Walked> {
  const w: Walked = {
    records: [],
    coAuthors: [],
    reviewers: [],
    unreadable: false,
    unknownFiles: 0,
    walks: 0,
    fallback: 0,
    facts: new Map(),
    notebookChanges: [],
    textChanges: [],
    scriptChanges: [],
    missing: new Set(),
  };
  let pending = 0;
  const cellMode = opts.config.notebooks.lines === 'cells';
  const classifier = opts.classifier();
  /** Builds the record and facts of one commit walked with `diff`. */
  const build = (c: RawCommit, diff: LogDiff): void => {
    const record: CommitRecord = { sha: c.sha, authorName: c.authorName, authorEmail: c.authorEmail, time: c.time, subject: c.subject, facts: [] };
    w.records.push(record);
    if (c.coAuthors.length) w.coAuthors.push([record, c.coAuthors]);
    if (c.reviewers.length) w.reviewers.push([record, c.reviewers]);
    if (diff === 'none') w.unknownFiles++;
    const numstat = diff === 'numstat';
    if (!numstat) w.fallback++;
    // In cell mode a notebook's "-" numstat is left unknown: its count comes from cells, or,
    // when that falls back, from git asked again (recount.ts), which sets `binary` if so.
    const cells = numstat && cellMode;
    const own: FactBody[] = [];
    for (const change of c.changes) {
      if (change.oldMode === GITLINK || change.newMode === GITLINK || !change.path) continue;
      const name = plainPath(change.path); // what globs and extensions see
      const kind = classifier.kind(name);
      // The commit's fields (sha, author, time) stay on the record until the facts are assembled.
      const fact: FactBody = {
        path: change.path,
        ...(change.oldPath !== undefined ? { oldPath: change.oldPath } : {}),
        status: normalizeStatus(change.status),
        kind,
        tier: classifier.tier(name, c.subject),
        added: change.added ?? null,
        deleted: change.deleted ?? null,
      };
      const skipped = cells && kind === 'notebook' && change.added === null;
      if (numstat && change.added === null && !skipped) fact.binary = true;
      own.push(fact);
      const item: ChangeToCount = { fact, change, sha: c.sha, ...(skipped ? { numstatSkipped: true } : {}) };
      // Without numstat every change is counted from its blobs; with it, only notebooks in cell mode.
      if (kind === 'notebook') {
        if (cellMode || !numstat) w.notebookChanges.push(item);
      } else if (!numstat) w.textChanges.push(item);
      if (cellMode && (kind === 'code' || kind === 'docs') && isJupytextCandidate(name)) w.scriptChanges.push({ fact, sha: c.sha, blob: headerBlob(change) });
    }
    w.facts.set(record, own);
    if (++pending === 250) {
      progress(pending);
      pending = 0;
    }
  };
  const again: string[] = []; // commits to walk again without diffOff

  /**
   * Walks `list` at rung `rung` of LADDER (`off`: with diffOff), falling back below it
   * for what fails. A commit is taken once git has printed the next one (or exited
   * cleanly): the last one printed before a failure may be incomplete. Each commit ends
   * at the first rung that reads it, whatever its neighbours (so the facts do not depend
   * on how the history was split): a failure is pinned to its one commit (the last one
   * printed if it fails alone, else the next), which goes one rung lower, except that a
   * numstat failure on a missing root tree takes a span ({@link FIRST_SPAN}). With
   * `plan`, the first numstat failure sends the commits from there to
   * {@link planWalks} instead.
   */
  const walk = async (list: string[], rung: number, off: NotebookDiffOff | null, plan = false): Promise<void> => {
    const diff = LADDER[rung]!;
    let span = 0; // of the last fallback from numstat
    let window = list.length; // commits per walk: all at first, RESTART_WINDOW after a failure
    for (let i = 0; i < list.length;) {
      let last: RawCommit | undefined;
      let taken = 0;
      const take = (c: RawCommit): void => {
        taken++;
        if (off && pairsDiffer(c, classifier)) again.push(c.sha);
        else build(c, diff);
      };
      const part = i === 0 && window >= list.length ? list : list.slice(i, i + window);
      w.walks++;
      const r = await streamLog(dir, [...(off?.args ?? []), ...logArgs(diff)], part, (c) => {
        if (last) take(last);
        last = c;
      });
      const end = i + part.length;
      if (r.code === 0) {
        if (last) take(last);
        i = end;
        continue;
      }
      if (rung === LADDER.length - 1 || !UNREADABLE.test(r.stderr)) throw new LetgoError(ExitCode.Git, `git log failed in ${dir}: ${firstLine(r.stderr)}`);
      w.unreadable = true;
      i += taken;
      window = RESTART_WINDOW;
      if (plan) {
        if (await planWalks(list.slice(i), off)) return;
        plan = false; // some trees are missing: a listing again would fail again
      }
      // No tree, no numstat (nor raw entries): a tree-less clone, where the commits after it likely have none either.
      const checked = rung === 0 ? list[i]! : undefined;
      if (checked !== undefined && !(await treesHeld([checked]))[0]) {
        // Failing again within the last span's length: failures are dense here, take twice as many.
        span = span > 0 && taken < span ? span * 2 : FIRST_SPAN;
        const failed = list.slice(i, i + span);
        const held = await treesHeld(failed);
        await walk(
          failed.filter((_, k) => !held[k]),
          LADDER.length - 1,
          null
        );
        const rest = failed.filter((_, k) => held[k]);
        if (rest.length) await walk(rest, 0, off);
        i += failed.length;
        continue;
      }
      // The commit git died on: the last one it printed if that one fails alone (or is the walk's last), else the next.
      if (last !== undefined && i + 1 < end && (await walkAlone(last.sha, rung))) i++;
      const failing = list[i++]!;
      if (rung === 0 && failing !== checked) await belowNumstat(failing);
      else await walk([failing], rung + 1, null); // at rung 0: its tree is held
    }
  };
  /**
   * Walks each commit of `list` from the rung missingBlobs.ts's walkRung gives it, once
   * one walk without rename detection has listed their raw entries and one cat-file has
   * told which of their blobs the repository holds: git fails no more on a missing blob,
   * except on the few commits where the ladder decides. False (nothing walked) when that
   * listing fails: some trees are missing too, and the ladder walks them all.
   */
  const planWalks = async (list: string[], off: NotebookDiffOff | null): Promise<boolean> => {
    const changes = new Map<string, RawChange[]>();
    w.walks++;
    const listed = await streamLog(dir, logArgs('raw-no-renames'), list, (c) => changes.set(c.sha, c.changes));
    if (listed.code !== 0) return false;
    const blobs = [...new Set([...changes.values()].flatMap(blobsOf))];
    const held = await heldAmong(dir, blobs);
    for (const b of blobs) if (!held.has(b)) w.missing.add(b);
    const rungs = { numstat: [] as string[], raw: [] as string[], 'raw-no-renames': [] as string[], unsure: [] as string[] };
    const checked = await binaryCheckPaths(dir, [...changes.values()].flat(), w.missing);
    for (const sha of list) rungs[changes.has(sha) ? walkRung(changes.get(sha)!, w.missing, checked) : 'unsure'].push(sha);
    const below = rungs.raw.length + rungs['raw-no-renames'].length;
    if (below > 0) w.unreadable = true; // numstat would fail on them (an unsure commit's walk says so itself)
    if (rungs.numstat.length) await walk(rungs.numstat, 0, off);
    if (rungs.raw.length) await walk(rungs.raw, 1, null);
    if (rungs['raw-no-renames'].length) await walk(rungs['raw-no-renames'], 2, null);
    // Each alone: a failure is then the commit's own, without a walk again to tell which commit failed.
    for (const sha of rungs.unsure) await walk([sha], 0, off);
    return true;
  };
  /** Walks one commit at `rung` and takes it if git reads it; false when git cannot. */
  const walkAlone = async (sha: string, rung: number): Promise<boolean> => {
    const diff = LADDER[rung]!;
    let got: RawCommit | undefined;
    w.walks++;
    const r = await streamLog(dir, logArgs(diff), [sha], (c) => (got = c));
    if (r.code !== 0 && !UNREADABLE.test(r.stderr)) throw new LetgoError(ExitCode.Git, `git log failed in ${dir}: ${firstLine(r.stderr)}`);
    if (r.code !== 0 || !got) return false;
    build(got, diff);
    return true;
  };
  /** Per commit of `list`, true when the repository holds its root tree. */
  const treesHeld = async (list: string[]): Promise<boolean[]> => {
    // Commits are there (rev-list listed them): printing their tree ids reads no tree.
    const args = [...logArgs('none').filter((a) => !a.startsWith('--format=')), '--format=%T', '--no-walk=unsorted', '--stdin'];
    const listed = await runGit(dir, args, list.join('\n') + '\n');
    if (listed.code !== 0) throw new LetgoError(ExitCode.Git, `git log failed in ${dir}: ${firstLine(listed.stderr)}`);
    const trees = listed.stdout
      .toString('latin1')
      .split('\0')
      .map((t) => t.trim())
      .slice(0, list.length);
    const held = await batchCheck(dir, trees);
    return list.map((_, k) => held[k]?.type === 'tree');
  };
  /** One commit numstat could not read: the commit alone when its root tree is missing, else raw entries (and down the ladder from there). */
  const belowNumstat = async (sha: string): Promise<void> => {
    await walk([sha], (await treesHeld([sha]))[0] ? 1 : LADDER.length - 1, null);
  };
  // A partial clone is planned from the start: each failure would cost git a pass over its packs.
  if (!(promisor && (await planWalks(shas, diffOff)))) await walk(shas, 0, diffOff, true);
  if (again.length > 0) await walk(again, 0, null, true);
  progress(pending);
  return w;
}

/** `*.ipynb`, the pattern of notebookNumstat's attribute, in any case (git matches it case-insensitively under core.ignoreCase). */
const IPYNB = /\.ipynb$/i;

/**
 * True when a walk with notebook diffs off may give this commit other facts than a plain
 * walk: a `.ipynb` path with a "-" numstat that is not classified as a notebook (nothing
 * recounts it), a `.ipynb` path whose type changed, or one added, deleted or renamed with
 * an edit (git pairs exact renames by object id first, whatever the attributes) in a
 * commit where git could pair renames (it has a deleted or renamed file and an added or
 * renamed one: git finds renames of binary files by other similarity rules than of
 * text). A commit that only adds notebooks, or only deletes them, pairs nothing either
 * way (on the bench's real-shaped repository, a third of the commits, whose walk again
 * cost a full numstat of each new notebook).
 */
function pairsDiffer(c: RawCommit, classifier: Classifier): boolean {
  let sources = false;
  let targets = false;
  let moved = false;
  for (const ch of c.changes) {
    sources ||= ch.status === 'D' || ch.status === 'R';
    targets ||= ch.status === 'A' || ch.status === 'R';
    const name = plainPath(ch.path);
    if (!IPYNB.test(name) && !(ch.oldPath !== undefined && IPYNB.test(plainPath(ch.oldPath)))) continue;
    if (ch.status === 'T' || (ch.added === null && classifier.kind(name) !== 'notebook')) return true;
    // An exact rename (same blob) is paired by object id before any similarity, in either walk.
    moved ||= ch.status !== 'M' && !(ch.status === 'R' && ch.oldBlob === ch.newBlob);
  }
  return moved && sources && targets;
}

/** Resolves raw trailer values ("Name <email>": co-authors, reviewers) through `.mailmap` with `git check-mailmap`. */
async function mailmapContacts(dir: string, raw: readonly string[]): Promise<Map<string, Identity>> {
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

/** git's status letter as a {@link FactStatus}; one letgo does not know reads as M (modified). */
function normalizeStatus(s: string): FactStatus {
  return (FACT_STATUSES as readonly string[]).includes(s) ? (s as FactStatus) : 'M';
}
