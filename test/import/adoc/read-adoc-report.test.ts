import { beforeAll, describe, expect, it } from 'vitest';
import { readAdocReport } from '../../../lib/import/adoc';
import type { ReaderResult } from '../../../lib/import/types';
import { EntryFrontMatterSchema, ReportFrontMatterSchema, type Entry } from '../../../lib/model';
import { NO_CONTACT } from '../../../lib/import/adoc/read-adoc-entry';
import { fixtureDescriptions, notNoContact, readFixtureQuarter } from './fixture';

const GOOD = 'report-2031-04-2031-06';
const BAD = 'report-2031-07-2031-09';

function entry(result: ReaderResult, slug: string): Entry {
  const found = result.entries.find((e) => e.slug === slug);
  if (!found) throw new Error(`no entry ${slug}`);
  return found;
}

function frontMatter(e: Entry): unknown {
  const { title, report, category, contacts, links, sponsors, tasks, source } = e;
  return { title, report, category, contacts, links, sponsors, tasks, source };
}

describe('readAdocReport on a well-formed quarter', () => {
  let result: ReaderResult;
  beforeAll(async () => {
    result = await readAdocReport({ reportId: '2031-04-2031-06', dir: `adoc/${GOOD}`, files: readFixtureQuarter(GOOD), categoryDescriptions: await fixtureDescriptions() });
  });

  it('reads the report: common title, period, categories in index order with descriptions, intro', () => {
    const report = result.report;
    expect(report?.title).toBe('FreeBSD Status Report, 2031 Q2 (April–June)');
    expect(report?.period).toEqual({ start: '2031-04', end: '2031-06' });
    expect(report?.categories).toEqual([
      {
        key: 'freebsd-team-reports',
        title: 'FreeBSD Team Reports',
        description: 'Updates from the project’s standing teams, listed on the [team page](https://www.freebsd.org/administration/).',
        order: 0,
      },
      { key: 'kernel', title: 'Kernel', description: 'Work done inside the kernel; see the [kernel page](https://www.freebsd.org/kernel/).', order: 1 },
      { key: 'miscellaneous', title: 'Miscellaneous', description: 'Whatever fits nowhere else.', order: 2 },
    ]);
    expect(report?.intro).toBe(
      'Welcome to the second report of 2031, with four entries.\n\nThe status team thanks everybody who wrote in.\\\nSee you next quarter.',
    );
    expect(report?.source).toEqual({ format: 'adoc', file: `adoc/${GOOD}/_index.adoc` });
  });

  it('orders entries as the index includes them, unincluded files last under Miscellaneous', () => {
    expect(result.entries.map((e) => [e.id, e.category])).toEqual([
      ['2031-04-2031-06/gadget-tool', 'freebsd-team-reports'],
      ['2031-04-2031-06/widgets', 'kernel'],
      ['2031-04-2031-06/passthrough', 'kernel'],
      ['2031-04-2031-06/stray', 'miscellaneous'],
    ]);
  });

  it('reports only warnings, each with its file', () => {
    expect(result.problems.map((p) => [p.severity, p.file, p.message])).toEqual([
      ['warning', `adoc/${GOOD}/stray.adoc`, 'not included by _index.adoc; imported under "Miscellaneous"'],
      ['warning', `adoc/${GOOD}/passthrough.adoc`, 'raw HTML passthrough block: converted as HTML, scripts and unsafe links dropped'],
      ['warning', `adoc/${GOOD}/passthrough.adoc`, 'unsafe link dropped from the body: javascript:alert(1)'],
      ['warning', `adoc/${GOOD}/gadget_tool.adoc`, 'file name "gadget_tool" is not a lowercase slug; the entry\'s slug is "gadget-tool"'],
    ]);
  });

  it('reads links (deduplicated by URL), several contacts, the sponsor and open tasks', () => {
    const e = entry(result, 'widgets');
    expect(e.title).toBe('Widget Framework for the Base System');
    expect(e.source).toEqual({ format: 'adoc', file: `adoc/${GOOD}/widgets.adoc`, line: 1 });
    expect(e.links).toEqual([
      { url: 'https://widgets.example.org/', text: 'Widget home page' },
      { url: 'https://code.example.org/widgets', text: 'Source repository' },
    ]);
    expect(e.contacts).toEqual([
      { name: 'Ada Quill', email: 'ada@example.org' },
      { name: 'Bo Tern', email: 'bo@example.net' },
    ]);
    expect(e.sponsors).toEqual(['The Example Foundation']);
    expect(e.tasks).toEqual([
      'Port the remaining daemons to [widget(3)](https://man.freebsd.org/cgi/man.cgi?query=widget\\&sektion=3).',
      'Write a chapter for the [Handbook](https://docs.freebsd.org/en/books/handbook/).',
    ]);
  });

  it('converts the body: macros, mailto, subsections, nested lists, source blocks; fields and tasks removed', () => {
    const body = entry(result, 'widgets').body;
    expect(body).toContain('[widgetctl(8)](https://man.freebsd.org/cgi/man.cgi?query=widgetctl\\&sektion=8)');
    expect(body).toContain('[sysutils/widgets](https://www.freshports.org/sysutils/widgets/)');
    expect(body).toContain('[widgets for Python](https://www.freshports.org/devel/widgets/)');
    expect(body).toContain('[the widget list](mailto:widgets@example.org)');
    expect(body).toContain('landed in [0123456789ab](https://cgit.freebsd.org/src/commit/?id=0123456789abcdef0123456789abcdef01234567).');
    expect(body).toContain('\n\n## What changed\n\n- The parser was rewritten:\n\n  - it is twice as fast,\n');
    expect(body).toContain('```sh\nwidget_enable="YES"\nwidget_flags="-v"\n```');
    expect(body).not.toMatch(/Open tasks|Links:|Contact:|Sponsor:|link:|\{handbook\}/);
  });

  it('reads a continued Contact field, a link among contacts, a plural Sponsors line and a labelled ordered task list', () => {
    const e = entry(result, 'gadget-tool');
    expect(e.contacts).toEqual([
      { name: 'Cy Dorn', email: 'cy@example.com' },
      { name: 'Gadget mailing list', email: 'gadgets@lists.example.com' },
      { name: 'Gadget list archive' },
    ]);
    expect(e.links).toEqual([{ url: 'https://lists.example.com/gadgets', text: 'Gadget list archive' }]);
    expect(e.sponsors).toEqual(['Example Labs', 'Sample Works, Inc.', 'Demo Group (hardware)']);
    expect(e.tasks).toEqual(['Document every helper.', 'Add tests for the `gadget copy` helper.']);
    expect(e.body).toBe('Gadget Tool collects small helpers for everyday administration. It is new this quarter.');
  });

  it('pins what a raw passthrough and a javascript: link leave in the Markdown', () => {
    expect(entry(result, 'passthrough').body).toBe(
      [
        'Some text before.',
        'Inline HTML paragraph.',
        '![](https://www.freebsd.org/status/report-2031-04-2031-06/pic.png)',
        'A harmless looking link and a [safe one](https://safe.example.org/).',
      ].join('\n\n'),
    );
  });

  it('produces front matter that validates against the schemas', () => {
    if (!result.report) throw new Error('no report');
    const { id, title, period, categories, source } = result.report;
    expect(() => ReportFrontMatterSchema.parse({ id, title, period, categories, source })).not.toThrow();
    for (const e of result.entries) expect(() => EntryFrontMatterSchema.parse(frontMatter(e))).not.toThrow();
  });
});

