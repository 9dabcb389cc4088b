/**
 * `letgo explain --in DIR [--path PATH] [--format table|json|csv]`: the commits behind
 * each headline number of a saved scan, or why one file is the kind and tier it is and
 * who owns it. The saved facts are analysed again the way the report was made
 * (reanalyze.ts), so every count is the report's: both are lengths of the same lists
 * (core/evidence.ts). CSV through csv-stringify.
 */
import path from 'node:path';
import { analyzeInDetail, type DetailedAnalysis } from '../../core/analyze.js';
import { createClassifier, type Classifier } from '../../core/classify.js';
import { ExitCode, LetgoError } from '../../core/errors.js';
import {
  EXPLAIN_SECTIONS,
  type ExplainSection,
  explainPath,
  explainReport,
  type ExplainedCommit,
  type Explanation,
  type PathExplanation,
} from '../../core/explain.js';
import type { Fact, FactRow, RepoMeta } from '../../core/facts.js';
import { isFileFact } from '../../core/facts.js';
import type { Report } from '../../core/report.js';
import { EVIDENCE_TITLES } from '../../report/sections.js';
import { loadConfig } from '../configFile.js';
import { csvText } from '../csv.js';
import { type CliIo, say } from '../io.js';
import type { EXPLAIN_FORMATS } from '../options.js';
import { analysisOptionsOf } from '../reanalyze.js';
import { readReport, readScan } from '../store.js';

/** Options of `letgo explain` as parsed by commander. */
export interface ExplainCliOptions {
  in: string;
  path?: string;
  /** Checked by commander's choices. */
  format?: (typeof EXPLAIN_FORMATS)[number];
  teamDetail?: boolean;
  config?: string;
}

/**
 * Prints the explanation of `--in DIR` (default `letgo-report`) on stdout.
 * @throws LetgoError (BAD_INPUT) for a missing or invalid saved scan; (USAGE) for a --path no scanned repository's history holds; (CONFIG) for a bad config
 */
export async function explainCommand(opts: ExplainCliOptions, io: CliIo): Promise<void> {
  const format = opts.format ?? (io.stdoutIsTty ? 'table' : 'json');
  const dir = path.resolve(io.cwd, opts.in);
  const saved = readReport(dir);
  const { facts, repos, reviews } = await readScan(dir);
  const config = loadConfig(opts.config, io.cwd).config;
  const detailed = analyzeInDetail(facts, repos, analysisOptionsOf(saved, config, io, reviews, { teamDetail: opts.teamDetail ?? false }));
  const differs = differingNumbers(saved, detailed.report);
  if (differs.length) {
    say(
      io,
      `warning: with this config the saved facts give other numbers than ${path.join(dir, 'report.json')} (${differs.join(', ')}): pass the scan's --config, or scan again`
    );
  }
  const classifier = createClassifier(config);
  if (opts.path !== undefined) {
    const x = explainOnePath(opts.path, facts, repos, detailed, classifier, io, opts.teamDetail ?? false);
    if (format === 'json') io.stdout(JSON.stringify(x, null, 2) + '\n');
    else if (format === 'csv') io.stdout(await csv([pathRow(x)]));
    else io.stdout((await import('../../report/explain.js')).renderPathExplanation(x));
    return;
  }
  const x = explainReport(detailed.report, classifier);
  if (format === 'json') io.stdout(JSON.stringify(x, null, 2) + '\n');
  else if (format === 'csv') io.stdout(await csv(explanationRows(x)));
  else io.stdout((await import('../../report/explain.js')).renderExplanation(x));
}

/**
 * What is behind each number `letgo explain` explains, per report field
 * (EVIDENCE_TITLES[section].number, so a new section is compared too): its count, and the
 * commits or items behind it (by where and when, not by the owner's label, which
 * `--team-detail` changes); per member when `members`, each delegation step's handoffs, and the lead-by-example reviews.
 */
function behindNumbers(r: Report, members: boolean): Map<string, { count: number | null; items: string }> {
  const ev = r.evidence;
  const keyed = (items: readonly unknown[] | undefined): string => JSON.stringify(items ?? null);
  const of: Record<ExplainSection, { count: number | null; items: string }> = {
    managerHandsOn: { count: r.handsOn.managerCommits, items: keyed(ev?.managerHandsOn) },
    teamHandsOn: {
      count: r.handsOn.teamCommits,
      items: keyed(members ? r.team.members?.map((m) => [m.id, m.handsOnCommits, ev?.team.members?.find((e) => e.id === m.id)?.handsOn]) : undefined),
    },
    takeovers: { count: r.takeovers.length, items: keyed(r.takeovers.map((t) => [t.repo, t.path, t.sha])) },
    onlyYou: { count: r.ownership.onlyYouMaintain.length, items: keyed(r.ownership.onlyYouMaintain.map((o) => [o.repo, o.path])) },
    snacks: { count: r.snacks.count, items: keyed(ev?.snacks) },
    afterHours: { count: r.afterHoursShare, items: keyed(ev?.afterHours) },
    reviews: { count: r.leadByExample?.reviews ?? null, items: keyed(ev?.reviews?.map((e) => [e.source, e.work, e.date])) },
    pairing: { count: r.leadByExample?.pairedCommits ?? null, items: keyed(ev?.pairing) },
    handoffs: {
      count: r.handoffs?.handedOff.length ?? null,
      items: keyed([r.handoffs?.handedOff.map((h) => [h.repo, h.path, h.month]), r.handoffs?.newHoards]),
    },
  };
  const out = new Map(EXPLAIN_SECTIONS.map((s) => [EVIDENCE_TITLES[s].number, of[s]]));
  r.delegation?.forEach((d, i) => out.set(`delegation[${i}].handoffs`, { count: d.handoffs ?? null, items: '' }));
  for (const k of ['teamReviews', 'membersReviewed'] as const) out.set(`leadByExample.${k}`, { count: r.leadByExample?.[k] ?? null, items: '' });
  return out;
}

