import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportProblem } from '../../../lib/import/types';
import { FIXTURES, entryIssues, entryTitled, inlineReport, readFixture, readInline, reportIssues, without } from './fixture';

describe('readXmlReport: a modern report (modern.xml)', () => {
  const result = readFixture('modern.xml', '2016-04-2016-06');
  const widget = entryTitled(result, 'Widget Driver Rewrite');

  it('reads the report: id, title, period, categories in order, intro', () => {
    const { report } = result;
    expect(report?.id).toBe('2016-04-2016-06');
    expect(report?.title).toBe('FreeBSD Status Report, 2016 Q2 (April–June)');
    expect(report?.period).toEqual({ start: '2016-04', end: '2016-06' });
    expect(report?.source).toEqual({ format: 'xml', file: 'fixtures/xml/modern.xml' });
    expect(report?.categories).toEqual([
      {
        key: 'freebsd-team-reports',
        title: 'FreeBSD Team Reports',
        description: 'Teams listed on the [admin page](https://www.freebsd.org/administration.html).',
        order: 0,
      },
      { key: 'kernel', title: 'Kernel', order: 1 },
      { key: 'ghost', title: 'ghost', order: 2 },
    ]);
    // The first section's "Introduction" heading is dropped; later sections keep theirs.
    expect(report?.intro).toBe(
      'Welcome to a made-up quarter of FreeBSD news, written only to exercise the importer.\n\n## Next Deadline\n\nSend the next batch of entries by _the end of July_.',
    );
  });

  it("reads one entry per project, in the order upstream's page lists them (category by category), with ids from the titles", () => {
    expect(result.entries.map((e) => e.id)).toEqual([
      '2016-04-2016-06/imaginary-team-report',
      '2016-04-2016-06/widget-driver-rewrite',
      '2016-04-2016-06/stray-category-entry',
    ]);
    expect(result.entries.map((e) => e.category)).toEqual(['freebsd-team-reports', 'kernel', 'ghost']);
    expect(widget.source).toEqual({ format: 'xml', file: 'fixtures/xml/modern.xml', line: 39 });
    expect(widget.slug).toBe('widget-driver-rewrite');
    expect(widget.report).toBe('2016-04-2016-06');
  });

  it('reads contacts, links, sponsors and tasks', () => {
    expect(widget.contacts).toEqual([{ name: 'Ada Quill', email: 'aquill@example.org' }, { name: 'Bo Stream' }]);
    expect(widget.links).toEqual([
      { url: 'https://example.org/widget', text: 'Widget home' },
      { url: 'https://www.freebsd.org/news/status/widget-notes.html', text: 'Older notes' },
      { url: 'ftp://ftp.example.org/pub/widget/', text: '' },
    ]);
    expect(widget.sponsors).toEqual(['Example Widgets, Inc.', 'The Imaginary Foundation']);
    // The blank third task is not a task.
    expect(widget.tasks).toEqual(['Test on `arm64` boards.', 'Write a [manual page](https://example.org/manual).']);
  });

  it('converts the body: inline code, emphasis, nested list, code block, table, resolved link', () => {
    expect(widget.body).toBe(
      [
        'The `widget(4)` driver was rebuilt from scratch and is _much_ faster now.',
        '- Done so far:\n\n  - interrupt handling\n  - DMA rings',
        '- Still missing: power management',
        '```\n# kldload widget\n# sysctl dev.widget.0.rings\n```',
        '| Board | Status   |\n| ----- | -------- |\n| Rev A | works    |\n| Rev B | untested |',
        'See the [widget notes](https://www.freebsd.org/doc/widget.html).',
      ].join('\n\n'),
    );
  });

  it('files a project whose cat names no category under a category made from it, with a warning', () => {
    expect(result.problems).toEqual([
      { severity: 'warning', file: 'fixtures/xml/modern.xml', line: 121, message: 'cat="ghost" names no category of this report; filed under "ghost"' },
    ]);
  });

  it('validates against the front matter schemas', () => {
    expect(result.report && reportIssues(result.report)).toEqual([]);
    expect(result.entries.flatMap(entryIssues)).toEqual([]);
  });
});

