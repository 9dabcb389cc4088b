#!/usr/bin/env node
// The letgo command: see lib/cli/main.js (built from src/cli/main.ts by `npm run build:lib`).
import { main } from '../lib/cli/main.js';

await main();
