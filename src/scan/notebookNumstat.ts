/**
 * In cell mode letgo counts notebooks from their blobs, so git's numstat of notebook
 * JSON is wasted work, and on notebook-heavy histories it is most of `git log`'s time
 * (its line diff runs over long base64 lines): 2.0 s of 2.1 s on the bench's
 * 5,000-commit notebook-heavy repository. The cell-mode walk therefore runs with an
 * attributes file that marks `*.ipynb` as `-diff` (git prints "-" for them and skips
 * the diff). Everything else stays as git would have it:
 * - the file starts with the attributes file git would otherwise read
 *   (`core.attributesFile`, or `$XDG_CONFIG_HOME/git/attributes`, or
 *   `~/.config/git/attributes`), so no other path's attributes change; a repository's
 *   own `.gitattributes` and `.git/info/attributes` still come first, as always;
 * - commits where git could pair renames otherwise, or where a `.ipynb` file is not
 *   classified as a notebook, are walked again without the file (walkChunk in
 *   scanRepo.ts);
 * - the few notebook changes whose count falls back to git's lines (a side that does not
 *   parse, is binary or too large) are asked again without the file
 *   ({@link readGitNumstat}).
 * So every fact is what a plain walk gives.
 * Notebooks counted by cells carry no `binary` flag: their lines are not git's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { groupBy } from '../core/collections.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import { readBounded } from './files.js';
import { firstLine, runGit } from './git.js';
import { attributesFile, MAX_NAMED_FILE_BYTES } from './namedFiles.js';
import { logArgs, streamLog, type RawChange } from './logParser.js';
import type { ChangeToCount } from './recount.js';

/** The attribute line letgo adds. */
const NOTEBOOKS_WITHOUT_DIFF = '*.ipynb -diff';

/** git config arguments for a walk that skips notebook diffs, and how to remove their file. */
export interface NotebookDiffOff {
  /** `-c core.attributesFile=<file>`, to go before git's subcommand. */
  args: string[];
  /** Removes the file (call once the walks are done). */
  dispose(): void;
}

/**
 * Writes the attributes file for a cell-mode walk of `dir` into a new private temp
 * folder. Returns null (walk as usual) when the attributes file git would read exists
 * but cannot be read (permissions), or the temp folder cannot be written.
 */
export async function notebookDiffOff(dir: string): Promise<NotebookDiffOff | null> {
  // git reads core.attributesFile when set (an empty value: no file), else the XDG default.
  const configured = await runGit(dir, ['config', '--type=path', '--get', 'core.attributesFile']);
  const file = attributesFile(dir, configured.code === 0 ? configured.stdout.toString('utf8').replace(/\n$/, '') : undefined);
  // Bytes as they are (patterns need not be UTF-8). A file namedFiles.ts refused (a device,
  // a FIFO, too large) is one git is told not to read either: nothing to copy.
  const read = file === null ? undefined : readBounded(file, { maxBytes: MAX_NAMED_FILE_BYTES });
  if (read?.kind === 'unreadable') return null;
  const own = read?.kind === 'ok' ? read.bytes : Buffer.alloc(0);
  let folder: string | undefined;
  try {
    folder = mkdtempSync(path.join(tmpdir(), 'letgo-attributes-'));
    const ours = path.join(folder, 'attributes');
    writeFileSync(ours, Buffer.concat([own, Buffer.from(`\n${NOTEBOOKS_WITHOUT_DIFF}\n`)]));
    const dispose = (): void => rmSync(folder!, { recursive: true, force: true });
    return { args: ['-c', `core.attributesFile=${ours}`], dispose };
  } catch {
    if (folder) rmSync(folder, { recursive: true, force: true });
    return null;
  }
}

/**
 * Sets `added`/`deleted` (and `binary` when git prints "-") of the given changes' facts
 * to git's numstat from a plain walk of their commits: one `git log --no-walk --stdin`
 * over the distinct commits, entries matched by path and old path.
 * @throws LetgoError (GIT) when git log fails
 */
export async function readGitNumstat(dir: string, items: readonly ChangeToCount[]): Promise<void> {
  if (items.length === 0) return;
  const wanted = groupBy(items, (item) => item.sha);
  const found = new Map<string, RawChange[]>();
  const r = await streamLog(dir, logArgs(), [...wanted.keys()], (c) => found.set(c.sha, c.changes));
  if (r.code !== 0) throw new LetgoError(ExitCode.Git, `git log failed in ${dir}: ${firstLine(r.stderr)}`);
  for (const [sha, list] of wanted) {
    const changes = found.get(sha) ?? [];
    for (const { fact, change } of list) {
      const plain = changes.find((c) => c.path === change.path && c.oldPath === change.oldPath);
      fact.added = plain?.added ?? null;
      fact.deleted = plain?.deleted ?? null;
      if (plain !== undefined && plain.added === null) fact.binary = true;
    }
  }
}
