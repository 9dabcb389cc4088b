/**
 * `letgo explain` as plain text for a terminal: each section's count (the report's
 * number) and the commits and files behind it, untrusted text stripped of control
 * characters ({@link cleanText}). Browser-safe (no Node module).
 */
import { EXPLAIN_SECTIONS, type ExplainedCommit, type ExplainedReview, type Explanation, type ExplainSection, type PathExplanation } from '../core/explain.js';
import { cleanText, formatCount, formatDate, formatPercent, formatPeriod, plural } from './format.js';
import { EVIDENCE_TITLES, emptyText, ownerWords } from './sections.js';

/** Short sha shown in text (git's default abbreviation is 7; 10 stays unique in big histories). */
const SHORT_SHA = 10;

/** How a review was given: the trailer keys that name the manager (`trailer` in an older report), and `GitHub` when a pull-request review is among it. */
function reviewSources(r: ExplainedReview): string {
  const trailers = r.trailers ?? (r.source === 'trailers' ? ['trailer'] : []);
  return [...trailers, ...(r.pullRequest ? ['GitHub'] : [])].join(' + ');
}

function commitLines(list: readonly ExplainedCommit[], indent = '  '): string[] {
  if (!list.length) return [`${indent}${emptyText.evidence}`];
  const out: string[] = [];
  for (const k of list) {
    out.push(
      `${indent}${k.time.slice(0, 16).replace('T', ' ')}  ${cleanText(k.repo)}  ${k.sha.slice(0, SHORT_SHA)}  ${cleanText(k.subject)}  (${plural(k.handsOnChurn, 'hands-on line')})`
    );
    for (const f of k.files)
      out.push(
        `${indent}    ${cleanText(f.path)}: ${f.kind}, ${f.tier}, ${plural(f.lines, 'line')}; kind: ${cleanText(f.kindRule)}; tier: ${cleanText(f.tierRule)}`
      );
    if (k.moreFiles) out.push(`${indent}    and ${plural(k.moreFiles, 'more file')}`);
  }
  return out;
}

/** Lines of one section of `x`. */
function sectionLines(x: Explanation, s: ExplainSection): string[] {
  const head = (count: string) => `${EVIDENCE_TITLES[s].title}: ${count} (report: ${EVIDENCE_TITLES[s].number})`;
  switch (s) {
    case 'managerHandsOn':
    case 'snacks':
      return [head(formatCount(x[s].count)), ...commitLines(x[s].commits)];
    case 'afterHours':
      return [head(`${formatCount(x.afterHours.count)} of your ${plural(x.afterHours.of, 'commit')}`), ...commitLines(x.afterHours.commits)];
    case 'teamHandsOn': {
      const t = x.teamHandsOn;
      if (!t.members) return [head(`${formatCount(t.count)}, yours included`), '  Per member only with --team-detail.'];
      return [
        head(`${formatCount(t.count)}, yours included`),
        ...t.members.flatMap((m) => [`  ${cleanText(m.name)} <${cleanText(m.id)}>: ${formatCount(m.count)}`, ...commitLines(m.commits, '    ')]),
      ];
    }
    case 'takeovers':
      return [
        head(formatCount(x.takeovers.count)),
        ...(x.takeovers.items.length ? x.takeovers.items : []).map(
          (t) =>
            `  ${cleanText(t.repo)}  ${cleanText(t.path)}: owned by ${cleanText(ownerWords(t))}, you changed it ${formatDate(t.at)}${t.sha ? ` in ${t.sha.slice(0, SHORT_SHA)}` : ''}${t.inFlight ? ' (in flight)' : ''}`
        ),
        ...(x.takeovers.items.length ? [] : [`  ${emptyText.takeovers}`]),
      ];
    case 'onlyYou':
      return [
        head(formatCount(x.onlyYou.count)),
        ...x.onlyYou.items.map(
          (o) =>
            `  ${cleanText(o.repo)}  ${cleanText(o.path)}: your share ${formatPercent(o.managerShare)}, last change ${formatDate(o.lastChange)}, last team touch ${o.lastTeamTouch ? formatDate(o.lastTeamTouch) : 'never'}`
        ),
        ...(x.onlyYou.items.length ? [] : [`  ${emptyText.onlyYou}`]),
      ];
    case 'reviews':
      return [
        head(formatCount(x.reviews.count)),
        ...x.reviews.items.map(
          (r) =>
            `  ${r.date}  ${reviewSources(r)}  ${r.repo ? `${cleanText(r.repo)}  ` : ''}${[r.sha?.slice(0, SHORT_SHA), r.pullRequest && cleanText(r.pullRequest)].filter(Boolean).join(' ')}${r.subject ? `  ${cleanText(r.subject)}` : ''}  by ${r.authors.map((a) => cleanText(ownerWords(a))).join(', ')}`
        ),
        ...(x.reviews.items.length ? [] : [`  ${emptyText.evidence}`]),
      ];
    case 'pairing':
      return [head(formatCount(x.pairing.count)), ...commitLines(x.pairing.commits)];
    case 'handoffs':
      return [
        head(formatCount(x.handoffs.count)),
        ...x.handoffs.items.map(
          (h) =>
            `  ${cleanText(h.repo)}  ${cleanText(h.path)}${h.oldPath ? ` (was ${cleanText(h.oldPath)})` : ''}: only you at the end of ${formatPeriod(h.since)}, ${cleanText(ownerWords(h))}’s (${formatPercent(h.share)}) at the end of ${formatPeriod(h.month)}`
        ),
        ...(x.handoffs.items.length ? [] : [`  ${emptyText.handoffs}`]),
        ...x.handoffs.newHoards.map((h) => `  new hoard: ${cleanText(h.repo)}  ${cleanText(h.path)} became only yours at the end of ${formatPeriod(h.month)}`),
      ];
  }
}

/** The explanation as text, one section after another, ending with a newline. */
export function renderExplanation(x: Explanation): string {
  const window = x.window.month ? formatPeriod(x.window.month) : `${formatDate(x.window.since)} to ${formatDate(x.window.until)}`;
  const parts = [`What produced each number of ${cleanText(x.manager)}’s report for ${window}:`, ...EXPLAIN_SECTIONS.map((s) => sectionLines(x, s).join('\n'))];
  return parts.join('\n\n') + '\n';
}

/** The path explanation as text, ending with a newline. */
export function renderPathExplanation(p: PathExplanation): string {
  const tiers = Object.entries(p.changes.byTier)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');
  const lines = [
    `${cleanText(p.path)} in ${cleanText(p.repo)}${p.alive ? '' : ' (deleted)'}`,
    `  kind: ${p.kind}, by ${cleanText(p.kindRule)}`,
    `  tier: ${p.tier}, by ${cleanText(p.tierRule)} (a commit-message rule can give one change another tier)`,
    `  changes in the scan: ${formatCount(p.changes.total)}${tiers ? ` (${tiers}, as the scan classified each)` : ''}`,
    p.owner
      ? `  owner: ${cleanText(ownerWords(p.owner))} with ${formatPercent(p.owner.share)} of its churn; your share ${formatPercent(p.managerShare)}`
      : `  owner: none (${p.kind === 'data' || p.kind === 'generated' ? `a ${p.kind} file carries no work` : 'no churn'})`,
    ...(p.holders ?? []).map((h) => `    ${cleanText(ownerWords(h))}: ${formatPercent(h.share)}`),
  ];
  return lines.join('\n') + '\n';
}
