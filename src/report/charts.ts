/**
 * The two trend charts of the self-review as Vega-Lite specs, and their rendering to
 * SVG strings with Vega's headless renderer (no DOM, no canvas needed: works in Node 20
 * and in a browser). Data is only months (YYYY-MM), numbers and fixed labels, never text
 * from a repository.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { SignalLevel, TrendPoint } from '../core/report.js';
import type { Tier } from '../core/facts.js';
import { TIERS } from '../core/facts.js';
import { formatPeriod, formatRatio } from './format.js';
import { trendUnit } from './sections.js';
import { ratioAxisMax, type BandThresholds } from './thresholds.js';
import { LEVEL_WORDS, TIER_WORDS } from './words.js';

/** Colour of each signal level (bars of the ratio chart); readable on light and dark backgrounds. */
const LEVEL_COLORS: Record<SignalLevel, string> = {
  'holding-back': '#c8553d',
  watch: '#d39b2a',
  balanced: '#3f8f63',
  'out-of-touch': '#6a7fc1',
  'insufficient-data': '#98a2b3',
};

/** Colour of each work tier in the stacked chart. */
const TIER_COLORS: Record<Tier, string> = {
  strategic: '#35689a',
  implementation: '#7fa7cf',
  tactical: '#e08a55',
};

/** Band fill colours of the ratio chart. */
const BAND_COLORS = { watch: '#e9b949', holdingBack: '#e07a63' };

/**
 * Vega-Lite layer names. Vega writes each layer's marks into an SVG group with class
 * `<name>_marks` (see {@link markClass}), which is how CSS and tests find them.
 */
export const CHART_MARKS = {
  ratioBars: 'letgo_ratio_bars',
  ratioLabels: 'letgo_ratio_labels',
  tierBars: 'letgo_tier_bars',
  bands: 'letgo_bands',
  bandLabels: 'letgo_band_labels',
} as const;

/** The SVG class of the group holding a named layer's marks: `markClass('letgo_ratio_bars')` -> "letgo_ratio_bars_marks". */
export function markClass(name: string): string {
  return `${name}_marks`;
}

/** Width of both charts' plot areas in CSS pixels in pages (the SVG keeps a viewBox and scales down). */
const CHART_WIDTH = 600;

/** Below this total width (CSS px) a chart is "narrow": months without the year, overlapping labels dropped, band names inside the plot. */
const NARROW_WIDTH = 420;

/**
 * How a chart is laid out: `fit` is the whole SVG's width in CSS px, for a container
 * (the JupyterLab panel) that shows it 1:1 so 11 px labels stay 11 px; without it the plot
 * is {@link CHART_WIDTH} wide and the page scales the SVG.
 */
export interface ChartLayout {
  fit?: number;
}

interface Layout {
  /** The plot width given to Vega-Lite. */
  width: number;
  narrow: boolean;
  autosize?: { type: 'fit-x'; contains: 'padding' };
}

function layoutOf(opts: ChartLayout): Layout {
  if (!opts.fit) return { width: CHART_WIDTH, narrow: false };
  return { width: Math.floor(opts.fit), narrow: opts.fit < NARROW_WIDTH, autosize: { type: 'fit-x', contains: 'padding' } };
}

const baseConfig = {
  background: 'transparent',
  // The reader's system UI font, nothing to download.
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  view: { stroke: null },
  axis: {
    labelColor: '#667085',
    titleColor: '#475467',
    domainColor: '#98a2b3',
    tickColor: '#98a2b3',
    gridColor: '#e4e7ec',
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 'normal',
  },
  // Same y-axis width in both charts, so their months line up vertically.
  axisY: { minExtent: 36 },
  legend: { labelColor: '#475467', titleColor: '#475467', labelFontSize: 11, titleFontSize: 11 },
} as const;

function monthLabel(p: TrendPoint): string {
  return formatPeriod(p.month, p.months, true);
}

