/**
 * JSON Schemas (draft-07) of a scan's `facts.jsonl` lines ({@link Fact}) and of its
 * `repos.json` ({@link RepoMeta}[]): a saved scan is read back (`letgo report --month`,
 * `letgo merge`) only when every line and repository passes them, so a hand-edited or
 * broken file is a one-line error naming the file and line, never a crash in analysis.
 * `npm run schemas` writes them to jsonschema/ and precompiles their validators.
 */
import { FACT_STATUSES, FILE_KINDS, NOTEBOOK_PARSE_STATUSES, REVIEW_TRAILERS, TIERS, type Fact, type RepoMeta } from './facts.js';
import type { Fits, NoFields, SchemaType, UncheckedFields } from './schemaType.js';
import { ISO_TIME_PATTERN } from './time.js';

const str = { type: 'string' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const lines = { type: ['integer', 'null'], minimum: 0 } as const;
const identity = { type: 'object', required: ['name', 'email'], properties: { name: str, email: str } } as const;

/** One line of facts.jsonl. Fields letgo does not know are allowed (a newer scan's). */
export const FACT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://jupyterlab-letgo/facts.schema.json',
  title: 'letgo fact (one line of facts.jsonl)',
  type: 'object',
  required: ['repo', 'sha', 'author', 'authorName', 'authorEmail', 'time'],
  // A row with a path is a file fact; one without is a commit row (a commit without file facts: facts.ts CommitRow).
  if: { required: ['path'] },
  then: { required: ['status', 'kind', 'tier', 'added', 'deleted'] },
  properties: {
    repo: str,
    sha: { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' },
    author: str,
    authorName: str,
    authorEmail: str,
    coAuthors: { type: 'array', items: identity },
    reviewers: {
      type: 'array',
      items: { ...identity, required: ['name', 'email', 'trailer'], properties: { ...identity.properties, trailer: { enum: REVIEW_TRAILERS } } },
    },
    subject: str,
    // git's strict ISO 8601 (%aI): the author's own offset.
    time: { type: 'string', pattern: ISO_TIME_PATTERN },
    path: { type: 'string', minLength: 1 },
    oldPath: str,
    status: { enum: FACT_STATUSES },
    kind: { enum: FILE_KINDS },
    tier: { enum: TIERS },
    added: lines,
    deleted: lines,
    binary: { type: 'boolean' },
    cells: { type: 'object', required: ['added', 'deleted', 'modified'], properties: { added: count, deleted: count, modified: count } },
    outputsOnly: { type: 'boolean' },
    metadataOnly: { type: 'boolean' },
    parse: { enum: NOTEBOOK_PARSE_STATUSES },
    jupytext: { const: true },
    pairedWith: str,
  },
} as const;

/** repos.json: the scanned repositories' metadata ({@link RepoMeta}[] of facts.ts). */
export const REPOS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://jupyterlab-letgo/repos.schema.json',
  title: 'letgo scanned repositories (repos.json)',
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'path', 'head', 'commits', 'merges', 'shallow', 'unknownChurn', 'warnings'],
    properties: {
      id: str,
      path: str,
      head: str,
      commits: count,
      merges: count,
      shallow: { type: 'boolean' },
      unknownChurn: count,
      unknownFiles: count,
      unborn: { const: true },
      warnings: { type: 'array', items: str },
    },
  },
} as const;

/** The values of a repos.json entry REPOS_SCHEMA accepts, as a type. */
type SchemaRepo = SchemaType<(typeof REPOS_SCHEMA)['items']>;
/** The values of a facts.jsonl line FACT_SCHEMA accepts, as a type (its `if`/`then` aside: every file field optional). */
type SchemaFact = SchemaType<typeof FACT_SCHEMA>;

/**
 * Resolves only while the fact types and these schemas agree: {@link RepoMeta} and
 * REPOS_SCHEMA both ways (the same field types and required fields, no unchecked field);
 * every {@link Fact} passes FACT_SCHEMA's types, with no field it leaves unchecked.
 * tsc fails here, naming the field, when one changes without the other.
 */
export type FactSchemasAgree = [
  Fits<RepoMeta, SchemaRepo>,
  Fits<SchemaRepo, RepoMeta>,
  NoFields<UncheckedFields<RepoMeta, SchemaRepo>>,
  Fits<Fact, SchemaFact>,
  NoFields<UncheckedFields<Fact, SchemaFact>>,
];
