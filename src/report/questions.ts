/**
 * Reflection questions for the end of the self-review: three to five, chosen by the
 * signal level and by the evidence in the Report (notebooks only the manager maintains,
 * takeovers, snacks, after-hours work, re-runs, the trend). Plain text with numbers only:
 * no names or paths, so a question never carries untrusted text.
 */
import type { Report } from '../core/report.js';
import { formatPercent, formatRatio, plural } from './format.js';
import { HABIT_WORDS } from './words.js';
import type { BandThresholds } from './thresholds.js';

/** Fewest and most questions {@link chooseQuestions} returns. */
export const QUESTION_LIMITS = { min: 3, max: 5 } as const;

interface Evidence {
  onlyYou: number;
  inFlight: number;
  takeovers: number;
  snacks: number;
  snackShare: number | null;
  afterHours: number | null;
  reruns: number;
  rerunShare: number | null;
  /** Last minus first known ratio of the trend, null with fewer than two. */
  trendDelta: number | null;
  lastRatio: number | null;
  tacticalShare: number | null;
}

function evidenceOf(report: Report): Evidence {
  const nb = report.notebooks?.manager;
  const ratios = [...(report.trend ?? [])]
    .sort((a, b) => (a.month < b.month ? -1 : 1))
    .map((p) => p.ratio)
    .filter((r): r is number => typeof r === 'number');
  const handsOn = report.snacks.handsOnCommits ?? report.handsOn.managerCommits;
  const teamTac = report.tiers?.team?.tactical ?? 0;
  return {
    onlyYou: report.ownership?.onlyYouMaintain?.length ?? 0,
    inFlight: (report.takeovers ?? []).filter((t) => t.inFlight).length,
    takeovers: (report.takeovers ?? []).length,
    snacks: report.snacks.count,
    snackShare: report.snacks.share ?? (handsOn ? report.snacks.count / handsOn : null),
    afterHours: report.afterHoursShare,
    reruns: nb?.rerunsOnly ?? 0,
    rerunShare: nb && nb.changes ? nb.rerunsOnly / nb.changes : null,
    trendDelta: ratios.length >= 2 ? ratios[ratios.length - 1]! - ratios[0]! : null,
    lastRatio: ratios.length ? ratios[ratios.length - 1]! : null,
    tacticalShare: teamTac ? (report.tiers?.manager?.tactical ?? 0) / teamTac : null,
  };
}

/** Questions triggered by evidence, most pressing first; each is asked at most once. */
function evidenceQuestions(e: Evidence): string[] {
  const q: string[] = [];
  if (e.inFlight > 0) {
    q.push(
      `In ${plural(e.inFlight, 'case')} you changed a notebook or file while its owner was still working on it. What would have let them finish it themselves: a review comment, a pairing hour, a clearer brief?`
    );
  } else if (e.takeovers > 0) {
    q.push(`You stepped into work a teammate owns ${plural(e.takeovers, 'time')}. Did they ask for it, and do they know what you changed and why?`);
  }
  if (e.onlyYou > 0) {
    q.push(
      `${plural(e.onlyYou, 'notebook is', 'notebooks are')} maintained by you alone. Which one matters most if you were away for a month, and who could you pair with to hand it over?`
    );
  }
  if ((e.snackShare ?? 0) >= HABIT_WORDS.snacks.notable && e.snacks >= 3) {
    q.push(
      `${formatPercent(e.snackShare)} of your hands-on commits were tiny fixes. Were they worth your time, or easy wins taken instead of a harder conversation or decision?`
    );
  }
  if ((e.afterHours ?? 0) >= HABIT_WORDS.afterHours.notable) {
    q.push(
      `${formatPercent(e.afterHours)} of your commits came outside working hours. Is hands-on work squeezed out of your day, and what would you drop to make room for it, or for rest?`
    );
  }
  if ((e.rerunShare ?? 0) >= HABIT_WORDS.reruns.notable && e.reruns >= 2) {
    q.push(`${plural(e.reruns, 'notebook commit')} only refreshed outputs. Could a teammate or a scheduled job own those refreshes?`);
  }
  return q;
}

