import { it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRepo } from '../../src/demo/repoBuilder.js';
import { scan } from '../../src/scan/index.js';
import { defaultConfig } from '../../src/core/config.js';
it('smoke', async () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'lg-')), 'r');
  const A = { name: 'Ann', email: 'ann@x.io' };
  await buildRepo(dir, [
    { author: A, date: '2026-10-01T10:00:00+02:00', message: 'one', files: { 'a b.py': 'x\ny\n', 'we"ird\nname.py': 'q\n', 'données.py': 'é\n' } },
    { author: A, date: '2026-10-02T10:00:00+02:00', message: 'two\n\nCo-authored-by: Bob <bob@x.io>', files: { 'a b.py': 'x\nz\n' }, renames: [['données.py', 'd2.py']] },
  ]);
  const r = await scan([dir], { config: defaultConfig(), allBranches: false, jobs: 1 });
  console.log(JSON.stringify(r, null, 1));
  expect(r.facts.length).toBe(5);
});
