/**
 * The configuration (`letgo.config.json`): roster, identity aliases, bot patterns,
 * file-kind and tier rules, thresholds. Every threshold of docs/definitions.md is here with its
 * default; the JSON Schema below validates a user's file and is written beside it by
 * `letgo init` so editors can check it.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { FILE_KINDS, TIERS, type FileKind, type Tier } from './facts.js';
import { LetgoError, ExitCode } from './errors.js';
import { NOTEBOOK_LINE_MODES, type NotebookLineMode } from './notebook/types.js';
import { validate } from './generated/configValidator.js';
import { compileGlobs, compileRegex } from './patterns.js';
import { parseDate } from './time.js';

/** One ordered tier rule: the first rule whose paths glob or message pattern matches decides the tier. */
export interface TierRule {
  tier: Tier;
  /** Path globs (picomatch syntax, matched against the repository-relative path). */
  paths?: string[];
  /** Regular expression (case-insensitive) tested against the commit subject. */
  message?: string;
}

/** A step of a delegation plan: hand `tier` work to the team from `since` over `weeks` weeks. */
export interface DelegationStep {
  tier: Tier;
  /** Start date, YYYY-MM-DD. */
  since: string;
  /** Planned length in weeks (the framework suggests 6-8), at most {@link MAX_DELEGATION_WEEKS}. */
  weeks: number;
}

/** Longest delegation step accepted (weeks, 10 years): past it a plan's end date is meaningless, and past about 1e8 it is no date at all. */
export const MAX_DELEGATION_WEEKS = 520;

/** Numbers that decide signals and evidence; defaults and sources in {@link DEFAULT_THRESHOLDS}. */
export interface Thresholds {
  /** Ratio R at or above which the signal is holding-back. */
  holdingBackRatio: number;
  /** Ratio R at or above which the signal is watch. */
  watchRatio: number;
  /** Fewer active team members than this in the window: insufficient-data. */
  minActiveMembers: number;
  /** Fewer team hands-on commits than this in the window: insufficient-data. */
  minHandsOnCommits: number;
  /** Share of a file's churn that makes its owner "holding" it (0-1). */
  ownerShare: number;
  /** Days a notebook must have changed within, and no one else touched, to be "only you maintain". */
  onlyYouDays: number;
  /** Days before a takeover in which the owner's own commit makes it "in flight". */
  inFlightDays: number;
  /** A manager hands-on commit with at most this many churned lines is a snack. */
  snackLines: number;
  /** Work day start hour (local author time, inclusive). */
  workdayStartHour: number;
  /** Work day end hour (local author time, exclusive). */
  workdayEndHour: number;
  /** Without a roster, authors with commits in at least this many distinct ISO weeks are the team. */
  regularWeeks: number;
  /**
   * Days up to the window's end that out-of-touch looks at: a window shorter than this is
   * judged with its hands-on commits, reviews and pairing over these days (signal.ts).
   */
  outOfTouchDays: number;
  /** An identity with at least this many commits in the history can be judged likely automation (src/core/automation.ts). */
  automationCommits: number;
  /** Share of an identity's commits (0-1) with one message template, or each changing `automationFiles` files or more, that marks it likely automation. */
  automationShare: number;
  /** A commit changing at least this many files is a bulk rewrite (for the automation rule). */
  automationFiles: number;
}

/** The defaults, listed in docs/definitions.md "Thresholds" (a test keeps the two in step). */
export const DEFAULT_THRESHOLDS: Thresholds = {
  holdingBackRatio: 1.0,
  watchRatio: 0.5,
  minActiveMembers: 2,
  minHandsOnCommits: 10,
  ownerShare: 0.5,
  onlyYouDays: 90,
  inFlightDays: 14,
  snackLines: 5,
  workdayStartHour: 8,
  workdayEndHour: 19,
  regularWeeks: 2,
  outOfTouchDays: 28,
  automationCommits: 20,
  automationShare: 0.9,
  automationFiles: 10,
};

/**
 * Default bot patterns (docs/definitions.md "Identity"), picomatch globs matched case-insensitively
 * on the whole name and the whole email: `[bot]` accounts, a whole word "bot" in a name
 * ("Stickler Bot", "docs-bot"), `bot@`, `-bot@`, `ci@`-style addresses, and well-known CI,
 * dependency and translation tools. "talbot@" or "Abbot" are people.
 */
