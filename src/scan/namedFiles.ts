/**
 * Files a repository names for git to read besides its objects: the mailmap (`.mailmap`
 * in the work tree, `mailmap.file`) and the attributes file (`core.attributesFile`, else
 * git's XDG default). A hostile repository points them at `/dev/zero` (letgo's cache key
 * read grew to 14 GB; git reading it hangs) or at a FIFO. Each is checked before letgo or
 * git reads it (a regular file under {@link MAX_NAMED_FILE_BYTES}; the work tree's
 * `.mailmap` also really inside the repository); one that fails is skipped with a
 * warning, and the setting that names it is overridden (`-c mailmap.file=`, `-c
 * core.attributesFile=`: git then reads none) for every git command in that repository.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import { describeBoundedRead, readBounded, type BoundedRead } from './files.js';
import { pinRepoConfig, runGit } from './git.js';

/** Largest mailmap or attributes file read (bytes): a mailmap of 100,000 people is about 10 MB. */
export const MAX_NAMED_FILE_BYTES = 32 * 1024 * 1024;

/** What {@link checkNamedFiles} found. */
export interface NamedFiles {
  /** `git config --get-regexp` of the settings that decide a commit's facts (diff, mailmap, log, core, i18n): part of the cache key. */
  gitConfig: string;
  /** The text of the work tree's `.mailmap` and of each `mailmap.file` ('' when absent or refused): part of the cache key. */
  mailmapFiles: string[];
  /** One sentence per refused file. */
  warnings: string[];
}

/**
 * Checks the files the repository at `dir` names for git, and pins the settings of the
 * refused ones off for every later git command there (git.ts {@link pinRepoConfig}).
 * @param id the repository id, for warnings
 */
export async function checkNamedFiles(dir: string, id: string): Promise<NamedFiles> {
  const r = await runGit(dir, ['config', '--get-regexp', '^(diff|mailmap|log|core|i18n)\\.']);
  const gitConfig = r.stdout.toString('utf8');
  // git prints the keys in lower case; a later value of a key overrides an earlier one.
  const settings = [...gitConfig.matchAll(/^(mailmap\.file|core\.attributesfile) (.*)$/gm)].map((m) => ({ key: m[1], value: m[2] }));
  const warnings: string[] = [];
  const pins: string[] = [];
  const refuse = (what: string, file: string, read: Exclude<BoundedRead, { kind: 'ok' }>, pin?: string): void => {
    warnings.push(`Repository ${id}: ${what} ${file} ${describeBoundedRead(read, MAX_NAMED_FILE_BYTES)}: ${pin ? 'letgo and git skip it' : 'letgo skips it'}.`);
    if (pin && !pins.includes(pin)) pins.push('-c', pin);
  };
  const text = (read: BoundedRead): string => (read.kind === 'ok' ? read.bytes.toString('utf8') : '');

  // git reads these paths relative to the repository's top level and expands a leading ~/.
  const resolve = (value: string): string => path.resolve(dir, value.replace(/^~(?=\/)/, homedir()));
  const tree = path.join(dir, '.mailmap');
  const treeRead = readBounded(tree, { maxBytes: MAX_NAMED_FILE_BYTES, within: dir });
  // git ignores a symlinked .mailmap in the work tree; letgo does not follow one out of it.
  if (treeRead.kind !== 'ok' && treeRead.kind !== 'missing') refuse('.mailmap', tree, treeRead);
  const mailmapFiles = [text(treeRead)];
  for (const { value } of settings.filter((s) => s.key === 'mailmap.file')) {
    const file = resolve(value);
    const read = readBounded(file, { maxBytes: MAX_NAMED_FILE_BYTES });
    if (read.kind !== 'ok' && read.kind !== 'missing') refuse('mailmap.file', file, read, 'mailmap.file=');
    mailmapFiles.push(read.kind === 'ok' ? text(read) : read.kind === 'missing' ? '' : '?');
  }
  const attributes = attributesFile(dir, settings.filter((s) => s.key === 'core.attributesfile').at(-1)?.value);
  if (attributes !== null) {
    const read = readBounded(attributes, { maxBytes: MAX_NAMED_FILE_BYTES });
    if (read.kind !== 'ok' && read.kind !== 'missing' && read.kind !== 'unreadable') refuse('core.attributesFile', attributes, read, 'core.attributesFile=');
  }
  pinRepoConfig(dir, pins);
  return { gitConfig, mailmapFiles, warnings };
}

/**
 * The attributes file git reads for `dir`: `core.attributesFile` when set (an empty
 * value: none, null), else `$XDG_CONFIG_HOME/git/attributes` or `~/.config/git/attributes`.
 * @param configured the setting's value as `git config --type=path` prints it, undefined when unset
 */
export function attributesFile(dir: string, configured: string | undefined): string | null {
  if (configured !== undefined) return configured === '' ? null : path.resolve(dir, configured);
  const xdg = process.env.XDG_CONFIG_HOME;
  return path.join(xdg ? xdg : path.join(homedir(), '.config'), 'git', 'attributes');
}
