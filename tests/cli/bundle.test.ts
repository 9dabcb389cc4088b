/**
 * The CLI bundle (lib/bin, scripts/bundle.mjs) keeps each command's code in its own
 * chunk: `letgo report`, `merge` and `export` render saved facts and must not load the
 * scanner (src/scan: git, cat-file, the notebook parser), only its bounded file read
 * (scan/files.ts, no git), which the store uses too. Read from esbuild's metafile.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cliHelpers.js';

interface Meta {
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }>;
}

const meta = JSON.parse(readFileSync(path.join(ROOT, 'lib/bundle-meta.json'), 'utf8')) as Meta;

/** Every source module loaded when the chunk of `entry` runs: its own inputs and those of the chunks it imports statically. */
function loadedModules(entry: string): string[] {
  const [start] = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry) ?? [];
  expect(start, `a chunk for ${entry}`).toBeDefined();
  const seen = new Set<string>();
  const todo = [start!];
  const modules: string[] = [];
  while (todo.length) {
    const out = todo.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    modules.push(...Object.keys(meta.outputs[out].inputs));
    for (const i of meta.outputs[out].imports) if (i.kind === 'import-statement' && meta.outputs[i.path]) todo.push(i.path);
  }
  return modules;
}

describe('the CLI bundle', () => {
  it.each(['report', 'merge', 'export'])('loads no scanner module for letgo %s', (command) => {
    const modules = loadedModules(`lib/cli/commands/${command}.js`);
    expect(modules.length).toBeGreaterThan(3);
    expect(modules.filter((m) => m.startsWith('lib/scan/') && m !== 'lib/scan/files.js')).toEqual([]);
  });

  it('loads neither the scan command nor analysis for letgo init (its shared helpers are in commands/shared.ts)', () => {
    const modules = loadedModules('lib/cli/commands/init.js');
    expect(modules).toContain('lib/cli/commands/shared.js');
    expect(modules.filter((m) => m === 'lib/cli/commands/scan.js' || m === 'lib/core/analyze.js' || m === 'lib/cli/progress.js')).toEqual([]);
  });

  it('does load the scanner for letgo scan (the check can see it)', () => {
    expect(loadedModules('lib/cli/commands/scan.js').some((m) => m.startsWith('lib/scan/'))).toBe(true);
  });
});
