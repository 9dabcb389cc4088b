#!/usr/bin/env node
// Writes the JSON Schemas of the config and the Report (from src/core, built into lib/)
// into jsonschema/, for editors and other tools. `npm run schemas`; a test checks they are current.
import { writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA } from '../lib/core/config.js';
import { FACT_SCHEMA, REPOS_SCHEMA } from '../lib/core/factsSchema.js';
import { GITHUB_REVIEWS_SCHEMA } from '../lib/core/githubReviews.js';
import { REPORT_SCHEMA } from '../lib/core/report.js';

writeFileSync(new URL('../jsonschema/letgo.config.schema.json', import.meta.url), JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n');
writeFileSync(new URL('../jsonschema/report.schema.json', import.meta.url), JSON.stringify(REPORT_SCHEMA, null, 2) + '\n');
writeFileSync(new URL('../jsonschema/facts.schema.json', import.meta.url), JSON.stringify(FACT_SCHEMA, null, 2) + '\n');
writeFileSync(new URL('../jsonschema/repos.schema.json', import.meta.url), JSON.stringify(REPOS_SCHEMA, null, 2) + '\n');
writeFileSync(new URL('../jsonschema/github-reviews.schema.json', import.meta.url), JSON.stringify(GITHUB_REVIEWS_SCHEMA, null, 2) + '\n');