/** The x encoding of both charts: one slot per month, in order, labelled "Oct 2026" (narrow: "Oct", every other one when they would overlap). */
function monthAxis(rows: TrendPoint[], layout: Layout) {
  const axis = layout.narrow ? { labelAngle: 0, labelExpr: 'slice(datum.label, 0, 3)', labelOverlap: 'parity' } : { labelAngle: 0 };
  return {
    field: 'label',
    type: 'ordinal',
    title: null,
    scale: { domain: rows.map(monthLabel), paddingInner: 0.35, paddingOuter: 0.2 },
    axis,
  } as const;
}

/**
 * Vega-Lite spec of the hands-on ratio per month: one bar per month with a known ratio,
 * coloured by that month's signal level, over shaded bands (watch from
 * `thresholds.watchRatio` to `holdingBackRatio`, holding back above). Months without a
 * ratio keep their slot, marked "no data".
 */
function ratioTrendSpec(rows: TrendPoint[], thresholds: BandThresholds, layout: Layout): TopLevelSpec {
  const yMax = ratioAxisMax(
    rows.map((r) => r.ratio),
    thresholds
  );
  const bars = rows
    .filter((r) => r.ratio !== null)
    .map((r) => ({ label: monthLabel(r), ratio: r.ratio, level: LEVEL_WORDS[r.level].label, text: formatRatio(r.ratio) }));
  // A month without a ratio keeps its slot, marked; a narrow slot has room for a dash only.
  const missing = rows.filter((r) => r.ratio === null).map((r) => ({ label: monthLabel(r), ratio: 0, text: layout.narrow ? '–' : 'no data' }));
  const levels = Object.keys(LEVEL_COLORS) as SignalLevel[];
  const x = monthAxis(rows, layout);
  const yScale = { domain: [0, yMax], nice: false, zero: true };
  const yAxis = { title: 'Hands-on ratio', format: '.1f', labelExpr: "datum.label + 'x'", grid: true, tickCount: 5 };
  const y = { field: 'ratio', type: 'quantitative', scale: yScale, axis: yAxis } as const;
  const yBand = { field: 'y', type: 'quantitative', scale: yScale, axis: yAxis } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: layout.width,
    height: 220,
    ...(layout.autosize && { autosize: layout.autosize }),
    config: baseConfig,
    layer: [
      {
        name: CHART_MARKS.bands,
        data: {
          values: [
            { y: thresholds.watchRatio, y2: thresholds.holdingBackRatio, band: 'watch', color: BAND_COLORS.watch },
            { y: thresholds.holdingBackRatio, y2: yMax, band: 'holding back', color: BAND_COLORS.holdingBack },
          ].filter((b) => b.y2 > b.y),
        },
        mark: { type: 'rect', opacity: 0.18 },
        encoding: {
          y: yBand,
          y2: { field: 'y2' },
          color: { field: 'color', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        name: CHART_MARKS.bandLabels,
        data: {
          values: [
            { y: (thresholds.watchRatio + thresholds.holdingBackRatio) / 2, text: 'watch' },
            { y: (thresholds.holdingBackRatio + yMax) / 2, text: 'holding back' },
          ],
        },
        // Right of the plot in a page; inside its right edge when narrow (no room beside it).
        mark: layout.narrow
          ? { type: 'text', align: 'right', baseline: 'middle', dx: -4, fontSize: 10, fontStyle: 'italic', color: '#8a93a2' }
          : { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontSize: 10, fontStyle: 'italic', color: '#8a93a2' },
        encoding: { x: { value: 'width' }, y: yBand, text: { field: 'text' } },
      },
      {
        name: CHART_MARKS.ratioBars,
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          x,
          y,
          color: {
            field: 'level',
            type: 'nominal',
            scale: { domain: levels.map((l) => LEVEL_WORDS[l].label), range: levels.map((l) => LEVEL_COLORS[l]) },
            legend: null,
          },
        },
      },
      {
        name: CHART_MARKS.ratioLabels,
        data: { values: [...bars, ...missing] },
        mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 10, color: '#475467' },
        encoding: { x, y, text: { field: 'text' } },
      },
    ],
  } as TopLevelSpec;
}

