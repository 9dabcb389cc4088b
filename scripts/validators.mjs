#!/usr/bin/env node
// Writes the precompiled (Ajv standalone) config and Report validators into src/core/generated/,
// from the schemas built into lib/. Part of `npm run schemas`; a test checks they are current.
import { writeFileSync } from 'node:fs';
import { validatorSources } from '../lib/core/validatorSource.js';

for (const [name, source] of Object.entries(validatorSources())) {
  writeFileSync(new URL(`../src/core/generated/${name}`, import.meta.url), source);
}
