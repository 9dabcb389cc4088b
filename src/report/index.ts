/**
 * Renderers from a Report to the monthly self-review: Markdown, self-contained HTML and a
 * terminal summary, plus the shared words, formatting and questions the JupyterLab panel
 * may reuse. Browser-safe: no Node built-ins; everything returns strings. A browser
 * bundle that needs only words and numbers should import `./words.js`, `./format.js`,
 * `./questions.js`, `./model.js` and `./escape.js` directly: `./charts.js` pulls in
 * Vega and `./table.js` cli-table3.
 */
export { renderHtml, REPORT_CSP, type HtmlOptions } from './html.js';
export { renderMarkdown, renderMarkdownWithCharts, type MarkdownOptions, type MarkdownResult } from './markdown.js';
export { renderTable, TABLE_MAX_LINES, type TableOptions } from './table.js';
export { buildReviewModel, trendRows } from './model.js';
export type {
  ReviewModel,
  ReviewModelOptions,
  HeadlineModel,
  TrendRow,
  TierRow,
  PlanRow,
  OnlyYouRow,
  TakeoverGroup,
  HabitRow,
  RepoRow,
  QualityItem,
} from './model.js';
export { chooseQuestions, QUESTION_LIMITS } from './questions.js';
export { LEVEL_WORDS, TIER_WORDS, HABIT_WORDS, DELEGATION_SEQUENCE, type LevelWords, type TierWords } from './words.js';
export {
  formatPercent,
  formatRatio,
  formatCount,
  formatMonth,
  formatDate,
  formatWindow,
  plural,
  cleanText,
  truncateMiddle,
  NOT_AVAILABLE,
} from './format.js';
export { escapeHtml, escapeMarkdown, markdownCode } from './escape.js';
export { resolveThresholds, evidenceLimits, DEFAULT_BAND_THRESHOLDS, type BandThresholds, type EvidenceLimits } from './thresholds.js';
export { sparkline, SPARK_CHARS } from './sparkline.js';
export { mermaidRatioChart } from './mermaid.js';
export {
  ratioTrendSpec,
  tierMixSpec,
  renderSvg,
  renderTrendCharts,
  markClass,
  CHART_MARKS,
  LEVEL_COLORS,
  TIER_COLORS,
  type ChartSize,
} from './charts.js';
export { REPORT_CSS } from './css.js';
export { SECTION_TITLES } from './sections.js';
