import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryFrontMatterSchema, ReportFrontMatterSchema, type Entry } from '../../../lib/model';
import { readHtmlReport } from '../../../lib/import/html/read-html-report';
import type { ReaderResult } from '../../../lib/import/types';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'html');

function readFixture(name: string, reportId = '2030-01-2030-03'): ReaderResult {
  const file = `fixtures/html/${name}`;
  return readHtmlReport({ path: file, bytes: readFileSync(path.join(FIXTURES, name)), reportId });
}

function entry(result: ReaderResult, title: string): Entry {
  const found = result.entries.find((e) => e.title === title);
  if (!found) throw new Error(`no entry "${title}" in ${result.entries.map((e) => e.title).join(', ')}`);
  return found;
}

/** Front matter of an entry or report: everything but the fields stored outside it. */
function frontMatterOf(record: object, stored: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !stored.includes(key)));
}

function expectSchemaValid(result: ReaderResult): void {
  expect(ReportFrontMatterSchema.safeParse(frontMatterOf(result.report ?? {}, ['intro'])).success).toBe(true);
  for (const entry of result.entries) {
    expect(EntryFrontMatterSchema.safeParse(frontMatterOf(entry, ['id', 'slug', 'body'])).success).toBe(true);
  }
}

describe('readHtmlReport on a page with categories (categorized.html)', () => {
  const result = readFixture('categorized.html');
  const widget = entry(result, 'Widget Driver Rework');
  const tools = entry(result, 'Sample Port/Tools');

  it('reads the report: id, title, period, categories with descriptions, introduction', () => {
    expect(result.problems).toEqual([]);
    expect(result.report).toMatchObject({
      id: '2030-01-2030-03',
      title: 'FreeBSD Status Report, 2030 Q1 (January–March)',
      period: { start: '2030-01', end: '2030-03' },
      source: { format: 'html', file: 'fixtures/html/categorized.html' },
    });
    expect(result.report?.categories).toEqual([
      {
        key: 'kernel',
        title: 'Kernel',
        description: 'Changes deep inside the system, see the [kernel page](https://www.freebsd.org/kernel.html).',
        order: 0,
      },
      { key: 'ports', title: 'Ports', order: 1 },
    ]);
    // The "Introduction" heading and the table of contents are dropped; relative links made absolute.
    expect(result.report?.intro).toBe(
      'This made-up quarter brought a handful of invented projects forward.\n\n' +
        'Read the [list of all reports](https://www.freebsd.org/news/status/status.html) too.',
    );
    expectSchemaValid(result);
  });

  it('reads one entry per anchored <h2>, not the site chrome headings', () => {
    expect(result.entries.map((e) => e.id)).toEqual(['2030-01-2030-03/widget-driver-rework', '2030-01-2030-03/sample-port-tools']);
    expect(widget).toMatchObject({ slug: 'widget-driver-rework', report: '2030-01-2030-03', category: 'kernel' });
    expect(tools.category).toBe('ports');
    expect(widget.source).toEqual({ format: 'html', file: 'fixtures/html/categorized.html', line: 30 });
    expect(tools.source.line).toBe(75);
  });

  it('collapses white space in a title that wraps across lines', () => {
    expect(widget.title).toBe('Widget Driver Rework');
  });

  it('reads the Links table once per row, resolving relative URLs against the legacy page', () => {
    expect(widget.links).toEqual([
      { url: 'https://widgets.example.org/driver', text: 'Driver home page' },
      { url: 'https://www.freebsd.org/projects/widget.html', text: '' },
    ]);
    expect(tools.links).toEqual([]);
  });

  it('reads every contact line, a name split over lines, an ISO-8859-1 name and a partial address', () => {
    expect(widget.contacts).toEqual([
      { name: 'Jürgen Widgetmaker', email: 'jw@example.org' },
      { name: 'Widget Team', email: 'widgets@' },
    ]);
  });

  it('reads a contact without address as a name only, and moves an address out of the name', () => {
    expect(tools.contacts).toEqual([{ name: 'Several Volunteers' }, { name: 'Jane Roe', email: 'jroe@example.org' }]);
  });

  it('reads the stylesheet sponsor sentence and trailing "Sponsor:" lines as sponsors', () => {
    expect(widget.sponsors).toEqual(['Acme Widgets, Inc.', 'The Example Trust']);
    expect(tools.sponsors).toEqual(['Example Hosting Ltd']);
  });

  it('reads open tasks as inline Markdown', () => {
    expect(widget.tasks).toEqual(['Port the driver to `arm64`.', 'Write the missing manual page.']);
    expect(tools.tasks).toEqual([]);
  });

  it('converts the body (paragraphs, tt, nested lists, pre) without repeating links, contacts, sponsors or tasks', () => {
    expect(widget.body).toBe(
      [
        'The widget driver was taken apart and put back together. It now attaches through `widget(4)` on every bus.',
        '- Probe order fixed\n\n  - on the first bus\n  - on the second bus\n\n- Detach no longer panics',
        '```\nwidgetctl -v attach 0\nwidgetctl status\n```',
      ].join('\n\n'),
    );
    for (const repeated of ['Driver home page', 'Contact', 'Widgetmaker', 'sponsored', 'Open tasks', 'missing manual']) {
      expect(widget.body).not.toContain(repeated);
    }
  });

  it('keeps an author-written "Contact:" paragraph and loose text in the body', () => {
    expect(tools.body).toBe(
      'Contact: [tools mailing list](https://lists.example.org/tools)\n\n' +
        'The sample tools gained a second maintainer.\n\n' +
        'Loose text between two paragraphs.',
    );
  });
});

