import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/index.js';
import { TABLE_MAX_LINES } from '../../src/report/table.js';
import { LEVEL_WORDS } from '../../src/report/words.js';
import { HOSTILE, LEVELS, LONG_PATH, makeEmptyReport, makeHostileReport, makeReport } from './fixtures/build.js';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function visibleLines(text: string): string[] {
  return text.replace(ANSI, '').split('\n');
}

describe('renderTable', () => {
  it.each(LEVELS)('fits %s in under 30 lines and the width', (level) => {
    for (const width of [40, 60, 80, 120]) {
      const out = renderTable(makeReport(level), { color: false, width });
      const lines = visibleLines(out);
      expect(lines.length).toBeLessThan(30);
      expect(lines.length).toBeLessThanOrEqual(TABLE_MAX_LINES);
      // Nothing was cut at TABLE_MAX_LINES: the evidence's last row and the whole question
      // (at most 3 lines) are there. The CLI prints the next command after the table.
      expect(lines.some((l) => l.startsWith('Data quality'))).toBe(true);
      const question = lines.findIndex((l) => l.startsWith('? '));
      expect(question).toBeGreaterThan(0);
      expect(lines.length - question).toBeLessThanOrEqual(3);
      for (const l of lines) expect(Array.from(l).length, `${width}: ${l}`).toBeLessThanOrEqual(width);
    }
  });

  it('shows headline, numbers, sparkline and top evidence', () => {
    const out = renderTable(makeReport('holding-back'), { color: false, width: 80 });
    expect(out).toContain('letgo · October 2026 · Morgan Lead');
    expect(out).toContain(`▲ ${LEVEL_WORDS['holding-back'].label.toUpperCase()}`);
    expect(out).toContain(LEVEL_WORDS['holding-back'].headline);
    expect(out).toContain('35%');
    expect(out).toContain('1.7x');
    expect(out).toMatch(/Trend {2}May 2026 [▁▂▃▄▅▆▇█]{6} Oct 2026 {2}ratio 1\.2x → 1\.8x/);
    expect(out).toMatch(/Only you maintain +2 notebooks, e\.g\. notebooks\/elasticity\.ipynb/);
    expect(out).toMatch(/Stepped in +3 files, 1 in flight, e\.g\. src\/features\.py/);
    expect(out).toMatch(/Small fixes +36% of hands-on commits ≤5 lines \(5\/14\)/);
    expect(out).toMatch(/Tactical work +you: 35% of the team’s; plan overdue/);
    expect(out).toMatch(/^\? Which piece of tactical work/m);
    expect(out).not.toMatch(ANSI);
  });

  it('shows notebook cells and lines for you and the team, with the counting mode and fallbacks', () => {
    // Fixture: you 12 + 3 + 20 = 35 cells, 300 + 80 = 380 lines; team 250 cells, 3,300 lines.
    const out = renderTable(makeReport('holding-back'), { color: false, width: 80 });
    expect(out).toMatch(/^Notebooks \(cells\) +you 35 cells, 380 lines; team 250 cells, 3,300 lines$/m);
    const git = makeReport('holding-back', { options: { trendMonths: 6, allBranches: false, notebookLines: 'git', teamDetail: false } });
    expect(renderTable(git, { color: false, width: 80 })).toMatch(/^Notebooks \(git\) +you 380 lines; team 3,300 lines$/m);
    const base = makeReport('holding-back').notebooks;
    const fallbacks = makeReport('holding-back', { notebooks: { manager: base.manager, team: { ...base.team, fallbacks: 2 } } });
    expect(renderTable(fallbacks, { color: false, width: 80 })).toMatch(/Data quality +1 shallow clone, 1 warning, 2 notebook fallbacks/);
  });

  it('colours only when asked', () => {
    const out = renderTable(makeReport('holding-back'), { color: true, width: 80 });
    expect(out).toMatch(ANSI);
    expect(out.replace(ANSI, '')).toBe(renderTable(makeReport('holding-back'), { color: false, width: 80 }));
  });

  it('handles empty sections', () => {
    const out = renderTable(makeEmptyReport('out-of-touch'), { color: false });
    expect(out).toMatch(/Only you maintain +none/);
    expect(out).toMatch(/Stepped in +none/);
    expect(out).toMatch(/Data quality +no issues/);
    expect(out).toContain('OUT OF TOUCH');
    const noTrend = renderTable(makeReport('balanced', { trend: [] }), { color: false });
    expect(noTrend).toContain('Trend  no earlier months in this report');
  });

  it('strips control characters from hostile text and shortens long paths', () => {
    const out = renderTable(makeHostileReport(), { color: false, width: 80 });
    expect(out).not.toContain(HOSTILE.newline);
    expect(out).toContain('line one line two');
    const ansi = renderTable(makeReport('holding-back', { manager: { id: 'p1', name: HOSTILE.ansi, emails: [] } }), { color: false, width: 60 });
    expect(ansi).not.toContain('\u001b');
    expect(ansi).toContain('red [31mALERT [0m');
    const long = renderTable(makeReport('holding-back', { ownership: { onlyYouMaintain: [{ repo: 'r', path: LONG_PATH, managerShare: 1, lastChange: '2026-10-01', lastTeamTouch: null }] } }), {
      color: false,
      width: 60,
    });
    expect(long).toMatch(/Only you maintain +1 notebook, e\.g\. analysis\/.*….*ipynb/);
    for (const l of long.split('\n')) expect(Array.from(l).length).toBeLessThanOrEqual(60);
  });

  it('shows many trend months without overflowing', () => {
    const base = makeReport('watch');
    const trend = Array.from({ length: 24 }, (_, i) => ({
      ...base.trend[i % 6]!,
      month: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    }));
    const out = renderTable(makeReport('watch', { trend }), { color: false, width: 50 });
    for (const l of out.split('\n')) expect(Array.from(l).length, l).toBeLessThanOrEqual(50);
  });
});