/** The numbers of `a` that `b` gives otherwise ("snacks.count 3 -> 0"; "takeovers 2 (other items)" when only what is behind it differs); members are compared when both reports list them. */
function differingNumbers(a: Report, b: Report): string[] {
  const members = a.team.members !== undefined && b.team.members !== undefined;
  const y = behindNumbers(b, members);
  const out: string[] = [];
  for (const [k, x] of behindNumbers(a, members)) {
    const z = y.get(k);
    if (!z) out.push(`${k} ${x.count} -> none`);
    else if (x.count !== z.count) out.push(`${k} ${x.count} -> ${z.count}`);
    else if (x.items !== z.items) out.push(`${k} ${x.count} (other items)`);
  }
  return out;
}

/**
 * The repository and repository-relative path `--path` names: a file inside a scanned
 * repository's folder (relative to the current folder, or absolute), `REPO/PATH` with a
 * scanned repository's id, or a path relative to a repository's root. The candidates are
 * the files some commit of the scan changed (under this name, at any time).
 * @throws LetgoError (USAGE) when no scanned history holds such a file, or several repositories do
 */
function explainOnePath(
  given: string,
  facts: readonly FactRow[],
  repos: readonly RepoMeta[],
  detailed: DetailedAnalysis,
  classifier: Classifier,
  io: CliIo,
  teamDetail: boolean
): PathExplanation {
  const fileFacts = facts.filter(isFileFact);
  const known = (repo: string, p: string) => fileFacts.some((f) => f.repo === repo && (f.path === p || f.oldPath === p));
  const candidates: { repo: string; path: string }[] = [];
  const abs = path.resolve(io.cwd, given);
  for (const r of repos) {
    const rel = path.relative(path.resolve(io.cwd, r.path), abs);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) candidates.push({ repo: r.id, path: rel.split(path.sep).join('/') });
  }
  const posix = given.split(path.sep).join('/').replace(/^\.\//, '');
  // A repository id can hold '/' (discover.ts assignIds: `a/proj`): the longest id the path starts with.
  const prefixed = repos.filter((r) => posix.startsWith(r.id + '/')).sort((a, b) => b.id.length - a.id.length)[0];
  if (prefixed) candidates.push({ repo: prefixed.id, path: posix.slice(prefixed.id.length + 1) });
  for (const r of repos) candidates.push({ repo: r.id, path: posix });
  const found = candidates.filter((c, i) => known(c.repo, c.path) && candidates.findIndex((d) => d.repo === c.repo && d.path === c.path) === i);
  const names = repos.map((r) => r.id).join(', ');
  if (found.length === 0) {
    throw new LetgoError(
      ExitCode.Usage,
      `--path ${given}: no commit in the scan changed such a file (repositories: ${names}); give a path inside a scanned repository, or REPO/PATH`
    );
  }
  const repo = found[0].repo;
  if (found.some((c) => c.repo !== repo)) {
    throw new LetgoError(ExitCode.Usage, `--path ${given}: ${found.map((c) => c.repo).join(' and ')} both have such a file; name one as REPO/PATH`);
  }
  const named = fileNamed(
    fileFacts.filter((f) => f.repo === repo),
    found[0].path,
    detailed.report.window.until
  );
  const file = detailed.files.find((f) => f.repo === repo && f.path === named.path);
  return explainPath(repo, named.path, file, named.changes, classifier, detailed.label, teamDetail);
}

/**
 * The file `name` refers to in one repository's facts, renames followed (as ownership.ts
 * follows them): the file that has the name at the window's end (`until`, YYYY-MM-DD, by
 * the author's local date, as commits are windowed), else the last one to have it. x.py
 * renamed to y.py and a new x.py added after are two files: `x.py` is the new one, `y.py`
 * the old one with its changes as x.py before the rename.
 * @returns its name at the window's end (else its last name) and every change of it in the scan, oldest first
 */
