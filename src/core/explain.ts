/**
 * `letgo explain`: the commits and files behind each headline number of a Report, read
 * from the Report's own evidence (evidence.ts), so every count is the one the report
 * shows; each file with the rule that gave its kind and tier (classify.ts).
 */
import type { Classification, Classifier, RuleRef } from './classify.js';
import { DEFAULT_TIER_RULES } from './config.js';
import { ExitCode, LetgoError } from './errors.js';
import type { EvidenceCommit, ReviewEvidence } from './evidence.js';
import type { FileKind, Tier } from './facts.js';
import type { Handoff, NewHoard } from './handoffs.js';
import { type FileHistory, ownerOf } from './ownership.js';
import type { Report } from './report.js';
import { round, SHARE_DIGITS } from './round.js';

/** Schema id of `letgo explain --format json`. */
export const EXPLAIN_SCHEMA_ID = 'letgo.explain/1';

/** The sections of an explanation, in the order they are shown; each names the report number it explains. */
export const EXPLAIN_SECTIONS = ['managerHandsOn', 'teamHandsOn', 'takeovers', 'onlyYou', 'snacks', 'afterHours', 'reviews', 'pairing', 'handoffs'] as const;

/** One of {@link EXPLAIN_SECTIONS}. */
export type ExplainSection = (typeof EXPLAIN_SECTIONS)[number];

/** A file of an explained commit: as the scan classified it, and the rule of the current config that gives that. */
export interface ExplainedFile {
  path: string;
  kind: FileKind;
  tier: Tier;
  /** Lines added + deleted (unknown: 0). */
  lines: number;
  /** The rule behind `kind` ({@link describeRule}). */
  kindRule: string;
  /** The rule behind `tier`. */
  tierRule: string;
}

/** A commit behind a number. */
export interface ExplainedCommit extends Omit<EvidenceCommit, 'files'> {
  files: ExplainedFile[];
}

/** A review as evidence, with the reviewed commit's sha, subject and repository. */
export interface ExplainedReview extends ReviewEvidence {
  /** The reviewed commit's sha: `work` when it is a commit, absent for a pull request not merged as a scanned commit (`work` is then its URL). */
  sha?: string;
  /** The reviewed commit's subject when the scan holds it ("" otherwise: a pull request not merged as a scanned commit). */
  subject: string;
  /** The reviewed commit's repository when the scan holds it. */
  repo?: string;
}

/** What `letgo explain` shows: per section, its count (the report's number) and what produced it. */
export interface Explanation {
  schema: typeof EXPLAIN_SCHEMA_ID;
  window: Report['window'];
  manager: string;
  /** `handsOn.managerCommits`. */
  managerHandsOn: { count: number; commits: ExplainedCommit[] };
  /** `handsOn.teamCommits` (the manager's included); `members` (each member's `handsOnCommits`) only with `--team-detail`. */
  teamHandsOn: { count: number; members?: { id: string; name: string; count: number; commits: ExplainedCommit[] }[] };
  /** `takeovers`. */
  takeovers: { count: number; items: Report['takeovers'] };
  /** `ownership.onlyYouMaintain`. */
  onlyYou: { count: number; items: Report['ownership']['onlyYouMaintain'] };
  /** `snacks.count`. */
  snacks: { count: number; commits: ExplainedCommit[] };
  /** `afterHoursShare` = count / of (the manager's commits in the window). */
  afterHours: { count: number; of: number; commits: ExplainedCommit[] };
  /** `leadByExample.reviews`: the manager's reviews of teammates' work in the window, oldest first. */
  reviews: { count: number; items: ExplainedReview[] };
  /** `leadByExample.pairedCommits`: teammates' commits in the window the manager co-authored. */
  pairing: { count: number; commits: ExplainedCommit[] };
  /** `handoffs.handedOff`, and the new hoards beside them. */
  handoffs: { count: number; items: Handoff[]; newHoards: NewHoard[] };
}

