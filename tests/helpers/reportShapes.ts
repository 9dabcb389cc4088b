/**
 * Reports of the least shape REPORT_SCHEMA accepts, from a full one: without the parts the
 * schema leaves optional, and with every list empty.
 */
import { REPORT_SCHEMA } from '../../src/core/report.js';

type SchemaNode = { type?: unknown; required?: readonly string[]; properties?: Record<string, SchemaNode>; items?: SchemaNode };

/**
 * `value` with every field `schema` does not require removed, at every depth (object
 * fields the schema does not list go too): the least a report can hold and still pass.
 * Returns the paths removed.
 */
export function stripOptional(value: unknown, schema: SchemaNode = REPORT_SCHEMA as SchemaNode, at = ''): string[] {
  const removed: string[] = [];
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => removed.push(...stripOptional(v, schema.items!, `${at}/${i}`)));
  else if (value !== null && typeof value === 'object' && schema.properties) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (schema.required?.includes(key)) removed.push(...stripOptional(object[key], schema.properties[key] ?? {}, `${at}/${key}`));
      else {
        delete object[key];
        removed.push(`${at}/${key}`);
      }
    }
  }
  return removed;
}

/** `value` with every array, at every depth, emptied (a copy). */
export function emptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, emptyLists(v)]));
}
