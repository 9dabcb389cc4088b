/**
 * Jupytext pairing: which files of a repository are text representations (`.py`, `.md`,
 * `.R`, `.jl`, `.Rmd`, `.qmd`, ...) of a notebook, and how a commit that changes both
 * sides of a pair is counted once. Pure string functions over repository-relative,
 * `/`-separated paths.
 *
 * Path mapping follows Jupytext's own (`jupytext/paired_paths.py`, `formats.py`): a
 * format entry is `[[root_folder//][path/][prefix]/][suffix.]ext[:format_name]`; the
 * notebook's path minus its entry's prefix, suffix and extension is the pair's *base*,
 * and each other entry's path is the base with that entry's prefix, suffix and
 * extension put back. Examples, for the notebook `nb/model.ipynb`:
 * - `ipynb,py:percent` → `nb/model.py`;
 * - `ipynb,.pct.py:percent` → `nb/model.pct.py`;
 * - `notebooks//ipynb,scripts//py:percent` (folder prefixes: the notebook's folder is
 *   `notebooks`, the script's is the sibling `scripts`) → for `a/notebooks/m.ipynb`,
 *   `a/scripts/m.py`;
 * - `notebooks///ipynb,scripts///py` (a root folder: anywhere above) → for
 *   `notebooks/sub/m.ipynb`, `scripts/sub/m.py`.
 * Unlike Jupytext, letgo cannot see a `jupytext.toml` (it reads commits, not a working
 * tree), so root folders are matched from the repository root, and the `auto`
 * extension (resolved by Jupytext from the kernel's language) pairs nothing.
 */
import { compareStrings } from '../facts.js';
import type { JupytextHeader } from './jupytext.js';

/** One entry of a Jupytext `formats` value in long form (Jupytext's `long_form_one_format`). */
export interface JupytextFormat {
  /** Extension with its dot, as written: '.ipynb', '.py', '.R', '.md', '.auto'. */
  extension: string;
  /** Everything before the entry's last '/' (root folder `x//`, folders, file-name prefix); absent when none. */
  prefix?: string;
  /** File-name suffix before the extension ('.pct' in '.pct.py'); absent when none. */
  suffix?: string;
  /** Format name after ':' ('percent', 'light', 'myst'...); absent when none. */
  formatName?: string;
}

/** Extensions (lower-case, with dot) of the text notebooks letgo checks for Jupytext pairing. */
const JUPYTEXT_TEXT_EXTENSIONS: readonly string[] = ['.py', '.md', '.markdown', '.r', '.jl', '.rmd', '.qmd'];

const COMMON_NAMES: Record<string, string> = {
  notebook: 'ipynb',
  rmarkdown: 'Rmd',
  quarto: 'qmd',
  markdown: 'md',
  script: 'auto',
  myst: 'md:myst',
  pandoc: 'md:pandoc',
};

/** Jupytext format names that may stand alone as an entry (no extension): such entries pair nothing. */
const FORMAT_NAMES = new Set([
  'light',
  'percent',
  'hydrogen',
  'nomarker',
  'bare',
  'sphinx',
  'spin',
  'myst',
  'pandoc',
  'quarto',
  'markdown',
  'rmarkdown',
  'marimo',
]);

/**
 * True when a path's extension is one of {@link JUPYTEXT_TEXT_EXTENSIONS} (case-insensitive):
 * a file worth checking for a Jupytext header or pairing. Never throws.
 */
export function isJupytextCandidate(path: string): boolean {
  const ext = extensionOf(path).toLowerCase();
  return ext !== '' && JUPYTEXT_TEXT_EXTENSIONS.includes(ext);
}

/**
 * Parses one entry of a `formats` value (Jupytext's `long_form_one_format`):
 * "scripts//py:percent" → `{ prefix: 'scripts/', extension: '.py', formatName: 'percent' }`,
 * ".pct.py" → `{ suffix: '.pct', extension: '.py' }`, "myst" → `{ extension: '.md', formatName: 'myst' }`.
 * Returns null for an empty entry or one without an extension ("percent"). Never throws.
 */
