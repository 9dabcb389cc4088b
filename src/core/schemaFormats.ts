/**
 * The custom JSON Schema formats of the config schema. The generated config validator
 * (generated/configValidator.ts) imports them; ./validatorSource.ts names them to Ajv.
 */

/** Format checks by format name: `regex` is a JavaScript regular expression. */
export const formats = { regex: isRegex };

function isRegex(s: string): boolean {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}
