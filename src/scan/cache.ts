/**
 * The fact cache: per repository, the facts of every scanned commit, keyed by commit sha,
 * so a second scan of an unchanged repository reads no history and one with new commits
 * reads only those.
 *
 * Layout, under the cache root (`--cache-dir`, default `$XDG_CACHE_HOME/letgo` or
 * `~/.cache/letgo`):
 *
 * ```
 * <root>/v<FORMAT>/<sha256 of the repository's real path>/
 *   <key>.json           manifest: the sha256 of the rest of the file on its first line,
 *                        then tips, merge count, segment list as JSON (one per key;
 *                        removed when its key is unused for 30 days)
 *   seg-<sha256>.json    segment: commit records, named by the hash of its content
 * ```
 *
 * The key ({@link cacheKey}) hashes everything that decides a commit's facts besides the
 * commit itself: letgo's version, the classification config (kinds, tiers), the notebook
 * mode and size limit, and the repository's mailmap and replace refs. Another key is
 * another manifest, so a config change or a new letgo version never reads old facts.
 *
 * Crash and concurrency safety without a lock: every file is written to a unique temp
 * file and renamed into place (atomic on one file system); segments are content
 * addressed (a segment's name is the sha256 of its bytes and is checked on read), so two
 * scans at once write the same bytes under the same name or different names, and the
 * manifest rename is the single commit point (last writer wins, both are complete). The
 * manifest carries the hash of its own content, checked on read like a segment's name, so
 * an edited manifest (`"merges":0` made 40, a segment named twice) is a miss too.
 * Anything unreadable, mismatched or missing is a cache miss: the scan runs cold and
 * rewrites the cache. Cache errors are warnings, never failures.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { joinInParts } from '../core/collections.js';
import type { CommitFields, FactBody, FactRow, Identity, Reviewer } from '../core/facts.js';
import { compareCommits, compareStrings } from '../core/facts.js';

/** Bump when the files' layout or the meaning of a record changes (2: the manifest carries its own hash). */
const CACHE_FORMAT = 2;

/**
 * Revision of how letgo derives facts from a commit, part of every key: raised when a
 * change gives other facts for the same commit under the same letgo version (2: notebooks
 * counted by cells carry no `binary` flag; 3: co-authors read from the whole message, and
 * the subject kept; 4: git config that changes git's output is pinned, author times
 * before 1970 are read, paths that are not UTF-8 stay distinct, commits without file
 * facts are read as they are after objects git cannot read; 5: the closing review
 * trailers, `Reviewed-by:` and the like, are kept as `reviewers`; 6: in a partial clone or
 * damaged copy, a commit git can read gets numstat's facts whatever its neighbours, and an
 * exact rename of a missing blob goes below numstat only where git reads that blob).
 */
const FACTS_REVISION = 6;

/**
 * sha256 of the source (tokens, not comments or layout) of fact derivation when
 * FACTS_REVISION was last set: src/scan/index.ts and the modules it imports, this one
 * aside (scripts/facts-hash.mjs). tests/scan/factsRevision.test.ts fails when that source
 * changes and this is not updated: `npm run facts-hash` raises FACTS_REVISION and records
 * the hash; `npm run facts-hash -- --keep-revision` records it alone, for a change that
 * gives every commit the same facts.
 */
export const FACTS_SOURCE_HASH = 'fdcdd246e72645671ea778a34b83d71cbd6a053cfa6e38d89b4c6c0472f2715b';

/** Segments beyond this are compacted into one on the next write. */
const MAX_SEGMENTS = 8;

/** Temp files and unreferenced segments older than this (ms) are removed on write. */
const STALE_MS = 10 * 60 * 1000;

/**
 * A manifest of another key (another letgo version, config or mailmap) not written for
 * this long (ms, 30 days) is removed with the segments only it named: a key that is
 * still in use is rewritten by every scan under it.
 */
const UNUSED_KEY_MS = 30 * 24 * 60 * 60 * 1000;

