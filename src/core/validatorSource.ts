/**
 * The source of the precompiled validators in src/core/generated/: Ajv standalone code,
 * so that validating a config or a report loads no Ajv at run time. Imported only by
 * scripts/validators.mjs (`npm run schemas`) and by the test that the committed files are current.
 */
import { Ajv, _, type AnySchema, type Options } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { CONFIG_SCHEMA } from './config.js';
import { FACT_SCHEMA, REPOS_SCHEMA } from './factsSchema.js';
import { GITHUB_REVIEWS_SCHEMA } from './githubReviews.js';
import { REPORT_SCHEMA } from './report.js';
import { formats } from './schemaFormats.js';

/**
 * The generated validator modules, by file name in src/core/generated/. Each exports
 * `validate`, the Ajv validate function of its schema (options `allErrors: false, strict: false`).
 * @throws Error if Ajv rejects a schema, or if the code needs an Ajv runtime helper that is not a function
 */
export function validatorSources(): Record<string, string> {
  return {
    'configValidator.ts': validatorSource(CONFIG_SCHEMA, 'CONFIG_SCHEMA in src/core/config.ts', {
      formats,
      imports: "import { formats } from '../schemaFormats.js';\n",
    }),
    'reportValidator.ts': validatorSource(REPORT_SCHEMA, 'REPORT_SCHEMA in src/core/report.ts'),
    'factValidator.ts': validatorSource(FACT_SCHEMA, 'FACT_SCHEMA in src/core/factsSchema.ts'),
    'reposValidator.ts': validatorSource(REPOS_SCHEMA, 'REPOS_SCHEMA in src/core/factsSchema.ts'),
    'githubReviewsValidator.ts': validatorSource(GITHUB_REVIEWS_SCHEMA, 'GITHUB_REVIEWS_SCHEMA in src/core/githubReviews.ts'),
  };
}

function validatorSource(schema: AnySchema, from: string, custom?: { formats: Options['formats']; imports: string }): string {
  const ajv = new Ajv({
    allErrors: false,
    strict: false,
    formats: custom?.formats,
    code: { source: true, esm: true, lines: true, formats: custom && _`formats` },
  });
  const validate = ajv.compile(schema);
  let code = standalone.default(ajv, validate);
  // Ajv's ESM output still require()s the runtime helpers it uses (ajv-validator/ajv#2209): inline their source.
  for (const name of validate.source?.scopeValues.func ?? []) {
    const required = name.value?.code?.toString();
    if (required?.startsWith('require(')) code = code.replaceAll(required, String(name.value!.ref));
  }
  if (code.includes('require(')) throw new Error(`the validator of ${from} still requires a module: ${/require\([^)]*\)/.exec(code)![0]}`);
  return `// @ts-nocheck\n// Generated from ${from} by \`npm run schemas\` (scripts/validators.mjs): do not edit.\n${custom?.imports ?? ''}${code}\n`;
}
