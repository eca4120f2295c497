import { beforeAll, describe, expect, it } from 'vitest';
import { readAdocReport } from '../../../lib/import/adoc';
import { retitle, reviewHeading } from '../../../lib/import/adoc/category-headings';
import type { IndexCategory } from '../../../lib/import/adoc/parse-index';
import { titlesInParagraphs } from '../../../lib/import/adoc/source';
import type { ImportProblem, ReaderResult } from '../../../lib/import/types';
import { fixtureDescriptions, notNoContact, readFixtureQuarter } from './fixture';

// Slips editors make in a quarter's AsciiDoc, each of which used to pass silently or with a
// message that did not say what to fix (input audit D8, D9, D12, D13).
const SLIPS = 'report-2031-10-2031-12';
const DIR = `adoc/${SLIPS}`;

describe('readAdocReport on a quarter with editing slips', () => {
  let result: ReaderResult;
  beforeAll(async () => {
    result = await readAdocReport({ reportId: '2031-10-2031-12', dir: DIR, files: readFixtureQuarter(SLIPS), categoryDescriptions: await fixtureDescriptions() });
  });

  it('warns about each slip at its file and line, and nothing else', () => {
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        file: `${DIR}/_index.adoc`,
        line: 25,
        message: 'include::{reports-path}/lever.adoc lacks its "[]", so Asciidoctor shows the line as text; read as include::{reports-path}/lever.adoc[]',
      },
      {
        severity: 'warning',
        file: `${DIR}/_index.adoc`,
        line: 16,
        message:
          'category "Kernal" is not a known category; "Kernel" was probably meant (the title is 1 edit from it, and its description {kernel-desc} is Kernel\'s): its entries are filed under "Kernel"',
      },
      {
        severity: 'warning',
        file: `${DIR}/_index.adoc`,
        line: 35,
        message: 'include names pulley.adoc, which is not in the quarter, but Pulley.adoc is: imported in its place (rename the file or correct the include)',
      },
      {
        severity: 'warning',
        file: `${DIR}/flywheel.adoc`,
        line: 7,
        message:
          'a second entry title ("=== Flywheel Tuning Guide") right under a line of text, with no blank line before it, is read as text of that paragraph, not as a title; put a blank line before it, or give a second entry a file of its own',
      },
    ]);
  });

  it('files a misspelt heading under the category it meant, titled as that category', () => {
    expect(result.report?.categories.map((c) => [c.key, c.title])).toEqual([
      ['kernel', 'Kernel'],
      ['miscellaneous', 'Miscellaneous'],
    ]);
  });

  it('places the bracketless include and the near-miss file where the index puts them, the latter under the name it was included as', () => {
    expect(result.entries.map((e) => [e.id, e.category, e.source.file])).toEqual([
      ['2031-10-2031-12/sprocket', 'kernel', `${DIR}/sprocket.adoc`],
      ['2031-10-2031-12/lever', 'kernel', `${DIR}/lever.adoc`],
      ['2031-10-2031-12/pulley', 'miscellaneous', `${DIR}/Pulley.adoc`],
      ['2031-10-2031-12/flywheel', 'miscellaneous', `${DIR}/flywheel.adoc`],
    ]);
  });
});

describe('an _index.adoc that places nothing', () => {
  const read = (index: string) => {
    const files = readFixtureQuarter(SLIPS);
    files.set('_index.adoc', index);
    return readAdocReport({ reportId: '2031-10-2031-12', dir: 'q', files, categoryDescriptions: new Map() });
  };
  const aboutPlacing = (p: ImportProblem): boolean => p.file === 'q/_index.adoc' || p.message.includes('Miscellaneous');

  it('is, when empty, one error naming it, as a missing one is; every entry still imported under Miscellaneous', async () => {
    const result = await read('');
    // The fixture's entry files carry slips of their own; only what the index causes matters here.
    expect(result.problems.filter(aboutPlacing)).toEqual([
      { severity: 'error', file: 'q/_index.adoc', message: '_index.adoc is empty; its entries are imported in file-name order under "Miscellaneous"' },
    ]);
    expect(result.entries.map((e) => [e.slug, e.category])).toEqual([
      ['pulley', 'miscellaneous'],
      ['flywheel', 'miscellaneous'],
      ['lever', 'miscellaneous'],
      ['sprocket', 'miscellaneous'],
    ]);
    expect(result.report?.intro).toBe('Four entries this autumn, each with a small slip of the editors.');
  });

  it('is one error too when it has text but no category heading and includes no entry', async () => {
    const result = await read('= Introduction\n:reports-path: content/en/status/report-2031-10-2031-12\n\ninclude::{reports-path}/intro.adoc[]\n\nA stub.\n');
    expect(result.problems.filter(aboutPlacing).map((p) => [p.severity, p.file, p.message])).toEqual([
      ['error', 'q/_index.adoc', '_index.adoc has no "== Category" heading and includes no entry; its entries are imported in file-name order under "Miscellaneous"'],
    ]);
    expect(result.entries).toHaveLength(4);
  });
});

