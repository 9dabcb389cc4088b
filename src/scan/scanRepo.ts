/**
 * One repository -> facts: walks `git log` as a stream, applies `.mailmap` to
 * co-authors, classifies every change, and (in cell mode) recounts notebook churn by
 * cell source.
 */
import type { Classifier } from '../core/classify.js';
import type { Config } from '../core/config.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import type { Fact, Identity, RepoMeta } from '../core/facts.js';
import { runGit, spawnGit, gitSpawnError } from './git.js';
import { LOG_FORMAT, LogParser, type RawChange, type RawCommit } from './logParser.js';
import { recountChurn } from './recount.js';
import { isJupytextCandidate } from '../core/notebook/index.js';

/** Options of {@link scanRepo}. */
export interface ScanRepoOptions {
  config: Config;
  classifier: Classifier;
  /** Walk local branches and tags instead of HEAD. */
  allBranches: boolean;
  /** Called with the number of commits parsed so far and the expected total. */
  onProgress?: (done: number, total: number) => void;
}

/** Result of scanning one repository. */
export interface RepoScan {
  meta: RepoMeta;
  facts: Fact[];
}

const GITLINK = '160000';
const UNREADABLE = /unable to read|could not read|missing (blob|tree|object)|promisor|bad object|fatal: .*fetch/i;

/**
 * Scans one repository (its top-level folder).
 * @param dir the repository's top-level folder
 * @param id the repository id written into facts
 * @throws LetgoError (GIT) when git fails for another reason than unreadable objects
 */
export async function scanRepo(dir: string, id: string, opts: ScanRepoOptions): Promise<RepoScan> {
  const warnings: string[] = [];
  const head = await runGit(dir, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
  const meta: RepoMeta = { id, path: dir, head: '', commits: 0, merges: 0, shallow: false, unknownChurn: 0, warnings };
  if (head.code !== 0) {
    warnings.push(`Repository ${id} (${dir}) is empty: it has no commit yet.`);
    return { meta, facts: [] };
  }
  meta.head = head.stdout.toString().trim();
  const refs = opts.allBranches ? ['--branches', '--tags'] : ['HEAD'];
  const [shallow, merges, total] = await Promise.all([
    runGit(dir, ['rev-parse', '--is-shallow-repository']),
    runGit(dir, ['rev-list', '--count', '--merges', ...refs, '--']),
    runGit(dir, ['rev-list', '--count', '--no-merges', ...refs, '--']),
  ]);
  meta.shallow = shallow.stdout.toString().trim() === 'true';
  if (meta.shallow) warnings.push(`Repository ${id} is a shallow clone: history before its cut is not counted (run 'git fetch --unshallow' there for the full picture).`);
  meta.merges = Number(merges.stdout.toString().trim()) || 0;
  const expected = Number(total.stdout.toString().trim()) || 0;

  let raw = await walkLog(dir, refs, true, expected, opts.onProgress);
  let readableNumstat = true;
  if (raw.code !== 0) {
    if (!UNREADABLE.test(raw.stderr)) {
      throw new LetgoError(ExitCode.Git, `git log failed in ${dir}: ${firstLine(raw.stderr)}`);
    }
    // A partial clone or missing blobs: walk trees only and read what blobs we can.
    raw = await walkLog(dir, refs, false, expected, opts.onProgress);
    if (raw.code !== 0) throw new LetgoError(ExitCode.Git, `git log failed in ${dir}: ${firstLine(raw.stderr)}`);
    readableNumstat = false;
  }

  const coAuthors = await mailmapCoAuthors(dir, raw.commits);
  const facts: Fact[] = [];
  const notebookChanges: { fact: Fact; change: RawChange }[] = [];
  const textChanges: { fact: Fact; change: RawChange }[] = [];
  const scriptChanges: { fact: Fact; change: RawChange }[] = []; // possible Jupytext text notebooks
  for (const c of raw.commits) {
    meta.commits++;
    const co = c.coAuthors.map((x) => coAuthors.get(x)).filter((x): x is Identity => x !== undefined);
    for (const change of c.changes) {
      if (change.oldMode === GITLINK || change.newMode === GITLINK || !change.path) continue;
      const kind = opts.classifier.kind(change.path);
      const fact: Fact = {
        repo: id,
        sha: c.sha,
        author: c.authorEmail.toLowerCase(),
        authorName: c.authorName,
        authorEmail: c.authorEmail,
        ...(co.length ? { coAuthors: co } : {}),
        time: c.time,
        path: change.path,
        ...(change.oldPath !== undefined ? { oldPath: change.oldPath } : {}),
        status: normalizeStatus(change.status),
        kind,
        tier: opts.classifier.tier(change.path, c.subject),
        added: change.added ?? null,
        deleted: change.deleted ?? null,
      };
      if (readableNumstat && change.added === null) fact.binary = true;
      facts.push(fact);
      if (kind === 'notebook') notebookChanges.push({ fact, change });
      else if (!readableNumstat) textChanges.push({ fact, change });
      if ((kind === 'code' || kind === 'docs') && isJupytextCandidate(change.path)) scriptChanges.push({ fact, change });
    }
  }
  const recount = await recountChurn(dir, {
    notebooks: opts.config.notebooks.lines === 'cells' || !readableNumstat ? notebookChanges : [],
    text: textChanges,
    maxBlobBytes: opts.config.notebooks.maxBlobBytes,
    cells: opts.config.notebooks.lines === 'cells',
    scripts: scriptChanges,
  });
  meta.unknownChurn = recount.unknown;
  if (!readableNumstat || recount.unknown > 0) {
    warnings.push(
      `Repository ${id} has objects git cannot read here (a partial clone or missing blobs): ${recount.unknown} file change${recount.unknown === 1 ? '' : 's'} counted with unknown churn; letgo never fetches them.`
    );
  }
  return { meta, facts };
}

interface Walk {
  commits: RawCommit[];
  code: number;
  stderr: string;
}

function walkLog(dir: string, refs: string[], numstat: boolean, expected: number, onProgress?: (done: number, total: number) => void): Promise<Walk> {
  const args = ['log', '-z', '--no-merges', '--no-color', '--no-ext-diff', '--no-textconv', '--raw', '--no-abbrev', '-M', ...(numstat ? ['--numstat'] : []), LOG_FORMAT, ...refs, '--'];
  return new Promise((resolve, reject) => {
    const commits: RawCommit[] = [];
    const parser = new LogParser((c) => {
      commits.push(c);
      if (onProgress && commits.length % 500 === 0) onProgress(commits.length, expected);
    });
    const child = spawnGit(dir, args);
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => parser.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(gitSpawnError(e)));
    child.on('close', (code) => {
      parser.end();
      onProgress?.(commits.length, expected);
      resolve({ commits, code: code ?? 1, stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end();
  });
}

/** Resolves raw `Co-authored-by:` values ("Name <email>") through `.mailmap` with `git check-mailmap`. */
async function mailmapCoAuthors(dir: string, commits: readonly RawCommit[]): Promise<Map<string, Identity>> {
  const values = [...new Set(commits.flatMap((c) => c.coAuthors))];
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