/** One non-merge commit as the scan derived it: the unit the cache stores. `facts` is empty for a commit that changes no file. */
export interface CommitRecord {
  sha: string;
  /** Author name and email after `.mailmap`. */
  authorName: string;
  authorEmail: string;
  /** Author time, ISO 8601 with offset. */
  time: string;
  /** Co-authors after `.mailmap` (absent when none). */
  coAuthors?: Identity[];
  /** People the closing review trailers name, after `.mailmap` (absent when none). */
  reviewers?: Reviewer[];
  /** The message's subject line (git's `%s`). */
  subject: string;
  facts: FactBody[];
}

/** The facts of records, in the field order a scan writes them: a commit row for a record without facts. */
export function recordFacts(repo: string, records: readonly CommitRecord[]): FactRow[] {
  const out: FactRow[] = [];
  for (const r of records) pushFacts(out, repo, r.sha, r.authorName, r.authorEmail, r.time, r.coAuthors, r.reviewers, r.subject, r.facts);
  return out;
}

/**
 * Appends one commit's facts (one per body) to `out`, or its commit row when it has no
 * body: one object literal per shape, no intermediate objects (co-authors and reviewers
 * only when the commit has them).
 */
function pushFacts(
  out: FactRow[],
  repo: string,
  sha: string,
  authorName: string,
  authorEmail: string,
  time: string,
  co: Identity[] | undefined,
  reviewed: Reviewer[] | undefined,
  subject: string,
  bodies: readonly FactBody[]
): void {
  const author = authorEmail.toLowerCase();
  const coAuthors = co?.length ? co : undefined;
  if (reviewed?.length) {
    const reviewers = reviewed;
    const fields: CommitFields = coAuthors
      ? { repo, sha, author, authorName, authorEmail, coAuthors, reviewers, time, subject }
      : { repo, sha, author, authorName, authorEmail, reviewers, time, subject };
    if (bodies.length === 0) out.push(fields);
    for (const body of bodies) out.push({ ...fields, ...body });
    return;
  }
  if (bodies.length === 0) {
    out.push(
      coAuthors ? { repo, sha, author, authorName, authorEmail, coAuthors, time, subject } : { repo, sha, author, authorName, authorEmail, time, subject }
    );
    return;
  }
  for (const body of bodies) {
    out.push(
      coAuthors
        ? { repo, sha, author, authorName, authorEmail, coAuthors, time, subject, ...body }
        : { repo, sha, author, authorName, authorEmail, time, subject, ...body }
    );
  }
}

/** What a manifest says about the last scan of a repository under one key. */
export interface CachedScan {
  /** Fingerprint of the refs scanned (see scanRepo): equal means unchanged history. */
  tips: string;
  /** Merge commits reachable from those refs. */
  merges: number;
  /** Every non-merge commit reachable from those refs. */
  records: CommitRecord[];
}

interface Manifest {
  format: number;
  key: string;
  repo: string;
  tips: string;
  merges: number;
  commits: number;
  /** One segment written whole, in `sortFacts` order. */
  sorted: boolean;
  segments: { file: string; commits: number }[];
}

/** The facts of a cached scan (see {@link RepoCache.loadFacts}). */
export interface CachedFacts {
  merges: number;
  /** Non-merge commits (records), including those that change no file. */
  commits: number;
  facts: FactRow[];
  /** True when the facts are in `sortFacts` order (author time, sha, path): they need no sort. */
  sorted: boolean;
}

/** Compact wire form of a record: [sha, name, email, time, coAuthors or 0, facts, subject, reviewers (only when some)]. */
type Wire = [string, string, string, string, Identity[] | 0, FactBody[], string, Reviewer[]?];

/** A manifest's segments as read: records in wire form. */
interface WireScan {
  tips: string;
  merges: number;
  wires: Wire[];
  sorted: boolean;
}

/**
 * The hash (hex sha256) of the parts that decide facts besides the commit itself.
 * @param parts JSON-serialisable values; their order matters
 */