describe('readXmlReport: a loose 2001-style report (loose-2001.xml)', () => {
  const result = readFixture('loose-2001.xml', '2001-08');

  it('puts every entry under General when the report defines no categories', () => {
    expect(result.report?.categories).toEqual([
      { key: 'general', title: 'General', description: 'Reports from before entries were sorted into categories.', order: 0 },
    ]);
    expect(result.entries.map((e) => e.category)).toEqual(['general', 'general', 'general']);
    expect(result.report?.title).toBe('FreeBSD Status Report, August 2001');
    expect(result.problems).toEqual([]);
  });

  it('reads middle names, nested persons and persons with only an address', () => {
    expect(entryTitled(result, 'Pretend Packet Filter').contacts).toEqual([
      { name: 'Pat Q. Filter', email: 'pat@example.net' },
      { name: 'Nested Helper', email: 'helper@example.net' },
      { name: 'list@example.net', email: 'list@example.net' },
    ]);
    expect(entryTitled(result, 'Pretend Packet Filter').body).toBe('#### Progress\n\nRules now load twice as fast.');
  });

  it('reads &a.login.email; straight in <contact>, bare URLs in <links> and text outside <body>', () => {
    const loose = entryTitled(result, 'Loose Text Project');
    expect(loose.contacts).toEqual([{ name: 'Jane Doe', email: 'jdoe@FreeBSD.org' }]);
    expect(loose.links).toEqual([
      { url: 'http://example.net/loose/', text: '' },
      { url: 'ftp://example.net/pub/loose.tgz', text: '' },
    ]);
    expect(loose.body).toBe('Plain words sit right inside the project element, with no body around them.');
  });

  it('pairs several names and addresses in one person; an empty <help> has no tasks', () => {
    const two = entryTitled(result, 'Two People In One');
    expect(two.contacts).toEqual([
      { name: 'First Group', email: 'first@example.net' },
      { name: 'Second Group', email: 'second@example.net' },
    ]);
    expect(two.tasks).toEqual([]);
    expect(result.entries.flatMap(entryIssues)).toEqual([]);
  });
});

describe('readXmlReport: encodings and entities', () => {
  it('decodes ISO-8859-1 and expands &os;, &a.login; and XHTML entities (latin1.xml)', () => {
    const result = readFixture('latin1.xml', '2008-01-2008-03');
    const [entry] = result.entries;
    expect(result.problems).toEqual([]);
    expect(entry?.title).toBe('Café Scheduler for FreeBSD');
    expect(entry?.contacts).toEqual([
      { name: 'Jürgen Müller-Øst', email: 'jm@example.de' },
      { name: 'María López', email: 'mlopez@FreeBSD.org' },
    ]);
    expect(entry?.body).toBe(
      'Jane Doe and Jürgen tuned the naïve scheduler\u00a0loop — it now costs 5$ less per CPU… says Jane Doe, María López.\n\n' +
        'Thanks to Paweł for FreeBSD-CURRENT testing & review.',
    );
  });

  it('reads Latin-1 bytes in a UTF-8 file as Latin-1 and warns with the line (mixed-encoding.xml)', () => {
    const result = readFixture('mixed-encoding.xml', '2015-07-2015-09');
    expect(result.entries[0]?.contacts).toEqual([{ name: 'Zoë Unicode', email: 'zoe@example.org' }]);
    expect(result.entries[0]?.body).toBe('Pasted by François from an old mail.\n\nBack to proper UTF-8: ¿qué tal?');
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        file: 'fixtures/xml/mixed-encoding.xml',
        line: 11,
        message: 'invalid UTF-8 in a file declared UTF-8; bytes read as ISO-8859-1 on line 11 (E7 "ç")',
      },
    ]);
  });

  it('reads a file declared ISO-8859-1 but written in UTF-8 as UTF-8, with a warning (latin1-declared-utf8-bytes.xml)', () => {
    const result = readFixture('latin1-declared-utf8-bytes.xml', '2009-10-2009-12');
    expect(result.entries[0]?.contacts).toEqual([{ name: 'Françoise Blé', email: 'fb@example.fr' }]);
    expect(result.problems.map((p) => [p.severity, p.line])).toEqual([['warning', 9]]);
  });

  it('expands the internal subset, &enbase;, and leaves comments and CDATA alone (internal-subset.xml)', () => {
    const result = readFixture('internal-subset.xml', '2020-01-2020-03');
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Local LocalOS Title', 'After The Multi-line Entity']);
    expect(result.entries[0]?.body).toBe('Reads spans two lines here.\n\nRaw \\&stays; as is\n\nSite root: [there](https://www.freebsd.org/where.html).');
    // The multi-line entity value did not shift the lines of what follows.
    expect(result.entries[1]?.source.line).toBe(23);
  });

  it('reports an unknown entity as an error with its line and keeps the entry and the reference (unknown-entity.xml)', () => {
    const result = readFixture('unknown-entity.xml', '2019-04-2019-06');
    expect(result.problems).toEqual([
      { severity: 'error', file: 'fixtures/xml/unknown-entity.xml', line: 11, message: 'unknown entity &frobnicator;, kept as text' },
    ]);
    expect(result.entries.map((e) => e.title)).toEqual(['Mystery Reference']);
    expect(result.entries[0]?.body).toBe('The FreeBSD build uses \\&frobnicator; for its magic.');
  });
});

