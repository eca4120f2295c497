import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlReport } from '../../../lib/import/html/read-html-report';
import { describeSchemaIssues } from '../../../lib/import/html/schema-issues';
import type { ReaderResult } from '../../../lib/import/types';
import { EntryFrontMatterSchema, ReportFrontMatterSchema } from '../../../lib/model';

const FILE = path.join(import.meta.dirname, '..', '..', 'fixtures', 'html', 'damaged-headings.html');
const html = readFileSync(FILE, 'utf8');
const read = (text: string): ReaderResult => readHtmlReport({ path: 'damaged.html', bytes: new TextEncoder().encode(text), reportId: '2030-01-2030-03' });
const problemsOf = (result: ReaderResult): [string, number | undefined, string][] => result.problems.map((p) => [p.severity, p.line, p.message]);

describe('readHtmlReport on headings that lost their anchor or their text (damaged-headings.html)', () => {
  const result = read(html);

  it('reads every entry, each under the category heading above it', () => {
    expect(result.entries.map((e) => [e.slug, e.title, e.category, e.contacts.map((c) => c.name)])).toEqual([
      ['tide-tables', 'Tide Tables', 'harbour-works', ['Ada Pier']],
      ['lighthouse-rota', 'Lighthouse Rota', 'harbour-works', ['Ben Lamp']],
      ['fog-signal-survey', 'Fog Signal Survey', 'harbour-works', ['Cy Horn']],
    ]);
  });

  it('imports an <h2> without <a name> with a slug from its text and its paragraphs as its body', () => {
    const rota = result.entries[1];
    expect(rota?.body).toBe('Three keepers now share the night watch.\n\nA fourth joins in spring.');
    expect(rota?.source.line).toBe(29);
  });

  it('titles an empty entry or category heading after its anchor', () => {
    expect(result.entries[2]?.body).toBe('The horn was heard four miles out.\n\nThe bell buoy needs a new clapper before the winter storms.');
    expect(result.report?.categories.map((c) => [c.key, c.title])).toEqual([['harbour-works', 'Harbour Works']]);
  });

  it('gives one warning at each damaged heading and none for the content under it', () => {
    expect(problemsOf(result)).toEqual([
      ['warning', 20, 'category heading shows no text; titled "Harbour Works" after its anchor'],
      ['warning', 29, 'entry heading "Lighthouse Rota" has no anchor (<a name>); imported as lighthouse-rota, the slug of its text'],
      ['warning', 36, 'entry heading shows no text; titled "Fog Signal Survey" after its anchor "Fog-Signal-Survey"'],
    ]);
  });

  it('still takes the site chrome h2.blockhide headings of a page without #contentwrap for no entry', () => {
    const bare = read('<html><body><h2 class="blockhide">Menu</h2><hr /><h2 class="blockhide">More</h2><h2><a name="Only">Only</a></h2><p>Words.</p><hr /></body></html>');
    expect(bare.entries.map((e) => e.slug)).toEqual(['only']);
  });
});

describe('readHtmlReport on a page cut short', () => {
  // Cut inside the last entry, as a partial copy or download leaves a page.
  const cut = html.slice(0, html.indexOf('before the winter storms'));
  const result = read(cut);

  it('is an error at the last line, naming the entry it breaks off in', () => {
    const errors = problemsOf(result).filter(([severity]) => severity === 'error');
    expect(errors).toEqual([
      [
        'error',
        41,
        'the page ends at line 41 before </body></html>: truncated? the entry "Fog Signal Survey" (line 36) it breaks off in is skipped, the 2 entries before it are read',
      ],
    ]);
  });

  it('reads the entries before the cut and drops the one cut, so a re-import keeps its previous file', () => {
    expect(result.report?.id).toBe('2030-01-2030-03');
    expect(result.entries.map((e) => e.slug)).toEqual(['tide-tables', 'lighthouse-rota']);
  });

  it('counts one entry before the cut as one', () => {
    const early = read(html.slice(0, html.indexOf('A fourth joins')));
    expect(early.problems.find((p) => p.severity === 'error')?.message).toBe(
      'the page ends at line 34 before </body></html>: truncated? the entry "Lighthouse Rota" (line 29) it breaks off in is skipped, the entry before it is read',
    );
    expect(early.entries.map((e) => e.slug)).toEqual(['tide-tables']);
  });

  it('keeps every entry when the cut falls after the last one has closed', () => {
    const afterEntries = read(html.slice(0, html.indexOf('</div>\n  </div>')));
    expect(afterEntries.entries).toHaveLength(3);
    expect(problemsOf(afterEntries).filter(([severity]) => severity === 'error').map(([, , message]) => message)).toEqual([
      'the page ends at line 45 before </body></html>: truncated? the 3 entries before it are read',
    ]);
  });

  it('says nothing of a whole page, nor of a fragment that never opens <body> or <html>', () => {
    expect(problemsOf(read(html)).filter(([severity]) => severity === 'error')).toEqual([]);
    const fragment = read('<div id="contentwrap"><hr /><hr /><h2><a name="T">T</a></h2><p>Text.</p><hr /></div>');
    expect(fragment.problems).toEqual([]);
  });
});

describe('readHtmlReport on front matter the schema refuses', () => {
  it('says which field is wrong in words, not in the issues\' JSON', () => {
    // A category heading with neither text nor anchor name leaves nothing to title it.
    const result = read('<div id="contentwrap"><hr /><hr /><h1><a name=""></a></h1><h2><a name="T">T</a></h2><p>Text.</p><hr /></div>');
    expect(problemsOf(result)).toEqual([['error', undefined, 'report front matter is invalid: field "categories.0.title": must not be empty']]);
  });
});

describe('describeSchemaIssues', () => {
  const valid = { title: 'T', report: '2030-01-2030-03', category: 'general', contacts: [], links: [], sponsors: [], tasks: [], source: { format: 'html', file: 'f.html' } };

  it('names each field and what it must be, never the issues as JSON', () => {
    const checked = EntryFrontMatterSchema.safeParse({ ...valid, title: '', category: 'Not A Slug', contacts: 'none' });
    expect(checked.success).toBe(false);
    if (checked.success) return;
    expect(describeSchemaIssues(checked.error)).toBe('field "title": must not be empty; field "category": expected a lowercase slug; field "contacts": must be a list');
  });

  it('names nested fields', () => {
    const checked = ReportFrontMatterSchema.safeParse({ id: '2030-01-2030-03', title: 'R', period: { start: '2030-01', end: '2030-03' }, categories: [{ key: 'k', title: '', order: 0 }] });
    expect(checked.success).toBe(false);
    if (checked.success) return;
    expect(describeSchemaIssues(checked.error)).toBe('field "categories.0.title": must not be empty');
  });
});
