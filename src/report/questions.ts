/**
 * Reflection questions for the end of the self-review: three to five, chosen by the
 * signal level and by the evidence the review model gathered (notebooks only the manager
 * maintains, takeovers, the notable habits, the trend). Plain text with numbers only:
 * no names or paths, so a question never carries untrusted text.
 */
import type { Report } from '../core/report.js';
import { formatPercent, formatRatio, plural } from './format.js';
import type { HabitRow, ReviewModel } from './model.js';

/** Takeovers in a window that count as many, for the review-instead-of-rewriting question. */
export const MANY_TAKEOVERS = 2;

/** Fewest and most questions {@link chooseQuestions} returns. */
export const QUESTION_LIMITS = { min: 3, max: 5 } as const;

/** The review model without its questions: what the questions are chosen from. */
export type QuestionSource = Omit<ReviewModel, 'questions'>;

interface Evidence {
  onlyYou: number;
  inFlight: number;
  takeovers: number;
  snacks: HabitRow;
  afterHours: HabitRow;
  reruns: HabitRow;
  /** Re-run-only notebook commits. */
  rerunCount: number;
  /** Last minus first known ratio of the trend, null with fewer than two. */
  trendDelta: number | null;
  lastRatio: number | null;
  tacticalShare: number | null;
  /** "this month" for a calendar month's report, else "this period". */
  span: string;
  /** The manager's reviews of teammates' work (lead by example; null in older reports, which do not count them) and pairing commits. */
  reviews: number | null;
  paired: number;
  /** The manager's hands-on commits in the window. */
  handsOn: number;
}

function evidenceOf(report: Report, m: QuestionSource): Evidence {
  const habit = (key: HabitRow['key']) => m.habits.find((h) => h.key === key)!;
  const ratios = m.trend.map((p) => p.ratio).filter((r): r is number => typeof r === 'number');
  return {
    onlyYou: m.onlyYou.length,
    inFlight: m.takeovers.reduce((n, g) => n + g.inFlight, 0),
    takeovers: m.takeovers.reduce((n, g) => n + g.items.length, 0),
    snacks: habit('snacks'),
    afterHours: habit('afterHours'),
    reruns: habit('reruns'),
    rerunCount: report.notebooks.manager.rerunsOnly,
    trendDelta: ratios.length >= 2 ? ratios[ratios.length - 1]! - ratios[0]! : null,
    lastRatio: ratios.length ? ratios[ratios.length - 1]! : null,
    tacticalShare: m.delegation.rows.find((r) => r.tier === 'tactical')?.shareOfTier ?? null,
    span: report.window.month ? 'this month' : 'this period',
    reviews: m.lead.intro === null ? null : m.lead.reviews,
    paired: m.lead.pairedCommits,
    handsOn: report.handsOn.managerCommits,
  };
}

/**
 * Questions triggered by evidence, most pressing first; each is asked at most once. Many
 * takeovers and few reviews (at least {@link MANY_TAKEOVERS} takeovers, none in flight, and
 * fewer reviews of teammates' work than takeovers) ask whether a review would have done
 * instead of rewriting; in-flight takeovers ask what would have let the owner finish.
 */
function evidenceQuestions(e: Evidence): string[] {
  const q: string[] = [];
  if (e.inFlight > 0) {
    q.push(
      `In ${plural(e.inFlight, 'case')} you changed a notebook or file while its owner was still working on it. What would have let them finish it themselves: a review comment, a pairing hour, a clearer brief?`
    );
  } else if (e.takeovers >= MANY_TAKEOVERS && e.reviews !== null && e.reviews < e.takeovers) {
    q.push(
      `You stepped into teammates’ work ${plural(e.takeovers, 'time')} and reviewed their work ${plural(e.reviews, 'time')}. Next time, could a review comment or a pairing hour do what rewriting it did, and leave the work with its owner?`
    );
  } else if (e.takeovers > 0) {
    q.push(`You stepped into work a teammate owns ${plural(e.takeovers, 'time')}. Did they ask for it, and do they know what you changed and why?`);
  }
  if (e.onlyYou > 0) {
    q.push(
      `${plural(e.onlyYou, 'notebook is', 'notebooks are')} maintained by you alone. Which one matters most if you were away for a month, and who could you pair with to hand it over?`
    );
  }
  if (e.snacks.notable) {
    q.push(
      `${e.snacks.value} of your hands-on commits were tiny fixes. Were they worth your time, or easy wins taken instead of a harder conversation or decision?`
    );
  }
  if (e.afterHours.notable) {
    q.push(
      `${e.afterHours.value} of your commits came outside working hours. Is hands-on work squeezed out of your day, and what would you drop to make room for it, or for rest?`
    );
  }
  if (e.handsOn === 0 && (e.reviews ?? 0) + e.paired > 0) {
    q.push(
      `Your contact with the work ${e.span} came through ${plural(e.reviews ?? 0, 'review')} and ${plural(e.paired, 'pairing commit')}, without a hands-on commit of your own. Is that the balance you want, or is there a small task you could take alongside the team?`
    );
  }
  if (e.reruns.notable) {
    q.push(`${plural(e.rerunCount, 'notebook commit')} only refreshed outputs. Could a teammate or a scheduled job own those refreshes?`);
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
      : `Is ${e.span} typical, or did something pull you into the code? If it was a one-off, what would stop it from becoming a habit?`,
    `Which of your hands-on work ${e.span} really needed you, and which was a learning opportunity someone else missed?`,
    'Where would clear escalation points (when the team should come to you) let you step back with confidence?',
    'Which tactical task could you hand over next, with an example of what good looks like?',
  ],
  balanced: (e: Evidence) => [
    `Where did your hands-on help make the biggest difference ${e.span}, and was it help the team asked for?`,
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
 * level's own questions, deduplicated, capped at {@link QUESTION_LIMITS}.max. A habit
 * prompts a question exactly when the model marks it notable.
 * @param m the rest of the review model (evidence, habits, trend and band thresholds)
 */
export function chooseQuestions(report: Report, m: QuestionSource): string[] {
  const e = evidenceOf(report, m);
  const level = report.signal.level;
  const fromEvidence = level === 'insufficient-data' ? [] : evidenceQuestions(e).slice(0, 2);
  const fromLevel = LEVEL_QUESTIONS[level](e);
  // Over the line but signalled as watch (e.g. custom thresholds): keep the delegation question first.
  if (level === 'watch' && (e.lastRatio ?? 0) >= m.thresholds.holdingBackRatio) fromLevel.unshift(LEVEL_QUESTIONS['holding-back'](e)[0]!);
  const out: string[] = [];
  // Keep the level's first question first: it answers the headline; evidence follows.
  for (const q of [fromLevel[0]!, ...fromEvidence, ...fromLevel.slice(1)]) {
    if (!out.includes(q)) out.push(q);
    if (out.length >= QUESTION_LIMITS.max) break;
  }
  return out;
}
