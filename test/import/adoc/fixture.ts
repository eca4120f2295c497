import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCategoryDescriptions } from '../../../lib/import/adoc';
import { NO_CONTACT } from '../../../lib/import/adoc/read-adoc-entry';
import type { ImportProblem } from '../../../lib/import/types';

export const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'adoc');

/** Every file of a fixture quarter folder, by name. */
export function readFixtureQuarter(folder: string): Map<string, string> {
  const dir = path.join(FIXTURES, folder);
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')] as const));
}

/**
 * Whether a problem is other than an entry's missing Contact line: entries written short, to
 * test something else, leave it out (the warning itself is tested in quarter-slips.test.ts).
 */
export const notNoContact = (p: Pick<ImportProblem, 'message'>): boolean => p.message !== NO_CONTACT;

export function fixtureDescriptions(): Promise<Map<string, string>> {
  return parseCategoryDescriptions(readFileSync(path.join(FIXTURES, 'categories-desc.adoc'), 'utf8'));
}