export const DEFAULT_BOT_PATTERNS = [
  '*[[]bot[]]*',
  'bot',
  'bot[ _-]*',
  '*[ _-]bot',
  '*[ _-]bot[ _-]*',
  '{bot,*[-_.+]bot,ci,*[-_.+]ci,build,*[-_.+]build}@*',
  'github-actions*',
  'github action*',
  '{action,actions}@github.com',
  'dependabot*',
  'renovate*',
  'greenkeeper*',
  'snyk*',
  'pyup*',
  'imgbot*',
  'pre-commit-ci*',
  'codecov*',
  'mergify*',
  'all-contributors*',
  'allcontributors*',
  'semantic-release*',
  'travis ci',
  'travis-ci*',
  'jenkins',
  'jenkins@*',
  'gitlab ci',
  'gitlab-ci*',
  'circleci*',
  'azure pipelines',
  'azure-pipelines*',
  'buildkite*',
  'weblate',
  '*@weblate.org',
  'transifex*',
  'crowdin*',
  'copybara*',
];

/**
 * Default patterns of AI coding assistants (docs/definitions.md "Identity"), globs as
 * {@link DEFAULT_BOT_PATTERNS}: the names and addresses they write as commit authors and
 * in `Co-authored-by:` lines (Claude Code: "Claude <noreply@anthropic.com>"; GitHub
 * Copilot's agent: "Copilot <198982749+Copilot@users.noreply.github.com>"; Cursor:
 * "Cursor Agent <cursoragent@cursor.com>"; aider: "aider (model) <noreply@aider.chat>",
 * or the author's own name with " (aider)"). Names of people that assistants share
 * ("Jules", "Devin" alone) are left out; `humans` in the config keeps a person whom a
 * pattern catches.
 */
export const DEFAULT_AI_PATTERNS = [
  'claude',
  'claude code',
  'claude[[]bot[]]*',
  '{noreply,no-reply,claude}@anthropic.com',
  'copilot',
  'github copilot',
  'copilot[[]bot[]]*',
  'copilot-swe-agent*',
  '*+copilot@users.noreply.github.com',
  'copilot@github.com',
  'cursor',
  'cursor agent',
  'cursor[[]bot[]]*',
  'cursoragent@cursor.com',
  'codex',
  'openai codex',
  'chatgpt',
  'chatgpt-codex-connector*',
  '{codex,noreply}@openai.com',
  'gemini',
  'gemini cli',
  'gemini code assist',
  'gemini-code-assist*',
  'google-labs-jules*',
  'devin ai',
  'devin-ai-integration*',
  'aider',
  'aider (*)',
  '*@aider.chat',
  'amazon q',
  'amazon q developer',
  'amazon-q-developer*',
  'windsurf',
  'codeium',
  'tabnine',
  'openhands',
  '*@all-hands.dev',
  'sweep-ai*',
  'sourcery-ai*',
  'coderabbit*',
];

/**
 * Default tier rules (docs/definitions.md "Work tier"), first match wins; anything unmatched is tactical.
 * strategic: architecture and decision records, standards (contribution guides, lint and
 * pre-commit config, CI workflows), roadmaps; implementation: design docs, experiment and
 * monitoring configuration, project READMEs.
 */
export const DEFAULT_TIER_RULES: TierRule[] = [
  {
    tier: 'strategic',
    paths: [
      '**/{adr,adrs,ADR,decisions,architecture}/**',
      '**/*{ARCHITECTURE,architecture,ROADMAP,roadmap,Roadmap}*',
      '**/{CONTRIBUTING,STANDARDS,CODEOWNERS,CODE_OF_CONDUCT}*',
      '**/.github/workflows/**',
      '**/.gitlab-ci.yml',
      '**/{.pre-commit-config.yaml,.flake8,.pylintrc,ruff.toml,.ruff.toml,.editorconfig,.eslintrc*,mypy.ini,.sqlfluff}',
      '**/docs/standards/**',
    ],
    message: '^(adr|decision|roadmap)\\b',
  },
  {
    tier: 'implementation',
    paths: [
      '**/{design,designs,rfc,rfcs}/**',
      '**/*{design,DESIGN}*.{md,rst,txt}',
      '**/{experiments,experiment,configs,conf,monitoring}/**/*.{yml,yaml,json,toml,cfg,ini}',
      '**/{params.yaml,dvc.yaml,MLproject}',
      '**/README*',
    ],
  },
];

