import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-kb';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** Where today's freebsd-doc keeps the status reports. */
export const ADOC_DIR = 'website/content/en/status';
export const HTML_DIR = 'website/static/status';

/** HTML fixtures and the report each stands for in the tree. */
const PAGES: Readonly<Record<string, string>> = {
  'categorized.html': '2030-01-2030-03',
  'uncategorized.html': '2001-06',
  'xml-leftovers.html': '2004-03-2004-04',
};

/**
 * Our own fixtures laid out as a checkout of today's freebsd-doc: one AsciiDoc quarter, three
 * rendered pages, the category descriptions, and a book beside them that is no status report.
 * Imports with warnings only: 4 reports, 9 entries.
 */
export function stageDocTree(into: string): void {
  mkdirSync(path.join(into, HTML_DIR), { recursive: true });
  cpSync(path.join(FIXTURES, 'adoc', 'report-2031-04-2031-06'), path.join(into, ADOC_DIR, 'report-2031-04-2031-06'), { recursive: true });
  cpSync(path.join(FIXTURES, 'adoc', 'categories-desc.adoc'), path.join(into, ADOC_DIR, 'categories-desc.adoc'));
  for (const [file, id] of Object.entries(PAGES)) cpSync(path.join(FIXTURES, 'html', file), path.join(into, HTML_DIR, `report-${id}.html`));
  const book = path.join(into, 'documentation', 'content', 'en', 'books', 'handbook');
  mkdirSync(book, { recursive: true });
  writeFileSync(path.join(book, '_index.adoc'), '= An invented handbook\n\nNot a status report: a sparse clone leaves it out.\n');
}

/** Adds the second AsciiDoc quarter of the fixtures (which has errors) to a staged tree. */
export function addSecondQuarter(into: string): void {
  cpSync(path.join(FIXTURES, 'adoc', 'report-2031-07-2031-09'), path.join(into, ADOC_DIR, 'report-2031-07-2031-09'), { recursive: true });
}