describe('readAdocReport on a quarter with broken entries', () => {
  let result: ReaderResult;
  beforeAll(async () => {
    result = await readAdocReport({ reportId: '2031-07-2031-09', dir: `adoc/${BAD}`, files: readFixtureQuarter(BAD), categoryDescriptions: await fixtureDescriptions() });
  });

  it('reports each problem with file and line', () => {
    expect(result.problems).toEqual([
      { severity: 'warning', file: `adoc/${BAD}/_index.adoc`, line: 15, message: 'category description {projects-desc} is not defined in categories-desc.adoc; left out' },
      { severity: 'error', file: `adoc/${BAD}/_index.adoc`, line: 29, message: 'include names a file that is not in the quarter: {reports-path}/missing.adoc' },
      { severity: 'warning', file: `adoc/${BAD}/beta.adoc`, line: 1, message: NO_CONTACT },
      { severity: 'error', file: `adoc/${BAD}/empty.adoc`, line: 1, message: 'entry file is empty' },
      { severity: 'error', file: `adoc/${BAD}/beta.adoc`, line: 1, message: `title "shared title" is also the title of adoc/${BAD}/alpha.adoc` },
      { severity: 'error', file: `adoc/${BAD}/untitled.adoc`, line: 1, message: 'entry has no "=== Title" line; titled "untitled" after its file name' },
    ]);
  });

  it('still emits both same-titled entries and the untitled one', () => {
    expect(result.entries.map((e) => [e.slug, e.title])).toEqual([
      ['alpha', 'Shared Title'],
      ['beta', 'shared title'],
      ['untitled', 'untitled'],
    ]);
    const untitled = entry(result, 'untitled');
    expect(untitled.contacts).toEqual([{ name: 'Gil Oak', email: 'gil@example.org' }]);
    expect(untitled.body).toBe('This entry forgot its heading.');
    expect(untitled.source.line).toBe(1);
  });

  it('takes the introduction from the index page when there is no intro.adoc, and leaves out an undefined description', () => {
    expect(result.report?.intro).toBe('This quarter’s introduction lives in the index page itself.');
    expect(result.report?.categories).toEqual([{ key: 'projects', title: 'Projects', order: 0 }]);
  });
});

