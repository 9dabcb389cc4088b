/**
 * The words letgo uses for each signal level, work tier and habit. One place, so the
 * Markdown page, the HTML page, the terminal table and the JupyterLab panel say the
 * same thing. Browser-safe; no untrusted text here.
 */
import type { SignalLevel } from '../core/report.js';
import type { Tier } from '../core/facts.js';

/** How a signal level reads to a manager. */
export interface LevelWords {
  /** Short label for badges and tables: "Holding back". */
  label: string;
  /** One-line headline for the top of a report. */
  headline: string;
  /** One or two sentences on what the level usually means and what to do with it. */
  meaning: string;
  /** A single character for a terminal (no colour needed to tell levels apart). */
  symbol: string;
}

/** Words for every {@link SignalLevel}. */
export const LEVEL_WORDS: Record<SignalLevel, LevelWords> = {
  'holding-back': {
    label: 'Holding back',
    headline: 'Your hands-on work may be holding the team back',
    meaning:
      'You carry at least a full team member’s share of the notebook and code work. The team may be waiting on you, and the hard problems that would grow them end up on your desk.',
    symbol: '▲',
  },
  watch: {
    label: 'Watch',
    headline: 'You are close to a full share of the hands-on work',
    meaning:
      'More hands-on work than a manager usually needs to stay in touch. Not a problem yet; keep an eye on the trend so you do not become the team’s bottleneck.',
    symbol: '△',
  },
  balanced: {
    label: 'Balanced',
    headline: 'Hands-on enough to stay in touch, without crowding the team',
    meaning: 'The team owns most of the notebook and code work while you still contribute: enough to understand the work and earn trust.',
    symbol: '●',
  },
  'out-of-touch': {
    label: 'Out of touch',
    headline: 'No hands-on work from you in this period',
    meaning:
      'Stepping back is right, but none at all makes it hard to judge estimates and blockers, and the team notices. Small, well-chosen help keeps you close to the work.',
    symbol: '▽',
  },
  'insufficient-data': {
    label: 'Not enough data',
    headline: 'Too little team activity to judge the balance',
    meaning:
      'With few active people or few hands-on commits, a share says more about chance than about habits. Check that the scan covers the right repositories and people, or use a longer window.',
    symbol: '○',
  },
};

/** How a work tier reads, and what the delegation framework recommends for it. */
export interface TierWords {
  label: string;
  /** Who should own it: "you", "could be the team", "the team". */
  owner: string;
  /** What letgo counts in this tier, in a few words. */
  covers: string;
}

/** Words for every work tier, highest first. */
export const TIER_WORDS: Record<Tier, TierWords> = {
  strategic: {
    label: 'Strategic',
    owner: 'keep: this is your job',
    covers: 'architecture and decision records, standards, CI and roadmaps',
  },
  implementation: {
    label: 'Implementation',
    owner: 'hand over second',
    covers: 'project designs, experiment and monitoring setup, project READMEs',
  },
  tactical: {
    label: 'Tactical',
    owner: 'hand over first',
    covers: 'notebooks, code and tests',
  },
};

/** The recommended delegation sequence, in one sentence. */
export const DELEGATION_SEQUENCE =
  'Keep the strategic work. Hand over tactical work first, then implementation work, giving each step 6-8 weeks: agree with examples what moves, agree when the team should come back to you, then step back.';

/** What each habit usually means, and at which value letgo calls it notable. */
export const HABIT_WORDS = {
  snacks: {
    label: 'Small fixes (snacks)',
    meaning:
      'Tiny commits feel productive and are easy to pick up between meetings. Many of them usually mean low-value work a teammate could do, or a quick win taken instead of harder leadership work.',
    /** Share of hands-on commits at or above which snacking is notable. */
    notable: 0.3,
  },
  afterHours: {
    label: 'Outside working hours',
    meaning:
      'Commits in the evening or at the weekend usually mean the hands-on work no longer fits in your working day: the role is full, and the code happens on your own time.',
    notable: 0.25,
  },
  reruns: {
    label: 'Re-run-only notebook commits',
    meaning:
      'Commits where the code is unchanged and only outputs changed usually mean you refresh results yourself: a routine a teammate or a scheduled job could own.',
    notable: 0.25,
  },
  aiAssisted: {
    label: 'AI-assisted commits',
    meaning:
      'Commits made with an AI coding assistant (named as author or co-author). The assistant is no team member: the commit counts for the people on it. Many of yours can mean that quick hands-on work is now cheap enough to crowd out delegation.',
    /** Share of hands-on commits at or above which AI-assisted work is notable. */
    notable: 0.5,
  },
} as const;
