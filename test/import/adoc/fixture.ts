import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCategoryDescriptions } from '../../../lib/import/adoc';

export const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'adoc');

/** Every file of a fixture quarter folder, by name. */
export function readFixtureQuarter(folder: string): Map<string, string> {
  const dir = path.join(FIXTURES, folder);
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')] as const));
}

export function fixtureDescriptions(): Promise<Map<string, string>> {
  return parseCategoryDescriptions(readFileSync(path.join(FIXTURES, 'categories-desc.adoc'), 'utf8'));
}