function fileNamed(facts: readonly Fact[], name: string, until: string): { path: string; changes: Fact[] } {
  /** One file: its name at the window's end (undefined: added after it), and its changes. */
  type File = { atEnd?: string; changes: Fact[] };
  const byName = new Map<string, File>();
  let holder: File | undefined; // the last file to have the name (a rename takes it away)
  let ended = false;
  let atEnd: File | undefined;
  for (const f of [...facts].sort((a, b) => Date.parse(a.time) - Date.parse(b.time))) {
    if (!ended && f.time.slice(0, 10) > until) [ended, atEnd] = [true, byName.get(name) ?? holder];
    const renamed = f.status === 'R' && f.oldPath !== undefined ? byName.get(f.oldPath) : undefined;
    if (renamed) byName.delete(f.oldPath!);
    const file = renamed ?? byName.get(f.path) ?? { changes: [] };
    if (!ended) file.atEnd = f.path;
    file.changes.push(f);
    byName.set(f.path, file);
    if (f.path === name || f.oldPath === name) holder = file;
  }
  const found = atEnd ?? byName.get(name) ?? holder;
  return { path: found?.atEnd ?? found?.changes.at(-1)?.path ?? name, changes: found?.changes ?? [] };
}

/** CSV columns of `letgo explain --format csv`: one row per (section, commit, file), or per review (`owner`: the reviewed work's authors, `;`-separated), takeover, notebook, handoff or hoard. */
const CSV_COLUMNS = [
  'section',
  'member',
  'repo',
  'sha',
  'time',
  'subject',
  'path',
  'kind',
  'tier',
  'lines',
  'kind_rule',
  'tier_rule',
  'owner',
  'share',
  'month',
  'source',
  'pull_request',
  'trailers',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/** CSV rows of a list of commits: one per (commit, listed file), or one with the commit's fields only for a commit without files. */
function commitRows(section: string, list: readonly ExplainedCommit[], member?: string): CsvRow[] {
  return list.flatMap((k) => {
    const base = { section, member, repo: k.repo, sha: k.sha, time: k.time, subject: k.subject };
    return k.files.length
      ? k.files.map((f) => ({ ...base, path: f.path, kind: f.kind, tier: f.tier, lines: f.lines, kind_rule: f.kindRule, tier_rule: f.tierRule }))
      : [base];
  });
}

/** CSV rows of a whole explanation, section by section in {@link EXPLAIN_SECTIONS} order (new hoards after the handoffs, as section `newHoards`). */
function explanationRows(x: Explanation): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const s of EXPLAIN_SECTIONS) {
    switch (s) {
      case 'managerHandsOn':
      case 'snacks':
      case 'afterHours':
      case 'pairing':
        rows.push(...commitRows(s, x[s].commits));
        break;
      case 'teamHandsOn':
        for (const m of x.teamHandsOn.members ?? []) rows.push(...commitRows(s, m.commits, m.id));
        break;
      case 'takeovers':
        for (const t of x.takeovers.items) rows.push({ section: s, repo: t.repo, sha: t.sha, time: t.at, path: t.path, owner: t.ownerName ?? t.owner });
        break;
      case 'onlyYou':
        for (const o of x.onlyYou.items) rows.push({ section: s, repo: o.repo, time: o.lastChange, path: o.path, owner: 'you', share: o.managerShare });
        break;
      case 'reviews':
        for (const r of x.reviews.items) {
          rows.push({
            section: s,
            source: r.source,
            repo: r.repo,
            sha: r.sha,
            pull_request: r.pullRequest,
            trailers: r.trailers?.join('; '),
            time: r.date,
            subject: r.subject,
            owner: r.authors.map((a) => a.ownerName ?? a.owner).join('; '),
          });
        }
        break;
      case 'handoffs':
        for (const h of x.handoffs.items) rows.push({ section: s, repo: h.repo, path: h.path, owner: h.ownerName ?? h.owner, share: h.share, month: h.month });
        for (const h of x.handoffs.newHoards) rows.push({ section: 'newHoards', repo: h.repo, path: h.path, owner: 'you', month: h.month });
        break;
    }
  }
  return rows;
}

/** The one CSV row of `--path` (section `path`): kind, tier, their rules, and the owner with their share (0-1; empty without one). */
function pathRow(p: PathExplanation): CsvRow {
  return {
    section: 'path',
    repo: p.repo,
    path: p.path,
    kind: p.kind,
    tier: p.tier,
    kind_rule: p.kindRule,
    tier_rule: p.tierRule,
    owner: p.owner ? (p.owner.ownerName ?? p.owner.owner) : '',
    share: p.owner?.share,
  };
}

/** Rows as CSV ({@link csvText}: RFC 4180, a header row, formulas escaped; a missing value is an empty field). */
async function csv(rows: readonly CsvRow[]): Promise<string> {
  return csvText(
    CSV_COLUMNS,
    rows.map((r) => CSV_COLUMNS.map((k) => r[k]))
  );
}
