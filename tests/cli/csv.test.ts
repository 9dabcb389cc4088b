/**
 * CSV written by letgo export and letgo explain (cli/csv.ts): a value a repository
 * supplies that a spreadsheet would run as a formula (an author named
 * `=HYPERLINK(...)`, a path `-cmd.py`, a subject `@SUM(...)`) gets a leading `'` in CSV,
 * a negative number (a UTC offset west of Greenwich) stays a number, and Parquet and
 * JSON Lines keep every value byte for byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import { lines, makeRepo, tempDir } from '../helpers/repos.js';
import { letgo } from './cliHelpers.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const EVIL = { name: '=HYPERLINK("http://x","y")', email: 'evil@corp.io' };
const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };

let work: string;

beforeAll(async () => {
  work = tempDir('letgo-csv-');
  const repo = await makeRepo(
    [
      { author: ANN, date: '2026-10-05T10:00:00-05:00', message: 'start', files: { 'src/a.py': lines(10, 'a') } },
      { author: EVIL, date: '2026-10-06T10:00:00+02:00', message: 'tool', files: { 'src/tool.py': lines(5, 't') } },
      { author: MIA, date: '2026-10-07T10:00:00+02:00', message: '@SUM(1+1)', files: { '-cmd.py': lines(3, 'c') } },
      { author: EVIL, date: '2026-10-13T10:00:00+02:00', message: 'more', files: { 'src/tool.py': lines(6, 't') } },
      { author: ANN, date: '2026-10-14T10:00:00-05:00', message: 'more', files: { 'src/a.py': lines(12, 'a') } },
    ],
    'proj',
    work
  );
  const scanned = await letgo(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--out', 'out', '--format', 'json', '--quiet'], work);
  expect(scanned.code, scanned.stderr).toBe(ExitCode.Ok);
});

/** `letgo export --format FORMAT` of the scan: the written file's bytes. */
async function exported(format: string): Promise<Buffer> {
  const file = path.join(work, `facts.${format}`);
  const run = await letgo(['export', '--in', 'out', '--format', format, '--out', file], work);
  expect(run.code, run.stderr).toBe(ExitCode.Ok);
  return readFileSync(file);
}

type Row = Record<string, unknown>;

describe('letgo export', () => {
  it("CSV: a text cell a spreadsheet would run gets a leading ', a negative offset stays a number; Parquet and JSON Lines keep the values", async () => {
    const csvRows = parse(await exported('csv'), { columns: true }) as Record<string, string>[];
    const jsonl = (await exported('jsonl'))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
    const bytes = await exported('parquet');
    const parquet = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })) as Row[];
    expect(csvRows.length).toBe(5);
    for (const rows of [jsonl, parquet]) {
      expect(rows.map((r) => r.sha)).toEqual(csvRows.map((r) => r.sha));
      expect(rows.filter((r) => r.author_name === EVIL.name)).toHaveLength(2);
      expect(rows.filter((r) => r.path === '-cmd.py')).toHaveLength(1);
      expect(rows.filter((r) => r.utc_offset_minutes === -300)).toHaveLength(2);
    }
    const evil = csvRows.filter((r) => r.author_email === EVIL.email);
    expect(evil.map((r) => r.author_name)).toEqual([`'${EVIL.name}`, `'${EVIL.name}`]);
    expect(csvRows.find((r) => r.author_email === MIA.email)?.path).toBe("'-cmd.py");
    // Numbers are not text: -300 is what a spreadsheet reads as minus 300, not a formula.
    expect(csvRows.filter((r) => r.author_email === ANN.email).map((r) => r.utc_offset_minutes)).toEqual(['-300', '-300']);
    expect(csvRows.find((r) => r.author_email === ANN.email)?.local_time).toBe('2026-10-05T10:00:00-05:00');
  });
});

describe('letgo explain --format csv', () => {
  it("the manager's hands-on commit: its path and subject get a leading '", async () => {
    const run = await letgo(['explain', '--in', 'out', '--format', 'csv'], work);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const mine = rows.filter((r) => r.path === "'-cmd.py");
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r) => r.subject))).toEqual(new Set(["'@SUM(1+1)"]));
    expect(rows.some((r) => r.path === '-cmd.py' || r.subject === '@SUM(1+1)')).toBe(false);
  });

  it("--path -cmd.py: the one row's path gets a leading '", async () => {
    const run = await letgo(['explain', '--in', 'out', '--format', 'csv', '--path', '-cmd.py'], work);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.section, r.path])).toEqual([['path', "'-cmd.py"]]);
  });
});
