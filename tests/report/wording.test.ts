/**
 * What a manager reads: the terminal summary, the Markdown page and the HTML page of real
 * scans of the demo team, a team that made no hands-on commit, a one-person team and a
 * 40-person team spread over two repositories. Each sentence says what it means (whose
 * figures, which repository, what is missing instead of n/a), and no format prints a
 * placeholder or a programming word instead of a sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { DEMO_MANAGER, demoCommits } from '../../src/demo/scenario.js';
import { letgo } from '../cli/cliHelpers.js';
import { lines, makeRepo, notebook, tempDir } from '../helpers/repos.js';

const MIA: Signature = { name: 'Mia Boss', email: 'mia@corp.io' };
const member = (i: number): Signature => ({ name: `Member ${i}`, email: `m${i}@corp.io` });
const day = (month: string, d: number, hour = 10): string => `${month}-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+02:00`;

/** Texts of one scan, by format. */
type Outputs = Record<'table' | 'md' | 'html', string>;

async function outputs(paths: string[], manager: string, month: string): Promise<Outputs> {
  const out = {} as Outputs;
  for (const format of ['table', 'md', 'html'] as const) {
    const run = await letgo(['scan', ...paths, '--manager', manager, '--month', month, '--format', format, '--no-cache'], tempDir());
    expect(run.code, run.stderr).toBe(0);
    out[format] = run.stdout;
  }
  return out;
}

const LABELS = ['Only you maintain', 'Stepped in', 'Small fixes', 'After hours', 'Notebook work', 'Re-runs only', 'Tactical work', 'Data quality'];

/** The table's evidence rows, label -> detail (a two-line detail joined by a space). */
function rows(table: string): Map<string, string> {
  const map = new Map<string, string>();
  let last: string | undefined;
  for (const line of table.split('\n')) {
    const label = LABELS.find((l) => line.startsWith(`${l}  `));
    if (label) map.set((last = label), line.slice(label.length).trim());
    else if (last && /^ {19}\S/.test(line)) map.set(last, `${map.get(last)} ${line.trim()}`);
    else last = undefined;
  }
  expect([...map.keys()], table).toEqual(LABELS);
  return map;
}

const scans: Record<string, Outputs> = {};

beforeAll(async () => {
  const demo = await makeRepo(demoCommits('2026-10'), 'churn-team');
  scans.demo = await outputs([demo], DEMO_MANAGER, '2026-10');

  // A team of three that made no hands-on commit: decision records only.
  const empty: CommitSpec[] = [MIA, member(1), member(2)].flatMap((who, i) => [
    { author: who, date: day('2026-10', 2 + i), message: `Decision ${i}`, files: { [`docs/adr/000${i}-a.md`]: `# ADR ${i}\n` } },
    { author: who, date: day('2026-10', 20 + i), message: `Decision ${i}b`, files: { [`docs/adr/000${i}-b.md`]: `# ADR ${i}b\n` } },
  ]);
  scans.empty = await outputs([await makeRepo(empty, 'empty')], MIA.email, '2026-10');

  // Only the manager.
  const alone: CommitSpec[] = Array.from({ length: 12 }, (_, i) => ({
    author: MIA,
    date: day('2026-10', 2 + i * 2),
    message: `work ${i}`,
    files: { 'src/a.py': lines(5 + i, 'a'), 'notebooks/eda.ipynb': notebook(Array.from({ length: i + 1 }, (_, k) => [`x${k} = ${k}`])) },
  }));
  scans.alone = await outputs([await makeRepo(alone, 'alone')], MIA.email, '2026-10');

  // Forty members in two repositories; the manager fixes one teammate's module late at night.
  const parent = tempDir();
  const repos: Record<'models' | 'reports', CommitSpec[]> = { models: [], reports: [] };
  for (let i = 0; i < 40; i++) {
    const repo = i % 2 ? repos.reports : repos.models;
    for (let w = 0; w < 4; w++) {
      repo.push({
        author: member(i),
        date: day(w < 2 ? '2026-09' : '2026-10', 3 + (w % 2) * 10 + (i % 5), 10 + (i % 8)),
        message: `feature ${i}.${w}`,
        files: { [`src/m${i}.py`]: lines(3 + w * 2, `m${i}`), [`notebooks/n${i}.ipynb`]: notebook(Array.from({ length: w + 1 }, (_, k) => [`y${k} = ${k}`])) },
      });
    }
  }
  repos.models.push({ author: MIA, date: day('2026-10', 17, 22), message: 'fix', files: { 'src/m2.py': lines(10, 'm2') } });
  for (const r of Object.values(repos)) r.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  scans.forty = await outputs([await makeRepo(repos.models, 'models', parent), await makeRepo(repos.reports, 'reports', parent)], MIA.email, '2026-10');
}, 120_000);

describe('the terminal summary', () => {
  it('says that the team figures include yours, and reads the tactical row as a sentence', () => {
    const demo = rows(scans.demo!.table);
    expect(demo.get('Notebook work')).toBe('you changed 24 of the team’s 43 cells (113 of 170 lines)');
    expect(demo.get('Tactical work')).toBe('41% of the team’s tactical commits are yours; no handover plan set');
    expect(demo.get('Only you maintain')).toBe('1 notebook, e.g. notebooks/board_deck_numbers.ipynb');
  });

  it('names the repository of an example when the scan covers several', () => {
    const forty = rows(scans.forty!.table);
    expect(forty.get('Stepped in')).toBe('1 teammate’s file, 1 still in progress, e.g. src/m2.py in models');
    expect(forty.get('Small fixes')).toBe('your one hands-on commit changed ≤5 lines');
  });

  it('says what is missing instead of n/a', () => {
    const empty = rows(scans.empty!.table);
    expect(empty.get('Small fixes')).toBe('no hands-on commit of yours');
    expect(empty.get('Notebook work')).toBe('no notebook changed by the team');
    expect(empty.get('Tactical work')).toBe('the team made no tactical commit; no handover plan set');
    for (const [name, scan] of Object.entries(scans)) {
      for (const [label, detail] of rows(scan.table)) expect(detail, `${name}: ${label}`).not.toMatch(/\bn\/a\b/);
    }
  });
});

describe('the pages', () => {
  it('say that a one-person team is you alone, with nobody to hand work over to', () => {
    for (const page of [scans.alone!.md, scans.alone!.html]) {
      expect(page).toContain('letgo found no teammates in this scan, so the team is you alone');
      expect(page).toContain('there is no one to hand work over to yet');
      expect(page).not.toContain('mostly with the team');
    }
  });

  it('do not say the work is with the team when the team made none', () => {
    expect(scans.empty!.md).toContain('The team made no tactical or implementation commits in this period, so there is nothing to hand over yet.');
    expect(scans.empty!.md).not.toContain('mostly with the team');
  });

  it('print no placeholder or programming word in any format', () => {
    for (const [name, scan] of Object.entries(scans)) {
      for (const [format, text] of Object.entries(scan)) {
        const visible = format === 'html' ? text.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<[^>]+>/g, ' ') : text;
        expect(visible, `${name} ${format}`).not.toMatch(/\bundefined\b|\bNaN\b|\bnull\b|\[object |Infinity/);
      }
    }
  });
});
