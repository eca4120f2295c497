import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A file of the content folder that cannot be used as it is: its message names the file and what is wrong. */
export class ContentFileError extends Error {}

/**
 * A JSON file of the content folder (a ledger `kb import` writes), checked against its schema;
 * `empty` when there is none. A file that is not JSON, or not of the schema, is a ContentFileError
 * naming it: the slugs it holds must not be lost by writing over it.
 */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, empty: T, what: string): T {
  if (!existsSync(file)) return empty;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ContentFileError(`${file}: not ${what}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