/** The error for a `<project>` that is not well-formed: `what` is wrong at `line`, in the project opened at `project`. */
function skipped(file: string, line: number, what: string, project: number): ImportProblem {
  return { severity: 'error', file, line, message: `XML is not well-formed: ${what}; the <project> opened at line ${project} is skipped, the others are read` };
}

describe('readXmlReport: one slip per project costs only that project (editor-slips.xml)', () => {
  const result = readFixture('editor-slips.xml', '2017-04-2017-06');

  it('reads every other project, each as if the document were whole', () => {
    expect(result.entries.map((e) => [e.title, e.category, e.source.line])).toEqual([
      ['First Steady Entry', 'projects', 11],
      ['Sixth Steady Entry', 'projects', 41],
      ['Fourth Steady Entry', 'kernel', 31],
      ['Last Steady Entry', 'kernel', 52],
      ['Second Steady Entry', 'kernel', 16],
    ]);
    expect(entryTitled(result, 'Sixth Steady Entry').tasks).toEqual(['Read the \\<project> text as text.']);
    expect(result.report?.categories.map((c) => c.key)).toEqual(['projects', 'kernel']);
    expect(result.report?.intro).toBe('An invented quarter in which editors slipped in several ways, one slip per project.');
  });

  it('reports each broken project as an error with the line of the slip and of the project', () => {
    const file = 'fixtures/xml/editor-slips.xml';
    expect(result.problems).toEqual([
      skipped(file, 27, 'an end tag does not match <tt> opened at line 26 (an unclosed <tt> or a stray end tag)', 23),
      skipped(file, 38, 'a comment opened at line 38 is not closed before the next <project>', 36),
      skipped(file, 49, 'an end tag does not match <body> opened at line 49 (an unclosed <body> or a stray end tag)', 47),
    ]);
  });

  it('reads the same projects the same way as the document without the slips', () => {
    const whole = readInline(
      readFileSync(path.join(FIXTURES, 'editor-slips.xml'), 'utf8')
        .replace('<tt>frob\n', '<tt>frob</tt>\n')
        .replace('<!-- that never ends.', 'that ends.')
        .replace('</p></em>', '</p>'),
      '2017-04-2017-06',
    );
    expect(whole.problems).toEqual([]);
    const kept = new Set(result.entries.map((e) => e.id));
    expect(whole.entries.filter((e) => kept.has(e.id)).map((e) => without(e, ['source']))).toEqual(result.entries.map((e) => without(e, ['source'])));
  });
});

