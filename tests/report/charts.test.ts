/**
 * The trend charts laid out for a page (a 600 px plot the page scales) and for a container
 * of a given width (the JupyterLab sidebar), where every label must keep a readable size.
 */
import { describe, expect, it } from 'vitest';
import { renderTrendCharts } from '../../src/report/charts.js';
import { makeReport } from './fixtures/build.js';

const report = makeReport('watch');
const thresholds = report.thresholds;

function texts(svg: string): { text: string; size: number }[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ text: m[2], size: Number(/font-size="([\d.]+)/.exec(m[1])?.[1] ?? NaN) }));
}

const widthOf = (svg: string) => Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);

describe('renderTrendCharts layout', () => {
  it.each([200, 226, 250, 376])('fits a %i px container exactly, every label at least 10 px', async (fit) => {
    const charts = await renderTrendCharts(report.trend, thresholds, { fit });
    for (const svg of [charts.ratio, charts.tiers]) {
      expect(widthOf(svg)).toBe(fit);
      const labels = texts(svg);
      expect(labels.length).toBeGreaterThan(report.trend.length);
      expect(Math.min(...labels.map((l) => l.size))).toBeGreaterThanOrEqual(10);
    }
  });

  it('names months without the year when narrow, with it in a page', async () => {
    const narrow = await renderTrendCharts(report.trend, thresholds, { fit: 250 });
    const page = await renderTrendCharts(report.trend, thresholds);
    const monthTexts = (svg: string) =>
      texts(svg)
        .map((t) => t.text)
        .filter((t) => /^[A-Z][a-z]{2}( \d{4})?$/.test(t));
    expect(monthTexts(narrow.ratio)).toEqual(
      report.trend.map((p) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(p.month.slice(5)) - 1])
    );
    expect(monthTexts(page.ratio)).toHaveLength(report.trend.length);
    expect(monthTexts(page.ratio).every((t) => / \d{4}$/.test(t))).toBe(true);
    // A page's plot is 600 px wide plus its axes, scaled by the page.
    expect(widthOf(page.ratio)).toBeGreaterThan(600);
  });
});
