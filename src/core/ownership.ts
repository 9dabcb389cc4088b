/**
 * Ownership of files over history (docs/definitions.md "Ownership" and "Takeover"): who holds the
 * largest share of a file's churn up to a date, following renames; the notebooks only
 * the manager maintains; and the manager's changes to files a teammate owns.
 */
import { carriesNoWork } from './classify.js';
import type { Commit } from './commits.js';
import { churnOf } from './commits.js';
import { isPairing } from './leadByExample.js';
import type { Thresholds } from './config.js';
import type { FileKind } from './facts.js';
import { DAY_MS, endOfDayMs } from './time.js';

/** The churn history of one file in one repository, as of some point in time. */
export interface FileHistory {
  repo: string;
  path: string;
  kind: FileKind;
  /** Lines of churn per person id (co-authored churn split evenly). */
  churnBy: Map<string, number>;
  /** Sum of churnBy, lines. */
  total: number;
  /** The last commit touching it per person id (touches count even with zero churn): epoch ms and ISO time. */
  lastTouch: Map<string, { ms: number; time: string }>;
  /** Epoch ms and ISO time of the last change by anyone. */
  lastChangeMs: number;
  lastChange: string;
  /** False after a commit deleted it. */
  alive: boolean;
}

/** A manager change to a file a teammate held at least `ownerShare` of, just before it: a commit the manager authored, with that owner not among its co-authors (pairing, either way round, is not a takeover). */
export interface Takeover {
  repo: string;
  path: string;
  /** Person id of the owner. */
  owner: string;
  /** ISO time of the first such change in the window. */
  at: string;
  /** Sha of that first change (absent in older reports). */
  sha?: string;
  /** True when the owner committed to the file in the `inFlightDays` days before any such change. */
  inFlight: boolean;
}

/** The largest churn holder of a file and their share (0-1); undefined when the file has no churn. */
export function ownerOf(file: FileHistory): { id: string; share: number } | undefined {
  if (file.total <= 0) return undefined;
  let best: string | undefined;
  let bestChurn = -1;
  for (const [id, churn] of file.churnBy) {
    if (churn > bestChurn || (churn === bestChurn && best !== undefined && id < best)) {
      best = id;
      bestChurn = churn;
    }
  }
  return best === undefined ? undefined : { id: best, share: bestChurn / file.total };
}

/** Result of {@link replayOwnership}. */
export interface OwnershipResult {
  /** Every work file's history at the end of the replay, per repository and path. */
  files: FileHistory[];
  /** Takeovers in the window, one per repository and path, in-flight first then by time. */
  takeovers: Takeover[];
}

/**
 * Replays commits in time order up to the window's end (author local dates), following
 * renames, and finds takeovers by the manager inside the window. Only people hold churn:
 * a commit without one (a bot's, likely automation's, an AI assistant's alone) is skipped.
 * @param commits all commits sorted by time
 * @param managerIds person ids of the manager
 * @param teamIds person ids of the team (manager included)
 * @param checkpoints dates (YYYY-MM-DD, ascending, none after `window.until`): `visit(i, files)` sees every file's history at time.ts endOfDayMs(`dates[i]`), the instant onlyYou judges at: after exactly the commits up to that epoch ms (commits come in time order; a local date would not be: a UTC-8 commit late on a month's last day comes after a UTC+14 one of the next day). A file object keeps its identity across renames; its `path` is its name then
 */
export function replayOwnership(
  commits: readonly Commit[],
  managerIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
  window: { since: string; until: string },
  thresholds: Pick<Thresholds, 'ownerShare' | 'inFlightDays'>,
  checkpoints?: { dates: readonly string[]; visit: (index: number, files: FileHistory[]) => void }
): OwnershipResult {
  const byRepo = new Map<string, Map<string, FileHistory>>();
  const takeovers = new Map<string, Takeover>();
  const all = (): FileHistory[] => [...byRepo.values()].flatMap((files) => [...files.values()]);
  let next = 0;
  const ends = (checkpoints?.dates ?? []).map(endOfDayMs);
  const visitBefore = (ms: number): void => {
    for (; next < ends.length && ends[next] < ms; next++) checkpoints!.visit(next, all());
  };
  for (const c of commits) {
    if (c.date > window.until) continue;
    visitBefore(c.ms);
    if (c.people.length === 0) continue;
    let files = byRepo.get(c.repo);
    if (!files) byRepo.set(c.repo, (files = new Map()));
    const inWindow = c.date >= window.since;
    // Pairing is never a takeover; every other commit crediting the manager may be one (a bot's or an AI assistant's with the manager as co-author too).
    const byManager = c.people.some((p) => managerIds.has(p.id)) && !isPairing(c, managerIds, teamIds);
    for (const fact of c.facts) {
      if (carriesNoWork(fact.kind)) continue;
      let file = files.get(fact.path);
      if (fact.status === 'R' && fact.oldPath !== undefined) {
        const old = files.get(fact.oldPath);
        if (old) {
          files.delete(fact.oldPath);
          old.path = fact.path;
          file = old;
          files.set(fact.path, file);
        }
      }
      if (!file) {
        file = {
          repo: c.repo,
          path: fact.path,
          kind: fact.kind,
          churnBy: new Map(),
          total: 0,
          lastTouch: new Map(),
          lastChangeMs: 0,
          lastChange: '',
          alive: true,
        };
        files.set(fact.path, file);
      }
      if (inWindow && byManager) {
        const owner = ownerOf(file);
        // The owner credited with the change (the manager's commit co-authored by them) kept it.
        const ownerCredited = owner !== undefined && c.people.some((p) => p.id === owner.id);
        if (owner && !ownerCredited && !managerIds.has(owner.id) && teamIds.has(owner.id) && owner.share >= thresholds.ownerShare) {
          const ownerLast = file.lastTouch.get(owner.id);
          const inFlight = ownerLast !== undefined && c.ms - ownerLast.ms <= thresholds.inFlightDays * DAY_MS;
          const key = `${c.repo}\u0000${fact.path}`;
          const seen = takeovers.get(key);
          if (!seen) takeovers.set(key, { repo: c.repo, path: fact.path, owner: owner.id, at: c.time, sha: c.sha, inFlight });
          else seen.inFlight ||= inFlight;
        }
      }
      const share = churnOf(fact) / c.people.length;
      for (const p of c.people) {
        if (share > 0) file.churnBy.set(p.id, (file.churnBy.get(p.id) ?? 0) + share);
        file.lastTouch.set(p.id, c); // the commit itself: its ms and time, no copy per file
      }
      file.total += share * c.people.length;
      file.kind = fact.kind;
      file.lastChangeMs = c.ms;
      file.lastChange = c.time;
      file.alive = fact.status !== 'D';
    }
  }
  visitBefore(Infinity);
  const list = [...takeovers.values()].sort(
    (a, b) => Number(b.inFlight) - Number(a.inFlight) || Date.parse(a.at) - Date.parse(b.at) || (a.path < b.path ? -1 : 1)
  );
  return { files: all(), takeovers: list };
}

