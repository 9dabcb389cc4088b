/**
 * Renderers from a Report to the monthly self-review: Markdown, self-contained HTML and a
 * terminal summary. Browser-safe: no Node built-ins; everything returns strings. A browser
 * bundle that needs only words and numbers (the JupyterLab panel) should import
 * `./words.js`, `./format.js`, `./model.js` and `./escape.js` directly: `./charts.js`
 * (used by the HTML page) pulls in Vega and `./table.js` cli-table3.
 */
export { renderHtml, type HtmlOptions } from './html.js';
export { renderMarkdown, renderMarkdownWithCharts, type MarkdownOptions, type MarkdownResult } from './markdown.js';
export { renderTable, type TableOptions } from './table.js';