describe('an include whose file has another case or extension', () => {
  const index = '== Projects\n\ninclude::{reports-path}/gear.adoc[]\n';

  it('imports the one file it plausibly meant, under the included name, with a warning', async () => {
    const files = new Map([
      ['_index.adoc', index],
      ['gear.asciidoc', '=== Gear Library\n\nA library of gears.\n'],
    ]);
    const result = await readAdocReport({ reportId: '2031-10-2031-12', dir: 'q', files, categoryDescriptions: new Map() });
    expect(result.entries.map((e) => [e.slug, e.category, e.source.file])).toEqual([['gear', 'projects', 'q/gear.asciidoc']]);
    expect(result.problems.filter(notNoContact).map((p) => [p.severity, p.line, p.message])).toEqual([
      ['warning', 3, 'include names gear.adoc, which is not in the quarter, but gear.asciidoc is: imported in its place (rename the file or correct the include)'],
    ]);
  });

  it('names every near miss in the error when there are several, and guesses none', async () => {
    const files = new Map([
      ['_index.adoc', index],
      ['Gear.adoc', '=== Gear Library\n\nOne.\n'],
      ['gear.ADOC', '=== Gear Library, again\n\nTwo.\n'],
    ]);
    const result = await readAdocReport({ reportId: '2031-10-2031-12', dir: 'q', files, categoryDescriptions: new Map() });
    expect(result.problems).toContainEqual({
      severity: 'error',
      file: 'q/_index.adoc',
      line: 3,
      message: 'include names a file that is not in the quarter: {reports-path}/gear.adoc (the quarter has Gear.adoc and gear.ADOC; rename the one meant, or correct the include)',
    });
  });
});

describe('reviewHeading', () => {
  const known = new Set(['kernel', 'ports', 'projects', 'freebsd-team-reports', 'miscellaneous']);
  const heading = (title: string, description = ''): IndexCategory => ({ title, line: 9, description, includes: [] });

  it('says nothing of a known category with its own description, or of a new category nothing contradicts', () => {
    expect(reviewHeading(heading('Kernel', '{kernel-desc}'), known)).toBeUndefined();
    expect(reviewHeading(heading('FreeBSD Team Reports', '{FreeBSD-Team-Reports-desc}'), known)).toBeUndefined();
    expect(reviewHeading(heading('Hardware Notes', '{hardware-notes-desc}'), known)).toBeUndefined();
    expect(reviewHeading(heading('Hardware Notes', 'Written out in full.'), known)).toBeUndefined();
    // A description no known category has is warned of as undefined where it is read, not here.
    expect(reviewHeading(heading('Hardware Notes', '{gizmos-desc}'), known)).toBeUndefined();
  });

  it('files a title one slip from a single known category under it, even with no description to agree', () => {
    expect(reviewHeading(heading('Kernal'), known)).toEqual({
      message: 'category "Kernal" is not a known category; "Kernel" was probably meant (the title is 1 edit from it): its entries are filed under "Kernel"',
      meant: { key: 'kernel', title: 'Kernel' },
    });
  });

  it('files a slip from a short category name only where the description agrees: "Posts" may be meant', () => {
    expect(reviewHeading(heading('Posts'), known)).toEqual({ message: 'category "Posts" is not a known category; "Ports" may have been meant; kept as "Posts"' });
    expect(reviewHeading(heading('Prots', '{ports-desc}'), known)?.meant).toEqual({ key: 'ports', title: 'Ports' });
    // A description of its own name makes it a new category, meant as written.
    expect(reviewHeading(heading('Kernels', '{kernels-desc}'), known)).toBeUndefined();
  });

  it('warns of a heading far from every known category that has no description either', () => {
    expect(reviewHeading(heading('Gizmos'), known)).toEqual({
      message:
        'category "Gizmos" is not a known category (categories-desc.adoc describes no "gizmos") and has no description; kept as "Gizmos" (if it is new, add :gizmos-desc: to categories-desc.adoc and {gizmos-desc} under the heading)',
    });
    expect(reviewHeading(heading('Gizmos', 'Small things, written out.'), known)).toBeUndefined();
  });

  it('only warns when the description names a category the title is far from: the title may have been changed on purpose', () => {
    expect(reviewHeading(heading('Storage', '{kernel-desc}'), known)).toEqual({
      message: 'category "Storage" is not a known category, and its description {kernel-desc} is that of category "kernel"; kept as "Storage" (if "kernel" was meant, correct the heading)',
    });
    expect(reviewHeading(heading('Ports', '{kernel-desc}'), known)?.meant).toBeUndefined();
  });
});

