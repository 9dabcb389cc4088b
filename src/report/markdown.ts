/**
 * The monthly self-review as GitHub / GitLab flavoured Markdown: tables, the ratio trend
 * as a Mermaid chart, and optionally both charts as SVG files to write beside the page.
 * Every string is escaped with {@link escapeMarkdown} or {@link markdownCode}.
 */
import type { Report } from '../core/report.js';
import { renderTrendCharts } from './charts.js';
import { escapeMarkdown as t, markdownCode } from './escape.js';
import { formatCount, formatDate, formatMonth, formatPercent, formatRatio, plural } from './format.js';
import { mermaidRatioChart } from './mermaid.js';
import type { ReviewModel, ReviewModelOptions } from './model.js';
import { buildReviewModel } from './model.js';
import { SECTION_TITLES, emptyText } from './sections.js';
import { LEVEL_WORDS } from './words.js';

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

type Align = 'l' | 'r';

function mdTable(head: [string, Align][], rows: string[][]): string {
  const header = `| ${head.map(([h]) => t(h)).join(' | ')} |`;
  const sep = `| ${head.map(([, a]) => (a === 'r' ? '---:' : '---')).join(' | ')} |`;
  return [header, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function code(text: string): string {
  return markdownCode(text, true) || t(text);
}

function headlineMd(m: ReviewModel): string {
  const h = m.headline;
  const figures = mdTable(
    h.figures.map((f) => [f.label, 'r'] as [string, Align]),
    [h.figures.map((f, i) => (i === 2 ? `**${t(f.value)}**` : t(f.value))), h.figures.map((f) => t(f.note))]
  );
  const reasons = h.reasons.length ? `\nHow letgo decided:\n\n${h.reasons.map((r) => `- ${t(r)}`).join('\n')}\n` : '';
  return `> **${t(LEVEL_WORDS[h.level].symbol)} ${t(h.label)}: ${t(h.headline)}**
>
> ${t(h.numbers)}
>
> ${t(h.meaning)}

${figures}
${reasons}`;
}

function trendMd(m: ReviewModel, charts: 'mermaid' | 'svg' | 'both', files: { ratio: string; tiers: string }): string {
  if (!m.trend.length) return `## ${t(SECTION_TITLES.trend)}\n\n_${t(emptyText.trend)}_\n`;
  const parts = [`## ${t(`${SECTION_TITLES.trend}: the last ${plural(m.trend.length, 'month')}`)}`];
  if (charts !== 'svg') {
    parts.push(mermaidRatioChart(m.trend, m.thresholds));
    parts.push(
      `_Bars: your hands-on ratio per month. Lines: holding back from ${t(formatRatio(m.thresholds.holdingBackRatio))}, watch from ${t(formatRatio(m.thresholds.watchRatio))}._`
    );
  }
  if (charts !== 'mermaid') {
    parts.push(`![Hands-on ratio per month with the signal bands shaded](${files.ratio})`);
    parts.push(`![Your commits per month by work tier](${files.tiers})`);
  }
  parts.push(
    mdTable(
      [['Month', 'l'], ['Signal', 'l'], ['Ratio', 'r'], ['Share', 'r'], ['Hands-on you / team', 'r'], ['Strategic', 'r'], ['Implementation', 'r'], ['Tactical', 'r']],
      m.trend.map((r) => [
        t(formatMonth(r.month)),
        t(LEVEL_WORDS[r.level].label),
        t(formatRatio(r.ratio)),
        t(formatPercent(r.share)),
        t(`${formatCount(r.managerCommits)} / ${formatCount(r.teamCommits)}`),
        t(formatCount(r.tiers.strategic)),
        t(formatCount(r.tiers.implementation)),
        t(formatCount(r.tiers.tactical)),
      ])
    )
  );
  parts.push('_Strategic, implementation and tactical: your commits per work tier. Tactical should shrink first, then implementation._');
  return parts.join('\n\n') + '\n';
}

function delegationMd(m: ReviewModel): string {
  const d = m.delegation;
  const mix = mdTable(
    [['Tier', 'l'], ['Recommended', 'l'], ['You', 'r'], ['Team', 'r'], ['Your share of it', 'r'], ['Of your work', 'r']],
    d.rows.map((r) => [
      `${t(r.label)} (${t(r.covers)})`,
      t(r.recommendation),
      t(formatCount(r.manager)),
      t(formatCount(r.team)),
      t(formatPercent(r.shareOfTier)),
      t(formatPercent(r.shareOfYours)),
    ])
  );
  const plan = d.plan?.length
    ? `### Your delegation plan\n\n${mdTable(
        [['Step', 'l'], ['Period', 'l'], ['Elapsed', 'r'], ['Your share at start', 'r'], ['Now', 'r'], ['Plan wants', 'r'], ['Status', 'l']],
        d.plan.map((p) => [
          t(p.label),
          t(`${formatDate(p.since)} - ${formatDate(p.end)} (${p.weeks} weeks)`),
          t(formatPercent(Math.min(1, Math.max(0, p.elapsed)))),
          t(formatPercent(p.startShare)),
          t(formatPercent(p.nowShare)),
          t(formatPercent(p.targetShare)),
          p.status === 'behind plan' || p.status === 'overdue' ? `**${t(p.status)}**` : t(p.status),
        ])
      )}`
    : `_${t(emptyText.plan)}_`;
  return `## ${t(SECTION_TITLES.delegation)}\n\n${t(d.stage)}\n\n${mix}\n\n_${t(d.sequence)}_\n\n${plan}\n`;
}

function onlyYouMd(m: ReviewModel): string {
  const head = `## ${t(SECTION_TITLES.onlyYou)}\n\n`;
  if (!m.onlyYou.length) return `${head}_${t(emptyText.onlyYou)}_\n`;
  return `${head}${t(m.onlyYouIntro)}\n\n${mdTable(
    [['Repository', 'l'], ['Notebook', 'l'], ['Your share', 'r'], ['Last change', 'r'], ['Last team touch', 'r']],
    m.onlyYou.map((o) => [
      code(o.repo),
      code(o.path),
      t(formatPercent(o.managerShare)),
      t(o.lastChange ? formatDate(o.lastChange) : 'n/a'),
      o.lastTeamTouch ? t(formatDate(o.lastTeamTouch)) : '**never**',
    ])
  )}\n`;
}

function takeoversMd(m: ReviewModel): string {
  const head = `## ${t(SECTION_TITLES.takeovers)}\n\n`;
  if (!m.takeovers.length) return `${head}_${t(emptyText.takeovers)}_\n`;
  const groups = m.takeovers.map((g) => {
    const title = `${g.label.charAt(0).toUpperCase()}${g.label.slice(1)}: ${plural(g.items.length, 'file')}${g.inFlight ? `, ${g.inFlight} in flight` : ''}`;
    const items = g.items.map((i) => `- ${i.inFlight ? '**in flight** ' : ''}${code(i.path)} in ${code(i.repo)}, ${t(formatDate(i.at))}`);
    return `### ${t(title)}\n\n${items.join('\n')}`;
  });
  return `${head}${t(m.takeoversIntro)}\n\n${groups.join('\n\n')}\n`;
}

function habitsMd(m: ReviewModel): string {
  const rows = m.habits.map((h) => [`${t(h.label)}`, h.notable ? `**${t(h.value)}**` : t(h.value), t(h.detail), t(h.meaning)]);
  return `## ${t(SECTION_TITLES.habits)}\n\n${mdTable([['Habit', 'l'], ['Value', 'r'], ['What letgo counted', 'l'], ['What it usually means', 'l']], rows)}\n`;
}

function reposMd(m: ReviewModel): string {
  const head = `## ${t(SECTION_TITLES.repos)}\n\n`;
  if (!m.repos.length) return `${head}_${t(emptyText.repos)}_\n`;
  return `${head}${mdTable(
    [['Repository', 'l'], ['Your hands-on commits', 'r'], ['Team', 'r'], ['Your share', 'r'], ['Your lines', 'r'], ['Team lines', 'r']],
    m.repos.map((r) => [
      `${code(r.id)}${r.shallow ? ' (shallow)' : ''}`,
      t(formatCount(r.managerCommits)),
      t(formatCount(r.teamCommits)),
      t(formatPercent(r.share)),
      t(formatCount(r.managerChurn)),
      t(formatCount(r.teamChurn)),
    ])
  )}\n`;
}

function qualityMd(m: ReviewModel): string {
  const items = m.quality.map((q) => {
    const values = q.values.map((v) => `  - ${markdownCode(v) || t(v)}`);
    if (q.more) values.push(`  - ${t(`and ${q.more} more`)}`);
    return [`- **${t(q.label)}**: ${t(q.text)}`, ...values].join('\n');
  });
  return `## ${t(SECTION_TITLES.quality)}\n\n${items.join('\n')}\n`;
}

function questionsMd(m: ReviewModel): string {
  return `## ${t(SECTION_TITLES.questions)}\n\n${m.questions.map((q, i) => `${i + 1}. ${t(q)}`).join('\n')}\n`;
}

/**
 * Renders the self-review as Markdown, synchronously. The trend is a Mermaid chart; SVG
 * chart files are linked (and returned in `svgs`) only when `opts.charts` asks for them
 * and `opts.chartSvgs` holds them: use {@link renderMarkdownWithCharts} to render both.
 * @param report a valid Report (see `validateReport`)
 * @returns the page and the SVG files it links to (file name -> SVG text; empty without SVG charts)
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): MarkdownResult {
  const m = buildReviewModel(report, opts);
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
    `# ${t(`letgo self-review: ${h.window}`)}`,
    `${t(h.manager)} · team of ${t(String(report.team.size))} · ${t(`${formatDate(report.window.since)} to ${formatDate(report.window.until)}`)}`,
    headlineMd(m),
    trendMd(m, charts, files),
    delegationMd(m),
    onlyYouMd(m),
    takeoversMd(m),
    habitsMd(m),
    reposMd(m),
    qualityMd(m),
    questionsMd(m),
    `---\n\n_${t(`Made by ${m.generator} on ${m.generatedAt} from the team’s git history. The numbers count commits and changed lines, not effort or value: read them as a prompt for reflection, not a verdict.`)}_`,
  ]
    .map((s) => s.trim())
    .join('\n\n');
  return { markdown: `${markdown}\n`, svgs };
}

/**
 * Renders the trend charts to SVG with Vega, then the page with {@link renderMarkdown}
 * linking them (`charts` defaults to `both` here: Mermaid for GitHub and GitLab, SVG
 * files for everything else). The caller writes `svgs` beside the Markdown file.
 */
export async function renderMarkdownWithCharts(report: Report, opts: MarkdownOptions = {}): Promise<MarkdownResult> {
  const m = buildReviewModel(report, opts);
  const chartSvgs = m.trend.length ? await renderTrendCharts(m.trend, m.thresholds) : undefined;
  return renderMarkdown(report, { charts: 'both', ...opts, chartSvgs });
}
