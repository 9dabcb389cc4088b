import { describe, expect, it } from 'vitest';
import { SIGNAL_LEVELS, type SignalLevel } from '../../src/core/report.js';
import { buildReviewModel } from '../../src/report/model.js';
import { QUESTION_LIMITS } from '../../src/report/questions.js';
import { makeEmptyReport, makeReport, type Overrides } from './fixtures/build.js';

/** The questions of a report with signal `level` (chosen while the review model is built). */
function ask(level: SignalLevel, overrides: Overrides = {}): string[] {
  return buildReviewModel(makeReport(level, overrides)).questions;
}

describe('reflection questions', () => {
  it.each(SIGNAL_LEVELS)('asks 3-5 distinct questions for %s, with or without evidence', (level) => {
    for (const report of [makeReport(level), makeEmptyReport(level)]) {
      const q = buildReviewModel(report).questions;
      expect(q.length).toBeGreaterThanOrEqual(QUESTION_LIMITS.min);
      expect(q.length).toBeLessThanOrEqual(QUESTION_LIMITS.max);
      expect(new Set(q).size).toBe(q.length);
      for (const s of q) expect(s.trim().endsWith('?')).toBe(true);
    }
  });

  it('speaks of "this period" for a window that is not a calendar month, "this month" for one', () => {
    for (const level of ['watch', 'balanced'] as const) {
      const range = ask(level, { window: { since: '2016-01-01', until: '2026-12-31' } }).join('\n');
      expect(range).not.toContain('this month');
      expect(range).toContain('this period');
      expect(ask(level).join('\n')).toContain('this month');
    }
  });

  it('holding back: what to delegate, to whom, and which escalation points', () => {
    const q = ask('holding-back').join('\n');
    expect(q).toMatch(/hand over next, to whom/);
    expect(q).toMatch(/should still come to you/);
  });

  it('out of touch: hands-on help without taking the work over', () => {
    const q = ask('out-of-touch').join('\n');
    expect(q).toMatch(/help hands-on/);
    expect(q).toMatch(/without taking the work over/);
  });

  it('insufficient data: questions about the scan itself, not the evidence', () => {
    const q = ask('insufficient-data').join('\n');
    expect(q).toMatch(/repositories/);
    expect(q).not.toMatch(/owner was still working/);
  });

  it('follows the evidence: in-flight takeovers and notebooks only you maintain', () => {
    const q = ask('watch').join('\n');
    expect(q).toMatch(/In 1 case you changed a notebook or file while its owner was still working on it/);
    expect(q).toMatch(/2 notebooks are maintained by you alone/);
    const calm = ask('watch', { takeovers: [], ownership: { onlyYouMaintain: [] }, afterHoursShare: 0, snacks: { count: 0, handsOnCommits: 6, share: 0 } });
    expect(calm.join('\n')).not.toMatch(/maintained by you alone|owner was still working/);
  });

  it('follows the evidence: snacking and after-hours work', () => {
    const q = ask('balanced', {
      takeovers: [],
      ownership: { onlyYouMaintain: [] },
      snacks: { count: 8, handsOnCommits: 10, share: 0.8 },
      afterHoursShare: 0.5,
    }).join('\n');
    expect(q).toMatch(/80% of your hands-on commits were tiny fixes/);
    expect(q).toMatch(/50% of your commits came outside working hours/);
  });

  it('watch: notes a rising trend', () => {
    expect(ask('watch').join('\n')).toMatch(/Your ratio rose to 0\.8x/);
  });
});
