/**
 * Walking a history some of whose blobs are missing (a promisor partial clone, which must
 * never fetch, or a damaged copy) without letting git die on them. In a promisor clone
 * every git process that meets a missing object first checks that the object is a
 * promised one, which parses every commit and tree of the clone's packs (about 2 s for
 * the bench's 1,000-commit partial clone), then dies: a walk that fails once per missing
 * blob costs that much per failure. So once a walk fails (or before the first walk, in a
 * promisor clone), the commits are listed with their raw entries (trees only, no blob is
 * read), the blobs they name are looked up among the objects the repository holds, and
 * each commit goes straight to the walk that reads it ({@link walkRung}).
 */
import { NULL_BLOB } from './catFile.js';
import { runGit } from './git.js';
import { GITLINK, RENAME_LIMIT } from './gitConstants.js';
import type { RawChange } from './logParser.js';

/**
 * Where a commit's walk starts (readCommits.ts LADDER), from its raw entries without
 * rename detection (`git log --raw --no-renames`), the blobs known missing and the paths
 * whose blobs git reads to tell whether they are binary ({@link binaryCheckPaths}):
 * - `numstat`: it names no missing blob, so no walk of it can fail;
 * - `raw`: numstat surely reads a missing blob, while raw entries read a blob only to
 *   pair inexact renames (an added and a deleted file both left after exact pairing),
 *   and those blobs are held. A raw walk that fails all the same goes down the ladder.
 *   numstat surely reads a side of a modified file whose ids differ, and an added or
 *   deleted file that no exact rename can pair (git needs its lines or, for a binary
 *   file, its size); an exact rename only when git reads its blob to tell whether it is
 *   binary (its paths are all in `checkPaths`; a cell-mode walk's notebooks are not
 *   diffed, but a commit that may pair their renames is walked again without that,
 *   readCommits.ts pairsDiffer);
 * - `raw-no-renames`: numstat surely reads a missing blob, and so do raw entries, to
 *   pair an added and a deleted regular file one of which is missing (git needs every
 *   candidate's size, diffcore-rename.c);
 * - `unsure`: anything else (a missing blob only on a mode change, or on an exact rename
 *   of a path whose attributes tell git whether it is binary): the ladder decides, from
 *   numstat.
 * So a commit gets the walk it would get by walking down the ladder from numstat.
 */
export function walkRung(
  changes: readonly RawChange[],
  missing: ReadonlySet<string>,
  checkPaths: ReadonlySet<string>
): 'numstat' | 'raw' | 'raw-no-renames' | 'unsure' {
  const files = changes.filter((c) => c.oldMode !== GITLINK && c.newMode !== GITLINK);
  const gone = (blob: string): boolean => missing.has(blob) && !NULL_BLOB.test(blob);
  if (!files.some((c) => gone(c.oldBlob) || gone(c.newBlob))) return 'numstat';
  const sideOf = (c: RawChange): string | undefined => (c.status === 'A' ? c.newBlob : c.status === 'D' ? c.oldBlob : undefined);
  const added = new Set(files.filter((c) => c.status === 'A').map((c) => c.newBlob));
  const deleted = new Set(files.filter((c) => c.status === 'D').map((c) => c.oldBlob));
  const pairable = (blob: string): boolean => added.has(blob) && deleted.has(blob);
  /** True when git reads this blob to tell whether each added or deleted file with it is binary. */
  const checked = (blob: string): boolean => files.every((c) => sideOf(c) !== blob || checkPaths.has(c.path));
  const read = files.some((c) => {
    const side = sideOf(c);
    if (side === undefined) return c.oldBlob !== c.newBlob && (gone(c.oldBlob) || gone(c.newBlob));
    return gone(side) && (!pairable(side) || checked(side));
  });
  if (!read) return 'unsure';
  const unpaired = (status: string): RawChange[] => files.filter((c) => c.status === status && !pairable(sideOf(c)!));
  const [adds, dels] = [unpaired('A'), unpaired('D')];
  if (adds.length === 0 || dels.length === 0 || ![...adds, ...dels].some((c) => gone(sideOf(c)!))) return 'raw';
  // Inexact rename candidates, one of them missing: raw-no-renames, unless a candidate is
  // no regular file or there are more pairs than the rename limit (RENAME_LIMIT) allows.
  const regular = [...adds, ...dels].every((c) => /^100[67]/.test(c.status === 'A' ? c.newMode : c.oldMode));
  return regular && adds.length * dels.length <= RENAME_LIMIT * RENAME_LIMIT ? 'raw-no-renames' : 'unsure';
}

