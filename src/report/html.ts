/**
 * The monthly self-review as one self-contained HTML5 page: inline CSS (light, dark and
 * print), charts as inline SVG rendered by Vega, no scripts, fonts, images or links to
 * load. Every string is escaped with {@link escapeHtml}, trusted or not.
 */
import type { Report } from '../core/report.js';
import { TIERS } from '../core/facts.js';
import { renderTrendCharts } from './charts.js';
import { REPORT_CSS } from './css.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatDate, formatPercent, formatRatio } from './format.js';
import type { PlanStatus, ReviewModel, ReviewModelOptions } from './model.js';
import { buildReviewModel } from './model.js';
import {
  EVIDENCE_COLUMNS,
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
import { LEVEL_WORDS } from './words.js';

/**
 * Content-Security-Policy of the page: nothing may load or run, only the inline
 * stylesheet applies. A second line of defence behind escaping.
 */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Options of {@link renderHtml}. */
export type HtmlOptions = ReviewModelOptions;

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

function table(head: Column[], rows: string[][]): string {
  const th = head.map((h) => `<th scope="col"${h.num ? ' class="num"' : ''}>${escapeHtml(h.label)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, i) => `<td${head[i]?.num ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function empty(text: string): string {
  return `<p class="empty">${escapeHtml(text)}</p>`;
}

/** Anchor id of an evidence list in the appendix. */
function evidenceId(id: string): string {
  return `evidence-${id}`;
}

/** `html` as a link to the appendix list `id` when the report has it; else `html` alone. */
function evidenceLink(m: ReviewModel, id: string | undefined, html: string): string {
  return id !== undefined && m.evidence.some((l) => l.id === id) ? `<a href="#${evidenceId(id)}">${html}</a>` : html;
}

function heroHtml(m: ReviewModel): string {
  const h = m.headline;
  const figures = h.figures
    .map(
      (f, i) =>
        `<div${i === 2 ? ' class="key"' : ''}><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}<small>${evidenceLink(m, f.evidence, escapeHtml(f.note))}</small></dd></div>`
    )
    .join('\n');
  const reasons = h.reasons.length ? `<ul class="reasons">${h.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '';
  return `<section class="hero" aria-labelledby="headline">
<p class="badge">${escapeHtml(LEVEL_WORDS[h.level].symbol)} ${escapeHtml(h.label)}</p>
<h1 id="headline">${escapeHtml(h.headline)}</h1>
<p class="lede">${escapeHtml(h.numbers)}</p>
<p class="meaning">${escapeHtml(h.meaning)}</p>
<dl class="figures">
${figures}
</dl>
${reasons}
</section>`;
}

function trendHtml(m: ReviewModel, charts: { ratio: string; tiers: string } | null): string {
  if (!charts) return section('trend', SECTION_TITLES.trend, empty(emptyText.trend));
  const thresholds = m.thresholds;
  const rows = m.trend.map((p) => [...trendCells(p), TIERS.map((tier) => formatCount(p.tiers[tier])).join(' / ')].map(escapeHtml));
  return section(
    'trend',
    m.trendTitle,
    `<figure class="chart chart-ratio">
${charts.ratio}
<figcaption>Your hands-on ratio per ${m.trendUnit} (your share of the team’s hands-on commits divided by a fair share). Shaded: watch from ${escapeHtml(formatRatio(thresholds.watchRatio))}, holding back from ${escapeHtml(formatRatio(thresholds.holdingBackRatio))}.</figcaption>
</figure>
<figure class="chart chart-tiers">
${charts.tiers}
<figcaption>Your commits per ${m.trendUnit} by work tier. Over a delegation step the orange tactical part should shrink first, then the light-blue implementation part.</figcaption>
</figure>
${table([...TREND_COLUMNS, { label: 'Strat. / impl. / tact.', num: true }], rows)}`
  );
}

/** Tag class of each plan status. */
const STATUS_TAGS: Record<PlanStatus, 'ok' | 'warn' | 'mute'> = {
  'on track': 'ok',
  done: 'ok',
  'behind plan': 'warn',
  overdue: 'warn',
  'not started': 'mute',
  'no data': 'mute',
};

function delegationHtml(m: ReviewModel): string {
  const d = m.delegation;
  const mix = table(
    TIER_MIX_COLUMNS,
    d.rows.map((r) => [`${escapeHtml(r.label)}<br><small class="note">${escapeHtml(r.covers)}</small>`, ...tierMixCells(r).map(escapeHtml)])
  );
  const plan = d.plan?.length
    ? `<h3>Your delegation plan</h3>\n${table(
        PLAN_COLUMNS,
        d.plan.map((p) => [...planCells(p).map(escapeHtml), `<span class="tag ${STATUS_TAGS[p.status]}">${escapeHtml(p.status)}</span>`])
      )}`
    : `<p class="note">${escapeHtml(emptyText.plan)}</p>`;
  return section('delegation', SECTION_TITLES.delegation, `<p>${escapeHtml(d.stage)}</p>\n${mix}\n<p class="note">${escapeHtml(d.sequence)}</p>\n${plan}`);
}

function onlyYouHtml(m: ReviewModel): string {
  if (!m.onlyYou.length) return section('only-you', SECTION_TITLES.onlyYou, empty(m.onlyYouEmpty));
  return section(
    'only-you',
    SECTION_TITLES.onlyYou,
    `<p>${escapeHtml(m.onlyYouIntro)}</p>
${table(
  [{ label: 'Notebook' }, { label: 'Your share', num: true }, { label: 'Last change', num: true }, { label: 'Last team touch', num: true }],
  m.onlyYou.map((o) => [
    `${code(o.path)}<br><small class="note">${escapeHtml(o.repo)}</small>`,
    escapeHtml(formatPercent(o.managerShare)),
    escapeHtml(o.lastChange ? formatDate(o.lastChange) : 'n/a'),
    o.lastTeamTouch ? escapeHtml(formatDate(o.lastTeamTouch)) : '<span class="tag warn">never</span>',
  ])
)}`
  );
}

function takeoversHtml(m: ReviewModel): string {
  if (!m.takeovers.length) return section('takeovers', SECTION_TITLES.takeovers, empty(emptyText.takeovers));
  const groups = m.takeovers
    .map(
      (g) =>
        `<h3>${escapeHtml(g.title)}</h3>\n${table(
          [{ label: 'File' }, { label: 'When', num: true }, { label: 'State' }],
          g.items.map((i) => [
            `${code(i.path)}<br><small class="note">${escapeHtml(i.repo)}</small>`,
            escapeHtml(formatDate(i.at)),
            i.inFlight ? '<span class="tag warn">in flight</span>' : '<span class="tag mute">settled</span>',
          ])
        )}`
    )
    .join('\n');
  return section('takeovers', SECTION_TITLES.takeovers, `<p>${escapeHtml(m.takeoversIntro)}</p>\n${groups}`);
}

function handoffsHtml(m: ReviewModel): string {
  const hoards = `<p class="note">${escapeHtml(m.handoffs.newHoards)}</p>`;
  if (!m.handoffs.items.length) return section('handoffs', SECTION_TITLES.handoffs, `${empty(emptyText.handoffs)}\n${hoards}`);
  return section(
    'handoffs',
    SECTION_TITLES.handoffs,
    `${table(
      HANDOFF_COLUMNS,
      m.handoffs.items.map((h) => [
        `${code(h.path)}<br><small class="note">${escapeHtml(h.repo)}${h.oldPath ? ` · was ${escapeHtml(h.oldPath)}` : ''}</small>`,
        ...handoffCells(h).map(escapeHtml),
      ])
    )}\n${hoards}`
  );
}

/** The appendix: the commits behind each linked number, one table per list. */
function evidenceHtml(m: ReviewModel): string {
  if (!m.evidence.length) return '';
  const lists = m.evidence.map((l) => {
    const rows = l.commits.map((c) => [
      escapeHtml(formatDate(c.time)),
      `${code(c.sha.slice(0, 10))}<br><small class="note">${escapeHtml(c.repo)}</small>`,
      escapeHtml(c.subject),
      c.files.map((f) => `${code(f.path)} <small class="note">${escapeHtml(`${f.kind}, ${f.tier}, ${formatCount(f.lines)}`)}</small>`).join('<br>') +
        (c.moreFiles ? `<br><small class="note">${escapeHtml(`and ${formatCount(c.moreFiles)} more`)}</small>` : ''),
    ]);
    const body = rows.length ? table(EVIDENCE_COLUMNS, rows) : empty(emptyText.evidence);
    return `<h3 id="${evidenceId(l.id)}">${escapeHtml(`${l.title}: ${formatCount(l.count)}`)}</h3>\n${body}`;
  });
  return section('evidence', SECTION_TITLES.evidence, lists.join('\n'));
}

function leadHtml(m: ReviewModel): string {
  const intro = m.lead.intro ? `<p>${escapeHtml(m.lead.intro)}</p>\n` : '';
  if (m.lead.empty) return section('lead', SECTION_TITLES.lead, `${intro}${empty(m.lead.empty)}`);
  return section(
    'lead',
    SECTION_TITLES.lead,
    `${intro}${table(
      LEAD_COLUMNS,
      m.lead.rows.map((r) => [escapeHtml(r.label), evidenceLink(m, r.evidence, escapeHtml(r.value)), escapeHtml(r.detail)])
    )}`
  );
}

function habitsHtml(m: ReviewModel): string {
  const cards = m.habits
    .map(
      (h) => `<div class="habit${h.notable ? ' notable' : ''}">
<h3>${escapeHtml(h.label)}</h3>
<p class="value">${evidenceLink(m, h.key, escapeHtml(h.value))}</p>
<p>${escapeHtml(h.detail)}</p>
<p class="meaning">${escapeHtml(h.meaning)}</p>
</div>`
    )
    .join('\n');
  const nb = `\n<h3>${escapeHtml(NOTEBOOK_TITLE)}</h3>\n<p class="note">${escapeHtml(m.notebooks.modeText)}</p>\n${table(
    NOTEBOOK_COLUMNS,
    m.notebooks.rows.map((r) => [escapeHtml(r.label), escapeHtml(r.you), escapeHtml(r.team)])
  )}`;
  return section('habits', SECTION_TITLES.habits, `<div class="habits">\n${cards}\n</div>${nb}`);
}

function reposHtml(m: ReviewModel): string {
  if (!m.repos.length) return section('repos', SECTION_TITLES.repos, empty(emptyText.repos));
  return section(
    'repos',
    SECTION_TITLES.repos,
    table(
      REPO_COLUMNS,
      m.repos.map((r) => [`${code(r.id)}${r.shallow ? ' <span class="tag mute">shallow</span>' : ''}`, ...repoCells(r).map(escapeHtml)])
    )
  );
}

function qualityHtml(m: ReviewModel): string {
  const items = m.quality
    .map((q) => {
      const values = q.values.length
        ? `<ul class="values">${q.values.map((v) => `<li>${code(v)}</li>`).join('')}${q.more ? `<li>${escapeHtml(`and ${q.more} more`)}</li>` : ''}</ul>`
        : '';
      return `<li><strong>${escapeHtml(q.label)}</strong><div>${escapeHtml(q.text)}${values}</div></li>`;
    })
    .join('\n');
  return section('quality', SECTION_TITLES.quality, `<ul class="quality">\n${items}\n</ul>`);
}

function questionsHtml(m: ReviewModel): string {
  return section('questions', SECTION_TITLES.questions, `<ol class="questions">\n${m.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('\n')}\n</ol>`);
}

/**
 * Renders the self-review as a complete HTML5 document (UTF-8 string starting with
 * `<!DOCTYPE html>`). Self-contained: nothing is loaded from anywhere when it opens.
 * Async because the charts are rendered by Vega.
 * @param report a valid Report (see `validateReport`)
 */
export async function renderHtml(report: Report, opts: HtmlOptions = {}): Promise<string> {
  const m = buildReviewModel(report, opts);
  const charts = m.trend.length ? await renderTrendCharts(m.trend, m.thresholds) : null;
  const h = m.headline;
  const title = `letgo self-review: ${h.window}, ${h.manager}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="generator" content="${escapeHtml(m.generator)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main class="level-${h.level}">
<header class="masthead"><span class="brand">letgo · ${escapeHtml(h.title)}</span><span>${escapeHtml(h.manager)}${report.window.month ? ` · ${escapeHtml(h.window)}` : ''}</span></header>
${heroHtml(m)}
${trendHtml(m, charts)}
${delegationHtml(m)}
${onlyYouHtml(m)}
${takeoversHtml(m)}
${handoffsHtml(m)}
${leadHtml(m)}
${habitsHtml(m)}
${reposHtml(m)}
${qualityHtml(m)}
${questionsHtml(m)}
${evidenceHtml(m)}
<footer>${escapeHtml(m.footer)}</footer>
</main>
</body>
</html>
`;
}
