/**
 * Likely automation under a human-looking name (docs/definitions.md "Identity"): a documentation
 * builder or release script commits as "Hugging Face Doc Builder <docs@...>" and no bot
 * pattern catches it. Such an identity has many commits that are nearly all one message
 * template (once numbers, dates, versions, hashes and paths are masked), or that each
 * rewrite many files. People write varied messages, even terse ones ("fix", "wip",
 * "update notebook"), and only now and then touch many files at once.
 */
import type { Thresholds } from './config.js';

/** Longest part of a subject read for its template (characters): bounds the work on hostile input. */
const MAX_SUBJECT = 200;

/** A file name with an extension people and tools commit (a path without a `/`). */
const FILE = /^\W*[\w.-]+\.(?:ipynb|py|md|rst|txt|json|ya?ml|toml|cfg|ini|csv|html?|js|ts|r|jl|sh|lock)\W*$/;
/** Masks inside one word, in order. */
const WORD_MASKS: [RegExp, string][] = [
  [/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:t\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?/g, '<date>'],
  [/\b(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{7,64}\b/g, '<hash>'],
  [/\bv?\d+(?:\.\d+)+(?:[-+][0-9a-z.]+)?/g, '<version>'],
  [/\d+/g, '<n>'],
];

/** One word of a subject with its variable parts masked. */
function maskWord(w: string): string {
  if (w.includes('://')) return '<url>';
  if (w.includes('/') || w.includes('\\') || (w.includes('.') && FILE.test(w))) return '<path>';
  if (!/\d/.test(w)) return w; // every other mask needs a digit
  for (const [re, mask] of WORD_MASKS) w = w.replace(re, mask);
  return w;
}

/**
 * The template of a commit subject: lower case, URLs, dates (and times), hex hashes of
 * 7-64 digits, paths (with a `/` or a known file extension), versions ("v1.2.3") and
 * numbers masked, word by word, white space collapsed. "Build docs for 3f2a1b9c on
 * 2024-01-03" and "Build docs for 9e8d7c6b on 2024-02-11" give "build docs for <hash> on
 * <date>". Reads at most the first 200 characters; linear in them.
 */
export function messageTemplate(subject: string): string {
  const words = subject.slice(0, MAX_SUBJECT).toLowerCase().split(/\s+/);
  let out = '';
  for (const w of words) if (w) out += (out ? ' ' : '') + maskWord(w);
  return out;
}

/**
 * Fewest words (placeholders not counted) of a template that can mark automation: a
 * person's habit is short ("fix", "wip", "update notebook", "a <n>", GitHub's web editor's
 * "update <path>"); a tool's message names what it did ("fixing style errors", "updated
 * notebooks from transformers docs at <hash>").
 */
const MIN_TEMPLATE_WORDS = 3;

/** Words of a template with a letter in them, placeholders not counted. */
function wordsOf(template: string): number {
  return template.split(' ').filter((w) => /\p{L}/u.test(w.replace(/<(?:url|date|hash|path|version|n)>/g, ''))).length;
}

/** The rules of likely automation: 'template', nearly all commits share one message template; 'files', nearly all change many files each. */
export const AUTOMATION_RULES = ['template', 'files'] as const;
/** One of {@link AUTOMATION_RULES}. */
export type AutomationRule = (typeof AUTOMATION_RULES)[number];

/** Why an identity looks like automation, with the evidence the report lists. */
export interface AutomationEvidence {
  rule: AutomationRule;
  /** Commits of the identity in the scanned history. */
  commits: number;
  /** Commits that fit the rule: with the template, or changing `automationFiles` files or more. */
  matching: number;
  /** matching / commits (0-1). */
  share: number;
  /** The message template (rule 'template'); empty for rule 'files'. */
  template: string;
}

/** One identity's commits, as {@link automationOf} reads them. */
export interface IdentityActivity {
  /** Commits of the identity (as author). */
  commits: number;
  /** Their subjects (commits of facts without one are left out). */
  subjects: string[];
  /** Commits changing `automationFiles` files or more. */
  bulkCommits: number;
}

/**
 * Judges one identity: likely automation when it has at least `automationCommits`
 * commits and either at least `automationShare` of them share one template of three or
 * more words (see MIN_TEMPLATE_WORDS), or at least that share each
 * change `automationFiles` files or more. The rule and its defaults (20 commits, 90%,
 * 10 files) come from a real team (docs/definitions.md "Identity"): a documentation
 * builder with 686 commits of generated notebooks was its top hands-on member.
 * @returns the evidence, or undefined for a person
 */
export function automationOf(
  a: IdentityActivity,
  thresholds: Pick<Thresholds, 'automationCommits' | 'automationShare' | 'automationFiles'>
): AutomationEvidence | undefined {
  if (a.commits < thresholds.automationCommits) return undefined;
  // Templated only here, for identities with enough commits; a subject seen before costs a
  // lookup, and the count stops once no template can reach the share (after about a tenth
  // of a person's varied subjects).
  const templates = new Map<string, number>();
  const bySubject = new Map<string, string>();
  let template = '';
  let top = 0;
  const need = thresholds.automationShare * a.commits;
  for (let i = 0; i < a.subjects.length && top + (a.subjects.length - i) >= need; i++) {
    const subject = a.subjects[i];
    let k = bySubject.get(subject);
    if (k === undefined) bySubject.set(subject, (k = messageTemplate(subject)));
    const n = (templates.get(k) ?? 0) + 1;
    templates.set(k, n);
    if (n > top || (n === top && k < template)) {
      template = k;
      top = n;
    }
  }
  if (top >= need && wordsOf(template) >= MIN_TEMPLATE_WORDS) {
    return { rule: 'template', commits: a.commits, matching: top, share: top / a.commits, template };
  }
  if (a.bulkCommits / a.commits >= thresholds.automationShare) {
    return { rule: 'files', commits: a.commits, matching: a.bulkCommits, share: a.bulkCommits / a.commits, template: '' };
  }
  return undefined;
}
