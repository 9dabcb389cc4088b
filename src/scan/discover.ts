/**
 * Finding repositories: each PATH is a repository, or a folder whose subfolders (to
 * depth 3) hold repositories.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, LetgoError } from '../core/errors.js';
import { runGit } from './git.js';

/** A repository to scan. */
export interface FoundRepo {
  /** Absolute path of its top-level folder. */
  dir: string;
  /** Repository id: the folder name, made unique by prefixing parent folders when two collide. */
  id: string;
}

/**
 * Resolves PATH arguments to repositories.
 * @throws LetgoError (NO_REPOSITORY) for a path that does not exist or holds no repository
 */
export async function discoverRepos(paths: readonly string[]): Promise<FoundRepo[]> {
  const dirs: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    if (!existsSync(abs)) {
      throw new LetgoError(ExitCode.NoRepository, `path ${p} does not exist: pass a git repository or a folder of repositories`);
    }
    if (!statSync(abs).isDirectory()) {
      throw new LetgoError(ExitCode.NoRepository, `path ${p} is not a folder: pass a git repository or a folder of repositories`);
    }
    if (existsSync(path.join(abs, '.git'))) {
      dirs.push(abs);
      continue;
    }
    const { glob } = await import('tinyglobby'); // loaded only for a folder of repositories
    const nested = await glob(['*/.git', '*/*/.git', '*/*/*/.git'], {
      cwd: abs,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      // Without this, a pattern that matches the .git folder also yields everything in it
      // (each then "discovered" as the same repository again).
      expandDirectories: false,
      ignore: ['**/node_modules/**', '**/.git/**/*'],
    });
    if (nested.length > 0) {
      for (const g of nested.sort()) dirs.push(path.join(abs, path.dirname(g)));
      continue;
    }
    const top = await runGit(abs, ['rev-parse', '--show-toplevel']);
    if (top.code === 0) {
      dirs.push(top.stdout.toString('utf8').trim());
      continue;
    }
    throw new LetgoError(
      ExitCode.NoRepository,
      `no git repository in ${p} (nor in its subfolders to depth 3): pass a repository or a folder that holds some`
    );
  }
  return assignIds([...new Set(dirs)]);
}

/** Ids are folder names; colliding names get their parent folders prefixed until unique. */
export function assignIds(dirs: readonly string[]): FoundRepo[] {
  const ids = dirs.map((d) => path.basename(d));
  for (let depth = 2; depth < 8; depth++) {
    const seen = new Map<string, number>();
    for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
    if ([...seen.values()].every((n) => n === 1)) break;
    dirs.forEach((d, i) => {
      if ((seen.get(ids[i]) ?? 0) > 1) ids[i] = d.split(path.sep).filter(Boolean).slice(-depth).join('/');
    });
  }
  return dirs.map((dir, i) => ({ dir, id: ids[i] }));
}
