/**
 * docs/definitions.md is the repository's statement of every definition: its threshold
 * table lists exactly DEFAULT_THRESHOLDS (names and values), and every citation of it in
 * the code (the file name, then a section name in double quotes) names a section it has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/core/config.js';
import { ROOT } from '../cli/cliHelpers.js';

const DOC = readFileSync(path.join(ROOT, 'docs/definitions.md'), 'utf8');
const SECTIONS = [...DOC.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

/** Every `.ts` file under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []
  );
}

describe('docs/definitions.md', () => {
  it('lists every threshold of DEFAULT_THRESHOLDS with its default, and no other', () => {
    const table = DOC.slice(DOC.indexOf('\n## Thresholds\n'));
    const rows = [...table.matchAll(/^\| `(\w+)` \| ([\d.]+) \|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.fromEntries(rows)).toEqual(DEFAULT_THRESHOLDS);
    expect(rows.map(([name]) => name)).toEqual(Object.keys(DEFAULT_THRESHOLDS));
  });

  it('has every section the code cites, and the code cites no other design document', () => {
    const cited = new Map<string, string[]>();
    for (const file of [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'tests'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/definitions\.md(?:\s|\*)*"([^"]+)"/g)) cited.set(m[1], [...(cited.get(m[1]) ?? []), path.relative(ROOT, file)]);
      expect(text, `${path.relative(ROOT, file)} cites a design document that is not in the repository: cite docs/definitions.md`).not.toMatch(
        /\bdesign\.md\b/
      );
    }
    expect(cited.size).toBeGreaterThan(10);
    for (const [section, files] of cited) expect(SECTIONS, `cited by ${files.join(', ')}`).toContain(section);
  });

  it('links each threshold to sections it has', () => {
    const anchors = new Set(
      SECTIONS.map((s) =>
        s
          .toLowerCase()
          .replace(/[^\w\s-]/g, '')
          .replace(/\s+/g, '-')
      )
    );
    for (const m of DOC.matchAll(/\]\(#([\w-]+)\)/g)) expect(anchors).toContain(m[1]);
  });
});
