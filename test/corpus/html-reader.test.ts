import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownLinkTargets } from '../../lib/content';
import { readHtmlReport } from '../../lib/import/html/read-html-report';
import { formatProblem, type ImportProblem, type ReaderResult } from '../../lib/import/types';
import { EntryFrontMatterSchema, ReportFrontMatterSchema, type Entry } from '../../lib/model';
import { findCorpus } from './corpus-dir';
import { markupLeftovers } from './markup-leftovers';

const corpus = findCorpus();
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Every warning the reader gives on the 81 real pages, each a real upstream quirk:
 * - scheme-less link URLs (`www.…`, a bare address), read as http:// / mailto: like the XML reader;
 * - link URLs wrapped across lines in the XML they were rendered from (white space removed), in
 *   the Links table and in the text alike;
 * - one empty `<url href="">` row in the Links table (dropped);
 * - names upstream rendered as mojibake ("LuÃ§i", soft hyphens as "Â­"), read as UTF-8 (by the
 *   decoder the XML reader shares, which warns at the same names in the XML: see xml-reader.test.ts),
 *   one warning per page naming its lines;
 * - "Port Management Team" headings edited to "Ports" after rendering while their anchors kept
 *   the original title, which is the one the XML has.
 */
const EXPECTED_WARNINGS = [
  'report-2005-03-2005-06.html:1272 contains white space',
  'report-2005-03-2005-06.html:1277 contains white space',
  'report-2005-03-2005-06.html:1282 contains white space',
  'report-2005-03-2005-06.html:1287 contains white space',
  'report-2005-10-2005-12.html:289 address without a scheme',
  'report-2006-06-2006-10.html:1088 host name without a scheme',
  'report-2006-06-2006-10.html:1547 contains white space',
  'report-2006-10-2006-12.html:1333 contains white space',
  'report-2006-10-2006-12.html:1334 contains white space',
  'report-2007-04-2007-06.html:295 without a URL',
  'report-2008-07-2008-09.html:450 mojibake',
  'report-2009-10-2009-12.html:684 mojibake',
  'report-2011-01-2011-03.html:1081 mojibake',
  'report-2011-04-2011-06.html:378 host name without a scheme',
  'report-2011-10-2011-12.html:511 host name without a scheme',
  'report-2012-01-2012-03.html:528 host name without a scheme',
  'report-2012-01-2012-03.html:557 contains white space',
  'report-2012-04-2012-06.html:381 edited heading',
  'report-2013-07-2013-09.html:319 edited heading',
  'report-2013-10-2013-12.html:361 edited heading',
  'report-2014-01-2014-03.html:380 edited heading',
  'report-2014-04-2014-06.html:337 edited heading',
];

function warningKind(p: ImportProblem): string {
  const kinds: [RegExp, string][] = [
    [/is an address without a scheme/, 'address without a scheme'],
    [/is a host name without a scheme/, 'host name without a scheme'],
    [/contains white space/, 'contains white space'],
    [/without a URL; dropped/, 'without a URL'],
    [/UTF-8 text in a file declared ISO-8859-1/, 'mojibake'],
    [/^heading reads .* its anchor was made from/, 'edited heading'],
  ];
  const kind = kinds.find(([re]) => re.test(p.message))?.[1] ?? p.message;
  return `${path.basename(p.file)}:${p.line ?? '?'} ${kind}`;
}

/** Front matter of an entry or report: everything but the fields stored outside it. */
function frontMatterOf(record: object, stored: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !stored.includes(key)));
}