describe('readHtmlReport on an old page without categories (uncategorized.html)', () => {
  const result = readFixture('uncategorized.html', '2001-06');

  it('files every entry under the general category', () => {
    expect(result.report?.categories.map((c) => c.key)).toEqual(['general']);
    expect(result.entries.map((e) => [e.slug, e.category])).toEqual([
      ['boot-loader', 'general'],
      ['mail-setup', 'general'],
    ]);
    expect(result.report?.title).toBe('FreeBSD Status Report, June 2001');
    expect(result.report?.period).toEqual({ start: '2001-06', end: '2001-06' });
    expectSchemaValid(result);
  });

  it('keeps the later introduction sections with their headings', () => {
    expect(result.report?.intro).toBe(
      'An invented monthly report from the early days.\n\n# Next Month\n\nSend your notes by the end of the month.',
    );
  });

  it('reads a host name without scheme as http:// with a warning, and keeps admins@ as written', () => {
    expect(entry(result, 'Boot Loader').links).toEqual([
      { url: 'http://boot.example.net/', text: '' },
      { url: 'http://www.example.com/loader', text: 'Loader notes' },
    ]);
    expect(entry(result, 'Mail Setup').contacts).toEqual([{ name: 'Mail Admins', email: 'admins@' }]);
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        file: 'fixtures/html/uncategorized.html',
        line: 30,
        message: 'link "www.example.com/loader" is a host name without a scheme; read as http://www.example.com/loader',
      },
    ]);
  });
});

describe('readHtmlReport on bad input', () => {
  it('reports an empty file as an error naming the path, without a report', () => {
    const result = readFixture('empty.html');
    expect(result).toEqual({
      entries: [],
      problems: [{ severity: 'error', file: 'fixtures/html/empty.html', message: 'the page is empty' }],
    });
  });

  it('reports a page without entries as an error but still reads the report', () => {
    const bytes = new TextEncoder().encode('<html><body><div id="contentwrap"><h1>Introduction</h1><p>Only words.</p><hr /></div></body></html>');
    const result = readHtmlReport({ path: 'none.html', bytes, reportId: '2030-04-2030-06' });
    expect(result.entries).toEqual([]);
    expect(result.report?.intro).toBe('Only words.');
    expect(result.problems).toEqual([{ severity: 'error', file: 'none.html', message: 'no entries found (no <h2> with an anchor name)' }]);
  });

  it('reports a file name that is no report id as an error', () => {
    const result = readHtmlReport({ path: 'x.html', bytes: new Uint8Array([0x3c]), reportId: 'sample' });
    expect(result.report).toBeUndefined();
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([['error', '"sample" is not a report id (expected e.g. 2014-01-2014-03)']]);
  });

  it('never throws on bytes that are not HTML at all', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(() => readHtmlReport({ path: 'noise.html', bytes, reportId: '2030-01-2030-03' })).not.toThrow();
  });

  it('reads a page without #contentwrap from its body, with a warning', () => {
    const html = '<body><h2 class="blockhide">Menu</h2><h2><a name="Lone-Entry">Lone Entry</a></h2><p>Contact: Al &lt;<a href="mailto:al@example.org">al@example.org</a>&gt;</p><p>Text.</p><hr /></body>';
    const result = readHtmlReport({ path: 'bare.html', bytes: new TextEncoder().encode(html), reportId: '2030-01-2030-03' });
    expect(result.entries.map((e) => [e.title, e.body, e.contacts])).toEqual([['Lone Entry', 'Text.', [{ name: 'Al', email: 'al@example.org' }]]]);
    expect(result.problems).toEqual([{ severity: 'warning', file: 'bare.html', message: 'no #contentwrap element; read the whole page body' }]);
  });
});

