import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/index.js';
import { TABLE_MAX_LINES } from '../../src/report/table.js';
import { LEVEL_WORDS } from '../../src/report/words.js';
import { HOSTILE, LONG_PATH, makeEmptyReport, makeHostileReport, makeReport } from './fixtures/build.js';
import { SIGNAL_LEVELS } from '../../src/core/report.js';

const ANSI = /\u001b\[[0-9;]*m/g;

function visibleLines(text: string): string[] {
  return text.replace(ANSI, '').split('\n');
}

describe('renderTable', () => {
  it.each(SIGNAL_LEVELS)('fits %s in under 30 lines and the width', (level) => {
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
    // Sentences, not field names; examples name their repository when the report has several.
    expect(out).toMatch(/Only you maintain +2 notebooks, e\.g\. notebooks\/elasticity\.ipynb in pricing$/m);
    expect(out).toMatch(/Stepped in +3 teammates’ files, 1 still in progress,\n {19}e\.g\. src\/features\.py in churn-model$/m);
    expect(out).toMatch(/Small fixes +5 of your 14 hands-on commits \(36%\) changed ≤5 lines$/m);
    expect(out).toMatch(/After hours +35% of your commits, outside 8:00-19:00 or at weekends$/m);
    expect(out).toMatch(/Tactical work +35% of the team’s tactical commits are yours;\n {19}handover plan overdue$/m);
    const oneRepo = renderTable(makeReport('holding-back', { repos: [makeReport('holding-back').repos[0]!] }), { color: false, width: 80 });
    expect(oneRepo).toMatch(/Only you maintain +2 notebooks, e\.g\. notebooks\/elasticity\.ipynb$/m);
    expect(out).toMatch(/^\? Which piece of tactical work/m);
    expect(out).not.toMatch(ANSI);
  });

  it('shows notebook cells and lines for you and the team, with the counting mode and fallbacks', () => {
    // Fixture: you 12 + 3 + 20 = 35 cells, 300 + 80 = 380 lines; team 250 cells, 3,300 lines.
    const out = renderTable(makeReport('holding-back'), { color: false, width: 80 });
    // The team's figures include yours: "of the team's".
    expect(out).toMatch(/^Notebook work +you changed 35 of the team’s 250 cells \(380 of 3,300 lines\)$/m);
    const git = makeReport('holding-back', { options: { trendMonths: 6, allBranches: false, notebookLines: 'git', teamDetail: false } });
    expect(renderTable(git, { color: false, width: 80 })).toMatch(/^Notebook work +you changed 380 of the team’s 3,300 lines \(git’s count\)$/m);
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
    expect(out).toMatch(/Only you maintain +no notebook$/m);
    expect(out).toMatch(/Stepped in +no teammate’s file$/m);
    expect(out).toMatch(/Small fixes +no hands-on commit of yours$/m);
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
    const long = renderTable(
      makeReport('holding-back', {
        ownership: { onlyYouMaintain: [{ repo: 'r', path: LONG_PATH, managerShare: 1, lastChange: '2026-10-01', lastTeamTouch: null }] },
      }),
      {
        color: false,
        width: 60,
      }
    );
    expect(long).toMatch(/Only you maintain +1 notebook,\s+e\.g\. analysis\/.*….*ipynb/);
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
