import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownCode } from '../../src/report/escape.js';
import {
  cleanText,
  formatCount,
  formatDate,
  formatMonth,
  formatPercent,
  formatPeriod,
  formatRatio,
  formatWindow,
  plural,
  truncateEnd,
  truncateMiddle,
} from '../../src/report/format.js';
import { renderMarkdown, renderTable } from '../../src/report/index.js';
import { sparkline } from '../../src/report/sparkline.js';
import { evidenceLimits, resolveThresholds } from '../../src/report/thresholds.js';
import { validateReport } from '../../src/core/reportValidation.js';
import { makeReport } from './fixtures/build.js';

describe('number formatting', () => {
  it('formats shares, ratios and counts', () => {
    expect(formatPercent(0.3612)).toBe('36%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.001)).toBe('<1%');
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(Number.NaN)).toBe('n/a');
    expect(formatRatio(1.84)).toBe('1.8x');
    expect(formatRatio(1)).toBe('1.0x');
    expect(formatRatio(null)).toBe('n/a');
    expect(formatCount(12345.5)).toBe('12,346');
    expect(formatCount(-1200)).toBe('-1,200');
    expect(plural(1, 'commit')).toBe('1 commit');
    expect(plural(2, 'repository', 'repositories')).toBe('2 repositories');
    // Intl.PluralRules' English categories: only exactly 1 is "one" (0, 1.5 and 1,000,001 are "other").
    expect(plural(0, 'notebook')).toBe('0 notebooks');
    expect(plural(1.5, 'line')).toBe('2 lines');
    expect(plural(0.6, 'line')).toBe('1 line');
    expect(plural(1, 'repository has', 'repositories have')).toBe('1 repository has');
  });

  it('formats months, dates and windows without locale dependence', () => {
    expect(formatMonth('2026-10')).toBe('October 2026');
    expect(formatMonth('2026-01', true)).toBe('Jan 2026');
    expect(formatMonth('nonsense')).toBe('nonsense');
    expect(formatDate('2026-10-03T10:00:00Z')).toBe('3 Oct 2026');
    expect(formatDate(null)).toBe('n/a');
    expect(formatWindow({ since: '2026-10-01', until: '2026-10-31', month: '2026-10' })).toBe('October 2026');
    expect(formatWindow({ since: '2026-09-01', until: '2026-11-30' })).toBe('Sep 2026 - Nov 2026');
    expect(formatWindow({ since: '2016-01-01', until: '2026-12-31' })).toBe('Jan 2016 - Dec 2026');
    expect(formatWindow({ since: '2026-09-03', until: '2026-11-30' })).toBe('3 Sep 2026 - 30 Nov 2026');
    expect(formatWindow({ since: '2026-09-01', until: '2026-11-29' })).toBe('1 Sep 2026 - 29 Nov 2026');
    expect(formatPeriod('2026-10', 3)).toBe('Q4 2026');
    expect(formatPeriod('2016-01', 3)).toBe('Q1 2016');
    expect(formatPeriod('2026-10', 1, true)).toBe('Oct 2026');
  });
});

describe('text safety', () => {
  it('removes control characters and newlines', () => {
    expect(cleanText('a\nb\r\nc\u001b[31md\u202ee')).toBe('a b c [31md e');
  });

  it('truncates in the middle or at the end', () => {
    const long = 'x'.repeat(50) + '/file.ipynb';
    const t = truncateMiddle(long, 20);
    expect(Array.from(t)).toHaveLength(20);
    expect(t).toContain('…');
    expect(t.endsWith('.ipynb')).toBe(true);
    expect(truncateMiddle('short', 20)).toBe('short');
    expect(truncateEnd('a long sentence here', 8)).toBe('a long…');
  });

  it('escapes HTML, including attribute quotes and backticks', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"'\`&`)).toBe('&quot;&#x27;&#x60;&amp;');
  });

  it('escapes Markdown so untrusted text stays text', () => {
    expect(escapeMarkdown('<img src=x>')).toBe('\\<img src=x\\>');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('`code` *em* _u_ [l](x)')).toBe('\\`code\\` \\*em\\* \\_u\\_ \\[l\\](x)');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a bullet')).toBe('\\- not a bullet');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('1.8x')).toBe('1.8x');
    expect(escapeMarkdown('Jean-Luc')).toBe('Jean-Luc');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });

  it('builds code spans with a long enough fence', () => {
    expect(markdownCode('a/b.ipynb')).toBe('`a/b.ipynb`');
    expect(markdownCode('a `b` c')).toBe('``a `b` c``');
    expect(markdownCode('`edge`')).toBe('`` `edge` ``');
    expect(markdownCode('a | b', true)).toBe('a \\| b');
    expect(markdownCode('a | b')).toBe('`a | b`');
  });
});

describe('sparkline', () => {
  it('maps values onto the eight block characters', () => {
    expect(sparkline([0, 1, 2])).toBe('▁▅█');
    expect(sparkline([1, null, 3], { min: 0, max: 3 })).toBe('▃·█');
    expect(sparkline([5, 5])).toBe('██');
    expect(sparkline([0, 0])).toBe('▁▁');
    expect(sparkline([])).toBe('');
  });
});

describe('thresholds', () => {
  it('defaults to 0.5 / 1.0 and takes overrides or report values', () => {
    const r = makeReport('watch');
    expect(resolveThresholds(r)).toEqual({ watchRatio: 0.5, holdingBackRatio: 1 });
    expect(resolveThresholds(r, { holdingBackRatio: 1.5 })).toEqual({ watchRatio: 0.5, holdingBackRatio: 1.5 });
    const custom = makeReport('watch', { thresholds: { ...r.thresholds, watchRatio: 0.6, holdingBackRatio: 1.2 } });
    expect(resolveThresholds(custom)).toEqual({ watchRatio: 0.6, holdingBackRatio: 1.2 });
    expect(resolveThresholds(r, { watchRatio: 2 })).toEqual({ watchRatio: 1, holdingBackRatio: 1 });
  });

  it("quotes the report's own evidence limits, and a report without thresholds is refused when read (so none falls back to defaults)", () => {
    expect(evidenceLimits(makeReport('watch'))).toEqual({ snackLines: 5, workdayStartHour: 8, workdayEndHour: 19, onlyYouDays: 90, inFlightDays: 14 });
    const { thresholds: _dropped, ...old } = makeReport('watch');
    expect(() => validateReport(old, 'report.json')).toThrow("report.json is not a valid report: (top level) must have required property 'thresholds'");
    const base = makeReport('watch');
    const outOfBounds = { ...base, thresholds: { ...base.thresholds, workdayEndHour: 25 } };
    expect(() => validateReport(outOfBounds, 'report.json')).toThrow('/thresholds/workdayEndHour must be <= 24');
  });

  it("quotes the report's evidence limits in the text", () => {
    const base = makeReport('holding-back');
    const r = makeReport('holding-back', {
      thresholds: { ...base.thresholds, snackLines: 3, workdayStartHour: 9, workdayEndHour: 18, onlyYouDays: 60, inFlightDays: 7 },
    });
    const { markdown } = renderMarkdown(r);
    expect(markdown).toContain('changed 3 lines or fewer');
    expect(markdown).toContain('before 9:00, from 18:00 or at a weekend');
    expect(markdown).toContain('in the 60 days before the window’s end');
    expect(markdown).toContain('in the 7 days before');
    expect(renderTable(r, { color: false })).toContain('≤3 lines');
  });
});