/** The validated configuration with defaults applied. */
export interface Config {
  /** Manager identities (email or full name). Overridden by `--manager`. */
  manager: string[];
  /** The team roster (emails or names) besides the manager; empty = the regulars. */
  team: string[];
  /** Identity aliases: an email or name (key) that is the same person as the email or name (value); a `login:NAME` key maps a GitHub login of a `--reviews` export (src/core/leadByExample.ts). */
  aliases: Record<string, string>;
  /** Full names that must never merge identities by name (splits a wrong merge). */
  doNotMergeByName: string[];
  /** Bot patterns besides the defaults. */
  bots: string[];
  /** AI assistant patterns besides the defaults ({@link DEFAULT_AI_PATTERNS}). */
  aiAssistants: string[];
  /** Emails or names of people whom a bot or AI pattern, or the automation rule, would exclude: they count as people. */
  humans: string[];
  /** Tier rules evaluated before the defaults. */
  tiers: TierRule[];
  /** Extra path globs per file kind, evaluated before the default classification. */
  kinds: Partial<Record<FileKind, string[]>>;
  thresholds: Thresholds;
  /** Notebook counting: by cell source (default) or git's JSON lines; blobs over `maxBlobBytes` fall back to git's lines. */
  notebooks: { lines: NotebookLineMode; maxBlobBytes: number };
  /** Optional delegation plan. */
  delegate: DelegationStep[];
}

/** Default configuration (no roster: the regulars are the team). */
export function defaultConfig(): Config {
  return {
    manager: [],
    team: [],
    aliases: {},
    doNotMergeByName: [],
    bots: [],
    aiAssistants: [],
    humans: [],
    tiers: [],
    kinds: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
    notebooks: { lines: 'cells', maxBlobBytes: 50 * 1024 * 1024 },
    delegate: [],
  };
}

/**
 * JSON Schemas of each {@link Thresholds} field with its bounds: the config's (each optional)
 * and the Report's (each required, src/core/report.ts).
 */
export const THRESHOLD_PROPERTIES = {
  holdingBackRatio: { type: 'number', exclusiveMinimum: 0 },
  watchRatio: { type: 'number', exclusiveMinimum: 0 },
  minActiveMembers: { type: 'integer', minimum: 1 },
  minHandsOnCommits: { type: 'integer', minimum: 0 },
  ownerShare: { type: 'number', minimum: 0, maximum: 1 },
  onlyYouDays: { type: 'integer', minimum: 1 },
  inFlightDays: { type: 'integer', minimum: 0 },
  snackLines: { type: 'integer', minimum: 0 },
  workdayStartHour: { type: 'integer', minimum: 0, maximum: 24 },
  workdayEndHour: { type: 'integer', minimum: 0, maximum: 24 },
  regularWeeks: { type: 'integer', minimum: 1 },
  outOfTouchDays: { type: 'integer', minimum: 1 },
  automationCommits: { type: 'integer', minimum: 1 },
  automationShare: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
  automationFiles: { type: 'integer', minimum: 1 },
} as const;

const tierEnum = { enum: TIERS };
const stringArray = { type: 'array', items: { type: 'string', minLength: 1 } };

/** JSON Schema (draft-07) of `letgo.config.json`. */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://jupyterlab-letgo/letgo.config.schema.json',
  title: 'letgo configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    manager: { ...stringArray, description: 'Manager emails or full names.' },
    team: { ...stringArray, description: 'Team roster besides the manager (emails or full names). Empty: the regulars.' },
    aliases: {
      type: 'object',
      additionalProperties: { type: 'string', minLength: 1 },
      description:
        'Email or name -> email or name of the same person; a key "login:NAME" maps a GitHub login of a --reviews export to a person ("login:octocat": "octo@company.com").',
    },
    doNotMergeByName: { ...stringArray, description: 'Full names that must not merge identities.' },
    bots: { ...stringArray, description: 'Extra bot patterns (globs on name and email).' },
    aiAssistants: {
      ...stringArray,
      description: 'Extra AI coding assistant patterns (globs on name and email): never people; their commits count as AI-assisted.',
    },
    humans: { ...stringArray, description: 'Emails or names that are people even when a bot or AI pattern, or the likely-automation rule, matches them.' },
    tiers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['tier'],
        properties: { tier: tierEnum, paths: stringArray, message: { type: 'string', format: 'regex' } },
      },
    },
    kinds: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(FILE_KINDS.map((k) => [k, stringArray])),
    },
    thresholds: { type: 'object', additionalProperties: false, properties: THRESHOLD_PROPERTIES },
    notebooks: {
      type: 'object',
      additionalProperties: false,
      properties: {
        lines: { enum: NOTEBOOK_LINE_MODES },
        maxBlobBytes: { type: 'integer', minimum: 1 },
      },
    },
    delegate: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['tier', 'since', 'weeks'],
        properties: {
          tier: tierEnum,
          since: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          weeks: { type: 'number', exclusiveMinimum: 0, maximum: MAX_DELEGATION_WEEKS },
        },
      },
    },
  },
} as const;

