/**
 * Jupytext pairing: which text files a notebook is paired with, and whether a script
 * carries a Jupytext header. Pure string functions.
 */

/**
 * The file extensions (without dot, lower-case, in order, without duplicates) named by
 * a Jupytext `formats` value, e.g. "ipynb,py:percent" → ['ipynb', 'py'].
 * Each comma-separated entry loses its format name (after ':'), its folder prefix (up
 * to the last '/') and any suffix before the extension ("ipynb,.pct.py:percent" →
 * ['ipynb', 'py']; "notebooks///ipynb,scripts///py:light" → ['ipynb', 'py']).
 * Empty entries are skipped; '' gives []. Never throws.
 */
export function jupytextPairedExtensions(formats: string): string[] {
  const out: string[] = [];
  for (const entry of formats.split(',')) {
    let e = entry.trim();
    const colon = e.indexOf(':');
    if (colon !== -1) e = e.slice(0, colon);
    e = e.slice(e.lastIndexOf('/') + 1);
    e = e.slice(e.lastIndexOf('.') + 1).toLowerCase();
    if (e !== '' && !out.includes(e)) out.push(e);
  }
  return out;
}

/** Line-comment prefixes Jupytext uses for script headers ('' is Markdown front matter). */
const COMMENT_PREFIXES = ['', '#', '//', '--', '%', ';;', ';'];

/** Lines scanned for the header before giving up. */
const MAX_HEADER_LINES = 200;

/**
 * True when a text file starts with a Jupytext header: a YAML block delimited by `---`
 * lines, commented for scripts ("# ---" … "# ---" for .py/.R/.jl, also `//`, `--`, `%`,
 * `;;`, `;`) or plain front matter for .md/.Rmd ("---" … "---"), that has a top-level
 * `jupyter:` key with a nested `jupytext:` key, or (MyST Markdown) a top-level
 * `jupytext:` key. A shebang, an encoding line and blank lines may precede the block.
 * Percent cell markers ("# %%") alone are not enough. Never throws.
 */
export function hasJupytextHeader(text: string): boolean {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n', MAX_HEADER_LINES);
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!.trim();
    if (l === '' || l.startsWith('#!') || /^#.*coding[:=]/.test(l)) i++;
    else break;
  }
  if (i >= lines.length) return false;
  const prefix = delimiterPrefix(lines[i]!.trimEnd());
  if (prefix === null) return false;
  let inJupyter = false;
  let sawJupyter = false;
  let sawJupytext = false;
  for (i++; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (delimiterPrefix(line.trimEnd()) === prefix) return sawJupytext;
    let body: string;
    if (prefix === '') body = line;
    else if (line.trim() === prefix) body = '';
    else if (line.startsWith(prefix + ' ')) body = line.slice(prefix.length + 1);
    else return false; // the comment block ended without a closing delimiter
    if (/^jupyter:\s*$/.test(body)) {
      inJupyter = true;
      sawJupyter = true;
    } else if (/^jupytext:/.test(body)) {
      sawJupytext = true; // MyST: top-level jupytext key
    } else if (/^\S/.test(body)) {
      inJupyter = false;
    } else if (inJupyter && sawJupyter && /^\s+jupytext:/.test(body)) {
      sawJupytext = true;
    }
  }
  return false;
}

/** The comment prefix of a `---` delimiter line, or null when the line is not one. */
function delimiterPrefix(line: string): string | null {
  const m = /^(\S*?)\s*---$/.exec(line);
  if (!m) return null;
  return COMMENT_PREFIXES.includes(m[1]!) ? m[1]! : null;
}
