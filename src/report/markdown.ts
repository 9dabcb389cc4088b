/**
 * The monthly self-review as GitHub / GitLab flavoured Markdown: tables, the ratio trend
 * as a Mermaid chart, and optionally both charts as SVG files to write beside the page.
 * Every string is escaped with {@link escapeMarkdown} or {@link markdownCode}.
 */
import type { Report } from '../core/report.js';
import { TIERS } from '../core/facts.js';
import { renderTrendCharts } from './charts.js';
import { escapeMarkdown, markdownCode } from './escape.js';
import { formatCount, formatDate, formatPercent, formatRatio } from './format.js';
import { mermaidRatioChart } from './mermaid.js';
import type { ReviewModel, ReviewModelOptions } from './model.js';
import { buildReviewModel } from './model.js';
import {
  HANDOFF_COLUMNS,
  handoffCells,
  LEAD_COLUMNS,
  PLAN_COLUMNS,
  NOTEBOOK_COLUMNS,
  NOTEBOOK_TITLE,
  REPO_COLUMNS,
  SECTION_TITLES,
  TIER_MIX_COLUMNS,
  TREND_COLUMNS,
  emptyText,
  planCells,
  repoCells,
  tierMixCells,
  trendCells,
  type Column,
} from './sections.js';
import { LEVEL_WORDS, TIER_WORDS } from './words.js';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions extends ReviewModelOptions {
  /**
   * How to chart the trend: `mermaid` (default; GitHub and GitLab draw it), `svg` (image
   * links to SVG files returned in `svgs`, which the caller writes beside the page) or
   * `both`. `svg` and `both` need `chartSvgs` (see {@link renderMarkdownWithCharts});
   * without them only the Mermaid chart is drawn.
   */
  charts?: 'mermaid' | 'svg' | 'both';
  /** Pre-rendered charts (from `renderTrendCharts`) for `charts: 'svg' | 'both'`. */
  chartSvgs?: { ratio: string; tiers: string };
  /** File name prefix of the SVG files (default "letgo"); anything but [A-Za-z0-9._-] becomes "-". */
  svgBaseName?: string;
}

/** Result of {@link renderMarkdown}. */
export interface MarkdownResult {
  /** The page, ending with a newline. */
  markdown: string;
  /** SVG files the page links to, by file name relative to the page (empty with `charts: 'mermaid'`). */
  svgs: Record<string, string>;
}

