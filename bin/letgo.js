#!/usr/bin/env node
// The letgo command: lib/bin/main.js is src/cli/main.ts built by `npm run build:lib`
// (tsc, then scripts/bundle.mjs bundles it with its dependencies for a faster start).
import { main } from '../lib/bin/main.js';

await main();