/**
 * Words a rule: `config kinds.generated glob "legacy/**"`, `default tiers (strategic)
 * glob "**\/adr/**"`, `config tiers[0] message "^hotfix"`, `no kind glob matched:
 * code`.
 */
export function describeRule(ref: RuleRef, what: 'kind' | 'tier', value: string): string {
  if (ref.source === 'fallback') return what === 'kind' ? `no kind glob matched: ${value}` : `no tier rule matched: ${value}`;
  const list =
    what === 'kind'
      ? `${ref.source} kinds.${value}`
      : ref.source === 'config'
        ? `config tiers[${ref.index}]`
        : `default tiers (${DEFAULT_TIER_RULES[ref.index ?? 0]?.tier ?? value})`;
  return `${list} ${ref.on === 'message' ? 'message' : 'glob'} "${ref.pattern ?? ''}"`;
}

/**
 * The rules behind a file's kind and tier as the scan stored them. When the current
 * config's rules give another kind or tier than the scan did, says so (the config
 * changed since the scan, or the kind came from the content: a Jupytext text notebook).
 */
export function explainFile(c: Classification, scanned: { path: string; kind: FileKind; tier: Tier }): { kindRule: string; tierRule: string } {
  let kindRule = describeRule(c.kindRule, 'kind', c.kind);
  if (c.kind !== scanned.kind) {
    kindRule =
      scanned.kind === 'notebook' && !/\.ipynb$/i.test(scanned.path)
        ? `a Jupytext text notebook (by its content; the path alone says ${c.kind})`
        : `scanned as ${scanned.kind}; the config's rules now say ${c.kind} (${kindRule}): scan again`;
  }
  let tierRule = describeRule(c.tierRule, 'tier', c.tier);
  if (c.tier !== scanned.tier) tierRule = `scanned as ${scanned.tier}; the config's rules now say ${c.tier} (${tierRule}): scan again`;
  return { kindRule, tierRule };
}

/**
 * The explanation of a Report that carries evidence (analyze.ts writes it), each file's
 * rules named by `classifier` (build it from the config the scan used). A report without
 * `handoffs` (an older letgo's) explains none, and one without evidence of reviews and pairing none of those.
 * @throws LetgoError (BAD_INPUT) when the report has no evidence (an older letgo's report read as it is: analyse its facts again first, as `letgo explain` does)
 */
export function explainReport(report: Report, classifier: Classifier): Explanation {
  const ev = report.evidence;
  if (!ev)
    throw new LetgoError(ExitCode.BadInput, 'the report has no evidence (an older letgo wrote it): analyse its facts again (letgo explain --in DIR does)');
  const bySha = new Map(ev.commits.map((c) => [c.sha, c]));
  const explained = new Map<string, ExplainedCommit>();
  const commitsOf = (shas: readonly string[]): ExplainedCommit[] =>
    shas.map((sha) => {
      let e = explained.get(sha);
      if (!e) {
        const c = bySha.get(sha)!;
        e = { ...c, files: c.files.map((f) => ({ ...f, ...explainFile(classifier.explain(f.path, c.subject), f) })) };
        explained.set(sha, e);
      }
      return e;
    });
  const handoffs = report.handoffs ?? { handedOff: [], newHoards: [] };
  const reviews = ev.reviews ?? [];
  const pairing = ev.pairing ?? [];
  return {
    schema: EXPLAIN_SCHEMA_ID,
    window: report.window,
    manager: report.manager.name,
    managerHandsOn: { count: ev.managerHandsOn.length, commits: commitsOf(ev.managerHandsOn) },
    teamHandsOn: {
      count: ev.team.handsOnCommits,
      ...(ev.team.members ? { members: ev.team.members.map((m) => ({ id: m.id, name: m.name, count: m.handsOn.length, commits: commitsOf(m.handsOn) })) } : {}),
    },
    takeovers: { count: report.takeovers.length, items: report.takeovers },
    onlyYou: { count: report.ownership.onlyYouMaintain.length, items: report.ownership.onlyYouMaintain },
    snacks: { count: ev.snacks.length, commits: commitsOf(ev.snacks) },
    afterHours: { count: ev.afterHours.length, of: ev.managerCommits, commits: commitsOf(ev.afterHours) },
    reviews: {
      count: reviews.length,
      items: reviews.map((r) => {
        const c = bySha.get(r.work);
        return { ...r, ...(r.work !== r.pullRequest ? { sha: r.work } : {}), subject: c?.subject ?? '', ...(c ? { repo: c.repo } : {}) };
      }),
    },
    pairing: { count: pairing.length, commits: commitsOf(pairing) },
    handoffs: { count: handoffs.handedOff.length, items: handoffs.handedOff, newHoards: handoffs.newHoards },
  };
}

