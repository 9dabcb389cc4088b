/**
 * `--help` and README.md agree: for every
 * command, README's options table (the table whose first header cell is `letgo COMMAND`)
 * has one row per argument and option of `letgo COMMAND --help`, with the same flags, the
 * same meaning (with its choices) and the same default. Both are parsed from their text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import { letgo, ROOT } from './cliHelpers.js';

/** One argument or option: its flags as help shows them, what it means, and its default ('' for none). */
interface Entry {
  flags: string;
  meaning: string;
  default: string;
}

const COMMANDS = ['scan', 'merge', 'report', 'init', 'demo', 'export', 'explain'];

/** The entries of commander's help text, from its "Arguments:" and "Options:" sections (wrapped lines joined); `-h, --help` left out. */
function parseHelp(text: string): Entry[] {
  const entries: Entry[] = [];
  let section = '';
  let current: { flags: string; text: string } | undefined;
  const flush = (): void => {
    if (!current) return;
    const m = /^(.*?)(?: \(default: (.*)\))?$/.exec(current.text)!;
    if (current.flags !== '-h, --help') entries.push({ flags: current.flags, meaning: m[1]!, default: m[2] ?? '' });
    current = undefined;
  };
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      flush();
      section = line;
      continue;
    }
    if (section !== 'Arguments:' && section !== 'Options:') continue;
    const start = /^ {2}(\S(?:.*?\S)?)(?: {2,}(.*))?$/.exec(line);
    if (start && !/^ {3}/.test(line)) {
      flush();
      current = { flags: start[1]!, text: start[2] ?? '' };
    } else if (current && line.trim()) current.text += `${current.text ? ' ' : ''}${line.trim()}`;
  }
  flush();
  return entries;
}

/** The rows of README's table headed `| letgo COMMAND | ...`; backticks and `\|` escapes removed. */
function readmeTable(readme: string, command: string): Entry[] {
  const lines = readme.split('\n');
  const head = lines.findIndex((l) => l.startsWith(`| letgo ${command} |`));
  expect(head, `README has a table headed "| letgo ${command} |"`).toBeGreaterThan(-1);
  const rows: Entry[] = [];
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|').replace(/`/g, ''));
    expect(cells, line).toHaveLength(3);
    rows.push({ flags: cells[0]!, meaning: cells[1]!, default: cells[2] === '-' ? '' : cells[2]! });
  }
  return rows;
}

describe('README options tables match --help', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  it.each(COMMANDS)('letgo %s', async (command) => {
    const run = await letgo([command, '--help'], ROOT);
    expect(run.code).toBe(ExitCode.Ok);
    const help = parseHelp(run.stdout);
    expect(help.length).toBeGreaterThan(2);
    expect(readmeTable(readme, command)).toEqual(help);
  });

  it('the parser reads what commander prints: defaults with and without a value, choices, wrapped lines', async () => {
    const scan = parseHelp((await letgo(['scan', '--help'], ROOT)).stdout);
    const by = (flags: string) => scan.find((e) => e.flags === flags);
    expect(by('paths')?.default).toBe('the current folder');
    expect(by('--trend <months>')).toEqual({ flags: '--trend <months>', meaning: 'months of trend, 1 to 120', default: '6' });
    expect(by('--format <format>')?.meaning).toMatch(/\(choices: table, json, md, html\)$/);
    expect(by('--progress <mode>')?.default).toBe('auto');
    expect(by('--no-cache')?.default).toBe('');
    const report = parseHelp((await letgo(['report', '--help'], ROOT)).stdout);
    expect(report.find((e) => e.flags === '--format <format>')?.meaning).toMatch(/\(choices: table, json, md, html\)$/);
    expect(report.find((e) => e.flags === '--format <format>')?.default).toBe('md');
  });
});

describe("README's export columns", () => {
  it('are the columns the export writes, in order, with their types', async () => {
    const { EXPORT_COLUMNS } = await import('../../src/core/exportColumns.js');
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
    const head = readme.findIndex((l) => l.startsWith('| column | type | meaning |'));
    expect(head).toBeGreaterThan(-1);
    const rows = readme.slice(head + 2).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('|')));
    const parsed = rows.map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/`/g, '').replace(/\\\|/g, '|'))
    );
    expect(parsed.map((c) => c[0])).toEqual(EXPORT_COLUMNS.map((c) => c.name));
    expect(parsed.map((c) => c[1].split(' ')[0])).toEqual(EXPORT_COLUMNS.map((c) => c.type));
    expect(parsed.map((c) => c[2])).toEqual(EXPORT_COLUMNS.map((c) => c.description));
  });
});
