/** letgo's version, from package.json (written into reports as `generator`). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package version, e.g. "0.1.0". */
export const VERSION: string = (require('../../package.json') as { version: string }).version;
