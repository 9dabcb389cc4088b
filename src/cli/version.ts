/** letgo's version, from package.json (written into reports as `generator`). */
import { createRequire } from 'node:module';

/** The package version, e.g. "0.1.0". */
export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
