/**
 * Reading `--reviews` files: the GitHub CLI's export of pull-request reviews (README "Lead
 * by example", src/core/githubReviews.ts). Each file is untrusted input: a regular file of
 * at most {@link MAX_REVIEWS_BYTES}, JSON, and what `gh api graphql --paginate --slurp`
 * writes for README's query (jsonschema/github-reviews.schema.json), or the scan stops with
 * one line naming the file and field (exit 8) before any git runs.
 */
import path from 'node:path';
import { describeAjvError } from '../core/config.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import type { ValidateFunction } from 'ajv';
import { validate as validateSchema } from '../core/generated/githubReviewsValidator.js';
import { distinctPullRequests, githubReviews, type PullRequestReview } from '../core/githubReviews.js';
import { describeBoundedRead, readBounded } from '../scan/files.js';

/**
 * Largest `--reviews` file read (bytes): a pull request with three reviews is about 600
 * bytes of README's export, so 64 MB holds some 110,000 of them, while the parsed file stays
 * a few hundred MB at most.
 */
export const MAX_REVIEWS_BYTES = 64 * 1024 * 1024;

/** What to do about a file that is not the export: the one-line fix every message ends with. */
const FIX = "write it with the gh api graphql --paginate --slurp command in README's Lead by example";

/** The pages of one or more exports (what `reviews.json` of a scan folder holds: the `--reviews` files' pages, one array) and their reviews. */
export interface ReviewPages {
  pages: unknown[];
  reviews: PullRequestReview[];
}

/**
 * The pages and reviews of every `--reviews` file, in the order given.
 * @param files the paths as given (resolved against `cwd`)
 * @throws LetgoError (BAD_INPUT, 8) for a file that is missing, no regular file, too large, not JSON, not the export's shape, or with a date that is no calendar time
 */
export function readReviewsFiles(files: readonly string[], cwd: string): ReviewPages {
  return combineReviewPages(files.map((file) => readReviewsFile(path.resolve(cwd, file), `--reviews ${file}`)));
}

/**
 * The pages of several exports (`--reviews` files, or the `reviews.json` of merged scans)
 * as one, each pull request once (githubReviews.ts distinctPullRequests; within each part
 * {@link parseReviewPages} did it already), and their reviews.
 * @throws LetgoError (BAD_INPUT, 8) when those pages take more than {@link MAX_REVIEWS_BYTES} as JSON: a scan folder's reviews.json could not be read back
 */
export function combineReviewPages(parts: readonly ReviewPages[]): ReviewPages {
  if (parts.length === 1) return parts[0];
  const pages = distinctPullRequests(parts.flatMap((p) => p.pages));
  const bytes = Buffer.byteLength(JSON.stringify(pages));
  if (bytes > MAX_REVIEWS_BYTES) {
    throw new LetgoError(
      ExitCode.BadInput,
      `the reviews' distinct pull requests take ${bytes} bytes, more than the ${MAX_REVIEWS_BYTES} a scan's reviews.json may hold: export the pull requests of fewer months or repositories (README's Lead by example) and scan them apart`
    );
  }
  return { pages, reviews: githubReviews(pages) };
}

/**
 * One `--reviews` file: at most {@link MAX_REVIEWS_BYTES}, then {@link parseReviewPages}.
 * @param label how messages name it (`--reviews FILE` as given)
 * @throws LetgoError (BAD_INPUT) as {@link readReviewsFiles}
 */
function readReviewsFile(file: string, label: string): ReviewPages {
  const read = readBounded(file, { maxBytes: MAX_REVIEWS_BYTES });
  if (read.kind !== 'ok') throw new LetgoError(ExitCode.BadInput, `${label} ${describeBoundedRead(read, MAX_REVIEWS_BYTES)}: ${FIX}`);
  return parseReviewPages(read.bytes.toString('utf8'), label);
}

/**
 * The pages and reviews of one export's text (a `--reviews` file, or a scan folder's
 * `reviews.json`), each pull request once (githubReviews.ts distinctPullRequests): `gh
 * --paginate --slurp` repeats a pull request, or a whole page, when the list moves while it
 * paginates.
 * @param file how messages name the file ("--reviews reviews.json")
 * @param fix what the message tells the user to do (default: write it with README's gh command)
 * @throws LetgoError (BAD_INPUT) as {@link readReviewsFiles}
 */
export function parseReviewPages(text: string, file: string, fix = FIX): ReviewPages {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // gh --paginate without --slurp writes one JSON document per page, back to back.
    const hint = /after JSON|Unexpected non-whitespace/.test((e as Error).message) ? ' (several JSON documents: gh ran without --slurp)' : '';
    throw new LetgoError(ExitCode.BadInput, `${file} is not JSON${hint}: ${(e as Error).message}; ${fix}`);
  }
  const validate = validateSchema as ValidateFunction;
  if (!validate(value)) {
    const hint = value !== null && typeof value === 'object' && !Array.isArray(value) ? ' (one page, not an array of pages: gh ran without --slurp)' : '';
    throw new LetgoError(ExitCode.BadInput, `${file} is not a gh export of pull-request reviews: ${describeAjvError(validate.errors?.[0])}${hint}; ${fix}`);
  }
  const given = value as unknown[];
  try {
    // Read before repeats are dropped, so that an error names the field where the file has it.
    const reviews = githubReviews(given);
    const pages = distinctPullRequests(given);
    const unchanged = pages.length === given.length && pages.every((p, k) => p === given[k]);
    return { pages, reviews: unchanged ? reviews : githubReviews(pages) };
  } catch (e) {
    throw new LetgoError(ExitCode.BadInput, `${file}: ${(e as Error).message}; ${fix}`);
  }
}
