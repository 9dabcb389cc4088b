/**
 * Jupytext headers: whether a script carries one, and its `formats`. Pure string
 * functions; the pairing rules are in pairing.ts.
 */

/** Line-comment prefixes Jupytext uses for script headers ('' is Markdown front matter). */
const COMMENT_PREFIXES = ['', '#', '//', '--', '%', ';;', ';'];

/** Lines scanned for the header before giving up. */
const MAX_HEADER_LINES = 200;

/** What letgo reads of a Jupytext header. */
export interface JupytextHeader {
  /** The header's `jupytext.formats` value (quotes removed), e.g. "ipynb,py:percent"; absent when the header has none. */
  formats?: string;
}

/**
 * The Jupytext header of a text file, with the `formats:` value found under its
 * `jupytext:` key; null without a header. A header is a YAML block delimited by `---`
 * lines, commented for scripts ("# ---" … "# ---" for .py/.R/.jl, also `//`, `--`, `%`,
 * `;;`, `;`) or plain front matter for .md/.Rmd ("---" … "---"), that has a top-level
 * `jupyter:` key with a nested `jupytext:` key, or (MyST Markdown) a top-level
 * `jupytext:` key. A shebang, an encoding line and blank lines may precede the block.
 * Percent cell markers ("# %%") alone are not enough. Never throws.
 */
export function jupytextHeader(text: string): JupytextHeader | null {
  const open = headerStart(text);
  if (open === null) return null;
  const firstEnd = text.indexOf('\n', open.at);
  const prefix = delimiterPrefix(text.slice(open.at, firstEnd < 0 ? text.length : firstEnd).trimEnd());
  if (prefix === null) return null;
  // The lines from there on, up to MAX_HEADER_LINES in all (found one by one: a file can be long).
  let end = open.at;
  for (let n = open.line; n < MAX_HEADER_LINES && end >= 0; n++) end = text.indexOf('\n', end) + 1 || -1;
  const lines = text.slice(open.at, end < 0 ? text.length : end - 1).split('\n');
  let i = 0;
  let inJupyter = false;
  let sawJupyter = false;
  let sawJupytext = false;
  /** Indentation of the `jupytext:` key whose block we are in; -1 outside it. */
  let jupytextIndent = -1;
  let formats: string | undefined;
  for (i++; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (delimiterPrefix(line.trimEnd()) === prefix) return sawJupytext ? (formats !== undefined ? { formats } : {}) : null;
    let body: string;
    if (prefix === '') body = line;
    else if (line.trim() === prefix) body = '';
    else if (line.startsWith(prefix + ' ')) body = line.slice(prefix.length + 1);
    else return null; // the comment block ended without a closing delimiter
    const indent = body.length - body.trimStart().length;
    if (jupytextIndent >= 0 && body.trim() !== '' && indent <= jupytextIndent) jupytextIndent = -1;
    if (/^jupyter:\s*$/.test(body)) {
      inJupyter = true;
      sawJupyter = true;
    } else if (/^jupytext:/.test(body)) {
      sawJupytext = true; // MyST: top-level jupytext key
      jupytextIndent = 0;
    } else if (/^\S/.test(body)) {
      inJupyter = false;
    } else if (inJupyter && sawJupyter && /^\s+jupytext:/.test(body)) {
      sawJupytext = true;
      jupytextIndent = indent;
    } else if (jupytextIndent >= 0) {
      const m = /^\s+formats:\s*(.*?)\s*$/.exec(body);
      if (m) formats = unquote(m[1]!);
    }
  }
  return null;
}

/**
 * Where a Jupytext header could open: the offset and line number of the first line that is
 * not blank, a shebang or an encoding line (within MAX_HEADER_LINES lines); null when
 * there is none. Reads only up to that line, however long the text.
 */
function headerStart(text: string): { at: number; line: number } | null {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 0; line < MAX_HEADER_LINES && at <= text.length; line++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const l = text.slice(at, end).trim();
    if (!(l === '' || l.startsWith('#!') || /^#.*coding[:=]/.test(l))) return { at, line };
    if (nl < 0) return null;
    at = nl + 1;
  }
  return null;
}

/**
 * True when `head`, the start of a longer text, is enough for {@link jupytextHeader}:
 * its first line that could open a header is complete and does not open one (so the
 * answer is null whatever follows). Lets a caller decode only the start of a large file.
 */
export function headerRuledOut(head: string): boolean {
  const open = headerStart(head);
  if (open === null) return false; // blank lines only, so far
  const nl = head.indexOf('\n', open.at);
  return nl >= 0 && delimiterPrefix(head.slice(open.at, nl).trimEnd()) === null;
}

/** A YAML scalar without its surrounding single or double quotes. */
function unquote(value: string): string {
  const m = /^(['"])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}

/** The comment prefix of a `---` delimiter line, or null when the line is not one. */
function delimiterPrefix(line: string): string | null {
  const m = /^(\S*?)\s*---$/.exec(line);
  if (!m) return null;
  return COMMENT_PREFIXES.includes(m[1]!) ? m[1]! : null;
}