describe('readAdocReport edge cases', () => {
  it('imports a quarter without _index.adoc under Miscellaneous, with an error', async () => {
    const files = readFixtureQuarter(GOOD);
    files.delete('_index.adoc');
    const result = await readAdocReport({ reportId: '2031-04-2031-06', dir: 'q', files, categoryDescriptions: new Map() });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      { severity: 'error', file: 'q/_index.adoc', message: 'the quarter has no _index.adoc; its entries are imported in file-name order under "Miscellaneous"' },
    ]);
    expect(result.report?.categories).toEqual([{ key: 'miscellaneous', title: 'Miscellaneous', order: 0 }]);
    expect(result.report?.intro).toContain('Welcome to the second report of 2031');
    expect(result.entries.map((e) => [e.slug, e.category])).toEqual([
      ['gadget-tool', 'miscellaneous'],
      ['passthrough', 'miscellaneous'],
      ['stray', 'miscellaneous'],
      ['widgets', 'miscellaneous'],
    ]);
  });

  it('points a cross-reference whose id names no section at the entry its text names, and leaves the others', async () => {
    const files = new Map([
      ['_index.adoc', '== Projects\n\ninclude::{reports-path}/fund.adoc[]\n\ninclude::{reports-path}/arm.adoc[]\n\ninclude::{reports-path}/gcr.adoc[]\n'],
      [
        'fund.adoc',
        [
          '=== Gadget Fund',
          '',
          'We paid for <<_gadgetarm64,Gadget/arm64>> and',
          'for the <<_grc_project,Gadget Compliance Review Project>>.',
          'The <<_gadgetarm64_2,next one>> and <<_widget_story,a widget>> are elsewhere.',
          '',
        ].join('\n'),
      ],
      ['arm.adoc', '=== Gadget/arm64\n\nPorted.\n'],
      ['gcr.adoc', '=== Gadget Compliance (GCR) Review Project\n\nReviewed.\n'],
    ]);
    const result = await readAdocReport({ reportId: '2031-04-2031-06', dir: 'q', files, categoryDescriptions: new Map() });
    const page = 'https://www.freebsd.org/status/report-2031-04-2031-06/';
    expect(entry(result, 'fund').body).toBe(
      `We paid for [Gadget/arm64](${page}#_gadgetarm64) and for the [Gadget Compliance Review Project](${page}#_gadget_compliance_gcr_review_project). ` +
        `The [next one](${page}#_gadgetarm64_2) and [a widget](${page}#_widget_story) are elsewhere.`,
    );
    expect(result.problems.filter(notNoContact)).toEqual([
      {
        severity: 'warning',
        file: 'q/fund.adoc',
        line: 4,
        message: 'cross-reference to #_grc_project names no section of the report; linked to #_gadget_compliance_gcr_review_project, the entry "Gadget Compliance (GCR) Review Project" its text names',
      },
    ]);
  });

  it('returns an error, not a throw, for a folder name that is no report id', async () => {
    const result = await readAdocReport({ reportId: 'not-a-report', dir: 'q', files: new Map(), categoryDescriptions: new Map() });
    expect(result.report).toBeUndefined();
    expect(result.problems).toEqual([{ severity: 'error', file: 'q', message: '"not-a-report" is not a report id' }]);
  });

  it('keeps a slugified name from taking another file\'s slug', async () => {
    const files = new Map([
      ['_index.adoc', '== Projects\n\ninclude::{reports-path}/Tool.adoc[]\n\ninclude::{reports-path}/tool.adoc[]\n'],
      ['Tool.adoc', '=== Upper Tool\n\nOne.\n'],
      ['tool.adoc', '=== Lower Tool\n\nTwo.\n'],
    ]);
    const result = await readAdocReport({ reportId: '2031-04-2031-06', dir: 'q', files, categoryDescriptions: new Map() });
    expect(result.entries.map((e) => [e.slug, e.title])).toEqual([
      ['tool-2', 'Upper Tool'],
      ['tool', 'Lower Tool'],
    ]);
    expect(result.problems.map((p) => [p.file, p.message])).toContainEqual(['q/Tool.adoc', 'file names tool.adoc and Tool.adoc both give the slug "tool": tool.adoc keeps it, and this entry\'s is "tool-2"']);
  });

  describe('with the slugs a content folder published', () => {
    const files = new Map([
      ['_index.adoc', '== Projects\n\ninclude::{reports-path}/Tool.adoc[]\n\ninclude::{reports-path}/tool.adoc[]\n'],
      ['Tool.adoc', '=== Upper Tool\n\nOne.\n'],
      ['tool.adoc', '=== Lower Tool\n\nTwo.\n'],
    ]);
    const read = (publishedSlugs: Map<string, string>) => readAdocReport({ reportId: '2031-04-2031-06', dir: 'q', files, categoryDescriptions: new Map(), publishedSlugs });

    it('keeps the slug an entry was published under when a newer file name gives it too, each entry at its place', async () => {
      // Tool.adoc came first, alone, and was published as `tool`; tool.adoc is the newcomer.
      const result = await read(new Map([['Tool.adoc', 'tool']]));
      expect(result.entries.map((e) => [e.id, e.title])).toEqual([
        ['2031-04-2031-06/tool', 'Upper Tool'],
        ['2031-04-2031-06/tool-2', 'Lower Tool'],
      ]);
      expect(result.problems.filter(notNoContact).map((p) => [p.file, p.message])).toEqual([
        ['q/Tool.adoc', 'file name "Tool" is not a lowercase slug; the entry\'s slug is "tool"'],
        ['q/tool.adoc', 'file names Tool.adoc and tool.adoc both give the slug "tool": Tool.adoc keeps it (its entry was published under it), and this entry\'s is "tool-2"'],
      ]);
    });

    it('keeps a suffixed slug too, so that ids published once hold on every import', async () => {
      const result = await read(new Map([['Tool.adoc', 'tool-2'], ['tool.adoc', 'tool']]));
      expect(result.entries.map((e) => e.slug)).toEqual(['tool-2', 'tool']);
    });

    it('ignores a published slug the file name no longer gives', async () => {
      const result = await read(new Map([['tool.adoc', 'gizmo'], ['Tool.adoc', 'tool-x']]));
      expect(result.entries.map((e) => e.slug)).toEqual(['tool-2', 'tool']);
    });
  });
});
