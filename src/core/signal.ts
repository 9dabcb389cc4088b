/**
 * The signal (docs/definitions.md "Signal"): from the manager's hands-on commits against the
 * team's, and their reviews and pairing (leadByExample.ts), one level with the sentences
 * and numbers that produced it.
 */
import type { Thresholds } from './config.js';
import { pluralForm } from './plural.js';
import type { SignalLevel } from './report.js';

/** The numbers a signal is decided from, for one period. */
export interface SignalInput {
  /** Manager hands-on commits in the period. */
  managerCommits: number;
  /** Team hands-on commits in the period (manager included). */
  teamCommits: number;
  /** Team size (manager included): fair share F = 1 / teamSize. */
  teamSize: number;
  /** Team members with at least one commit in the period (manager included). */
  activeMembers: number;
  /** Most hands-on commits of any other team member in the period. */
  topOtherCommits: number;
  /** Period length in days (for the wording of out-of-touch). */
  periodDays: number;
  /**
   * The manager's contact with the work over the out-of-touch span: the `days` days up
   * to the period's end, `outOfTouchDays` when the period is shorter, else the period
   * itself. Hands-on commits, reviews of teammates' work and pairing commits in it.
   */
  contact: { days: number; handsOn: number; reviews: number; pairedCommits: number };
}

/** A decided signal: the level and one sentence per reason, each with its numbers. */
export interface Signal {
  level: SignalLevel;
  reasons: string[];
  /** S (0-1), null when the team had no hands-on commit. */
  share: number | null;
  /** F = 1 / team size. */
  fairShare: number;
  /** R = S / F, computed as managerCommits · teamSize / teamCommits (exact at a threshold); null when S is null. */
  ratio: number | null;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const times = (x: number): string => `${x.toFixed(2)}x`;

/**
 * Decides the signal. Order: insufficient-data (fewer than `minActiveMembers` active
 * members or fewer than `minHandsOnCommits` team hands-on commits); with no manager
 * hands-on commit in the period, out-of-touch when the contact span (`input.contact`,
 * at least `outOfTouchDays` days) holds no hands-on commit, review or pairing commit
 * either, else balanced with a reason naming that contact; then holding-back (R >=
 * holdingBackRatio, or the manager is the top hands-on contributor), watch (R >=
 * watchRatio), balanced.
 */
export function decideSignal(input: SignalInput, thresholds: Thresholds): Signal {
  const teamSize = Math.max(1, input.teamSize);
  const fairShare = 1 / teamSize;
  const share = input.teamCommits > 0 ? input.managerCommits / input.teamCommits : null;
  // S / F as m·n / t: one rounding, so a ratio that is exactly a threshold compares as one
  // ((3/10) / (1/10) is 2.9999999999999996 in floating point).
  const ratio = share === null ? null : (input.managerCommits * teamSize) / input.teamCommits;
  const base = { share, fairShare, ratio };
  const numbers =
    share === null
      ? `no team hands-on commits`
      : `you made ${input.managerCommits} of the team's ${input.teamCommits} hands-on commits (${pct(share)}) against a fair share of ${pct(fairShare)} for a team of ${input.teamSize}: ratio ${times(ratio ?? 0)}`;

  const thin: string[] = [];
  if (input.activeMembers < thresholds.minActiveMembers) {
    thin.push(
      `only ${input.activeMembers} team member${input.activeMembers === 1 ? ' was' : 's were'} active (at least ${thresholds.minActiveMembers} needed)`
    );
  }
  if (input.teamCommits < thresholds.minHandsOnCommits) {
    thin.push(`the team made ${input.teamCommits} hands-on commit${input.teamCommits === 1 ? '' : 's'} (at least ${thresholds.minHandsOnCommits} needed)`);
  }
  if (thin.length > 0) {
    return { ...base, level: 'insufficient-data', reasons: [`Too little activity to judge: ${thin.join('; ')}.`, cap(numbers) + '.'] };
  }
  if (input.managerCommits === 0) {
    const { days, handsOn, reviews, pairedCommits } = input.contact;
    const span = days > input.periodDays ? `the ${days} days up to the period's end` : `these ${days} days`;
    const none = `You made no hands-on notebook or code commit in these ${input.periodDays} days while the team made ${input.teamCommits}`;
    if (handsOn + reviews + pairedCommits === 0) {
      const also = days > input.periodDays ? `, nor in ${span},` : '';
      return { ...base, level: 'out-of-touch', reasons: [`${none}${also} and reviewed or paired on none of their work.`] };
    }
    const contact = [
      reviews ? `reviewed ${count(reviews, "teammate's change", "teammates' changes")}` : '',
      pairedCommits ? `paired on ${count(pairedCommits, 'commit', 'commits')} as a co-author` : '',
      handsOn ? `made ${count(handsOn, 'hands-on commit', 'hands-on commits')}` : '',
    ].filter(Boolean);
    return {
      ...base,
      level: 'balanced',
      reasons: [`${none}.`, `In ${span} you ${joinAnd(contact)}: in touch with the work without taking it over.`],
    };
  }
  const top = input.managerCommits >= input.topOtherCommits;
  if ((ratio ?? 0) >= thresholds.holdingBackRatio || top) {
    const reasons = [cap(numbers) + '.'];
    if ((ratio ?? 0) >= thresholds.holdingBackRatio)
      reasons.push(
        `A ratio of ${times(ratio ?? 0)} is at or above ${times(thresholds.holdingBackRatio)}: you do at least a full team member's share of hands-on work.`
      );
    if (top)
      reasons.push(`You are the team's top hands-on contributor (${input.managerCommits} commits; the most of any other member is ${input.topOtherCommits}).`);
    return { ...base, level: 'holding-back', reasons };
  }
  if ((ratio ?? 0) >= thresholds.watchRatio) {
    return {
      ...base,
      level: 'watch',
      reasons: [cap(numbers) + '.', `A ratio between ${times(thresholds.watchRatio)} and ${times(thresholds.holdingBackRatio)} is worth watching.`],
    };
  }
  return {
    ...base,
    level: 'balanced',
    reasons: [cap(numbers) + '.', `A ratio below ${times(thresholds.watchRatio)} leaves the hands-on work with the team while you stay in touch.`],
  };
}

/** `n` and the noun in its plural form: "1 review", "3 reviews". */
function count(n: number, one: string, many: string): string {
  return `${n} ${pluralForm(n, one, many)}`;
}

/** "a", "a and b", "a, b and c". */
function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