describe('retitle', () => {
  it('spells the meant category with the capitals the heading was written with', () => {
    expect(retitle('Kernal', 'kernel')).toBe('Kernel');
    expect(retitle('FreeBSD Team Reprots', 'freebsd-team-reports')).toBe('FreeBSD Team Reports');
    expect(retitle('Third-Prty Projects', 'third-party-projects')).toBe('Third-Party Projects');
    expect(retitle('ThirdParty Projects', 'third-party-projects')).toBe('Third Party Projects');
  });
});

describe('titlesInParagraphs', () => {
  it('finds a title under a line of text, and not one after a blank line, an anchor, or inside a listing', () => {
    const source = ['=== First', '', 'Text.', '=== Second', '', '=== Third', '[[x]]', '==== Fourth', '----', 'code', '=== Fifth', '----', ''].join('\n');
    expect(titlesInParagraphs(source)).toEqual([{ marker: '===', text: 'Second', line: 4 }]);
  });
});

describe('an include of a missing file where the folder holds an entry the index leaves out', () => {
  const read = (index: string, names: string[]) =>
    readAdocReport({
      reportId: '2031-10-2031-12',
      dir: 'q',
      files: new Map([['_index.adoc', index], ...names.map((name): [string, string] => [name, `=== ${name}\n\nContact: Rowan Fitch <rfitch@example.org>\n\nText.\n`])]),
      categoryDescriptions: new Map(),
    });
  const placing = (p: ImportProblem) => [p.severity, p.file, p.line, p.message];

  it('names the file renamed under it, and the file\'s warning names the include', async () => {
    const result = await read('== Projects\n\ninclude::{reports-path}/cog-wheel.adoc[]\n\ninclude::{reports-path}/ratchet.adoc[]\n', ['cog_wheel.adoc', 'ratchet.adoc']);
    expect(result.problems.map(placing)).toEqual([
      ['error', 'q/_index.adoc', 3, 'include names a file that is not in the quarter: {reports-path}/cog-wheel.adoc; did you mean cog_wheel.adoc, which the index does not include?'],
      ['warning', 'q/cog_wheel.adoc', undefined, 'not included by _index.adoc (_index.adoc:3 includes cog-wheel.adoc, which is not in the quarter: this file renamed?); imported under "Miscellaneous"'],
      ['warning', 'q/cog_wheel.adoc', undefined, 'file name "cog_wheel" is not a lowercase slug; the entry\'s slug is "cog-wheel"'],
    ]);
    expect(result.entries.map((e) => e.slug)).toEqual(['ratchet', 'cog-wheel']);
  });

  it('names the files left out when none has its name, the one of the same name alone when one has', async () => {
    const other = await read('== Projects\n\ninclude::{reports-path}/escapement.adoc[]\n', ['balance-spring.adoc', 'mainspring.adoc']);
    expect(other.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'include names a file that is not in the quarter: {reports-path}/escapement.adoc; did you mean balance-spring.adoc or mainspring.adoc, which the index does not include?',
    ]);
    const same = await read('== Projects\n\ninclude::{reports-path}/cog-wheel.adoc[]\n', ['cog.wheel.adoc', 'mainspring.adoc']);
    expect(same.problems.filter((p) => p.severity === 'error').map((p) => p.message.replace(/.*; /, ''))).toEqual(['did you mean cog.wheel.adoc, which the index does not include?']);
  });

  it('says nothing more when the index includes every file', async () => {
    const result = await read('== Projects\n\ninclude::{reports-path}/escapement.adoc[]\n\ninclude::{reports-path}/ratchet.adoc[]\n', ['ratchet.adoc']);
    expect(result.problems.map((p) => p.message)).toEqual(['include names a file that is not in the quarter: {reports-path}/escapement.adoc']);
  });
});