/**
 * The paths among the added and deleted files of `changes` with a missing blob (those an
 * exact rename could pair) whose blob git reads to tell whether it is binary (diff.c
 * `diff_filespec_is_binary`): their `diff` attribute is unspecified, or names a driver
 * (`diff=python`, nbdime's `diff=jupyternotebook`) with no `diff.<name>.binary` in git
 * config. git reads nothing for `diff` set (text) or unset (`-diff`, binary), nor for a
 * driver whose `binary` is configured either way. The attributes are the ones git log
 * reads (`git check-attr`: the repository's, then the user's file). Paths git prints
 * quoted (not UTF-8) are left out, and so is every path when git check-attr or git config
 * fails: walkRung then calls the commit `unsure`, and the ladder decides.
 */
export async function binaryCheckPaths(dir: string, changes: readonly RawChange[], missing: ReadonlySet<string>): Promise<Set<string>> {
  const paths = [
    ...new Set(changes.filter((c) => (c.status === 'A' && missing.has(c.newBlob)) || (c.status === 'D' && missing.has(c.oldBlob))).map((c) => c.path)),
  ].filter((p) => !p.startsWith('"'));
  const read = new Set<string>();
  if (paths.length === 0) return read;
  const [attrs, config] = await Promise.all([
    runGit(dir, ['check-attr', '-z', '--stdin', 'diff'], paths.map((p) => `${p}\0`).join('')),
    // -z: "<key>\n<value>\0" per entry; exit 1 when no key matches.
    runGit(dir, ['config', '-z', '--get-regexp', '^diff\\..*\\.binary$']),
  ]);
  if (attrs.code !== 0 || config.code > 1) return read;
  // The section and key print in lower case, the driver name (a subsection) as it is.
  const configured = new Set(
    config.stdout
      .toString('utf8')
      .split('\0')
      .map((entry) => /^diff\.(.*)\.binary$/.exec(entry.split('\n', 1)[0]!)?.[1])
      .filter((name) => name !== undefined)
  );
  const fields = attrs.stdout.toString('utf8').split('\0');
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const value = fields[i + 2]!;
    if (value === 'unspecified' || (value !== 'set' && value !== 'unset' && !configured.has(value))) read.add(fields[i]!);
  }
  return read;
}

/** The blob ids (no all-zero ids, no submodule commits) the raw entries name. */
export function blobsOf(changes: readonly RawChange[]): string[] {
  return changes.flatMap((c) => (c.oldMode === GITLINK || c.newMode === GITLINK ? [] : [c.oldBlob, c.newBlob].filter((b) => !NULL_BLOB.test(b))));
}

/**
 * True when the repository has a promisor remote (`remote.<name>.promisor` true, or
 * `extensions.partialClone` set): a partial clone, whose missing blobs are costly for git
 * to fail on (see above).
 */
export async function hasPromisorRemote(dir: string): Promise<boolean> {
  const r = await runGit(dir, ['config', '--get-regexp', '^(remote\\..*\\.promisor|extensions\\.partialclone)$']);
  return (
    r.code === 0 &&
    r.stdout
      .toString('utf8')
      .split('\n')
      .some((line) => /^extensions\.partialclone \S/.test(line) || /^remote\..*\.promisor( (true|yes|on|1))?$/i.test(line))
  );
}