export function parseJupytextFormat(entry: string): JupytextFormat | null {
  let e = entry.trim();
  if (e === '') return null;
  e = COMMON_NAMES[e.toLowerCase()] ?? e;
  const fmt: JupytextFormat = { extension: '' };
  const slash = e.lastIndexOf('/');
  if (slash > 0) {
    fmt.prefix = e.slice(0, slash);
    e = e.slice(slash + 1);
  }
  let ext: string;
  const colon = e.lastIndexOf(':');
  if (colon >= 0) {
    ext = e.slice(0, colon);
    fmt.formatName = e.slice(colon + 1);
  } else if (FORMAT_NAMES.has(e)) {
    return null;
  } else {
    ext = e;
  }
  const dot = ext.lastIndexOf('.');
  if (dot > 0) {
    fmt.suffix = ext.slice(0, dot);
    ext = ext.slice(dot);
  }
  if (!ext.startsWith('.')) ext = `.${ext}`;
  if (ext === '.') return null;
  fmt.extension = ext;
  return fmt;
}

/** The entries of a `formats` value ("ipynb,py:percent"), invalid ones left out, in order. Never throws. */
function parseJupytextFormats(formats: string): JupytextFormat[] {
  return formats.split(',').flatMap((entry) => parseJupytextFormat(entry) ?? []);
}

/**
 * The base path of `path` under format `fmt` (Jupytext's `base_path`, without a config
 * file): the path with the format's extension, suffix and prefix removed, a root folder
 * kept as a `//` marker. Null when the path does not fit the format (other extension,
 * missing suffix, prefix or folders). Never throws.
 */
function jupytextBasePath(path: string, fmt: JupytextFormat): string | null {
  const ext = extensionOf(path);
  if (ext === '' || ext !== fmt.extension) return null;
  let base = path.slice(0, -ext.length);
  if (fmt.suffix) {
    if (!base.endsWith(fmt.suffix)) return null;
    base = base.slice(0, -fmt.suffix.length);
  }
  if (!fmt.prefix) return base;
  const { root, dir, file } = splitPrefix(fmt.prefix);
  let [nbDir, name] = rsplit(base, '/');
  if (file) {
    if (!name.startsWith(file)) return null;
    name = name.slice(file.length);
  }
  if (dir) {
    let parentPrefix = dir;
    const actual: string[] = [];
    while (parentPrefix) {
      let expected: string;
      [parentPrefix, expected] = rsplit(parentPrefix, '/');
      if (expected === '..') {
        const back = actual.pop();
        if (back === undefined) return null;
        nbDir = join(nbDir, back);
      } else {
        let folder: string;
        [nbDir, folder] = rsplit(nbDir, '/');
        actual.push(folder);
        if (folder !== expected) return null;
      }
    }
  }
  if (root) {
    const longRoot = `/${root}/`;
    const longDir = `/${nbDir}/`;
    const at = longDir.lastIndexOf(longRoot);
    if (at < 0) return null;
    // Jupytext marks where the root folder was with '//': "a/notebooks/b" → "a///b".
    nbDir = `${longDir.slice(0, at)}///${longDir.slice(at + longRoot.length)}`.slice(1, -1);
  }
  return nbDir ? `${nbDir}/${name}` : name;
}

/**
 * The path of format `fmt` for a base path (Jupytext's `full_path`): the base with the
 * format's prefix (root folder, folders, file-name prefix), suffix and extension.
 * Null when the base and the format disagree on a root folder (one has it, the other not). Never throws.
 */
function jupytextFullPath(base: string, fmt: JupytextFormat): string | null {
  let full = base;
  if (fmt.prefix) {
    const { root, dir, file } = splitPrefix(fmt.prefix);
    if ((root !== '') !== base.includes('//')) return null;
    let nbDir: string;
    let name: string;
    if (root) {
      const at = base.lastIndexOf('//');
      const [rightDir, rightName] = rsplit(base.slice(at + 2), '/');
      nbDir = `${base.slice(0, at)}${root}/${rightDir}`;
      name = rightName;
    } else {
      [nbDir, name] = rsplit(base, '/');
    }
    if (file) name = file + name;
    if (dir) {
      let d = dir;
      while (d.startsWith('../')) {
        d = d.slice(3);
        nbDir = rsplit(nbDir, '/')[0];
      }
      if (nbDir && !nbDir.endsWith('/')) nbDir += '/';
      nbDir += d;
    }
    if (nbDir && !nbDir.endsWith('/')) nbDir += '/';
    full = nbDir + name;
  }
  // A root-folder base ('//') under a format without a root: Jupytext refuses the pair.
  if (full.includes('//')) return null;
  return full + (fmt.suffix ?? '') + fmt.extension;
}

/**
 * The other files of the pair that `path` belongs to under a `formats` value (from a
 * notebook's `metadata.jupytext.formats` or a script's header): the first entry whose
 * extension, suffix and prefix fit `path` gives the base, every other entry gives a
 * path. Distinct, in the order of the entries, `path` itself left out; [] when no entry
 * fits `path` or the value pairs nothing. Never throws.
 * @example jupytextPairedPaths('nb/a.ipynb', 'ipynb,py:percent') → ['nb/a.py']
 */
