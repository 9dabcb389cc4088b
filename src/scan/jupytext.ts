/**
 * Jupytext pairs in the scan: reads what the pure pairing rule (src/core/notebook/pairing.ts)
 * needs — the header of each changed text file that could be a text notebook, and, for a
 * script changed without its notebook, the `formats` of the notebook beside it as of the
 * commit — and
 * applies the decision to the facts:
 * - a text notebook becomes `kind: 'notebook'`, `jupytext: true`, with git's line counts;
 * - one whose paired notebook the same commit changes also gets `pairedWith` and zero
 *   lines: the notebook's cell-source churn is the one count of that work.
 * Every decision depends only on one commit's tree, so facts stay mergeable by union.
 */
import { groupBy } from '../core/collections.js';
import type { FactBody } from '../core/facts.js';
import { headerRuledOut, jupytextHeader, pairScripts, parseNotebookBytes } from '../core/notebook/index.js';
import type { JupytextHeader, PairingNotebook } from '../core/notebook/index.js';
import { batchCheck, blobText, CatFile, NULL_BLOB, readBlob } from './catFile.js';
import { collectGarbageIfLarge } from './memory.js';
import type { RawChange } from './logParser.js';

/** Blob reads in flight at once (cat-file answers in order; bounds memory). */
const BATCH = 64;

/** Bytes of a script decoded first: enough to see that most scripts open no header. */
const HEAD_BYTES = 4096;

/** A changed notebook's commit, and its versions' paths and `metadata.jupytext.formats` (those that parsed). */
export interface NotebookSide {
  sha: string;
  sides: { path: string; formats?: string }[];
}

/** Each notebook fact with its {@link NotebookSide}. */
export type NotebookSides = Map<FactBody, NotebookSide>;

/** A changed file with a text-notebook extension (see isJupytextCandidate): its fact, its commit and the blob its header is read from ({@link headerBlob}). */
export interface ScriptChange {
  fact: FactBody;
  sha: string;
  blob: string;
}

/** Input of {@link pairJupytext}. */
export interface JupytextInput {
  /**
   * Changed files with a text-notebook extension that carry work, in groups (a walk's
   * chunks) paired one after the other: a decision reads one commit's tree, and a group's
   * lookups (two `<sha>:<path>` names a headerless script) stay bounded.
   */
  groups: ScriptChange[][];
  /** Every notebook fact of the repository with its sides (from the cell recount). */
  notebooks: NotebookSides;
  /** Blob sizes in bytes (see blobSizes); a blob absent from it is missing. */
  sizes: Map<string, number>;
  /** Blobs larger than this are not read (their header counts as absent). */
  maxBlobBytes: number;
  /** `git cat-file` processes to read with at once (default 1): each reads a contiguous part of the scripts. */
  lanes?: number;
}

/**
 * Decides which scripts of `input.groups` are Jupytext text notebooks and sets their
 * facts in place (module doc). Reads blobs through `input.lanes` `git cat-file --batch`
 * processes of its own, started once for every group; a blob that is missing, too large
 * or binary counts as having no header. After each group, collects garbage when the
 * process is large (memory.ts).
 * @param dir the repository's top-level folder
 * @throws Error when a cat-file process fails
 */
export async function pairJupytext(dir: string, input: JupytextInput): Promise<void> {
  const groups = input.groups.filter((g) => g.length > 0);
  if (groups.length === 0) return;
  const most = Math.max(...groups.map((g) => g.length));
  const lanes = Math.max(1, Math.min(input.lanes ?? 1, Math.ceil(most / BATCH)));
  const cats = Array.from({ length: lanes }, () => new CatFile(dir));
  // The notebooks each commit changes, with their sides: the same for every group.
  const changedBySha = new Map<string, PairingNotebook[]>();
  for (const [sha, entries] of groupBy(input.notebooks, ([, n]) => n.sha)) {
    changedBySha.set(
      sha,
      entries.map(([fact, { sides }]) => ({ path: fact.path, changed: true, sides }))
    );
  }
  try {
    for (const scripts of groups) {
      await pairGroup(dir, cats, scripts, changedBySha, input);
      collectGarbageIfLarge(); // the group's blobs and lookups are garbage now
    }
  } finally {
    await Promise.all(cats.map((c) => c.close()));
  }
}

