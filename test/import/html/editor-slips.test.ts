import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlReport } from '../../../lib/import/html/read-html-report';
import type { ReaderResult } from '../../../lib/import/types';

const FILE = path.join(import.meta.dirname, '..', '..', 'fixtures', 'html', 'editor-slips.html');
const html = readFileSync(FILE, 'utf8');
const read = (text: string): ReaderResult => readHtmlReport({ path: 'slips.html', bytes: new TextEncoder().encode(text), reportId: '2030-04-2030-06' });

/** The same page with every slip mended, as its editor meant it. */
const mended = html
  .replace('<p>A division that is never closed.</p>\n', '<p>A division that is never closed.</p></div>\n')
  .replace('<b>bold text that never ends.</p>', '<b>bold text that never ends.</b></p>')
  .replace('<!-- forgotten\n', '<!-- forgotten -->\n');

describe('readHtmlReport: an element left open costs at most its own entry (editor-slips.html)', () => {
  const result = read(html);
  const clean = read(mended);

  it('reads every entry, in page order, with its category and line', () => {
    expect(clean.problems).toEqual([]);
    const outline = (r: ReaderResult) => r.entries.map((e) => [e.title, e.category, e.source.line]);
    expect(outline(result)).toEqual(outline(clean));
    expect(outline(result)).toEqual([
      ['Steady Start', 'projects', 20],
      ['Division Left Open', 'projects', 24],
      ['Read After The Division', 'projects', 28],
      ['Read After The Bold', 'projects', 32],
      ['Read After The Comment', 'kernel', 39],
    ]);
  });

  it('reads the entries after each slip exactly as on the mended page', () => {
    const after = (r: ReaderResult) => r.entries.filter((e) => e.title === 'Steady Start' || e.title === 'Read After The Comment');
    expect(after(result)).toEqual(after(clean));
    expect(after(result).map((e) => e.tasks)).toEqual([[], ['Close every tag.']]);
  });

  it('reports each slip as an error at the line of the element left open, naming the entry it is in', () => {
    const slip = (line: number, what: string, entryLine: number) => ({
      severity: 'error',
      file: 'slips.html',
      line,
      message: `${what} opened at line ${line} is not closed before the next heading; the entry at line ${entryLine} may take in too much or too little, the ones after it are read on their own`,
    });
    expect(result.problems).toEqual([slip(25, '<div>', 24), slip(29, '<b>', 28), slip(33, 'a comment', 32)]);
  });

  it('keeps the text of an entry whose slip hides none of its own', () => {
    expect(result.entries.find((e) => e.title === 'Division Left Open')?.body).toMatch(/^A division that is never closed\./);
  });

  it('reads every entry of a page whose introduction leaves an element open', () => {
    const open = read(html.replace('<p>An invented quarter', '<div><p>An invented quarter'));
    expect(open.entries.map((e) => e.title)).toEqual(result.entries.map((e) => e.title));
    expect(open.problems[0]).toMatchObject({ severity: 'error', line: 13 });
    expect(open.problems[0]?.message).toBe('<div> opened at line 13 is not closed before the first entry; the introduction may take in too much, every entry is read');
  });
});