export function jupytextPairedPaths(path: string, formats: string): string[] {
  const fmts = parseJupytextFormats(formats);
  for (const fmt of fmts) {
    const base = jupytextBasePath(path, fmt);
    if (base === null) continue;
    const out: string[] = [];
    for (const other of fmts) {
      if (other.extension === '.auto') continue;
      const p = jupytextFullPath(base, other);
      if (p !== null && p !== path && !out.includes(p)) out.push(p);
    }
    return out;
  }
  return [];
}

/** A notebook a commit's scripts may be paired with, and the `formats` of its versions. */
export interface PairingNotebook {
  /** Repository-relative path of the notebook (after the commit). */
  path: string;
  /** True when the commit changes the notebook (it has a fact); false for one only read from the commit's tree. */
  changed: boolean;
  /** Its versions (before and after the commit, or as read from the tree): path and `metadata.jupytext.formats` when set. */
  sides: { path: string; formats?: string }[];
}

/** A changed text file that may be a Jupytext text notebook. */
export interface PairingScript {
  /** Repository-relative path (after the commit; for a deletion, the deleted path). */
  path: string;
  /** Its Jupytext header (see jupytextHeader), null when it has none or could not be read. */
  header: JupytextHeader | null;
}

/** How one script of a commit counts. */
export interface ScriptPairing {
  /** Counts as notebook work (kind 'notebook'): it has a Jupytext header or a notebook's formats name it. */
  textNotebook: boolean;
  /** Set when a notebook paired with it is changed in the same commit: that notebook's path (the script then counts zero lines). */
  pairedWith?: string;
}

/**
 * Decides, for one commit, which changed scripts are Jupytext text notebooks and which
 * are the other side of a pair whose notebook the same commit changed.
 *
 * A script S and a notebook N are paired when the `formats` of some version of N (its
 * `metadata.jupytext.formats`) list S's path among N's paired paths, or the `formats` in
 * S's own header list N's path. S is a text notebook when it is paired with any notebook
 * given (changed or only read from the commit's tree) or has a Jupytext header at all.
 * `pairedWith` is the first paired notebook, by path, that the commit changes.
 *
 * The counting rule this serves (applied by the scan): a commit that changes both sides
 * of a pair counts the work once, on the notebook (by cell source); the script is kept
 * as a fact with `pairedWith` and zero lines. A script changed alone counts as notebook
 * work with git's line counts.
 * @returns one decision per script, in the order of `scripts`. Never throws.
 */
export function pairScripts(notebooks: readonly PairingNotebook[], scripts: readonly PairingScript[]): ScriptPairing[] {
  const ordered = [...notebooks].sort((a, b) => compareStrings(a.path, b.path));
  // The paths each notebook's formats pair it with, worked out once for every script.
  const pairedBy = ordered.map((n) => new Set(n.sides.flatMap((side) => (side.formats !== undefined ? jupytextPairedPaths(side.path, side.formats) : []))));
  return scripts.map((s) => {
    const fromHeader = s.header?.formats !== undefined ? new Set(jupytextPairedPaths(s.path, s.header.formats)) : new Set<string>();
    const partners = ordered.filter((n, k) => pairedBy[k]!.has(s.path) || n.sides.some((side) => fromHeader.has(side.path)) || fromHeader.has(n.path));
    const changed = partners.find((n) => n.changed);
    return {
      textNotebook: s.header !== null || partners.length > 0,
      ...(changed ? { pairedWith: changed.path } : {}),
    };
  });
}

/** The extension of a path's last segment, with its dot ('' when none, or a dot file like '.env'). */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** Python's `s.rsplit(sep, 1)` with Jupytext's convention: ['', s] when `sep` is absent. */
function rsplit(s: string, sep: string): [string, string] {
  const at = s.lastIndexOf(sep);
  return at < 0 ? ['', s] : [s.slice(0, at), s.slice(at + sep.length)];
}

function join(left: string, right: string): string {
  return left ? `${left}/${right}` : right;
}

/** Splits a prefix into root folder (before the last '//'), folders and file-name prefix. */
function splitPrefix(prefix: string): { root: string; dir: string; file: string } {
  let root = '';
  let rest = prefix;
  const at = prefix.lastIndexOf('//');
  if (at >= 0) {
    root = prefix.slice(0, at);
    rest = prefix.slice(at + 2);
  }
  const [dir, file] = rsplit(rest, '/');
  return { root, dir, file };
}
