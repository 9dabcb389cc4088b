/**
 * The out-of-touch rule on plain numbers (signal.ts decideSignal): with no hands-on commit
 * in the period, hands-on commits, reviews or pairing in the contact span make the signal
 * balanced with a reason naming them; none of the three makes it out-of-touch, worded for
 * a span equal to the period or longer (outOfTouchDays before a short window's end).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/core/config.js';
import { decideSignal, type SignalInput } from '../../src/core/signal.js';

const base: Omit<SignalInput, 'contact'> = { managerCommits: 0, teamCommits: 20, teamSize: 4, activeMembers: 4, topOtherCommits: 8, periodDays: 31 };
const contact = (c: Partial<SignalInput['contact']>): SignalInput['contact'] => ({ days: 31, handsOn: 0, reviews: 0, pairedCommits: 0, ...c });

describe('decideSignal: contact without hands-on commits', () => {
  const cases: [string, Omit<SignalInput, 'contact'>, SignalInput['contact'], string, string | undefined][] = [
    [
      'nothing in a month',
      base,
      contact({}),
      'out-of-touch',
      'You made no hands-on notebook or code commit in these 31 days while the team made 20 and reviewed or paired on none of their work.',
    ],
    [
      'one review',
      base,
      contact({ reviews: 1 }),
      'balanced',
      "In these 31 days you reviewed 1 teammate's change: in touch with the work without taking it over.",
    ],
    [
      'pairing only',
      base,
      contact({ pairedCommits: 2 }),
      'balanced',
      'In these 31 days you paired on 2 commits as a co-author: in touch with the work without taking it over.',
    ],
    [
      'all three over a longer span',
      { ...base, periodDays: 7 },
      contact({ days: 28, handsOn: 1, reviews: 3, pairedCommits: 1 }),
      'balanced',
      "In the 28 days up to the period's end you reviewed 3 teammates' changes, paired on 1 commit as a co-author and made 1 hands-on commit: in touch with the work without taking it over.",
    ],
    [
      'nothing over a longer span',
      { ...base, periodDays: 7 },
      contact({ days: 28 }),
      'out-of-touch',
      "You made no hands-on notebook or code commit in these 7 days while the team made 20, nor in the 28 days up to the period's end, and reviewed or paired on none of their work.",
    ],
    // Too little activity is decided first, reviews or not.
    ['reviews, but too little activity', { ...base, teamCommits: 9 }, contact({ reviews: 5 }), 'insufficient-data', undefined],
    // A hands-on commit in the period: the ratio decides, reviews do not change it.
    ['hands-on commits and reviews', { ...base, managerCommits: 8 }, contact({ handsOn: 8, reviews: 5 }), 'holding-back', undefined],
  ];
  it.each(cases)('%s', (_, input, c, level, reason) => {
    const s = decideSignal({ ...input, contact: c }, DEFAULT_THRESHOLDS);
    expect(s.level).toBe(level);
    if (reason) expect(s.reasons.at(-1)).toBe(reason);
  });
});
