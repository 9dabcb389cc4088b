/**
 * The inline stylesheet of the HTML self-review: system fonts only (nothing to
 * download), light and dark colour schemes via `prefers-color-scheme`, and a print
 * layout. Also restyles the Vega SVG charts' axes and labels for the dark scheme.
 */
import { CHART_MARKS, markClass } from './charts.js';

/** The stylesheet, to be placed in a single `<style>` element. */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #fbfaf8; --card: #ffffff; --fg: #1d2433; --muted: #5b6473; --faint: #8a93a2;
  --line: #e6e3de; --grid: #e4e7ec; --code-bg: #f3f1ed; --accent: #2f5f8a;
  --hb: #b5472f; --hb-bg: #fbeae5; --watch: #9a6a0c; --watch-bg: #fbf1dc;
  --bal: #2f7a52; --bal-bg: #e3f3ea; --oot: #4d5fa3; --oot-bg: #e8ebf8; --ins: #5b6473; --ins-bg: #eceef2;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15181e; --card: #1c2028; --fg: #e7e9ee; --muted: #a6adba; --faint: #7d8594;
    --line: #2e333d; --grid: #2e333d; --code-bg: #252a33; --accent: #8fb6dd;
    --hb: #f0917b; --hb-bg: #3a2220; --watch: #e7bd62; --watch-bg: #352c17; --bal: #7fcf9f; --bal-bg: #1b3226;
    --oot: #a3b1ea; --oot-bg: #232a45; --ins: #b4bac6; --ins-bg: #2a2e36;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body {
  margin: 0; color: var(--fg); background: var(--bg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-text-size-adjust: 100%;
}
main { max-width: 50rem; margin: 0 auto; padding: 2.5rem 1.5rem 3rem; }
header.masthead { display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; color: var(--muted); font-size: .85rem; margin-bottom: 1.25rem; }
header.masthead .brand { font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: var(--faint); }
h1, h2, h3 { line-height: 1.25; font-weight: 650; }
h1 { font-size: 1.85rem; margin: .35rem 0 .75rem; letter-spacing: -.01em; }
h2 { font-size: 1.2rem; margin: 0 0 .6rem; }
h3 { font-size: 1rem; margin: 1.1rem 0 .4rem; }
p { margin: 0 0 .75rem; }
section { margin: 0 0 2.25rem; }
section > h2 { padding-bottom: .35rem; border-bottom: 1px solid var(--line); }
.hero { background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--level); border-radius: 10px; padding: 1.5rem 1.6rem 1.2rem; margin-bottom: 2.5rem; }
.level-holding-back { --level: var(--hb); --level-bg: var(--hb-bg); }
.level-watch { --level: var(--watch); --level-bg: var(--watch-bg); }
.level-balanced { --level: var(--bal); --level-bg: var(--bal-bg); }
.level-out-of-touch { --level: var(--oot); --level-bg: var(--oot-bg); }
.level-insufficient-data { --level: var(--ins); --level-bg: var(--ins-bg); }
.badge { display: inline-block; font-size: .78rem; font-weight: 650; letter-spacing: .05em; text-transform: uppercase; color: var(--level); background: var(--level-bg); border-radius: 999px; padding: .15rem .7rem; margin: 0; }
.lede { font-size: 1.08rem; }
.meaning { color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr)); gap: .75rem; margin: 1.1rem 0 .6rem; padding: 0; }
.figures div { border-top: 1px solid var(--line); padding-top: .5rem; }
.figures dt { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.figures dd { margin: 0; font-size: 1.45rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.figures dd small { display: block; font-size: .75rem; font-weight: 400; color: var(--faint); }
.figures .key dd { color: var(--level); }
.reasons { font-size: .85rem; color: var(--muted); margin: .4rem 0 0; padding-left: 1.1rem; }
figure { margin: .5rem 0 1.25rem; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .35rem; }
.note { font-size: .9rem; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
table { width: 100%; border-collapse: collapse; font-size: .9rem; margin: .25rem 0 1rem; }
th, td { text-align: left; padding: .4rem .6rem .4rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .75rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; background: var(--code-bg); border-radius: 4px; padding: .05em .3em; overflow-wrap: anywhere; word-break: break-word; }
td code { display: inline; }
.tag { display: inline-block; font-size: .72rem; font-weight: 600; border-radius: 4px; padding: 0 .4rem; white-space: nowrap; }
.tag.warn { color: var(--hb); background: var(--hb-bg); }
.tag.ok { color: var(--bal); background: var(--bal-bg); }
.tag.mute { color: var(--muted); background: var(--code-bg); }
.habits { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
.habit { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; }
.habit h3 { margin: 0 0 .2rem; font-size: .85rem; color: var(--muted); font-weight: 600; }
.habit .value { font-size: 1.5rem; font-weight: 650; font-variant-numeric: tabular-nums; margin: 0; }
.habit.notable .value { color: var(--hb); }
.habit p { font-size: .88rem; margin: .3rem 0 0; }
.habit p.meaning { color: var(--muted); }
ul.quality { list-style: none; padding: 0; margin: 0; font-size: .9rem; }
ul.quality > li { display: grid; grid-template-columns: 9.5rem minmax(0, 1fr); gap: .75rem; padding: .45rem 0; border-bottom: 1px solid var(--line); }
ul.values { margin: .3rem 0 0; padding-left: 1rem; color: var(--muted); }
ol.questions { padding-left: 1.4rem; }
ol.questions li { margin-bottom: .6rem; }
ol.questions li::marker { color: var(--level); font-weight: 650; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--faint); border-top: 1px solid var(--line); padding-top: .8rem; }
/* Vega SVG: recolour axes and labels with the page's palette (CSS beats presentation attributes). */
.chart .role-axis-label text, .chart .role-legend-label text { fill: var(--muted); }
.chart .role-axis-title text, .chart .role-legend-title text { fill: var(--muted); }
.chart .role-axis-grid line { stroke: var(--grid); }
.chart .role-axis-domain line, .chart .role-axis-tick line { stroke: var(--faint); }
.chart .${markClass(CHART_MARKS.bandLabels)} text { fill: var(--faint); }
.chart .${markClass(CHART_MARKS.ratioLabels)} text { fill: var(--fg); }
@media (max-width: 36rem) {
  main { padding: 1.5rem 1rem; }
  ul.quality > li { grid-template-columns: minmax(0, 1fr); gap: .1rem; }
  h1 { font-size: 1.5rem; }
}
@media print {
  :root {
    color-scheme: light;
    --bg: #fff; --card: #fff; --fg: #000; --muted: #333; --faint: #555; --line: #bbb; --grid: #ddd; --code-bg: #f2f2f2;
    --hb: #b5472f; --hb-bg: #fbeae5; --watch: #9a6a0c; --watch-bg: #fbf1dc; --bal: #2f7a52; --bal-bg: #e3f3ea;
    --oot: #4d5fa3; --oot-bg: #e8ebf8; --ins: #5b6473; --ins-bg: #eceef2;
  }
  @page { margin: 16mm 14mm; }
  body { font-size: 10.5pt; background: #fff; color: #000; }
  main { max-width: none; padding: 0; }
  .hero { border: 1px solid #999; border-left: 6px solid var(--level); }
  section { margin-bottom: 1.4rem; }
  h2 { break-after: avoid-page; }
  figure, table, .hero, .habit, ol.questions li { break-inside: avoid; }
  .chart svg { max-width: 16cm; }
}
`;