describe('readXmlReport: broken input', () => {
  it('keeps every project completed before a truncation and reports the error with its line (truncated.xml)', () => {
    const result = readFixture('truncated.xml', '2019-01-2019-03');
    expect(result.entries.map((e) => e.title)).toEqual(['Complete One', 'Complete Two']);
    expect(result.problems).toEqual([skipped('fixtures/xml/truncated.xml', 21, '<p> opened at line 21 is not closed before the end of the report', 19)]);
    expect(result.report?.categories.map((c) => c.key)).toEqual(['projects']);
  });

  it('loses only the project with a mismatched end tag, reading the ones after it', () => {
    const result = readInline(
      inlineReport('<project><title>Good</title><body><p>ok</p></body></project>\n<project><title>Bad</title><body><p>x</q></body></project>\n<project><title>After</title></project>'),
    );
    expect(result.entries.map((e) => e.title)).toEqual(['After', 'Good']);
    expect(result.problems).toEqual([skipped('inline.xml', 5, 'an end tag does not match <p> opened at line 5 (an unclosed <p> or a stray end tag)', 5)]);
  });

  it('reads every project of a report whose only fault lies outside them, and says so', () => {
    const unended = readInline(inlineReport('<project><title>One</title></project>\n<project><title>Two</title></project>').replace('</report>', ''));
    expect(unended.entries.map((e) => e.title)).toEqual(['One', 'Two']);
    expect(unended.problems).toEqual([{ severity: 'error', file: 'inline.xml', line: 6, message: 'XML is not well-formed: unclosed tag: report; every <project> is read' }]);
  });

  it('loses only a broken <category>, filing its projects under the category its name meant', () => {
    const result = readInline(
      '<?xml version="1.0"?>\n<report>\n<category><name>proj</name><description>Projects</category>\n' +
        '<category><name>kern</name><description>Kernel</description></category>\n' +
        '<project cat="proj"><title>One</title></project>\n<project cat="kern"><title>Two</title></project>\n</report>\n',
    );
    // Kernel, the category left whole, first: the one the broken <category> meant is known only from its projects.
    expect(result.entries.map((e) => [e.title, e.category])).toEqual([
      ['Two', 'kernel'],
      ['One', 'projects'],
    ]);
    expect(result.problems.map((p) => [p.severity, p.line, p.message.replace(/;.*/, '')])).toEqual([
      ['error', 3, 'XML is not well-formed: an end tag does not match <description> opened at line 3 (an unclosed <description> or a stray end tag)'],
      ['warning', 5, 'cat="proj" names no category of this report'],
    ]);
  });

  it('gives an error and no report for an empty file (empty.xml)', () => {
    expect(readFixture('empty.xml', '2020-01-2020-03')).toEqual({
      entries: [],
      problems: [{ severity: 'error', file: 'fixtures/xml/empty.xml', message: 'empty file' }],
    });
  });

  it('says a report with no <project> read no entries, an error that keeps what an earlier import published', () => {
    const result = readInline(inlineReport('<section><title>Introduction</title><p>Only words of welcome.</p></section>'));
    expect(result.report?.id).toBe('2016-01-2016-03');
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([{ severity: 'error', file: 'inline.xml', line: 2, message: 'no entries found (no <project> in the report)' }]);
  });

  it('reports a duplicate title with both lines and still emits the second; slug clashes alone are fine (duplicate-titles.xml)', () => {
    const result = readFixture('duplicate-titles.xml', '2019-07-2019-09');
    expect(result.entries.map((e) => [e.slug, e.title])).toEqual([
      // In upstream's order: by title as written, where "Storage   work" comes before "Storage Work".
      ['storage-work-2', 'Storage work'],
      ['storage-work', 'Storage Work'],
      ['storage-work-3', 'Storage: Work!'],
    ]);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        file: 'fixtures/xml/duplicate-titles.xml',
        line: 13,
        message: 'duplicate title "Storage work" (first at line 8); kept as storage-work-2',
      },
      {
        severity: 'error',
        file: 'fixtures/xml/duplicate-titles.xml',
        line: 23,
        message: '<project> has an empty <title>, so no title at all; entry skipped',
      },
      {
        severity: 'error',
        file: 'fixtures/xml/duplicate-titles.xml',
        line: 28,
        message: '<project> has no <title>, so no title at all; entry skipped',
      },
    ]);
  });

  it('is given a bad report id: error, nothing read', () => {
    const result = readInline(inlineReport(''), '2016-13');
    expect(result.report).toBeUndefined();
    expect(result.problems).toEqual([{ severity: 'error', file: 'inline.xml', message: '"2016-13" is not a report id' }]);
  });
});