/** What `letgo explain --path` shows about one file of one repository. */
export interface PathExplanation {
  schema: typeof EXPLAIN_SCHEMA_ID;
  repo: string;
  /** Repository-relative path (its name at the window's end). */
  path: string;
  /** Kind as the scan classified its last change (a Jupytext script is a notebook), and the rule ({@link explainFile}: says so when the current config's rules give another). */
  kind: FileKind;
  kindRule: string;
  /** Tier as the scan classified its last change, and the rule (a message rule can give another commit another tier: see `changes`). */
  tier: Tier;
  tierRule: string;
  /** Its changes in the scanned history (under any of its names), per tier as the scan classified each. */
  changes: { total: number; byTier: Record<Tier, number> };
  /** False when a commit deleted it. */
  alive: boolean;
  /** The largest churn holder and their share (0-1, 4 decimals) up to the window's end; null when it has no churn (or carries no work: data, generated). */
  owner: { owner: string; ownerName?: string; share: number } | null;
  /** The manager's share of its churn (0-1, 4 decimals); null without churn. */
  managerShare: number | null;
  /** Every holder's share, largest first (only with `--team-detail`). */
  holders?: { owner: string; ownerName?: string; share: number }[];
}

/**
 * Why a file is the kind and tier it is (as the scan classified its last change, the
 * way commit listings word it: {@link explainFile}), and who owns it.
 * @param file its history (ownership.ts; undefined for a file that carries no work, which has none)
 * @param changes its facts in the scan (every commit that changed it, under any name), oldest first; at least one
 * @param label the report's owner label (analyze.ts)
 * @param detail list every holder by name (`--team-detail`)
 */
export function explainPath(
  repo: string,
  path: string,
  file: FileHistory | undefined,
  changes: readonly { kind: FileKind; tier: Tier; status: string; subject?: string }[],
  classifier: Classifier,
  label: (id: string) => { owner: string; ownerName?: string },
  detail: boolean
): PathExplanation {
  const last = changes.at(-1);
  const c = classifier.explain(path, last?.subject ?? '');
  const kind = last?.kind ?? c.kind;
  const tier = last?.tier ?? c.tier;
  const byTier: Record<Tier, number> = { strategic: 0, implementation: 0, tactical: 0 };
  for (const f of changes) byTier[f.tier]++;
  const holders =
    file && file.total > 0
      ? [...file.churnBy].map(([id, churn]) => ({ id, ...label(id), share: churn / file.total })).sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1))
      : [];
  const owner = file ? ownerOf(file) : undefined;
  const strip = ({ id: _id, ...h }: (typeof holders)[number]) => ({ ...h, share: round(h.share, SHARE_DIGITS) });
  return {
    schema: EXPLAIN_SCHEMA_ID,
    repo,
    path,
    kind,
    tier,
    ...explainFile(c, { path, kind, tier }),
    changes: { total: changes.length, byTier },
    alive: file ? file.alive : last?.status !== 'D',
    owner: owner ? strip({ id: owner.id, ...label(owner.id), share: owner.share }) : null,
    managerShare: holders.length
      ? round(
          holders.filter((h) => h.owner === 'you').reduce((s, h) => s + h.share, 0),
          SHARE_DIGITS
        )
      : null,
    ...(detail ? { holders: holders.map(strip) } : {}),
  };
}