const LEVEL_QUESTIONS = {
  'holding-back': (e: Evidence) => [
    `Which piece of tactical work${e.tacticalShare !== null ? ` (you made ${formatPercent(e.tacticalShare)} of the team’s tactical commits)` : ''} will you hand over next, to whom, and what would that person learn from it?`,
    'Which situations should still come to you (a stakeholder drifting, a timeline at risk, a model behaving in ways nobody can explain, a technical argument that is stuck), and has the team heard that list from you?',
    'Does your own manager know you are stepping back, and that delivery may dip for a few weeks while the team grows into the work?',
    'If you stopped writing notebooks for the next six weeks, what would the team need from you instead?',
  ],
  watch: (e: Evidence) => [
    e.trendDelta !== null && e.trendDelta > 0.1
      ? `Your ratio rose to ${formatRatio(e.lastRatio)} over these months. If it kept rising for another quarter, what would the team stop learning?`
      : 'Is this month typical, or did something pull you into the code? If it was a one-off, what would stop it from becoming a habit?',
    'Which of your hands-on work this month really needed you, and which was a learning opportunity someone else missed?',
    'Where would clear escalation points (when the team should come to you) let you step back with confidence?',
    'Which tactical task could you hand over this month, with an example of what good looks like?',
  ],
  balanced: () => [
    'Where did your hands-on help make the biggest difference this month, and was it help the team asked for?',
    'Does the team get long, uninterrupted stretches for deep work, or do your check-ins and requests break them up?',
    'Which implementation decision could you hand over next, together with the points at which you want to be involved?',
    'What do you know about the team’s daily work now that you would not know without your own hands-on time?',
  ],
  'out-of-touch': () => [
    'Where is the team stretched right now, and where could you help hands-on for an afternoon (a review, a debugging session, chasing down a data field) without taking the work over?',
    'When did you last run one of the team’s notebooks end to end? What did it tell you about how hard the work really is?',
    'Do the team’s estimates and blockers still make sense to you? Whom could you pair with to see the work up close?',
    'How will you keep your help small, so that you contribute while the owner keeps the work?',
  ],
  'insufficient-data': () => [
    'Does the scan cover the repositories where your team’s notebooks and code really live?',
    'Is the team defined the way you see it (roster, aliases, people who moved on), and should the config say so?',
    'Would a longer window, such as a quarter, give a fairer picture of how you split the hands-on work?',
    'Setting the numbers aside: what is one thing you want to hand over, or pick up, next month?',
  ],
} satisfies Record<Report['signal']['level'], (e: Evidence) => string[]>;

/**
 * Three to five reflection questions for this report, written in letgo's own words: the
 * most pressing evidence-based questions first (at most two of them), then the signal
 * level's own questions, deduplicated, capped at {@link QUESTION_LIMITS}.max.
 * @param thresholds the band thresholds in use (to judge the trend)
 */
export function chooseQuestions(report: Report, thresholds: BandThresholds): string[] {
  const e = evidenceOf(report);
  const level = report.signal.level;
  const fromEvidence = level === 'insufficient-data' ? [] : evidenceQuestions(e).slice(0, 2);
  const fromLevel = LEVEL_QUESTIONS[level](e);
  // Over the line but signalled as watch (e.g. custom thresholds): keep the delegation question first.
  if (level === 'watch' && (e.lastRatio ?? 0) >= thresholds.holdingBackRatio) fromLevel.unshift(LEVEL_QUESTIONS['holding-back'](e)[0]!);
  const out: string[] = [];
  // Keep the level's first question first: it answers the headline; evidence follows.
  for (const q of [fromLevel[0]!, ...fromEvidence, ...fromLevel.slice(1)]) {
    if (!out.includes(q)) out.push(q);
    if (out.length >= QUESTION_LIMITS.max) break;
  }
  return out;
}
