/**
 * The ratio trend as a Mermaid `xychart-beta` block, which GitHub and GitLab render in
 * Markdown: bars for the monthly ratio, flat lines at the watch and holding-back
 * thresholds. Only month labels and numbers go in, so nothing needs escaping beyond
 * keeping labels to safe characters.
 */
import type { TrendPoint } from '../core/report.js';
import { formatPeriod } from './format.js';
import { ratioAxisMax, type BandThresholds } from './thresholds.js';

function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/**
 * A fenced Mermaid block (```` ```mermaid ... ``` ````) charting `rows`' ratios; months
 * without a ratio are drawn as 0. Empty string when there are no rows.
 */
export function mermaidRatioChart(rows: TrendPoint[], thresholds: BandThresholds): string {
  if (!rows.length) return '';
  const labels = rows.map((r) => `"${formatPeriod(r.month, r.months, true).replace(/[^A-Za-z0-9 -]/g, '')}"`);
  const yMax = ratioAxisMax(
    rows.map((r) => r.ratio),
    thresholds
  );
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Hands-on ratio per month (lines: watch and holding-back thresholds)"',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "Ratio (1.0 = one full share)" 0 --> ${num(yMax)}`,
    `  bar [${rows.map((r) => num(r.ratio ?? 0)).join(', ')}]`,
    `  line [${rows.map(() => num(thresholds.holdingBackRatio)).join(', ')}]`,
    `  line [${rows.map(() => num(thresholds.watchRatio)).join(', ')}]`,
    '```',
  ].join('\n');
}
