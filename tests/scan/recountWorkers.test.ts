/**
 * The notebook recount on worker threads (src/scan/recountPool.ts): a large recount is
 * split by file across workers, and its facts must be exactly those of the recount in
 * one thread, for every path the count can take (cells, a rename, a notebook that does
 * not parse and falls back to git's numstat, a Jupytext pair decided after the parts
 * come back, a CRLF notebook, a too-large blob). The workers' module exists only in the
 * build (lib/scan/recountWorker.js), so the scan here is the built one.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { scan as scanBuilt } from '../../lib/scan/index.js';
import { git } from '../cli/cliHelpers.js';
import { makeRepo } from '../helpers/repos.js';

const ANN: Signature = { name: 'Ann Analyst', email: 'ann@lab.org' };
const BO: Signature = { name: 'Bo Builder', email: '12345+bo@users.noreply.github.com' };

/** A notebook of `cells` code cells, each with a base64 image of `kb` KB (fresh bytes per call: a re-run). */
function bigNotebook(sources: string[], kb: number, opts: { crlf?: boolean; jupytext?: string } = {}): string {
  const text = JSON.stringify(
    {
      cells: sources.map((src, i) => ({
        cell_type: 'code',
        execution_count: i + 1,
        id: `c${i}`,
        metadata: {},
        outputs: [{ output_type: 'display_data', data: { 'image/png': randomBytes(kb * 768).toString('base64'), 'text/plain': ['<Figure>'] }, metadata: {} }],
        source: src.split('\n').map((l, j, all) => (j < all.length - 1 ? `${l}\n` : l)),
      })),
      metadata: {
        kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
        ...(opts.jupytext ? { jupytext: { formats: opts.jupytext } } : {}),
      },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1
  );
  return opts.crlf ? text.replace(/\n/g, '\r\n') : text + '\n';
}

/** About 54 MB of distinct notebook blobs: 6 notebooks of 1.2 to 2.4 MB (notebook n: 6 images of 200 + 40n KB) in 5 versions, with the odd shapes named above. */
function history(): CommitSpec[] {
  const commits: CommitSpec[] = [];
  const last: string[] = [];
  const at = (k: number): string => `2026-10-${String(1 + (k % 28)).padStart(2, '0')}T${String(9 + (k % 8)).padStart(2, '0')}:00:00+02:00`;
  const cells = (n: number, v: number): string[] => Array.from({ length: 6 }, (_, i) => `x_${n}_${i} = ${i <= v ? v : 0}\nplot(x_${n}_${i})`);
  for (let v = 0; v < 5; v++)
    for (let n = 0; n < 6; n++) {
      const path = v >= 2 && n === 0 ? 'chapters/renamed.ipynb' : `chapters/nb${n}.ipynb`;
      const k = v * 6 + n;
      const spec: CommitSpec = { author: k % 2 ? ANN : BO, date: at(k), message: `nb${n} v${v}`, files: {} };
      if (v === 2 && n === 0) spec.renames = [['chapters/nb0.ipynb', 'chapters/renamed.ipynb']];
      // The rename keeps the content (fresh images would make it a delete and an add).
      const text =
        v === 2 && n === 0 ? last[0]! : bigNotebook(cells(n, v), 200 + 40 * n, { crlf: n === 1, jupytext: n === 2 ? 'ipynb,py:percent' : undefined });
      spec.files![path] = last[n] = text;
      if (n === 2) spec.files!['chapters/nb2.py'] = `# %%\nx_2 = ${v}\n`;
      // A merge left unresolved: not JSON, so its count falls back to git's numstat.
      if (n === 3 && v === 1) spec.files![path] = `<<<<<<< HEAD\n${bigNotebook(cells(n, v), 200)}=======\n${bigNotebook(cells(n, 0), 10)}>>>>>>> other\n`;
      commits.push(spec);
    }
  return commits;
}

describe('the notebook recount on worker threads', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await makeRepo(history(), 'book');
  }, 60_000);

  const run = (jobs: number, over: (c: Config) => void = () => undefined) => {
    const config = defaultConfig();
    over(config);
    return scanBuilt([repo], { config, allBranches: false, jobs });
  };

  it('gives exactly the facts of the recount in one thread', async () => {
    const one = await run(1);
    const two = await run(2);
    expect(one.stats[0]!.recountWorkers).toBe(0);
    expect(two.stats[0]!.recountWorkers).toBe(2);
    expect(two.facts).toEqual(one.facts);
    expect(two.repos).toEqual(one.repos);
    // Not vacuous: each path of the count is in these facts.
    const nb = one.facts.filter((f) => 'kind' in f && f.kind === 'notebook');
    expect(nb.filter((f) => f.parse === 'ok').length).toBeGreaterThan(15);
    const conflicts = nb.filter((f) => f.parse === 'invalid-json');
    expect(conflicts.length).toBe(2); // the conflict and the commit that resolves it
    for (const f of conflicts) expect(`${f.added}\t${f.deleted}\t${f.path}`).toBe(git(repo, ['show', '--numstat', '--format=', f.sha, '--', f.path]).trim());
    expect(nb.some((f) => f.status === 'R' && f.oldPath === 'chapters/nb0.ipynb')).toBe(true);
    expect(one.facts.some((f) => 'path' in f && f.path === 'chapters/nb2.py' && f.pairedWith === 'chapters/nb2.ipynb')).toBe(true);
  }, 120_000);

  it('keeps the too-large rule in the workers (git keeps the count of a blob over notebooks.maxBlobBytes)', async () => {
    const limit = (c: Config): void => {
      c.notebooks.maxBlobBytes = 1_800_000; // over notebooks 0-2 (1.2-1.7 MB, 22 MB in all: still split), under notebooks 3-5
    };
    const one = await run(1, limit);
    const two = await run(2, limit);
    expect(two.stats[0]!.recountWorkers).toBeGreaterThan(0);
    expect(two.facts).toEqual(one.facts);
    expect(one.facts.some((f) => 'kind' in f && f.kind === 'notebook' && f.parse === 'too-large')).toBe(true);
  }, 120_000);

  it('stays in one thread for notebooks under 256 KB on average, however many bytes (the split costs more than it gains there)', async () => {
    // 40 notebooks of about 110 KB in 5 versions: 22 MB, over the 16 MB a split needs, in small blobs.
    const small: CommitSpec[] = Array.from({ length: 5 }, (_, v) => ({
      author: v % 2 ? ANN : BO,
      date: `2026-10-${String(2 + v).padStart(2, '0')}T10:00:00+02:00`,
      message: `re-run ${v}`,
      files: Object.fromEntries(Array.from({ length: 40 }, (_, n) => [`small/nb${n}.ipynb`, bigNotebook([`x = ${v}`, `y = ${n}`], 55)])),
    }));
    const dir = await makeRepo(small, 'small');
    const scanSmall = (jobs: number) => scanBuilt([dir], { config: defaultConfig(), allBranches: false, jobs });
    const [one, two] = [await scanSmall(1), await scanSmall(2)];
    expect(two.stats[0]!.recountWorkers).toBe(0);
    expect(two.facts).toEqual(one.facts);
    expect(one.facts.filter((f) => 'kind' in f && f.kind === 'notebook' && f.parse === 'ok').length).toBe(200);
  }, 120_000);
});