function countMatches(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

describe.skipIf(!corpus)('the HTML reader on all real rendered pages', () => {
  const results = new Map<string, ReaderResult>();
  const entryOf = (reportId: string, title: string): Entry => {
    const found = results.get(reportId)?.entries.find((e) => e.title === title);
    if (!found) throw new Error(`no entry "${title}" in ${reportId}`);
    return found;
  };
  const allEntries = (): Entry[] => [...results.values()].flatMap((r) => r.entries);

  beforeAll(() => {
    const dir = path.join(corpus ?? '', 'html');
    for (const name of readdirSync(dir).filter((n) => /^report-.*\.html$/.test(n)).sort()) {
      const reportId = name.replace(/^report-/, '').replace(/\.html$/, '');
      results.set(reportId, readHtmlReport({ path: `html/${name}`, bytes: readFileSync(path.join(dir, name)), reportId }));
    }
  });

  it('reads all 81 pages with no error', () => {
    expect(results.size).toBe(81);
    const errors = [...results.values()].flatMap((r) => r.problems).filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
    for (const [id, result] of results) {
      expect(result.report?.id, id).toBe(id);
      expect(result.entries.length, id).toBeGreaterThan(0);
    }
  });

  it('gives exactly the 22 known warnings', () => {
    const warnings = [...results.values()].flatMap((r) => r.problems).filter((p) => p.severity === 'warning');
    console.log(`HTML reader warnings on the corpus (${warnings.length}):\n${warnings.map(formatProblem).join('\n')}`);
    expect(warnings.map(warningKind)).toEqual(EXPECTED_WARNINGS);
  });

  it('reads 42 entries from 2020-10-2020-12 and 2,469 in all', () => {
    expect(results.get('2020-10-2020-12')?.entries).toHaveLength(42);
    expect(allEntries()).toHaveLength(2469);
  });

  it('gives schema-valid front matter for every report and entry', () => {
    for (const result of results.values()) {
      const checked = ReportFrontMatterSchema.safeParse(frontMatterOf(result.report ?? {}, ['intro']));
      expect(checked.success, `${result.report?.id}: ${checked.error?.message ?? ''}`).toBe(true);
    }
    for (const entry of allEntries()) {
      const checked = EntryFrontMatterSchema.safeParse(frontMatterOf(entry, ['id', 'slug', 'body']));
      expect(checked.success, `${entry.id}: ${checked.error?.message ?? ''}`).toBe(true);
    }
  });

  it('gives unique entry ids', () => {
    const ids = allEntries().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves no raw tags or entities in bodies, intros, tasks and category descriptions', () => {
    const found: string[] = [];
    for (const result of results.values()) {
      for (const text of [result.report?.intro ?? '', ...(result.report?.categories ?? []).map((c) => c.description ?? '')]) {
        found.push(...markupLeftovers(text, { asciidoc: false }).map((l) => `${result.report?.id}: ${l}`));
      }
      for (const e of result.entries) {
        for (const text of [e.body, ...e.tasks]) found.push(...markupLeftovers(text, { asciidoc: false }).map((l) => `${e.id}: ${l}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('makes every link absolute, in front matter and in Markdown', () => {
    const relative: string[] = [];
    for (const e of allEntries()) {
      for (const url of [...e.links.map((l) => l.url), ...markdownLinkTargets(e.body), ...e.tasks.flatMap(markdownLinkTargets)]) {
        if (!ABSOLUTE.test(url)) relative.push(`${e.id}: ${url}`);
      }
    }
    for (const result of results.values()) {
      for (const url of markdownLinkTargets(result.report?.intro ?? '')) if (!ABSOLUTE.test(url)) relative.push(`${result.report?.id}: ${url}`);
    }
    expect(relative).toEqual([]);
  });

  it('keeps each sub-list written between the items of a list with the item before it, as browsers show it', () => {
    // The same 18 entries as in the XML: parsers keep such a list where it stands, between two <li>s.
    const opensWithList = /^ *(?:[-*]|\d+[.)]) +(?:[-*]|\d+[.)]) /m;
    expect(allEntries().filter((e) => opensWithList.test(e.body)).map((e) => e.id)).toEqual([]);
  });

  it('keeps the Links table, contacts, sponsors and tasks out of the bodies', () => {
    const repeated = allEntries().filter((e) => /^(?:Links$|URL:|Open tasks:|This project was sponsored by)/m.test(e.body));
    // The one left is an author's own sentence ("… sponsored by [Multiplay](…) and implemented by …").
    expect(repeated.map((e) => e.id)).toEqual(['2013-04-2013-06/zfs-trim-and-enhanced-bio-delete-support']);
  });

  it('files entries of categorized pages under their page heading, and old pages under general', () => {
    expect(results.get('2001-06')?.report?.categories.map((c) => c.key)).toEqual(['general']);
    expect(results.get('2013-09-devsummit')?.report?.categories.map((c) => c.key)).toEqual(['general']);
    expect(results.get('2020-10-2020-12')?.report?.categories.map((c) => c.key)).toEqual([
      'freebsd-team-reports',
      'projects',
      'kernel',
      'architectures',
      'userland-programs',
      'ports',
      'documentation',
      'miscellaneous',
      'third-party-projects',
    ]);
    for (const result of results.values()) {
      const keys = new Set(result.report?.categories.map((c) => c.key));
      for (const e of result.entries) expect(keys.has(e.category), e.id).toBe(true);
    }
  });

  // Each checked by hand against the upstream page.
  describe('fidelity', () => {
    it('2001-06 Binary Updater Project: two contacts, one unnamed link, no category', () => {
      const e = entryOf('2001-06', 'Binary Updater Project');
      expect(e).toMatchObject({ id: '2001-06/binary-updater-project', category: 'general', sponsors: [], tasks: [] });
      expect(e.source.line).toBe(309);
      expect(e.contacts).toEqual([
        { name: 'Eric Melville', email: 'eric@FreeBSD.org' },
        { name: 'Murray Stokely', email: 'murray@FreeBSD.org' },
      ]);
      expect(e.links).toEqual([{ url: 'http://people.FreeBSD.org/~murray/updater.html', text: '' }]);
    });

    it('2003-10-2003-12 icc: a leaked <emph> becomes emphasis, four list items', () => {
      const e = entryOf('2003-10-2003-12', 'Compile FreeBSD with Intels C compiler (icc)');
      expect(e.contacts).toEqual([{ name: 'Alexander Leidinger', email: 'netchild@FreeBSD.org' }]);
      expect(e.links.map((l) => l.url)).toEqual(['http://www.Leidinger.net/FreeBSD/']);
      expect(e.body).toContain('Current _icc_ stats');
      expect(countMatches(e.body, /^\s*- /gm)).toBe(4);
    });

    it('2005-03-2005-06 Dingo: a contact without address, one task', () => {
      const e = entryOf('2005-03-2005-06', 'Dingo');
      expect(e.category).toBe('network-infrastructure');
      expect(e.contacts).toEqual([{ name: 'Several' }]);
      expect(e.links).toEqual([{ url: 'http://www.freebsd.org/projects/dingo/', text: 'somewhat out of date' }]);
      expect(e.tasks).toEqual(['See the web page.']);
    });

    it('2007-07-2007-10 Admins: the address the XML put inside <name> is read back', () => {
      const e = entryOf('2007-07-2007-10', 'FreeBSD.org Admins Report');
      expect(e.category).toBe('freebsd-team-reports');
      expect(e.contacts).toEqual([{ name: 'FreeBSD.org Admins Team', email: 'admins@FreeBSD.org' }]);
    });

    it('2010-01-2010-03 ZFS: three contacts, two links, one code block, two tasks', () => {
      const e = entryOf('2010-01-2010-03', 'ZFS');
      expect(e.category).toBe('kernel');
      expect(e.contacts.map((c) => c.email)).toEqual(['pjd@FreeBSD.org', 'mm@FreeBSD.org', 'delphij@FreeBSD.org']);
      expect(e.contacts[0]?.name).toBe('Pawel Jakub Dawidek');
      expect(e.links.map((l) => new URL(l.url).host)).toEqual(['perforce.freebsd.org', 'hub.opensolaris.org']);
      expect(e.links[0]?.url).toMatch(/^http:\/\/perforce\.FreeBSD\.org\/.*\/user\/pjd\/zfs$/);
      expect(countMatches(e.body, /^```/gm)).toBe(2);
      expect(e.body).toContain('# zpool get version tank');
      expect(e.tasks).toHaveLength(2);
      expect(e.tasks[0]).toMatch(/^Bring ZFS v15 changes/);
    });

    it('2014-01-2014-03 PCI SR-IOV Infrastructure: sponsor without the stylesheet period', () => {
      const e = entryOf('2014-01-2014-03', 'PCI SR-IOV Infrastructure');
      expect(e.id).toBe('2014-01-2014-03/pci-sr-iov-infrastructure');
      expect(e.category).toBe('kernel');
      expect(e.contacts).toEqual([{ name: 'Ryan Stone', email: 'rstone@FreeBSD.org' }]);
      expect(e.links.map((l) => l.url)).toEqual(['https://github.com/rysto32/freebsd/tree/iov_ixgbe']);
      expect(e.sponsors).toEqual(['Sandvine, Inc']);
    });

    it('2014-01-2014-03 FreeBSD/arm64: three open tasks with inline code', () => {
      const e = entryOf('2014-01-2014-03', 'FreeBSD/arm64');
      expect(e.slug).toBe('freebsd-arm64');
      expect(e.category).toBe('architectures');
      expect(e.links.map((l) => l.url)).toEqual(['http://svnweb.freebsd.org/base/projects/arm64/', 'https://github.com/zxombie/aarch64-freebsd-sandbox']);
      expect(e.tasks).toHaveLength(3);
      expect(e.tasks[0]).toBe('Implement an initial `pmap(9)` layer.');
      expect(e.tasks[2]).toBe('Test on real hardware.');
    });

    it('2017-10-2017-12 FreeBSD on PowerNV (ppc64): four contacts, five sponsors from one sentence', () => {
      const e = entryOf('2017-10-2017-12', 'FreeBSD on PowerNV (ppc64)');
      expect(e.contacts.map((c) => c.email)).toEqual(['pdk@semihalf.com', 'wma@FreeBSD.org', 'mst@semihalf.com', 'nw@FreeBSD.org']);
      expect(e.links.map((l) => l.url)).toEqual(['https://github.com/Semihalf/powernv', 'https://github.com/open-power/skiboot']);
      expect(e.sponsors).toEqual(['IBM', 'The FreeBSD Foundation', 'QCM Technologies', 'Semihalf', 'Limelight Networks (Kevin Bowling)']);
    });

    it('2019-04-2019-06 libvdsk: a stray <sponsor> element is a sponsor', () => {
      const e = entryOf('2019-04-2019-06', 'libvdsk - QCOW2 implementation');
      expect(e.category).toBe('third-party-projects');
      expect(e.contacts.map((c) => c.name)).toEqual(['Sergiu Weisz', 'Marcel Molenaar', 'Marcelo Araujo', 'Mihai Carabas']);
      expect(e.links.map((l) => l.url)).toEqual(['https://github.com/xcllnt/libvdsk']);
      expect(e.sponsors).toEqual(['Matthew Grooms']);
      expect(e.body).not.toContain('Matthew Grooms');
      expect(countMatches(e.body, /^\s*- /gm)).toBe(4);
    });

    it('2020-10-2020-12 Continuous Integration: the author-written contact paragraph stays in the body', () => {
      const e = entryOf('2020-10-2020-12', 'Continuous Integration');
      expect(e.category).toBe('freebsd-team-reports');
      expect(e.source.line).toBe(665);
      expect(e.contacts).toEqual([
        { name: 'Jenkins Admin', email: 'jenkins-admin@FreeBSD.org' },
        { name: 'Li-Wen Hsu', email: 'lwhsu@FreeBSD.org' },
      ]);
      expect(e.links).toHaveLength(9);
      expect(e.links[0]).toEqual({ url: 'https://ci.FreeBSD.org', text: 'FreeBSD Jenkins Instance' });
      expect(e.links[8]?.url).toBe('https://github.com/freebsd/freebsd-ci');
      expect(e.sponsors).toEqual(['The FreeBSD Foundation']);
      expect(e.body.startsWith('Contact: [freebsd-testing Mailing List]')).toBe(true);
      expect(e.body).not.toMatch(/^Sponsor:/m);
    });

    it('2020-10-2020-12 helloSystem and FreeBSD Foundation: the last report the pages alone hold', () => {
      const hello = entryOf('2020-10-2020-12', 'helloSystem');
      expect(hello.category).toBe('third-party-projects');
      expect(hello.contacts).toEqual([{ name: 'Simon Peter', email: 'probono@puredarwin.org' }]);
      expect(hello.links).toEqual([{ url: 'https://hellosystem.github.io/docs/', text: 'Documentation' }]);
      expect(hello.body).toContain('`#helloSystem`');
      expect(countMatches(hello.body, /^\s*- /gm)).toBe(3);

      const foundation = entryOf('2020-10-2020-12', 'FreeBSD Foundation');
      expect(foundation.contacts).toEqual([{ name: 'Deb Goodkin', email: 'deb@FreeBSDFoundation.org' }]);
      expect(foundation.links).toEqual([]);
      expect(countMatches(foundation.body, /^### /gm)).toBe(8);
    });
  });
});
