/**
 * Finding repositories: each PATH is a repository (with a work tree, or bare), or a
 * folder whose subfolders (to depth 3) hold repositories.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, LetgoError } from '../core/errors.js';
import { runGit } from './git.js';

/** A repository to scan. */
export interface FoundRepo {
  /** Absolute path of its top-level folder (of a bare repository: the repository folder itself). */
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
    if (existsSync(path.join(abs, '.git')) || isGitDir(abs)) {
      dirs.push(abs);
      continue;
    }
    const { glob } = await import('tinyglobby'); // loaded only for a folder of repositories
    // A work tree's `.git`, or the HEAD of a bare repository (checked to be one below).
    const matches = await glob(['*/.git', '*/*/.git', '*/*/*/.git', '*/HEAD', '*/*/HEAD', '*/*/*/HEAD'], {
      cwd: abs,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      // Without this, a pattern that matches the .git folder also yields everything in it
      // (each then "discovered" as the same repository again).
      expandDirectories: false,
      ignore: ['**/node_modules/**', '**/.git/**/*'],
    });
    const bare = matches
      .filter((g) => path.basename(g) === 'HEAD')
      .map((g) => path.dirname(g))
      .filter((d) => isGitDir(path.join(abs, d)));
    // A bare repository's own folders (worktrees/*, modules/*) can look like one: the outermost is the repository.
    const outer = bare.filter((d) => !bare.some((o) => o !== d && d.startsWith(`${o}/`)));
    const nested = [...matches.filter((g) => path.basename(g) === '.git').map((g) => path.dirname(g)), ...outer].filter(
      (d) => !outer.some((o) => d.startsWith(`${o}/`))
    );
    if (nested.length > 0) {
      for (const d of nested.sort()) dirs.push(path.join(abs, d));
      continue;
    }
    const top = await runGit(abs, ['rev-parse', '--show-toplevel']);
    if (top.code === 0) {
      dirs.push(top.stdout.toString('utf8').trim());
      continue;
    }
    // A folder inside a bare repository: the repository itself.
    const inBare = await runGit(abs, ['rev-parse', '--is-bare-repository', '--absolute-git-dir']);
    const [isBare, gitDir] = inBare.stdout.toString('utf8').split('\n');
    if (inBare.code === 0 && isBare === 'true' && gitDir) {
      dirs.push(gitDir);
      continue;
    }
    throw new LetgoError(ExitCode.NoRepository, `no git repository in ${p} (nor in its subfolders to depth 3): pass a repository or a folder that holds some`);
  }
  return assignIds([...new Set(dirs)]);
}

/**
 * True when `dir` is a git directory the way git itself checks one (setup.c,
 * is_git_directory): a `HEAD` file and `objects` and `refs` folders. A bare repository
 * is one; so is a `.git` folder given directly.
 */
function isGitDir(dir: string): boolean {
  try {
    return statSync(path.join(dir, 'HEAD')).isFile() && statSync(path.join(dir, 'objects')).isDirectory() && statSync(path.join(dir, 'refs')).isDirectory();
  } catch {
    return false;
  }
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