/** {@link pairJupytext} of one group, reading through `cats` (at least one). */
async function pairGroup(
  dir: string,
  cats: CatFile[],
  scripts: ScriptChange[],
  changedBySha: Map<string, PairingNotebook[]>,
  input: JupytextInput
): Promise<void> {
  const size = Math.ceil(scripts.length / cats.length);
  const headers = (await Promise.all(cats.map((cat, k) => readHeaders(cat, scripts.slice(k * size, (k + 1) * size), input)))).flat();

  // Scripts without a header whose same-named notebook beside them the commit does not
  // change: read that notebook as of the commit (`<sha>:<path>`) for its formats. Only
  // this commit's tree decides, so a split scan, an incremental (cached) scan and a cold
  // one agree; a headerless script in a prefixed layout (`notebooks//ipynb,scripts//py`)
  // counts as a text notebook only when its notebook changes in the same commit.
  const lookups = new Map<string, Map<string, string>>(); // sha -> (name -> notebook path)
  const changedPaths = new Map<string, Set<string>>(); // sha -> paths of the notebooks it changes
  scripts.forEach(({ fact, sha }, i) => {
    if (headers[i] !== null) return;
    let changed = changedPaths.get(sha);
    if (!changed) changedPaths.set(sha, (changed = new Set((changedBySha.get(sha) ?? []).map((n) => n.path))));
    for (const nb of notebookBeside(fact.path)) {
      if (changed.has(nb) || /[\n\r]/.test(nb)) continue;
      let names = lookups.get(sha);
      if (!names) lookups.set(sha, (names = new Map()));
      names.set(`${sha}:${nb}`, nb);
    }
  });
  const treeFormats = await readTreeFormats(
    dir,
    cats,
    [...lookups.values()].flatMap((m) => [...m.keys()]),
    input.maxBlobBytes
  );

  const bySha = groupBy(scripts.keys(), (i) => scripts[i]!.sha);
  for (const [sha, indices] of bySha) {
    const notebooks = [...(changedBySha.get(sha) ?? [])];
    for (const [name, path] of lookups.get(sha) ?? []) {
      const formats = treeFormats.get(name);
      if (formats !== undefined) notebooks.push({ path, changed: false, sides: [{ path, formats }] });
    }
    const decisions = pairScripts(
      notebooks,
      indices.map((i) => ({ path: scripts[i]!.fact.path, header: headers[i]! }))
    );
    decisions.forEach((d, k) => {
      if (!d.textNotebook) return;
      const fact = scripts[indices[k]!]!.fact;
      fact.kind = 'notebook';
      fact.jupytext = true;
      if (d.pairedWith !== undefined) {
        fact.pairedWith = d.pairedWith;
        fact.added = 0;
        fact.deleted = 0;
      }
    });
  }
}

/**
 * Notebook paths that may pair with a script in the same folder: `a/model.py` ->
 * `a/model.ipynb`; a suffixed `a/model.pct.py` -> `a/model.pct.ipynb` and `a/model.ipynb`.
 */
function notebookBeside(scriptPath: string): string[] {
  const slash = scriptPath.lastIndexOf('/');
  const folder = scriptPath.slice(0, slash + 1);
  const name = scriptPath.slice(slash + 1);
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  const first = stem.includes('.') ? stem.slice(0, stem.indexOf('.')) : stem;
  return [...new Set([stem, first])].filter((s) => s !== '').map((s) => `${folder}${s}.ipynb`);
}

/** The blob a script's Jupytext header is read from: its newer side, the old side for a deletion. */
export function headerBlob(change: RawChange): string {
  return NULL_BLOB.test(change.newBlob) ? change.oldBlob : change.newBlob;
}

/** The Jupytext header of each script's {@link headerBlob}, null when none or unreadable. */
async function readHeaders(cat: CatFile, scripts: ScriptChange[], input: JupytextInput): Promise<(JupytextHeader | null)[]> {
  const out: (JupytextHeader | null)[] = [];
  for (let i = 0; i < scripts.length; i += BATCH) {
    const batch = scripts.slice(i, i + BATCH).map(async ({ blob }) => {
      if (NULL_BLOB.test(blob)) return null;
      const read = await readBlob(cat, blob, input.sizes.get(blob), input.maxBlobBytes);
      if (read.kind !== 'text') return null;
      // Most scripts show at their first line that they have no header: decode only their start.
      const head = read.bytes.length > HEAD_BYTES ? blobText(read.bytes.subarray(0, HEAD_BYTES)) : undefined;
      return head !== undefined && headerRuledOut(head) ? null : jupytextHeader(blobText(read.bytes));
    });
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

/**
 * `metadata.jupytext.formats` of notebooks named `<sha>:<path>`, read from the commits'
 * trees; names that do not exist, do not parse or have no formats are absent. The names
 * are looked up in one `git cat-file --batch-check` per cat (each resolves its part's
 * paths through the trees), and each distinct blob is read and parsed once.
 */
async function readTreeFormats(dir: string, cats: CatFile[], names: string[], maxBlobBytes: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (names.length === 0) return out;
  const blobOf = new Map<string, string>();
  const size = Math.ceil(names.length / cats.length);
  const parts = cats.map((_, k) => names.slice(k * size, (k + 1) * size)).filter((p) => p.length > 0);
  (await Promise.all(parts.map((p) => batchCheck(dir, p)))).flat().forEach((info, i) => {
    if (info?.type === 'blob' && info.size <= maxBlobBytes) blobOf.set(names[i]!, info.id);
  });
  const formatsOf = new Map<string, string | undefined>();
  const blobs = [...new Set(blobOf.values())];
  for (let i = 0; i < blobs.length; i += BATCH) {
    const batch = blobs.slice(i, i + BATCH);
    const bufs = await Promise.all(batch.map((b, k) => cats[k % cats.length]!.read(b)));
    batch.forEach((b, k) => {
      const buf = bufs[k];
      const parsed = buf ? parseNotebookBytes(buf) : null;
      formatsOf.set(b, parsed?.parse === 'ok' ? parsed.notebook.jupytextFormats : undefined);
    });
  }
  for (const [name, blob] of blobOf) {
    const formats = formatsOf.get(blob);
    if (formats !== undefined) out.set(name, formats);
  }
  return out;
}