/**
 * Vega-Lite spec of the manager's commits per work tier and month, stacked (strategic at
 * the bottom). Only non-zero segments are drawn, so the bar segments equal the (month,
 * tier) pairs with commits.
 */
function tierMixSpec(rows: TrendPoint[], layout: Layout): TopLevelSpec {
  const values = rows.flatMap((r) =>
    TIERS.filter((t) => r.tiers[t] > 0).map((t) => ({ label: monthLabel(r), tier: TIER_WORDS[t].label, order: TIERS.indexOf(t), commits: r.tiers[t] }))
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: layout.width,
    height: 180,
    ...(layout.autosize && { autosize: layout.autosize }),
    config: baseConfig,
    data: { values },
    layer: [
      {
        name: CHART_MARKS.tierBars,
        mark: { type: 'bar' },
        encoding: {
          x: monthAxis(rows, layout),
          // With no commit of the manager's, no axis at all (Vega would draw a lone "0" tick) and a note instead.
          y: values.length
            ? { field: 'commits', type: 'quantitative', stack: 'zero', title: 'Your commits', axis: { tickMinStep: 1, format: 'd', tickCount: 4 } }
            : { field: 'commits', type: 'quantitative', axis: null, scale: { domain: [0, 1] } },
          color: {
            field: 'tier',
            type: 'nominal',
            title: null,
            scale: { domain: TIERS.map((t) => TIER_WORDS[t].label), range: TIERS.map((t) => TIER_COLORS[t]) },
            // Narrow: one name a row, so "Implementation" is not cut off at the chart's edge.
            legend: { orient: 'top', direction: 'horizontal', symbolType: 'square', ...(layout.narrow && { columns: 1 }) },
          },
          order: { field: 'order', type: 'quantitative', sort: 'ascending' },
        },
      },
      ...(values.length
        ? []
        : [
            {
              data: { values: [{}] },
              mark: { type: 'text' as const, text: 'No commits of yours in this trend', fontSize: 13, color: baseConfig.axis.labelColor },
              encoding: { x: { value: layout.width / 2 }, y: { value: 90 } },
            },
          ]),
    ],
  } as TopLevelSpec;
}

/**
 * Renders a Vega-Lite spec to a standalone SVG string (`<svg ...>...</svg>`) with Vega's
 * headless `renderer: 'none'` view; loads nothing (inline data only).
 * @param title accessible name set as the SVG's `aria-label`
 * @throws Error when the spec does not compile (a bug in letgo, not bad input)
 */
async function renderSvg(spec: TopLevelSpec, title: string): Promise<string> {
  const compiled = compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    return tidySvg(svg, title);
  } finally {
    view.finalize();
  }
}

/**
 * Makes Vega's SVG fit in an HTML page: the accessible name replaces Vega's generic
 * description, and the fixed pixel size gives way to a viewBox that scales down.
 */
function tidySvg(svg: string, title: string): string {
  const safeTitle = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const cleaned = attrs.replace(/\s(?:aria-label|aria-roledescription|role)="[^"]*"/g, '');
    return `<svg${cleaned} role="img" aria-label="${safeTitle}">`;
  });
}

/**
 * The two charts of a trend as SVG strings: `ratio` (hands-on ratio with bands) and
 * `tiers` (stacked tier mix), laid out for a page or, with `layout.fit`, for a container
 * of that width in CSS px.
 */
export async function renderTrendCharts(rows: TrendPoint[], thresholds: BandThresholds, layout: ChartLayout = {}): Promise<{ ratio: string; tiers: string }> {
  const l = layoutOf(layout);
  const unit = trendUnit(rows);
  const [ratio, tiers] = await Promise.all([
    renderSvg(ratioTrendSpec(rows, thresholds, l), `Hands-on ratio per ${unit}, with the watch and holding-back bands shaded`),
    renderSvg(tierMixSpec(rows, l), `Your commits per ${unit} by work tier: strategic, implementation, tactical`),
  ]);
  return { ratio, tiers };
}