describe('readXmlReport: hostile markup in a body (hostile.xml)', () => {
  // Links are sanitized when Markdown is rendered; this pins what the stored Markdown holds.
  const [entry] = readFixture('hostile.xml', '2019-10-2019-12').entries;

  it('drops the script element and its text', () => {
    expect(entry?.body).not.toMatch(/<script/i);
    expect(entry?.body).not.toContain("alert('owned')");
  });

  it('keeps the image without its event handler, a javascript: link in the body as its text alone', () => {
    expect(entry?.body).toBe('Before the script.\n\n![pic](https://www.freebsd.org/news/status/x.png) after the image.\n\nclick me');
    expect(entry?.body).not.toContain('onerror');
  });

  it('drops a javascript: link of the Links list, which the API would hand to other tools, with a warning', () => {
    const { entries, problems } = readFixture('hostile.xml', '2019-10-2019-12');
    expect(entries[0]?.links).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', message: 'link "javascript:alert(1)" would run a script; dropped' }));
  });
});

describe('readXmlReport: structures of the loose era', () => {
  it('keeps headings outside <body> as body text and reads sponsors misplaced inside <body>', () => {
    const result = readInline(
      inlineReport(`<project><title>Odd Shape</title><icon>32/kern.png</icon>
        <h3>Before the body</h3>
        <body><p>Main text.</p><sponsor> Hidden Sponsor </sponsor></body>
        <partialsponsor>Half Sponsor</partialsponsor>
        <help><task>One</task> 0 <task>Two</task></help>
      </project>`),
    );
    const [entry] = result.entries;
    expect(entry?.body).toBe('### Before the body\n\nMain text.');
    expect(entry?.sponsors).toEqual(['Hidden Sponsor', 'Half Sponsor (in part)']); // document order; "in part" as upstream's page said
    expect(entry?.tasks).toEqual(['One', 'Two']);
    expect(result.problems).toEqual([
      { severity: 'warning', file: 'inline.xml', line: 8, message: 'stray text "0" between the tasks of <help>; ignored' },
    ]);
  });

  it('reads closing "Sponsor:" lines of a body as sponsors, as the rendered page does', () => {
    const result = readInline(
      inlineReport(`<project><title>Late Style</title>
        <body><p>Sponsor: in the middle stays text.</p><p>Work went on.</p>
        <p>Sponsor: Example Foundation<br/>Sponsor: Widget Makers, Inc</p></body>
      </project>`),
    );
    const [entry] = result.entries;
    expect(entry?.sponsors).toEqual(['Example Foundation', 'Widget Makers, Inc']);
    expect(entry?.body).toBe('Sponsor: in the middle stays text.\n\nWork went on.');
  });

  it('reads a closing "Sponsor:" line written outside any paragraph, after a list, as the sponsor', () => {
    const [entry] = readInline(
      inlineReport(`<project><title>Bare Sponsor</title>
        <body><p>Done this quarter:</p>
<ul>
<li><p>Quoll sensor driver
</p></li></ul>
Sponsor: Quoll Robotics

</body></project>`),
    ).entries;
    expect(entry?.sponsors).toEqual(['Quoll Robotics']);
    expect(entry?.body).toBe('Done this quarter:\n\n- Quoll sensor driver');
  });

  it('reads a <help> without <task> as one task, and turns <url> and <email> in a body into links', () => {
    const [entry] = readInline(
      inlineReport(`<project><title>Help Text</title>
        <body><p>See <url href="https://example.org/u">this</url>, mail <email>x@example.org</email>.</p></body>
        <help>Testers <em>wanted</em>.</help></project>`),
    ).entries;
    expect(entry?.tasks).toEqual(['Testers _wanted_.']);
    expect(entry?.body).toBe('See [this](https://example.org/u), mail <x@example.org>.');
  });

  it('keeps words in <links> that no link can hold as the first paragraph of the body, with a warning', () => {
    const result = readInline(
      inlineReport(`<project><title>Pending Site</title>
        <links>A site will follow.</links>
        <body><p>Work has started.</p></body></project>`),
    );
    expect(result.entries[0]?.links).toEqual([]);
    expect(result.entries[0]?.body).toBe('A site will follow.\n\nWork has started.');
    expect(result.problems).toEqual([{ severity: 'warning', file: 'inline.xml', line: 5, message: 'text "A site will follow." in <links> holds no link; kept in the body' }]);
  });

  it('files a project without cat under General, and a misspelt or foreign cat under the category it meant, each with a warning', () => {
    const result = readInline(
      inlineReport(`<category><name>kern</name><description>Kernel</description></category>
      <project cat="kern"><title>Filed</title></project>
      <project><title>Unfiled</title></project>
      <project cat="arcj"><title>Misspelt</title></project>
      <project cat="soc"><title>Known Elsewhere</title></project>`),
    );
    expect(result.entries.map((e) => e.category)).toEqual(['kernel', 'general', 'architectures', 'google-summer-of-code']);
    expect(result.report?.categories.map((c) => [c.key, c.order])).toEqual([
      ['kernel', 0],
      ['general', 1],
      ['architectures', 2],
      ['google-summer-of-code', 3],
    ]);
    // Not "reports from before entries were sorted into categories": this one sorts them.
    expect(result.report?.categories[1]?.description).toBe('Entries this report gave no category.');
    expect(result.problems.map((p) => p.message)).toEqual([
      '<project> has no cat attribute; filed under "General"',
      'cat="arcj" names no category of this report; filed under "Architectures"',
      'cat="soc" names no category of this report; filed under "Google Summer of Code"',
    ]);
  });
});

