import { describe, expect, it } from 'vitest';
import { parseIndex } from '../../../lib/import/adoc/parse-index';

const INDEX = [
  '---', // 1
  'title: "Some Quarter"', // 2
  '---', // 3
  '', // 4
  '= Introduction', // 5
  ':reports-path: content/en/status/report-2031-04-2031-06', // 6
  ':lang: en', // 7
  '', // 8
  'include::shared/{lang}/urls.adoc[]', // 9
  'include::content/en/status/categories-desc.adoc[]', // 10
  'include::other/place.adoc[]', // 11
  '', // 12
  'Opening words of the quarter.', // 13
  '', // 14
  "'''", // 15
  'toc::[]', // 16
  '', // 17
  '////', // 18
  '== Not A Category', // 19
  '////', // 20
  '[[one]]', // 21
  '== First Category', // 22
  '', // 23
  '{first-desc}', // 24
  '', // 25
  'include::{reports-path}/a.adoc[]', // 26
  "'''", // 27
  'include::content/en/status/report-2031-04-2031-06/b.adoc[]', // 28
  'Stray words.', // 29
  '== Second Category', // 30
  'Described in', // 31
  'two lines.', // 32
  'include::c.adoc[]', // 33
].join('\n');

describe('parseIndex', () => {
  const parsed = parseIndex(INDEX);

  it('reads categories, descriptions and includes with their lines, skipping comment blocks', () => {
    expect(parsed.categories).toEqual([
      {
        title: 'First Category',
        line: 22,
        description: '{first-desc}',
        descriptionLine: 24,
        includes: [
          { target: '{reports-path}/a.adoc', name: 'a.adoc', line: 26 },
          { target: 'content/en/status/report-2031-04-2031-06/b.adoc', name: 'b.adoc', line: 28 },
        ],
      },
      {
        title: 'Second Category',
        line: 30,
        description: 'Described in\ntwo lines.',
        descriptionLine: 31,
        includes: [{ target: 'c.adoc', name: 'c.adoc', line: 33 }],
      },
    ]);
  });

  it('keeps the preamble text and notes unexpected includes and stray text', () => {
    expect(parsed.preamble).toBe('Opening words of the quarter.');
    expect(parsed.preambleLine).toBe(13);
    expect(parsed.problems).toEqual([
      { line: 11, message: "include of other/place.adoc (outside the quarter's folder) is not resolved" },
      { line: 29, message: 'text after the entries of category "First Category" is ignored' },
    ]);
  });

  it('reports front matter that is not valid YAML', () => {
    expect(parseIndex('---\ntitle: [unclosed\n---\n== A\n').problems[0]?.message).toMatch(/^front matter is not valid YAML/);
  });
});
