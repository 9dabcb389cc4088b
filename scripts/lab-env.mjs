#!/usr/bin/env node
// Makes `.venv/` a JupyterLab with this checkout's extension installed, for the
// end-to-end test (tests/e2e) and for trying the panel by hand:
//   1. creates the virtual environment if missing, with the build requirements of
//      pyproject.toml (jupyterlab pinned to the release line of the @jupyterlab/* packages);
//   2. runs `pip install .` (which builds the prebuilt extension through the
//      hatch-jupyter-builder hook: `npm run build:prod`) when the sources changed since
//      the last install, judged by a hash of every file the extension is built from.
// Prints what it does on stderr; exits non-zero with the failing command's output.
// Usage: node scripts/lab-env.mjs   (then: .venv/bin/jupyter lab)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const venv = path.join(root, '.venv');
const bin = path.join(venv, 'bin');
const stamp = path.join(venv, 'letgo-extension.sha256');
/** What the labextension is built from. */
const INPUTS = ['src', 'style', 'schema', 'jupyterlab_letgo/__init__.py', 'package.json', 'package-lock.json', 'pyproject.toml', 'install.json', 'tsconfig.json', 'tsconfig.lab.json'];

function run(cmd, args, what) {
  process.stderr.write(`lab-env: ${what}\n`);
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}\nlab-env: failed: ${cmd} ${args.join(' ')}${r.error ? ` (${r.error.message})` : ''}\n`);
    process.exit(1);
  }
  return `${r.stdout}${r.stderr}`;
}

function files(p) {
  const abs = path.join(root, p);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [p];
  return readdirSync(abs).sort().flatMap((name) => files(path.join(p, name)));
}

function sourceHash() {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap(files)) h.update(f).update('\0').update(readFileSync(path.join(root, f))).update('\0');
  return h.digest('hex');
}

const python = process.env.PYTHON ?? 'python3';
if (!existsSync(path.join(bin, 'jupyter'))) {
  run(python, ['-m', 'venv', venv], `creating ${venv}`);
  const script = "import tomllib; print('\\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['build-system']['requires']))";
  const requires = run(path.join(bin, 'python'), ['-c', script], 'reading the build requirements').trim().split('\n');
  run(path.join(bin, 'pip'), ['install', '-q', ...requires], `installing ${requires.join(', ')}`);
}
const hash = sourceHash();
if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== hash) {
  run(path.join(bin, 'pip'), ['install', '-q', '--no-build-isolation', '--force-reinstall', '--no-deps', '.'], 'pip install . (builds the extension)');
  writeFileSync(stamp, hash + '\n');
}
const line = run(path.join(bin, 'jupyter'), ['labextension', 'list'], 'checking the extension')
  .replace(/\x1b\[[0-9;]*m/g, '')
  .split('\n')
  .find((l) => l.includes('jupyterlab-letgo'));
if (!line || !/enabled\s+OK/.test(line)) {
  process.stderr.write(`lab-env: jupyter labextension list does not show jupyterlab-letgo enabled and OK: ${line ?? 'missing'}\n`);
  process.exit(1);
}
process.stderr.write(`lab-env: ${line.trim()}\n`);
