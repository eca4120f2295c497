import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntryFrontMatterSchema, ReportFrontMatterSchema, type Entry, type Report } from '../../../lib/model';
import type { ReaderResult } from '../../../lib/import/types';
import { createEntityTable, type EntityTable } from '../../../lib/import/xml/entities';
import { readXmlReport } from '../../../lib/import/xml/read-xml-report';

export const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'xml');

/** The tests' own small stand-ins for `share/freebsd.ent` and `share/authors.ent`. */
export const fixtureEntities: EntityTable = createEntityTable(
  readFileSync(path.join(FIXTURES, 'share', 'test-freebsd.ent'), 'utf8'),
  readFileSync(path.join(FIXTURES, 'share', 'test-authors.ent'), 'utf8'),
);

/** Reads `test/fixtures/xml/<name>` as report `reportId`; problems name it `fixtures/xml/<name>`. */
export function readFixture(name: string, reportId: string): ReaderResult {
  const bytes = readFileSync(path.join(FIXTURES, name));
  return readXmlReport({ path: `fixtures/xml/${name}`, bytes, reportId, entities: fixtureEntities });
}

/** Reads an XML text given inline, for cases too small to deserve a fixture file. */
export function readInline(xml: string, reportId = '2016-01-2016-03'): ReaderResult {
  return readXmlReport({ path: 'inline.xml', bytes: new TextEncoder().encode(xml), reportId, entities: fixtureEntities });
}

/** Wraps project markup in a minimal report without categories. */
export function inlineReport(projects: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<report>\n<date><month>May</month><year>2016</year></date>\n${projects}\n</report>\n`;
}

/** Schema problems of an entry's front matter (the entry minus id, slug and body); empty if valid. */
export function entryIssues(entry: Entry): string[] {
  const parsed = EntryFrontMatterSchema.safeParse(without(entry, ['id', 'slug', 'body']));
  return parsed.success ? [] : parsed.error.issues.map((i) => `${entry.id}: ${i.path.join('.')}: ${i.message}`);
}

export function reportIssues(report: Report): string[] {
  const parsed = ReportFrontMatterSchema.safeParse(without(report, ['intro']));
  return parsed.success ? [] : parsed.error.issues.map((i) => `${report.id}: ${i.path.join('.')}: ${i.message}`);
}

/** The one entry titled `title`; throws with the titles present if there is none. */
export function entryTitled(result: ReaderResult, title: string): Entry {
  const found = result.entries.find((e) => e.title === title);
  if (!found) throw new Error(`no entry "${title}" among: ${result.entries.map((e) => e.title).join(' | ')}`);
  return found;
}

/** A copy of `record` without `keys`: what is left of an entry or report is its front matter. */
export function without(record: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}
