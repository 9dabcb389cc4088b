#!/usr/bin/env node
// Bundles the CLI (lib/cli/main.js, built by tsc) with its npm dependencies into
// lib/bin/: bin/letgo.js runs the bundle, and the wheel ships it (jupyterlab_letgo/cli)
// to run without a checkout or node_modules. One file per command (esbuild's code
// splitting keeps each command's lazy import lazy) loads faster than ~45 ESM modules and
// CommonJS packages: a warm scan of 5,000 commits starts about 20 ms sooner here.
// Part of `npm run build:lib`; the tests and the JupyterLab extension use lib/ itself.
import { readFile } from 'node:fs/promises';
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('lib/bin', { recursive: true, force: true }); // chunk names carry content hashes: no stale ones

/**
 * The sources load some packages (and package.json) on first use with
 * `createRequire(import.meta.url)(id)`, which esbuild cannot follow: from the wheel's copy
 * that would look for node_modules beside site-packages. Rewritten to a plain `require(id)`
 * (the banner's), esbuild bundles the module and still evaluates it only when called.
 */
const lazyRequires = {
  name: 'lazy-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/]lib[\\/].*\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('createRequire(import.meta.url)(', 'require('), loader: 'js' };
    });
  },
};

const result = await build({
  // The recount's worker thread is an entry of its own (recountPool.ts starts ./recountWorker.js beside it).
  entryPoints: { main: 'lib/cli/main.js', recountWorker: 'lib/scan/recountWorker.js' },
  outdir: 'lib/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [lazyRequires],
  // jsonc-parser's `main` is a UMD build whose require calls esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
  // Bundled CommonJS packages (commander, picomatch) call require for node's modules.
  banner: { js: "import { createRequire as __letgoCreateRequire } from 'node:module'; const require = __letgoCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  // Which modules each chunk holds and imports: tests/cli/bundle.test.ts reads it.
  metafile: true,
});
writeFileSync('lib/bundle-meta.json', JSON.stringify(result.metafile)); // beside the bundle, not in the wheel

// The command itself for a copy of the bundle without bin/ (the wheel's `letgo` runs it).
writeFileSync('lib/bin/run.js', "// letgo's command line: `node run.js scan ...`.\nimport { main } from './main.js';\n\nawait main();\n");