/** {@link CONFIG_SCHEMA}'s validator, precompiled by `npm run schemas`. */
const validateConfigSchema = validate as ValidateFunction;

/**
 * Validates a parsed config object and applies defaults.
 * @param value the parsed JSON (comments already stripped)
 * @param source a name for the input in messages (the file path)
 * @throws LetgoError (exit code CONFIG) naming the first bad field and why
 */
export function validateConfig(value: unknown, source: string): Config {
  if (!validateConfigSchema(value)) {
    const err = validateConfigSchema.errors?.[0];
    throw new LetgoError(
      ExitCode.Config,
      `invalid config ${source}: ${describeAjvError(err)}; fix that field (see letgo.config.schema.json from 'letgo init')`
    );
  }
  const v = value as Partial<Config> & { thresholds?: Partial<Thresholds>; notebooks?: Partial<Config['notebooks']> };
  const base = defaultConfig();
  const config: Config = {
    manager: v.manager ?? base.manager,
    team: v.team ?? base.team,
    aliases: v.aliases ?? base.aliases,
    doNotMergeByName: v.doNotMergeByName ?? base.doNotMergeByName,
    bots: v.bots ?? base.bots,
    aiAssistants: v.aiAssistants ?? base.aiAssistants,
    humans: v.humans ?? base.humans,
    tiers: v.tiers ?? base.tiers,
    kinds: v.kinds ?? base.kinds,
    thresholds: { ...base.thresholds, ...v.thresholds },
    notebooks: { ...base.notebooks, ...v.notebooks },
    delegate: v.delegate ?? base.delegate,
  };
  if (config.thresholds.watchRatio > config.thresholds.holdingBackRatio) {
    throw new LetgoError(
      ExitCode.Config,
      `invalid config ${source}: /thresholds/watchRatio (${config.thresholds.watchRatio}) must not exceed holdingBackRatio (${config.thresholds.holdingBackRatio})`
    );
  }
  checkPatterns(config, source);
  config.delegate.forEach((step, i) => {
    try {
      parseDate(step.since, `/delegate/${i}/since`);
    } catch (e) {
      throw new LetgoError(ExitCode.Config, `invalid config ${source}: ${(e as Error).message}`);
    }
  });
  return config;
}

/**
 * Compiles every pattern of the config as the scan will (linear-time, patterns.ts), so
 * that one RE2 cannot run (a lookahead, a backreference) is refused at load.
 * @throws LetgoError (CONFIG) naming the field and the reason
 */
function checkPatterns(config: Config, source: string): void {
  const check = (where: string, compile: () => unknown): void => {
    try {
      compile();
    } catch (e) {
      throw new LetgoError(
        ExitCode.Config,
        `invalid config ${source}: ${where} ${(e as Error).message}; letgo runs config patterns in linear time (RE2 syntax: no lookaround or backreferences)`
      );
    }
  };
  config.tiers.forEach((rule, i) => {
    if (rule.message !== undefined) check(`/tiers/${i}/message`, () => compileRegex(rule.message!, { caseInsensitive: true }));
    check(`/tiers/${i}/paths`, () => compileGlobs(rule.paths ?? [], { nocase: false }));
  });
  for (const [kind, globs] of Object.entries(config.kinds)) check(`/kinds/${kind}`, () => compileGlobs(globs ?? [], { nocase: false }));
  check('/bots', () => compileGlobs(config.bots, { nocase: true }));
  check('/aiAssistants', () => compileGlobs(config.aiAssistants, { nocase: true }));
}

/** One-line description of an ajv error: the JSON pointer of the field and the reason. */
export function describeAjvError(err: ErrorObject | undefined): string {
  if (!err) return 'does not match the schema';
  const where = err.instancePath || '(top level)';
  if (err.keyword === 'additionalProperties') {
    return `${where} has an unknown field "${String(err.params.additionalProperty)}"`;
  }
  if (err.keyword === 'enum') {
    return `${where} must be one of ${(err.params.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`;
  }
  return `${where} ${err.message ?? 'is invalid'}`;
}
