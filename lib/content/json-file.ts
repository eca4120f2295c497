import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A file of the content folder that cannot be used as it is: its message names the file (and line) and what is wrong. */
export class ContentFileError extends Error {
  constructor(
    readonly file: string,
    readonly what: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${what}`);
  }
}

/** The line of a JSON parse error, from the position V8 gives ("… in JSON at position 8"), if it gives one. */
function lineOfJsonError(text: string, error: Error): number | undefined {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

/**
 * A JSON file of the content folder (a ledger `kb import` writes), checked against its schema;
 * `empty` when there is none. A file that is not JSON, or not of the schema, is a ContentFileError
 * naming it: the slugs it holds must not be lost by writing over it.
 */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, empty: T, what: string): T {
  if (!existsSync(file)) return empty;
  let json: unknown;
  const text = readFileSync(file, 'utf8');
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentFileError(file, `not valid JSON (${(error as Error).message})`, lineOfJsonError(text, error as Error));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    throw new ContentFileError(file, `not ${what}: ${issue?.message ?? 'does not match'}${at}`);
  }
  return parsed.data;
}