export function cacheKey(parts: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: CACHE_FORMAT, facts: FACTS_REVISION, ...parts }))
    .digest('hex');
}

/**
 * The cache of one repository under one key. Never throws: read problems are misses and
 * write problems are reported once through `warn`.
 */
export class RepoCache {
  private readonly folder: string;
  private readonly manifestFile: string;
  /** The manifest as read (once) or last written; null: none or unreadable. */
  private manifest: Manifest | null | undefined;
  private read: { scan: WireScan | undefined } | undefined;

  /**
   * @param root the cache root folder (created on first write)
   * @param repoDir the repository's top-level folder
   * @param key from {@link cacheKey}
   * @param warn called with a one-sentence warning when the cache cannot be read or written
   */
  constructor(
    root: string,
    private readonly repoDir: string,
    private readonly key: string,
    private readonly warn: (message: string) => void
  ) {
    let real = repoDir;
    try {
      real = realpathSync(repoDir);
    } catch {
      // keep the path as given
    }
    this.folder = path.join(root, `v${CACHE_FORMAT}`, createHash('sha256').update(real).digest('hex').slice(0, 32));
    this.manifestFile = path.join(this.folder, `${key}.json`);
  }

  /** The tips fingerprint of the last scan under this key, or undefined (no cache, unreadable). Reads only the small manifest. */
  tips(): string | undefined {
    if (this.manifest === undefined) this.manifest = this.readManifest() ?? null;
    return this.manifest?.tips;
  }

  /** The last scan's records; undefined on a miss (none, or a file missing or corrupt: then a warning, once). */
  load(): CachedScan | undefined {
    const read = this.readWires();
    return read && { tips: read.tips, merges: read.merges, records: read.wires.map(fromWire) };
  }

  /**
   * The last scan's facts for repository id `repo`, made straight from the stored records
   * (the warm path: no CommitRecord objects in between); undefined on a miss, as {@link load}.
   */
  loadFacts(repo: string): CachedFacts | undefined {
    const read = this.readWires();
    if (!read) return undefined;
    const facts: FactRow[] = [];
    for (const w of read.wires) pushFacts(facts, repo, w[0], w[1], w[2], w[3], w[4] || undefined, w[7], w[6], w[5]);
    return { merges: read.merges, commits: read.wires.length, facts, sorted: read.sorted };
  }

  /** The manifest's records in wire form, every segment checked (hash, count, shape), read once; undefined on a miss (warned once). */
  private readWires(): WireScan | undefined {
    this.read ??= { scan: this.readSegments() };
    return this.read.scan;
  }

