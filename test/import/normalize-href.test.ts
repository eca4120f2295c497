import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlReport } from '../../lib/import/html/read-html-report';
import { unwrapHref } from '../../lib/import/normalize-href';
import type { ReaderNote } from '../../lib/import/types';
import { readFixture } from './xml/fixture';

describe('unwrapHref', () => {
  it('removes the white space a wrapped line left inside a URL, with a warning naming the line', () => {
    const notes: ReaderNote[] = [];
    expect(unwrapHref('http://example.org/a-\n\t  b.html', 7, notes)).toBe('http://example.org/a-b.html');
    expect(notes).toEqual([{ severity: 'warning', line: 7, message: 'link "http://example.org/a- b.html" contains white space; read as http://example.org/a-b.html' }]);
  });

  it('drops white space at either end silently, as browsers do, and leaves a whole URL alone', () => {
    const notes: ReaderNote[] = [];
    expect(unwrapHref('  ftp://example.org/file.tar.bz2 \n', 3, notes)).toBe('ftp://example.org/file.tar.bz2');
    expect(unwrapHref('https://example.org/A%20B', 4, notes)).toBe('https://example.org/A%20B');
    expect(notes).toEqual([]);
  });
});

describe('links of the text wrapped across lines, read from XML and from the rendered page (list-and-link-slips)', () => {
  const fromXml = readFixture('list-and-link-slips.xml', '2030-04-2030-06');
  const html = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'list-and-link-slips.html');
  const fromHtml = readHtmlReport({ path: 'fixtures/html/list-and-link-slips.html', bytes: readFileSync(html), reportId: '2030-04-2030-06' });
  const repaired = 'Read the [bring-up notes](http://boards.example.net/notes/bring-up.html) and the [status page](http://boards.example.net/status/today).';
  const wrapWarnings = (problems: typeof fromXml.problems) => problems.filter((p) => p.message.includes('contains white space')).map((p) => `${p.file}:${p.line ?? '?'}`);

  it('links to the URL meant, not to one with %20 in it', () => {
    expect(fromXml.entries[0]?.body).toContain(repaired);
    expect(fromHtml.entries[0]?.body).toContain(repaired);
  });

  it('warns once per repaired link, naming the file and the line of the link', () => {
    expect(wrapWarnings(fromXml.problems)).toEqual(['fixtures/xml/list-and-link-slips.xml:46', 'fixtures/xml/list-and-link-slips.xml:47']);
    expect(wrapWarnings(fromHtml.problems)).toEqual(['fixtures/html/list-and-link-slips.html:49', 'fixtures/html/list-and-link-slips.html:50']);
  });
});