describe('readHtmlReport on an entry above the first category heading', () => {
  it('files it under general, added after the page categories, with a warning', () => {
    const html =
      '<div id="contentwrap"><hr /><hr /><h2><a name="Early">Early</a></h2><p>First.</p><hr />' +
      '<br /><h1><a name="Docs">Docs</a></h1><br /><h2><a name="Late">Late</a></h2><p>Second.</p><hr /></div>';
    const result = readHtmlReport({ path: 'c.html', bytes: new TextEncoder().encode(html), reportId: '2030-01-2030-03' });
    expect(result.entries.map((e) => [e.title, e.category])).toEqual([
      ['Early', 'general'],
      ['Late', 'docs'],
    ]);
    expect(result.report?.categories.map((c) => [c.key, c.order])).toEqual([
      ['docs', 0],
      ['general', 1],
    ]);
    expect(result.problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      ['warning', 1, 'entry "Early" comes before any category heading; filed under "General"'],
    ]);
  });
});

describe('readHtmlReport on headings edited after rendering', () => {
  const page = (heading: string): Uint8Array =>
    new TextEncoder().encode(`<div id="contentwrap"><hr /><hr />${heading}<p>Contact: Q &lt;<a href="mailto:q@example.org">q@example.org</a>&gt;</p><hr /></div>`);

  it('shows the heading as edited but takes the slug from the anchor when the words differ, with a warning', () => {
    const result = readHtmlReport({ path: 'e.html', bytes: page('<h2><a name="Sample-Ship-Crew">Sample Ships Crew</a></h2>'), reportId: '2030-01-2030-03' });
    expect(result.entries.map((e) => [e.title, e.slug])).toEqual([['Sample Ships Crew', 'sample-ship-crew']]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'heading reads "Sample Ships Crew" but its anchor was made from "Sample Ship Crew" (text edited after rendering); the heading is the title, the anchor the slug',
    ]);
  });

  it('keeps the heading text when the anchor only differs by a no-break space or cannot be mapped word for word', () => {
    const nbsp = readHtmlReport({ path: 'e.html', bytes: page('<h2><a name="Tool-v&#160;2">Tool v&#160;2</a></h2>'), reportId: '2030-01-2030-03' });
    expect(nbsp.entries.map((e) => e.title)).toEqual(['Tool v 2']);
    const other = readHtmlReport({ path: 'e.html', bytes: page('<h2><a name="Old-Name">A Brand New Name</a></h2>'), reportId: '2030-01-2030-03' });
    expect(other.entries.map((e) => e.title)).toEqual(['A Brand New Name']);
    expect([...nbsp.problems, ...other.problems]).toEqual([]);
  });
});

describe('readHtmlReport on duplicate titles (duplicate-titles.html)', () => {
  const result = readFixture('duplicate-titles.html', '2001-07');

  it('reports an error naming both lines and still emits the second entry as -2', () => {
    expect(result.entries.map((e) => [e.id, e.title])).toEqual([
      ['2001-07/same-thing', 'Same Thing'],
      ['2001-07/same-thing-2', 'same thing'],
    ]);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        file: 'fixtures/html/duplicate-titles.html',
        line: 26,
        message: 'duplicate entry title "same thing" (lines 20 and 26); the second is kept as same-thing-2',
      },
    ]);
  });
});

describe('readHtmlReport on hostile markup (unsafe-markup.html)', () => {
  const body = readFixture('unsafe-markup.html').entries[0]?.body ?? '';

  it('keeps no script, no event handler and no javascript: URL in the Markdown', () => {
    expect(body).toBe(
      'Before the script.\n\n' +
        'An image ![a picture](https://www.freebsd.org/news/status/pic.png) and a tempting link and a second one.',
    );
    expect(body).not.toMatch(/<script|alert|onerror|javascript:/i);
  });
});

describe('readHtmlReport on elements the XML left in a page (xml-leftovers.html)', () => {
  const result = readFixture('xml-leftovers.html', '2004-03-2004-04');
  const left = entry(result, 'Left Behind');

  it('keeps only the text of a link without a target', () => {
    const html = '<div id="contentwrap"><hr /><hr /><h2><a name="T">T</a></h2><p>See <a herf="https://x.example/">the list</a> and <a name="here">here</a>.</p><hr /></div>';
    const result = readHtmlReport({ path: 'h.html', bytes: new TextEncoder().encode(html), reportId: '2030-01-2030-03' });
    expect(result.entries[0]?.body).toBe('See the list and here.');
  });

  it('turns <url>, <emph>, <ttt>, <quote>, <email> and <programlisting> into their Markdown', () => {
    expect(left.body).toBe(
      'Fetch builds from <ftp://builds.example.org> or read [the notes](https://wiki.example.org/Notes); ' +
        'the _old_ compiler prints `warning: odd` and "fine". Write to <lee@example.org>.\n\n' +
        '```\nmake all\nmake install\n```',
    );
  });

  it('reads a stray <sponsor> element as a sponsor, not as body text', () => {
    expect(left.sponsors).toEqual(['Example Foundation']);
    expect(left.body).not.toContain('Example Foundation');
    expect(result.problems).toEqual([]);
  });
});