describe("readXmlReport: the order of upstream's page", () => {
  const projects = '<project cat="kern"><title>beta driver</title></project>\n<project cat="kern"><title>\n  Zeta driver</title></project>\n<project cat="kern"><title>Alpha driver</title></project>\n<project cat="doc"><title>Atlas</title></project>';
  const report = `<?xml version="1.0"?>\n<report>\n<category><name>doc</name><description>Documentation</description></category>\n<category><name>kern</name><description>Kernel</description></category>\n${projects}\n</report>\n`;

  it('lists each category by title as written, in capitals, before 2019 Q4, as report.xsl sorted them', () => {
    // A title opening on a new line sorts before any letter, as in the stylesheet.
    expect(readInline(report, '2019-07-2019-09').entries.map((e) => e.title)).toEqual(['Atlas', 'Zeta driver', 'Alpha driver', 'beta driver']);
  });

  it("keeps the file's order within each category from 2019 Q4 on", () => {
    expect(readInline(report, '2019-10-2019-12').entries.map((e) => e.title)).toEqual(['Atlas', 'beta driver', 'Zeta driver', 'Alpha driver']);
  });
});

describe('readXmlReport: slips of the bad-input audit', () => {
  it('reads a bare & as text with a warning at its line, keeping the entry and those after it', () => {
    const result = readInline(
      inlineReport(
        [
          '<project cat="misc"><title>Gizmo Bridge</title>',
          '<body><ul>',
          '<li>Ported to the Sprocket 9 board</li>',
          '<li><p>Tests by Alma & Bert</p></li>',
          '</ul>',
          '<p>AT&T-style cables, &amp; an escaped one, &#233; and &#xe9;</p></body></project>',
          '<project cat="misc"><title>Other Work</title><body><p>Fine.</p></body></project>',
        ].join('\n'),
      ),
    );
    expect(result.entries.map((e) => e.title)).toEqual(['Gizmo Bridge', 'Other Work']);
    expect(result.entries[0]?.body).toContain('Tests by Alma & Bert');
    expect(result.entries[0]?.body).toContain('é and é');
    expect(result.problems).toEqual([
      { severity: 'warning', file: 'inline.xml', line: 7, message: 'unescaped "&" (write &amp;); read as text' },
      { severity: 'warning', file: 'inline.xml', line: 9, message: 'unescaped "&" (write &amp;); read as text' },
    ]);
  });

  it.each([
    ['a misspelt <report>, well-formed', '<?xml version="1.0"?>\n<reports>\n<project><title>A</title></project>\n</reports>\n', 'reports', 'a misspelt <report>?'],
    ['a misspelt start tag whose end tag is right', '<?xml version="1.0"?>\n<reprot>\n<project><title>A</title></project>\n</report>\n', 'reprot', 'a misspelt <report>?'],
    ['an HTML page named report-*.xml', '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body><p>Hi<br></p></body></html>\n', 'html', 'an HTML page, not an XML status report'],
  ])('gives one error for a document element that is not <report>: %s', (_, xml, name, what) => {
    const result = readInline(xml);
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([
      { severity: 'error', file: 'inline.xml', line: 2, message: `document element is <${name}>, not <report> (${what}); nothing is read from this file` },
    ]);
  });

  it('warns of a title with no letter or digit at its line and gives it untitled, untitled-2… in file order', () => {
    const result = readInline(
      inlineReport(
        [
          '<project cat="misc"><title>???</title><body><p>First.</p></body></project>',
          '<project cat="misc">\n<title>...</title><body><p>Second.</p></body></project>',
          '<project cat="misc"><title>Widget Work</title><body><p>Third.</p></body></project>',
        ].join('\n'),
      ),
    );
    const slugOf = (body: string): string | undefined => result.entries.find((e) => e.body === body)?.slug;
    expect([slugOf('First.'), slugOf('Second.'), slugOf('Third.')]).toEqual(['untitled', 'untitled-2', 'widget-work']);
    expect(result.problems).toEqual([
      { severity: 'warning', file: 'inline.xml', line: 4, message: 'title "???" has no Latin letter or digit to make a slug of; the entry\'s slug is untitled (untitled, untitled-2, … in file order)' },
      { severity: 'warning', file: 'inline.xml', line: 6, message: 'title "..." has no Latin letter or digit to make a slug of; the entry\'s slug is untitled-2 (untitled, untitled-2, … in file order)' },
    ]);
  });

  it('moves a closing sponsor sentence in the plural or present tense to sponsors, and leaves one that says more', () => {
    const result = readInline(
      inlineReport(
        [
          '<project cat="misc"><title>Plural</title><body><p>Two widgets.</p>',
          '<p>These projects are sponsored by\n  Gizmo Works, Inc.</p></body></project>',
          '<project cat="misc"><title>Present</title><body><p>One widget.</p>',
          '<p>This work is being sponsored by Acme Labs and the Imaginary Trust.</p></body></project>',
          '<project cat="misc"><title>More</title><body><p>A sprocket.</p>',
          '<p>This project is sponsored by Acme Labs and was tested by Bo Stream.</p></body></project>',
        ].join('\n'),
      ),
    );
    expect(entryTitled(result, 'Plural')).toMatchObject({ sponsors: ['Gizmo Works, Inc.'], body: 'Two widgets.' });
    expect(entryTitled(result, 'Present')).toMatchObject({ sponsors: ['Acme Labs', 'the Imaginary Trust'], body: 'One widget.' });
    expect(entryTitled(result, 'More')).toMatchObject({ sponsors: [], body: 'A sprocket.\n\nThis project is sponsored by Acme Labs and was tested by Bo Stream.' });
  });
});
