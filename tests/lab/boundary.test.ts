/**
 * The architecture's import rules (README "Architecture"): the browser bundle (src/index.ts and
 * everything it reaches) never imports src/scan, src/cli, src/demo or a Node module, and
 * src/core never imports JupyterLab. Read from the real sources' import statements.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Module specifiers imported by a file, type-only imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Every source file reachable from `entry` through relative imports, with the bare specifiers they import. */
function reach(entry: string): { files: Set<string>; bare: Map<string, string> } {
  const files = new Set<string>();
  const bare = new Map<string, string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) todo.push(path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
      else bare.set(spec, path.relative(SRC, file));
    }
  }
  return { files, bare };
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []
  );
}

const NODE_MODULES = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('import boundaries', () => {
  const { files, bare } = reach(path.join(SRC, 'index.ts'));

  it('the extension reaches src/lab, src/core and src/report only', () => {
    const folders = new Set([...files].map((f) => path.relative(SRC, f).split(path.sep)[0]));
    expect([...folders].sort()).toEqual(['core', 'index.ts', 'lab', 'report']);
    // The walk is real: it found the plugin, the panel and the report validation.
    expect([...files].map((f) => path.relative(SRC, f))).toEqual(
      expect.arrayContaining(['lab/plugin.ts', 'lab/panel.ts', 'core/report.ts', 'report/charts.ts'])
    );
  });

  it('the extension imports no Node module', () => {
    const node = [...bare].filter(([spec]) => NODE_MODULES.has(spec) || NODE_MODULES.has(spec.split('/')[0]));
    expect(node).toEqual([]);
    expect([...bare.keys()]).toEqual(expect.arrayContaining(['@jupyterlab/application', '@lumino/widgets', 'vega']));
  });

  it('src/core imports neither JupyterLab nor Node', () => {
    const offenders = tsFiles(path.join(SRC, 'core')).flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('@jupyterlab/') || s.startsWith('@lumino/') || NODE_MODULES.has(s))
        .map((s) => `${path.relative(SRC, f)} imports ${s}`)
    );
    expect(offenders).toEqual([]);
  });
});
