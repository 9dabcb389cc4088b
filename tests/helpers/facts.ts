/**
 * Facts in memory, for tests of analysis on plain data (no git): commits by known people
 * at known times (ISO 8601 with the author's own offset), each changing files with known
 * line counts, classified by letgo's own classifier as a scan would. `build()` gives the
 * facts in sortFacts order, `group()` the commits and identities analysis starts from.
 */
import { createHash } from 'node:crypto';
import { createClassifier } from '../../src/core/classify.js';
import { groupCommits, type Commit, type GroupOptions } from '../../src/core/commits.js';
import { defaultConfig } from '../../src/core/config.js';
import { sortFacts, type Fact, type FactRow, type Identity } from '../../src/core/facts.js';
import type { IdentityTable } from '../../src/core/identity.js';

/**
 * One file a commit changes: lines added (and deleted, default 0), and optionally its git
 * status (default A for a path not changed before, M after; D deletes it), the path before
 * a rename (status R), or other fact fields as a scan would set them.
 */
export interface FileChange extends Partial<Omit<Fact, 'path' | 'repo' | 'sha' | 'author' | 'authorName' | 'authorEmail' | 'time'>> {
  added?: number;
  deleted?: number;
}

/** A commit to add: its author, time, subject, co-authors and repository (default the builder's). */
export interface CommitSpec {
  author: Identity;
  /** ISO 8601 with the author's offset, e.g. `2026-10-31T23:30:00-05:00`. */
  time: string;
  /** Path -> change; none gives a commit row (a commit without file facts). */
  files?: Record<string, FileChange>;
  subject?: string;
  coAuthors?: Identity[];
  repo?: string;
}

/** Builds facts commit by commit; each commit gets a distinct sha (sha-1 of its position). */
export class FactsBuilder {
  private readonly rows: FactRow[] = [];
  private readonly seen = new Set<string>();
  private readonly classifier = createClassifier(defaultConfig());

  constructor(private readonly repo = 'repo') {}

  /** Adds one commit; returns the builder. */
  commit(spec: CommitSpec): this {
    const repo = spec.repo ?? this.repo;
    const subject = spec.subject ?? `commit ${this.rows.length + 1}`;
    const fields = {
      repo,
      sha: createHash('sha1').update(`${repo}:${this.rows.length}:${spec.time}`).digest('hex'),
      author: spec.author.email.toLowerCase(),
      authorName: spec.author.name,
      authorEmail: spec.author.email,
      time: spec.time,
      subject,
      ...(spec.coAuthors?.length ? { coAuthors: spec.coAuthors } : {}),
    };
    const files = Object.entries(spec.files ?? {});
    if (files.length === 0) this.rows.push({ ...fields });
    for (const [path, change] of files) {
      const status = change.status ?? (change.oldPath !== undefined ? 'R' : this.seen.has(`${repo}\u0000${path}`) ? 'M' : 'A');
      this.seen.add(`${repo}\u0000${path}`);
      this.rows.push({
        ...fields,
        path,
        status,
        kind: this.classifier.kind(path),
        tier: this.classifier.tier(path, subject),
        ...change,
        added: change.added ?? 0,
        deleted: change.deleted ?? 0,
      });
    }
    return this;
  }

  /** The facts so far, in sortFacts order (repository, time, sha, path). */
  build(): FactRow[] {
    return sortFacts([...this.rows]);
  }

  /** The facts grouped into commits, with the default config's identity options and thresholds unless `options` changes them. */
  group(options: Partial<GroupOptions> = {}): { commits: Commit[]; identities: IdentityTable } {
    return groupCommits(this.build(), { ...defaultConfig(), ...options });
  }
}
