import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validatorSources } from '../../src/core/validatorSource.js';

it('src/core/generated/ holds the validators of the current schemas (run `npm run schemas` after changing them)', () => {
  for (const [name, source] of Object.entries(validatorSources())) {
    const file = `src/core/generated/${name}`;
    expect(readFileSync(file, 'utf8') === source, `${file} is out of date: run \`npm run schemas\``).toBe(true);
  }
});