/** A notebook only the manager maintains. */
export interface OnlyYouMaintain {
  repo: string;
  path: string;
  /** Manager's share of its churn (0-1). */
  managerShare: number;
  /** ISO time of its last change. */
  lastChange: string;
  /** ISO time another team member last touched it, null when never. */
  lastTeamTouch: string | null;
}

/**
 * Notebooks only the manager maintains (docs/definitions.md "Ownership"): alive at `endMs`, the manager holds
 * >= ownerShare of the churn, changed in the last `onlyYouDays` days, and no other team
 * member touched it in those days. Sorted by repository, then path.
 */
export function onlyYouMaintain(
  files: readonly FileHistory[],
  managerIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
  endMs: number,
  thresholds: Pick<Thresholds, 'ownerShare' | 'onlyYouDays'>
): OnlyYouMaintain[] {
  const out: OnlyYouMaintain[] = [];
  for (const f of files) {
    const o = onlyYou(f, managerIds, teamIds, endMs, thresholds);
    if (o) out.push(o);
  }
  return out.sort((a, b) => (a.repo + '\u0000' + a.path < b.repo + '\u0000' + b.path ? -1 : 1));
}

/** `file` as an {@link OnlyYouMaintain} entry when the "only you maintain" rule holds for it at `endMs` (see {@link onlyYouMaintain}), else undefined. */
export function onlyYou(
  f: FileHistory,
  managerIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
  endMs: number,
  thresholds: Pick<Thresholds, 'ownerShare' | 'onlyYouDays'>
): OnlyYouMaintain | undefined {
  const since = endMs - thresholds.onlyYouDays * DAY_MS;
  if (f.kind !== 'notebook' || !f.alive || f.total <= 0 || f.lastChangeMs < since) return undefined;
  let managerChurn = 0;
  for (const id of managerIds) managerChurn += f.churnBy.get(id) ?? 0;
  const managerShare = managerChurn / f.total;
  if (managerShare < thresholds.ownerShare) return undefined;
  let lastTeam: { ms: number; time: string } | undefined;
  for (const [id, touch] of f.lastTouch) {
    if (teamIds.has(id) && !managerIds.has(id) && (!lastTeam || touch.ms > lastTeam.ms)) lastTeam = touch;
  }
  if (lastTeam && lastTeam.ms >= since) return undefined;
  return { repo: f.repo, path: f.path, managerShare, lastChange: f.lastChange, lastTeamTouch: lastTeam?.time ?? null };
}

/**
 * Notebooks (alive at `endMs`) that team members touched in the `onlyYouDays` days up to
 * `endMs`, and those of them the manager touched: what "only you maintain" was judged on,
 * so that an empty list can say why.
 */
export function recentNotebooks(
  files: readonly FileHistory[],
  managerIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
  endMs: number,
  thresholds: Pick<Thresholds, 'onlyYouDays'>
): { team: number; manager: number } {
  const since = endMs - thresholds.onlyYouDays * DAY_MS;
  let team = 0;
  let manager = 0;
  for (const f of files) {
    if (f.kind !== 'notebook' || !f.alive || f.lastChangeMs < since) continue;
    let byTeam = false;
    let byManager = false;
    for (const [id, touch] of f.lastTouch) {
      if (touch.ms < since || touch.ms > endMs || !teamIds.has(id)) continue;
      byTeam = true;
      if (managerIds.has(id)) byManager = true;
    }
    if (byTeam) team++;
    if (byManager) manager++;
  }
  return { team, manager };
}
