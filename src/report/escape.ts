/**
 * Escaping of untrusted text (names, emails, paths, repository ids, messages: anything a
 * repository supplies) for each output format. Every function first removes control
 * characters and newlines with {@link cleanText}, so a value always stays on one line.
 */
import he from 'he';
import { cleanText } from './format.js';

/**
 * Text for HTML element content or a quoted attribute value: `& < > " ' `` escaped as
 * character references. Safe in both contexts; never returns markup.
 */
export function escapeHtml(text: string): string {
  return he.escape(cleanText(text));
}

/** ASCII punctuation that starts inline Markdown syntax (emphasis, links, HTML, tables, code, entities, math). */
const MD_INLINE = /[\\`*_[\]<>|~&$]/g;
/**
 * Block markers that only matter at the start of a line: ATX headings ("# "), bullets
 * ("- ", "+ "), ordered list items ("1. ", "1) "), setext underlines and thematic breaks
 * ("---", "===").
 */
const MD_BLOCK_START = /^(?:#{1,6}(?=\s|$)|[+-](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|[=-](?=[=\s-]*$))/;

/**
 * Text for Markdown (GitHub / GitLab flavoured), safe inside a paragraph, a list item
 * or a table cell: inline Markdown punctuation, and a block marker at the start, is
 * backslash-escaped (CommonMark allows it before any ASCII punctuation): `<img ...>`
 * shows as text, a `|` does not split a table cell and a backtick does not open code.
 */
export function escapeMarkdown(text: string): string {
  return cleanText(text)
    .replace(MD_INLINE, '\\$&')
    .replace(MD_BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/**
 * Text as a Markdown code span (for paths and repository ids), with a fence longer than
 * any run of backticks inside it. With `inTable`, text containing `|` or `\` falls back
 * to {@link escapeMarkdown}: table cell splitting runs before code spans are parsed and
 * treats those characters specially.
 */
export function markdownCode(text: string, inTable = false): string {
  const clean = cleanText(text);
  if (clean === '') return '';
  if (inTable && /[|\\]/.test(clean)) return escapeMarkdown(clean);
  const longest = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
