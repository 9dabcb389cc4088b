/**
 * What the commands that read repositories share (scan, init): the PATH arguments and the
 * manager queries. Apart from scan.ts, so that `letgo init` does not load the scan
 * command (analysis, progress, report output).
 */
import path from 'node:path';
import type { Config } from '../../core/config.js';
import { runGit } from '../../scan/git.js';
import type { CliIo } from '../io.js';

/** PATH arguments resolved against the io's working folder (kept as typed when that is the process's own); none means the working folder. */
export function repoPaths(paths: readonly string[], io: CliIo): string[] {
  if (paths.length === 0) return [io.cwd];
  return path.resolve(io.cwd) === process.cwd() ? [...paths] : paths.map((p) => path.resolve(io.cwd, p));
}

/**
 * The manager queries: --manager, else the config's, else `git config user.email` of the first repository.
 * @returns [] when none is found (the caller's usage error)
 */
export async function managerQueries(cli: string[] | undefined, config: Config, firstRepo: string | undefined): Promise<string[]> {
  if (cli && cli.length) return cli;
  if (config.manager.length) return config.manager;
  if (firstRepo) {
    try {
      const r = await runGit(firstRepo, ['config', '--get', 'user.email']);
      const email = r.code === 0 ? r.stdout.toString('utf8').trim() : '';
      if (email) return [email];
    } catch {
      // git could not run there: no email, like an unset user.email
    }
  }
  return [];
}