function mdTable(head: Column[], rows: string[][]): string {
  const header = `| ${head.map((h) => escapeMarkdown(h.label)).join(' | ')} |`;
  const sep = `| ${head.map((h) => (h.num ? '---:' : '---')).join(' | ')} |`;
  return [header, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function code(text: string): string {
  return markdownCode(text, true) || escapeMarkdown(text);
}

function headlineMd(m: ReviewModel): string {
  const h = m.headline;
  const figures = mdTable(
    h.figures.map((f) => ({ label: f.label, num: true })),
    [h.figures.map((f, i) => (i === 2 ? `**${escapeMarkdown(f.value)}**` : escapeMarkdown(f.value))), h.figures.map((f) => escapeMarkdown(f.note))]
  );
  const reasons = h.reasons.length ? `\nHow letgo decided:\n\n${h.reasons.map((r) => `- ${escapeMarkdown(r)}`).join('\n')}\n` : '';
  return `> **${escapeMarkdown(LEVEL_WORDS[h.level].symbol)} ${escapeMarkdown(h.label)}: ${escapeMarkdown(h.headline)}**
>
> ${escapeMarkdown(h.numbers)}
>
> ${escapeMarkdown(h.meaning)}

${figures}
${reasons}`;
}

function trendMd(m: ReviewModel, charts: 'mermaid' | 'svg' | 'both', files: { ratio: string; tiers: string }): string {
  if (!m.trend.length) return `## ${escapeMarkdown(SECTION_TITLES.trend)}\n\n_${escapeMarkdown(emptyText.trend)}_\n`;
  const parts = [`## ${escapeMarkdown(m.trendTitle)}`];
  if (charts !== 'svg') {
    parts.push(mermaidRatioChart(m.trend, m.thresholds));
    parts.push(
      `_Bars: your hands-on ratio per ${m.trendUnit}. Lines: holding back from ${escapeMarkdown(formatRatio(m.thresholds.holdingBackRatio))}, watch from ${escapeMarkdown(formatRatio(m.thresholds.watchRatio))}._`
    );
  }
  if (charts !== 'mermaid') {
    parts.push(`![Hands-on ratio per ${m.trendUnit} with the signal bands shaded](${files.ratio})`);
    parts.push(`![Your commits per ${m.trendUnit} by work tier](${files.tiers})`);
  }
  parts.push(
    mdTable(
      [...TREND_COLUMNS, ...TIERS.map((tier) => ({ label: TIER_WORDS[tier].label, num: true }))],
      m.trend.map((p) => [...trendCells(p), ...TIERS.map((tier) => formatCount(p.tiers[tier]))].map(escapeMarkdown))
    )
  );
  parts.push('_Strategic, implementation and tactical: your commits per work tier. Tactical should shrink first, then implementation._');
  return parts.join('\n\n') + '\n';
}

function delegationMd(m: ReviewModel): string {
  const d = m.delegation;
  const mix = mdTable(
    TIER_MIX_COLUMNS,
    d.rows.map((r) => [`${escapeMarkdown(r.label)} (${escapeMarkdown(r.covers)})`, ...tierMixCells(r).map(escapeMarkdown)])
  );
  const plan = d.plan?.length
    ? `### Your delegation plan\n\n${mdTable(
        PLAN_COLUMNS,
        d.plan.map((p) => [
          ...planCells(p).map(escapeMarkdown),
          p.status === 'behind plan' || p.status === 'overdue' ? `**${escapeMarkdown(p.status)}**` : escapeMarkdown(p.status),
        ])
      )}`
    : `_${escapeMarkdown(emptyText.plan)}_`;
  return `## ${escapeMarkdown(SECTION_TITLES.delegation)}\n\n${escapeMarkdown(d.stage)}\n\n${mix}\n\n_${escapeMarkdown(d.sequence)}_\n\n${plan}\n`;
}

function onlyYouMd(m: ReviewModel): string {
  const head = `## ${escapeMarkdown(SECTION_TITLES.onlyYou)}\n\n`;
  if (!m.onlyYou.length) return `${head}_${escapeMarkdown(m.onlyYouEmpty)}_\n`;
  return `${head}${escapeMarkdown(m.onlyYouIntro)}\n\n${mdTable(
    [
      { label: 'Repository' },
      { label: 'Notebook' },
      { label: 'Your share', num: true },
      { label: 'Last change', num: true },
      { label: 'Last team touch', num: true },
    ],
    m.onlyYou.map((o) => [
      code(o.repo),
      code(o.path),
      escapeMarkdown(formatPercent(o.managerShare)),
      escapeMarkdown(o.lastChange ? formatDate(o.lastChange) : 'n/a'),
      o.lastTeamTouch ? escapeMarkdown(formatDate(o.lastTeamTouch)) : '**never**',
    ])
  )}\n`;
}

function takeoversMd(m: ReviewModel): string {
  const head = `## ${escapeMarkdown(SECTION_TITLES.takeovers)}\n\n`;
  if (!m.takeovers.length) return `${head}_${escapeMarkdown(emptyText.takeovers)}_\n`;
  const groups = m.takeovers.map((g) => {
    const items = g.items.map((i) => `- ${i.inFlight ? '**in flight** ' : ''}${code(i.path)} in ${code(i.repo)}, ${escapeMarkdown(formatDate(i.at))}`);
    return `### ${escapeMarkdown(g.title)}\n\n${items.join('\n')}`;
  });
  return `${head}${escapeMarkdown(m.takeoversIntro)}\n\n${groups.join('\n\n')}\n`;
}

function handoffsMd(m: ReviewModel): string {
  const head = `## ${escapeMarkdown(SECTION_TITLES.handoffs)}\n\n`;
  const hoards = `_${escapeMarkdown(m.handoffs.newHoards)}_`;
  if (!m.handoffs.items.length) return `${head}_${escapeMarkdown(emptyText.handoffs)}_\n\n${hoards}\n`;
  return `${head}${mdTable(
    HANDOFF_COLUMNS,
    m.handoffs.items.map((h) => [`${code(h.path)} in ${code(h.repo)}${h.oldPath ? ` (was ${code(h.oldPath)})` : ''}`, ...handoffCells(h).map(escapeMarkdown)])
  )}\n\n${hoards}\n`;
}

function leadMd(m: ReviewModel): string {
  const head = `## ${escapeMarkdown(SECTION_TITLES.lead)}\n\n`;
  const intro = m.lead.intro ? `${escapeMarkdown(m.lead.intro)}\n\n` : '';
  if (m.lead.empty) return `${head}${intro}_${escapeMarkdown(m.lead.empty)}_\n`;
  return `${head}${intro}${mdTable(
    LEAD_COLUMNS,
    m.lead.rows.map((r) => [escapeMarkdown(r.label), escapeMarkdown(r.value), escapeMarkdown(r.detail)])
  )}\n`;
}

function habitsMd(m: ReviewModel): string {
  const rows = m.habits.map((h) => [
    escapeMarkdown(h.label),
    h.notable ? `**${escapeMarkdown(h.value)}**` : escapeMarkdown(h.value),
    escapeMarkdown(h.detail),
    escapeMarkdown(h.meaning),
  ]);
  const head = [{ label: 'Habit' }, { label: 'Value', num: true }, { label: 'What letgo counted' }, { label: 'What it usually means' }];
  const nb = `\n### ${escapeMarkdown(NOTEBOOK_TITLE)}\n\n${escapeMarkdown(m.notebooks.modeText)}\n\n${mdTable(
    NOTEBOOK_COLUMNS,
    m.notebooks.rows.map((r) => [escapeMarkdown(r.label), escapeMarkdown(r.you), escapeMarkdown(r.team)])
  )}\n`;
  return `## ${escapeMarkdown(SECTION_TITLES.habits)}\n\n${mdTable(head, rows)}\n${nb}`;
}

function reposMd(m: ReviewModel): string {
  const head = `## ${escapeMarkdown(SECTION_TITLES.repos)}\n\n`;
  if (!m.repos.length) return `${head}_${escapeMarkdown(emptyText.repos)}_\n`;
  return `${head}${mdTable(
    REPO_COLUMNS,
    m.repos.map((r) => [`${code(r.id)}${r.shallow ? ' (shallow)' : ''}`, ...repoCells(r).map(escapeMarkdown)])
  )}\n`;
}

function qualityMd(m: ReviewModel): string {
  const items = m.quality.map((q) => {
    const values = q.values.map((v) => `  - ${markdownCode(v) || escapeMarkdown(v)}`);
    if (q.more) values.push(`  - ${escapeMarkdown(`and ${q.more} more`)}`);
    return [`- **${escapeMarkdown(q.label)}**: ${escapeMarkdown(q.text)}`, ...values].join('\n');
  });
  return `## ${escapeMarkdown(SECTION_TITLES.quality)}\n\n${items.join('\n')}\n`;
}

function questionsMd(m: ReviewModel): string {
  return `## ${escapeMarkdown(SECTION_TITLES.questions)}\n\n${m.questions.map((q, i) => `${i + 1}. ${escapeMarkdown(q)}`).join('\n')}\n`;
}

/** The page of model `m` of `report`, with the SVG charts when `opts` asks for them and holds them. */
function markdownOf(report: Report, m: ReviewModel, opts: MarkdownOptions): MarkdownResult {
  const base = (opts.svgBaseName ?? 'letgo').replace(/[^A-Za-z0-9._-]/g, '-') || 'letgo';
  const files = { ratio: `${base}-ratio.svg`, tiers: `${base}-tiers.svg` };
  const svgs: Record<string, string> = {};
  let charts = opts.charts ?? 'mermaid';
  if (charts !== 'mermaid' && opts.chartSvgs && m.trend.length) {
    svgs[files.ratio] = opts.chartSvgs.ratio;
    svgs[files.tiers] = opts.chartSvgs.tiers;
  } else {
    charts = 'mermaid';
  }
  const h = m.headline;
  const markdown = [
    `# ${escapeMarkdown(`letgo self-review: ${h.window}`)}`,
    `${escapeMarkdown(h.manager)} · team of ${escapeMarkdown(String(report.team.size))} · ${escapeMarkdown(`${formatDate(report.window.since)} to ${formatDate(report.window.until)}`)}`,
    headlineMd(m),
    trendMd(m, charts, files),
    delegationMd(m),
    onlyYouMd(m),
    takeoversMd(m),
    handoffsMd(m),
    leadMd(m),
    habitsMd(m),
    reposMd(m),
    qualityMd(m),
    questionsMd(m),
    `---\n\n_${escapeMarkdown(m.footer)}_`,
  ]
    .map((s) => s.trim())
    .join('\n\n');
  return { markdown: `${markdown}\n`, svgs };
}

/**
 * Renders the self-review as Markdown, synchronously. The trend is a Mermaid chart; SVG
 * chart files are linked (and returned in `svgs`) only when `opts.charts` asks for them
 * and `opts.chartSvgs` holds them: use {@link renderMarkdownWithCharts} to render both.
 * @param report a valid Report (see `validateReport`)
 * @returns the page and the SVG files it links to (file name -> SVG text; empty without SVG charts)
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): MarkdownResult {
  return markdownOf(report, buildReviewModel(report, opts), opts);
}

/**
 * Renders the trend charts to SVG with Vega, then the page with {@link renderMarkdown}
 * linking them (`charts` defaults to `both` here: Mermaid for GitHub and GitLab, SVG
 * files for everything else). The caller writes `svgs` beside the Markdown file.
 */
export async function renderMarkdownWithCharts(report: Report, opts: MarkdownOptions = {}): Promise<MarkdownResult> {
  const m = buildReviewModel(report, opts);
  const charts = opts.charts ?? 'both';
  const chartSvgs = m.trend.length && charts !== 'mermaid' ? await renderTrendCharts(m.trend, m.thresholds) : undefined;
  return markdownOf(report, m, { ...opts, charts, chartSvgs });
}