  private readSegments(): WireScan | undefined {
    if (this.manifest === undefined) this.manifest = this.readManifest() ?? null;
    const m = this.manifest;
    if (!m) return undefined;
    const all: Wire[] = [];
    if (new Set(m.segments.map((seg) => seg.file)).size !== m.segments.length) {
      this.warn(`the fact cache file ${this.manifestFile} is corrupt: scanning without it`);
      return undefined;
    }
    for (const seg of m.segments) {
      const file = path.join(this.folder, seg.file);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        this.warn(`the fact cache of ${this.repoDir} lacks ${seg.file} (removed while in use?): scanning without it`);
        return undefined;
      }
      if (`seg-${sha256(bytes)}.json` !== seg.file) {
        this.warn(`the fact cache file ${file} is corrupt: scanning without it`);
        return undefined;
      }
      let wires: unknown;
      try {
        wires = JSON.parse(bytes.toString('utf8'));
      } catch {
        // not JSON: reported as corrupt below
      }
      if (!Array.isArray(wires) || wires.length !== seg.commits || !wires.every(isWire)) {
        this.warn(`the fact cache file ${file} is corrupt: scanning without it`);
        return undefined;
      }
      for (const w of wires as Wire[]) all.push(w);
    }
    if (all.length !== m.commits) return undefined;
    return { tips: m.tips, merges: m.merges, wires: all, sorted: m.sorted === true && m.segments.length === 1 };
  }

  /**
   * Records a scan. With `added` (the records new since the loaded scan, all others
   * being `kept` unchanged) writes one segment of the new records only; otherwise, or
   * past {@link MAX_SEGMENTS}, one segment of all records.
   * @param scan the complete scan (records: every reachable non-merge commit)
   * @param added records not in the loaded scan, when every loaded record is still in `scan.records`
   */
  save(scan: CachedScan, added?: CommitRecord[]): void {
    try {
      mkdirSync(this.folder, { recursive: true });
      const old = this.manifest;
      const incremental = old != null && added !== undefined && old.segments.length < MAX_SEGMENTS;
      const segments = incremental ? [...old.segments] : [];
      // A whole rewrite is stored in sortFacts order, so that a warm scan need not sort.
      const fresh = incremental ? added : sortRecords(scan.records);
      if (fresh.length > 0 || segments.length === 0) segments.push({ file: this.writeSegment(fresh), commits: fresh.length });
      const manifest: Manifest = {
        format: CACHE_FORMAT,
        key: this.key,
        repo: this.repoDir,
        tips: scan.tips,
        merges: scan.merges,
        commits: scan.records.length,
        sorted: !incremental,
        segments,
      };
      this.writeFile(this.manifestFile, manifestText(manifest));
      this.manifest = manifest;
      this.collect();
    } catch (e) {
      this.warn(
        `cannot write the fact cache in ${this.folder} (${(e as Error).message}): the next scan reads the history again; choose another --cache-dir or pass --no-cache`
      );
    }
  }

  private readManifest(): Manifest | undefined {
    let text: string;
    try {
      text = readFileSync(this.manifestFile, 'utf8');
    } catch {
      return undefined; // no cache yet
    }
    const m = parseManifest(text);
    if (m === undefined || m.key !== this.key) {
      this.warn(`the fact cache file ${this.manifestFile} is corrupt: scanning without it`);
      return undefined;
    }
    return m;
  }

  /**
   * Writes a segment under its content hash and returns its name. Streamed in batches
   * (hashing as it goes), so a large history is never one string in memory.
   */
  private writeSegment(records: readonly CommitRecord[]): string {
    const temp = this.tempFile('segment');
    const hash = createHash('sha256');
    let fd: number | undefined;
    try {
      fd = openSync(temp, 'w');
      const put = (text: string): void => {
        hash.update(text);
        writeSync(fd!, text);
      };
      put('[\n');
      for (const part of joinInParts(records, (r, i) => JSON.stringify(toWire(r)) + (i < records.length - 1 ? ',\n' : '\n'))) put(part);
      put(']\n');
      closeSync(fd);
      fd = undefined;
      const name = `seg-${hash.digest('hex')}.json`;
      renameSync(temp, path.join(this.folder, name));
      return name;
    } catch (e) {
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
      throw e;
    }
  }

  /** A unique temp file name beside the cache's files (removed by {@link collect} when a crash leaves it). */
  private tempFile(name: string): string {
    return path.join(this.folder, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  }

  /** Atomic write: a unique temp file beside the target, then rename. */
  private writeFile(file: string, content: string | Buffer): void {
    const temp = this.tempFile(path.basename(file));
    try {
      writeFileSync(temp, content);
      renameSync(temp, file);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
  }

  /**
   * Removes stale temp files (a crash mid-write), manifests of keys unused for
   * UNUSED_KEY_MS, and segments no remaining manifest of this folder names.
   */
  private collect(): void {
    const now = Date.now();
    const names = readdirSync(this.folder).filter((n) => {
      if (!n.endsWith('.json') || n.startsWith('seg-') || path.join(this.folder, n) === this.manifestFile) return true;
      try {
        const file = path.join(this.folder, n);
        if (now - statSync(file).mtimeMs <= UNUSED_KEY_MS) return true;
        rmSync(file, { force: true });
        return false;
      } catch {
        return true; // gone already, or unreadable: leave it to the next scan
      }
    });
    const used = new Set<string>();
    for (const n of names) {
      if (!n.endsWith('.json') || n.startsWith('seg-')) continue;
      let m: Manifest | undefined;
      try {
        m = parseManifest(readFileSync(path.join(this.folder, n), 'utf8'));
      } catch {
        // gone meanwhile: checked below
      }
      // another scan's manifest mid-rename, of another format, or corrupt: keep everything it might name
      if (m === undefined) return;
      for (const seg of m.segments) used.add(seg.file);
    }
    for (const n of names) {
      const stale = n.endsWith('.tmp') || (n.startsWith('seg-') && !used.has(n));
      if (!stale) continue;
      const file = path.join(this.folder, n);
      try {
        if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
      } catch {
        // gone already
      }
    }
  }
}

/**
 * Records by author time then sha, each record's facts sorted by path in place (stable):
 * the order `sortFacts` gives their facts. In place, so a large history is not copied
 * while it is written; the facts' order within a commit means nothing before sortFacts.
 */
function sortRecords(records: readonly CommitRecord[]): CommitRecord[] {
  const keyed = records.map((r) => ({ r, ms: Date.parse(r.time) }));
  keyed.sort((a, b) => compareCommits(a.ms, a.r.sha, b.ms, b.r.sha));
  return keyed.map(({ r }) => {
    r.facts.sort((a, b) => compareStrings(a.path, b.path));
    return r;
  });
}

/** A manifest's file content: the sha256 of its JSON, a newline, the JSON. */
function manifestText(m: Manifest): string {
  const json = JSON.stringify(m);
  return `${sha256(json)}\n${json}`;
}

/** A manifest from its file content, or undefined when its hash, format or shape is wrong. */
function parseManifest(text: string): Manifest | undefined {
  const nl = text.indexOf('\n');
  const json = text.slice(nl + 1);
  if (nl < 0 || text.slice(0, nl) !== sha256(json)) return undefined;
  try {
    const m = JSON.parse(json) as Manifest;
    const counts = (n: unknown): boolean => Number.isSafeInteger(n) && (n as number) >= 0;
    const segment = (seg: Manifest['segments'][number] | null): boolean =>
      typeof seg?.file === 'string' && /^seg-[0-9a-f]{64}\.json$/.test(seg.file) && counts(seg.commits);
    const ok =
      m.format === CACHE_FORMAT &&
      typeof m.key === 'string' &&
      typeof m.tips === 'string' &&
      counts(m.merges) &&
      counts(m.commits) &&
      Array.isArray(m.segments) &&
      m.segments.every(segment);
    return ok ? m : undefined;
  } catch {
    return undefined;
  }
}

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function toWire(r: CommitRecord): Wire {
  const w: Wire = [r.sha, r.authorName, r.authorEmail, r.time, r.coAuthors?.length ? r.coAuthors : 0, r.facts, r.subject];
  if (r.reviewers?.length) w.push(r.reviewers);
  return w;
}

/** Whether a parsed value has a record's shape (the content hash already vouches for the bytes; this guards against another writer's bug). */
function isWire(w: unknown): w is Wire {
  return (
    Array.isArray(w) &&
    typeof w[0] === 'string' &&
    typeof w[1] === 'string' &&
    typeof w[2] === 'string' &&
    typeof w[3] === 'string' &&
    Array.isArray(w[5]) &&
    typeof w[6] === 'string' &&
    (w[7] === undefined || Array.isArray(w[7]))
  );
}

function fromWire(w: Wire): CommitRecord {
  const r: CommitRecord = w[4]
    ? { sha: w[0], authorName: w[1], authorEmail: w[2], time: w[3], coAuthors: w[4], subject: w[6], facts: w[5] }
    : { sha: w[0], authorName: w[1], authorEmail: w[2], time: w[3], subject: w[6], facts: w[5] };
  if (w[7]) r.reviewers = w[7];
  return r;
}
