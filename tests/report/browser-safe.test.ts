import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve('src/report');
const NODE_MODULES = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'crypto', 'worker_threads', 'tty'];

describe('src/report is usable in the browser', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s imports no Node built-in and touches no process or filesystem', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const spec of imports) {
      expect(spec.startsWith('node:'), `${file} imports ${spec}`).toBe(false);
      expect(NODE_MODULES.includes(spec), `${file} imports ${spec}`).toBe(false);
      expect(/\.\.\/(scan|cli)\//.test(spec), `${file} imports ${spec}`).toBe(false);
    }
    expect(text).not.toMatch(/\bprocess\.|\brequire\(|\b__dirname\b/);
  });
});
