import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../src/core/config.js';
import { FACT_SCHEMA, REPOS_SCHEMA } from '../../src/core/factsSchema.js';
import { GITHUB_REVIEWS_SCHEMA } from '../../src/core/githubReviews.js';
import { REPORT_SCHEMA } from '../../src/core/report.js';

it('jsonschema/*.json are the schemas the code validates with (run `npm run schemas` after changing them)', () => {
  expect(JSON.parse(readFileSync('jsonschema/letgo.config.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)));
  expect(JSON.parse(readFileSync('jsonschema/report.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(REPORT_SCHEMA)));
  expect(JSON.parse(readFileSync('jsonschema/facts.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(FACT_SCHEMA)));
  expect(JSON.parse(readFileSync('jsonschema/repos.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(REPOS_SCHEMA)));
  expect(JSON.parse(readFileSync('jsonschema/github-reviews.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(GITHUB_REVIEWS_SCHEMA)));
});
