/**
 * Pull-request reviews exported from GitHub beforehand, read offline (`letgo scan
 * --reviews FILE`): the file that README's `gh api graphql --paginate --slurp` command
 * writes, one element per page of the repository's pull requests, each with its author,
 * its merge commit and its reviews. {@link GITHUB_REVIEWS_SCHEMA} is what that command
 * writes; {@link githubReviews} flattens a file that passed it. letgo never asks GitHub
 * anything itself.
 */
import { isCalendarTime, ISO_TIME_PATTERN } from './time.js';

/** The states of a submitted review (GitHub's `PullRequestReviewState`; PENDING, a draft nobody sees, has no `submittedAt`). */
export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'] as const;

/** A GitHub account as the export names it. */
export interface GithubActor {
  /** The login (`octocat`), as GitHub spells it. */
  login: string;
  /** The profile's name, when the account is a user who set one. */
  name: string | null;
  /** True for a GitHub App's account (GraphQL `__typename` "Bot"): never a person. A "Mannequin" (an imported account's placeholder) is no bot: it is looked up like a user. */
  bot: boolean;
}

/** One submitted review of a pull request. */
export interface PullRequestReview {
  /** The pull request's URL (`https://github.com/OWNER/REPO/pull/N`): the work reviewed. */
  pullRequest: string;
  /** The commit the pull request was merged as (its squash or merge commit), null when it was not merged. */
  mergeCommit: string | null;
  /** The pull request's author; null for a deleted account. */
  author: GithubActor | null;
  /** The account that submitted the review (a deleted account's review is left out). */
  reviewer: GithubActor;
  state: Exclude<(typeof REVIEW_STATES)[number], 'PENDING'>;
  /** When it was submitted, ISO 8601 as GitHub writes it (UTC, `Z`). */
  submittedAt: string;
}

const login = { type: 'string', minLength: 1, maxLength: 100 };
const actor = {
  type: ['object', 'null'],
  required: ['__typename', 'login'],
  properties: { __typename: { type: 'string' }, login, name: { type: ['string', 'null'], maxLength: 1000 } },
};
const connection = (items: object) => ({ type: 'object', required: ['nodes'], properties: { nodes: { type: 'array', items } } });
/** An ISO 8601 date and time with a zone, as GitHub's `DateTime` scalar writes it, or null (a pending review). */
const dateTime = { type: ['string', 'null'], pattern: ISO_TIME_PATTERN };

/**
 * JSON Schema (draft-07) of a `--reviews` file: what `gh api graphql --paginate --slurp`
 * writes for README's query (an array of pages). Fields letgo does not read are allowed.
 */
export const GITHUB_REVIEWS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://jupyterlab-letgo/github-reviews.schema.json',
  title: "letgo --reviews file (gh api graphql --paginate --slurp, README's query)",
  type: 'array',
  items: {
    type: 'object',
    required: ['data'],
    properties: {
      data: {
        type: 'object',
        required: ['repository'],
        properties: {
          repository: {
            type: 'object',
            required: ['pullRequests'],
            properties: {
              pullRequests: connection({
                type: 'object',
                required: ['url', 'author', 'reviews'],
                properties: {
                  url: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2000 },
                  author: actor,
                  mergeCommit: {
                    type: ['object', 'null'],
                    required: ['oid'],
                    properties: { oid: { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' } },
                  },
                  reviews: connection({
                    type: 'object',
                    required: ['author', 'state', 'submittedAt'],
                    properties: { author: actor, state: { enum: REVIEW_STATES }, submittedAt: dateTime },
                  }),
                },
              }),
            },
          },
        },
      },
    },
  },
} as const;

interface RawActor {
  __typename: string;
  login: string;
  name?: string | null;
}
type RawPage = {
  data: {
    repository: {
      pullRequests: {
        nodes: {
          url: string;
          author: RawActor | null;
          mergeCommit?: { oid: string } | null;
          reviews: { nodes: { author: RawActor | null; state: (typeof REVIEW_STATES)[number]; submittedAt: string | null }[] };
        }[];
      };
    };
  };
};

/**
 * The pages of one or more exports with each pull request once: the same export given twice,
 * two exports of one repository, or a merge of scans that read them. Of the copies of a
 * pull request (by `url`) the one with the most reviews is kept (a later export of the same
 * pull request holds every review of an earlier one), the first on a tie, at its place;
 * pages left without pull requests are dropped. Pages without duplicates are returned as given.
 * @param pages pages that passed {@link GITHUB_REVIEWS_SCHEMA}
 */
export function distinctPullRequests(pages: readonly unknown[]): unknown[] {
  type Pr = RawPage['data']['repository']['pullRequests']['nodes'][number];
  const best = new Map<string, Pr>();
  for (const page of pages as RawPage[]) {
    for (const pr of page.data.repository.pullRequests.nodes) {
      const seen = best.get(pr.url);
      if (!seen || pr.reviews.nodes.length > seen.reviews.nodes.length) best.set(pr.url, pr);
    }
  }
  const out: unknown[] = [];
  for (const page of pages as RawPage[]) {
    const nodes = page.data.repository.pullRequests.nodes;
    const kept = nodes.filter((pr) => best.get(pr.url) === pr && best.delete(pr.url));
    if (kept.length === nodes.length) out.push(page);
    else if (kept.length)
      out.push({
        ...page,
        data: { ...page.data, repository: { ...page.data.repository, pullRequests: { ...page.data.repository.pullRequests, nodes: kept } } },
      });
  }
  return out;
}

/** The account of an export's `author` field; only `__typename` "Bot" is a bot (README "Lead by example"). */
const toActor = (a: RawActor): GithubActor => ({ login: a.login, name: a.name ?? null, bot: a.__typename === 'Bot' });

/**
 * The submitted reviews of a `--reviews` file that passed {@link GITHUB_REVIEWS_SCHEMA}:
 * one per review, in file order. A pending review (no `submittedAt`) and a review whose
 * author's account is gone (null) are left out: neither is anyone's review.
 * @throws Error naming the field (`/0/data/.../submittedAt`) for a date that matches the pattern but is no calendar time (month 13)
 */
export function githubReviews(pages: unknown): PullRequestReview[] {
  const out: PullRequestReview[] = [];
  (pages as RawPage[]).forEach((page, p) => {
    page.data.repository.pullRequests.nodes.forEach((pr, i) => {
      pr.reviews.nodes.forEach((r, j) => {
        if (r.submittedAt === null || r.author === null || r.state === 'PENDING') return;
        if (!isCalendarTime(r.submittedAt)) {
          throw new Error(`/${p}/data/repository/pullRequests/nodes/${i}/reviews/nodes/${j}/submittedAt "${r.submittedAt}" is no calendar time`);
        }
        out.push({
          pullRequest: pr.url,
          mergeCommit: pr.mergeCommit?.oid ?? null,
          author: pr.author && toActor(pr.author),
          reviewer: toActor(r.author),
          state: r.state,
          submittedAt: new Date(r.submittedAt).toISOString(),
        });
      });
    });
  });
  return out;
}
