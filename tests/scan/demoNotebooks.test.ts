/**
 * The demo repository's notebooks open in JupyterLab as a real team's do: every
 * `image/png` output of every notebook version in the
 * history is a valid PNG (decoded here by hand: signature, IHDR, each chunk's CRC-32,
 * IDAT inflating to exactly the scanlines IHDR announces, IEND) of the size its
 * text/plain form names, and each notebook opens with a cell that fits its name.
 */
import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoCommits } from '../../src/demo/scenario.js';
import { makeRepo } from '../helpers/repos.js';

/** CRC-32 (ISO 3309, the PNG spec's Annex D) of `bytes`. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Channels per pixel of each PNG colour type (grey, RGB, palette, grey+alpha, RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Decodes a PNG far enough to know a browser can: returns its width and height.
 * @throws Error naming the first defect
 */
function checkPng(base64: string): { width: number; height: number } {
  const buf = Buffer.from(base64, 'base64');
  if (buf.toString('base64') !== base64.replace(/\s/g, '')) throw new Error('not canonical base64');
  if (!buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('no PNG signature');
  const chunks: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at < buf.length) {
    if (at + 12 > buf.length) throw new Error(`truncated chunk at byte ${at}`);
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > buf.length) throw new Error(`chunk ${type} runs past the end`);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  const [ihdr] = chunks;
  if (ihdr?.type !== 'IHDR' || ihdr.data.length !== 13) throw new Error('IHDR is not the first chunk');
  const width = ihdr.data.readUInt32BE(0);
  const height = ihdr.data.readUInt32BE(4);
  const [depth, colour, compression, filter, interlace] = ihdr.data.subarray(8);
  if (!width || !height) throw new Error('zero size');
  if (depth !== 8 || CHANNELS[colour!] === undefined || compression !== 0 || filter !== 0 || interlace !== 0) throw new Error('unexpected IHDR fields');
  if (chunks[chunks.length - 1]?.type !== 'IEND') throw new Error('no IEND at the end');
  const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  if (pixels.length !== height * (1 + width * CHANNELS[colour!]!)) throw new Error(`IDAT inflates to ${pixels.length} bytes`);
  for (let y = 0; y < height; y++) if (pixels[y * (1 + width * CHANNELS[colour!]!)]! > 4) throw new Error(`bad filter type on row ${y}`);
  return { width, height };
}

interface NotebookJson {
  cells: { cell_type: string; source: string[]; outputs?: { data?: Record<string, string | string[]> }[] }[];
}

const git = (dir: string, args: string[], input?: string): string => {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
};

let dir: string;
/** Every notebook version in the demo's history: path and parsed JSON. */
let versions: { path: string; nb: NotebookJson }[];
beforeAll(async () => {
  dir = await makeRepo(demoCommits('2026-10'), 'churn-team');
  const blobs = git(dir, ['rev-list', '--objects', '--all'])
    .split('\n')
    .map((l) => /^([0-9a-f]{40}) (.+\.ipynb)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null);
  // One `git cat-file --batch` for all of them: "<sha> blob <size>\n<content>\n" each.
  const out = Buffer.from(git(dir, ['cat-file', '--batch'], blobs.map((m) => m[1]).join('\n') + '\n'), 'utf8');
  versions = [];
  let at = 0;
  for (const m of blobs) {
    const nl = out.indexOf(0x0a, at);
    const size = Number(out.toString('utf8', at, nl).split(' ')[2]);
    versions.push({ path: m[2]!, nb: JSON.parse(out.toString('utf8', nl + 1, nl + 1 + size)) as NotebookJson });
    at = nl + 1 + size + 1;
  }
});

describe('the demo notebooks', () => {
  it('hold only valid PNG images, of the size their text form names', () => {
    let images = 0;
    for (const { path, nb } of versions) {
      for (const cell of nb.cells) {
        for (const output of cell.outputs ?? []) {
          const png = output.data?.['image/png'];
          if (png === undefined) continue;
          images++;
          const size = checkPng(Array.isArray(png) ? png.join('') : png);
          const text = [output.data!['text/plain']].flat().join('');
          expect(text, path).toBe(`<Figure size ${size.width}x${size.height} with 1 Axes>`);
          expect(size.width * size.height, path).toBeGreaterThanOrEqual(320 * 240);
        }
      }
    }
    expect(new Set(versions.map((v) => v.path)).size).toBe(6);
    expect(images).toBeGreaterThan(1000);
  });

  it('the checker refuses broken PNGs: a 1x1 image repeated, a flipped bit, a cut file', () => {
    const one = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    expect(checkPng(one)).toEqual({ width: 1, height: 1 });
    expect(() => checkPng(one.repeat(3))).toThrow();
    const flipped = Buffer.from(one, 'base64');
    flipped[20] ^= 1;
    expect(() => checkPng(flipped.toString('base64'))).toThrow(/CRC/);
    expect(() => checkPng(Buffer.from(one, 'base64').subarray(0, 40).toString('base64'))).toThrow();
  });

  it('each opens with a title from its file name and a purpose of its own', () => {
    const heads = new Map<string, string[]>();
    for (const { path, nb } of versions)
      heads.set(
        path,
        nb.cells[0]!.source.map((l) => l.replace(/\n$/, ''))
      );
    const purposes = new Set<string>();
    for (const [path, [title, blank, purpose]] of heads) {
      const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
      expect(title!.startsWith('# '), path).toBe(true);
      expect(letters(title!), path).toBe(letters(path.replace(/^notebooks\//, '').replace(/\.ipynb$/, '')));
      expect(blank).toBe('');
      purposes.add(purpose!);
    }
    expect(purposes.size).toBe(heads.size);
    expect(heads.get('notebooks/board_deck_numbers.ipynb')![2]).toMatch(/board deck/i);
  });
});
