import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownLinkTargets } from '../../lib/content';
import { formatProblem, type ImportProblem } from '../../lib/import/types';
import { createEntityTable } from '../../lib/import/xml/entities';
import { readXmlReport } from '../../lib/import/xml/read-xml-report';
import { EntryFrontMatterSchema, ReportFrontMatterSchema, type Entry, type Report } from '../../lib/model';
import { findCorpus } from './corpus-dir';

const corpus = findCorpus();

interface Reading {
  file: string;
  report?: Report;
  entries: Entry[];
  problems: ImportProblem[];
}

/** Lines of Markdown list items, all depths; and those indented under another item. */
const listItems = (md: string) => (md.match(/^ *(?:[-*]|\d+[.)]) /gm) ?? []).length;
const nestedListItems = (md: string) => (md.match(/^ {2,}(?:[-*]|\d+[.)]) /gm) ?? []).length;
const codeBlocks = (md: string) => (md.match(/^ *```/gm) ?? []).length / 2;
const tables = (md: string) => (md.match(/^ *\| *-+ *\|/gm) ?? []).length;
/** The front matter of an entry or report: the record without its body fields. */
const without = (record: object, keys: readonly string[]) => Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

describe.skipIf(!corpus)('legacy XML reader over the real corpus', () => {
  const xmlDir = path.join(corpus ?? '', 'xml');
  const readings: Reading[] = [];
  let elapsedMs = 0;

  beforeAll(() => {
    const entities = createEntityTable(
      readFileSync(path.join(xmlDir, 'share', 'freebsd.ent'), 'utf8'),
      readFileSync(path.join(xmlDir, 'share', 'authors.ent'), 'utf8'),
    );
    const files = readdirSync(xmlDir)
      .filter((f) => /^report-.*\.xml$/.test(f) && f !== 'report-sample.xml' && f !== 'report-template.xml')
      .sort();
    const bytes = files.map((f) => readFileSync(path.join(xmlDir, f)));
    const started = performance.now();
    files.forEach((file, i) => {
      const reportId = file.replace(/^report-|\.xml$/g, '');
      const result = readXmlReport({ path: `xml/${file}`, bytes: bytes[i] ?? new Uint8Array(), reportId, entities });
      readings.push({ file, ...result });
    });
    elapsedMs = performance.now() - started;
    console.log(`read ${files.length} XML reports in ${Math.round(elapsedMs)} ms`);
  });

  const allEntries = () => readings.flatMap((r) => r.entries);
  const allProblems = () => readings.flatMap((r) => r.problems);
  const entry = (id: string): Entry => {
    const found = allEntries().find((e) => e.id === id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };

  it('reads all 80 reports, every one with a report and without errors', () => {
    expect(readings).toHaveLength(80);
    expect(readings.filter((r) => !r.report).map((r) => r.file)).toEqual([]);
    expect(allProblems().filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('reads one entry per <project>: 2,437 over the 80 reports', () => {
    // The corpus README says 2,438 `<project>` elements: that count includes the one in
    // report-sample.xml, an authoring template. The 80 reports hold 2,437 start tags and
    // 2,437 end tags, and every one becomes an entry.
    const startTags = readings.reduce((n, r) => n + (readFileSync(path.join(xmlDir, r.file), 'latin1').match(/<project[\s>]/g) ?? []).length, 0);
    expect(startTags).toBe(2437);
    expect(allEntries()).toHaveLength(2437);
    expect(new Set(allEntries().map((e) => e.id)).size).toBe(2437);
  });

  it('has exactly the known warnings, each kind explained', () => {
    const warnings = allProblems().filter((p) => p.severity === 'warning');
    console.log(`${warnings.length} warnings:\n${warnings.map(formatProblem).join('\n')}`);
    const kinds = new Map<string, number>();
    for (const w of warnings) {
      const kind = w.message.replace(/"[^"]*"/g, '"…"').replace(/ read as .*$/, ' read as …');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(kinds)).toEqual({
      // 2004-07-2004-12 (4×) and 2005-07-2005-10 (1×): projects in a report with categories
      // but no cat attribute; upstream's stylesheet left them out of the page entirely.
      '<project> has no cat attribute; filed under "…"': 5,
      // cat="project" (2005-01), "vendor" and "doc" (2007-10, which defines only "docs"),
      // "arcj" (2010-01), "soc" (2012-10): names the report does not define; also left out upstream.
      'cat="…" names no category of this report; filed under "…"': 5,
      // "www.FreeBSDFoundation.org" (2011-04, 2011-10, 2012-01) and a www.freebsd.org path
      // (2006-06) written without http://; the old page made them relative, broken links.
      'link "…" is a host name without a scheme; read as …': 4,
      // "freesbie@gufi.org" given as a link href (2005-10).
      'link "…" is an address without a scheme; read as …': 1,
      // URLs wrapped across a space: two Perforce URLs in <links> (2006-10); in body links, four
      // FreshPorts pages (2005-03), a FreshPorts news post (2006-06) and a PDF (2012-01).
      'link "…" contains white space; read as …': 8,
      // A note on who keeps the page, written after the link in <links> (2008-04 Bugbusting).
      'text "…" after a link in <links>; added to the end of that link\'s text': 1,
      // `<url href=""></url>` (2007-04).
      'link with an empty href and no URL in its text; dropped': 1,
      // A stray "0" between the tasks of one <help> (2007-10).
      'stray text "…" between the tasks of <help>; ignored': 1,
      // UTF-8 in files declared ISO-8859-1, one warning per file naming its lines, each read as
      // the UTF-8 it is; upstream's page showed the mojibake (the HTML reader warns at the same
      // names): 2008-07 (a contact's given and common name, lines 748 and 750, in a file that
      // also holds real Latin-1 letters), 2009-10 (a contact name, a file that is UTF-8
      // throughout) and 2011-01 (two soft hyphens in one link text, UTF-8 throughout too).
      'UTF-8 text in a file declared ISO-8859-1 (upstream showed it as mojibake); read as …': 3,
      // An address typed with the closing bracket mail puts round it (2001-07).
      'contact address "…" has a stray angle bracket; read as …': 1,
    });
    expect(warnings).toHaveLength(30);
    const mojibake = warnings.filter((w) => w.message.startsWith('UTF-8 text in a file declared ISO-8859-1'));
    expect(mojibake.map((w) => `${w.file}:${w.line ?? '?'}`)).toEqual([
      'xml/report-2008-07-2008-09.xml:748',
      'xml/report-2009-10-2009-12.xml:859',
      'xml/report-2011-01-2011-03.xml:1679',
    ]);
    expect(mojibake[0]?.message).toContain('on 2 lines: 748 ("Ã©" as "é"), 750 ("Ã©" as "é")');
  });

  it('validates every report and entry against the front matter schemas', () => {
    const issues: string[] = [];
    for (const r of readings) {
      if (!r.report) continue;
      const checked = ReportFrontMatterSchema.safeParse(without(r.report, ['intro']));
      if (!checked.success) issues.push(`${r.file}: ${checked.error.message}`);
    }
    for (const e of allEntries()) {
      const checked = EntryFrontMatterSchema.safeParse(without(e, ['id', 'slug', 'body']));
      if (!checked.success) issues.push(`${e.id}: ${checked.error.message}`);
    }
    expect(issues).toEqual([]);
  });

  it('leaves no entity reference or XHTML tag in titles, bodies and tasks', () => {
    // `\<email>` and `` `<email>` `` are upstream prose about the DocBook tag, escaped as text.
    const leftover = /&os;|&a\.|<\/|(?<![\\`])<(?:p|tt|ul|ol|li|a|em|b|i|pre|br|code|table|tr|td|th|body|project|url|sponsor|task|email|contact|person|given|common)[\s>/]/i;
    const found = allEntries().flatMap((e) =>
      [e.title, e.body, ...e.tasks].filter((t) => leftover.test(t)).map((t) => `${e.id}: ${leftover.exec(t)?.[0]}`),
    );
    expect(found).toEqual([]);
    expect(readings.filter((r) => r.report && /&os;|&a\.|<\//.test(r.report.intro)).map((r) => r.file)).toEqual([]);
  });

  it('keeps each sub-list written between the items of a list with the item before it', () => {
    // 40 such lists in 18 entries (2006-10 to 2020-04); read as they were, every one of them
    // opened the next item instead, as a list item whose first line is a list.
    const opensWithList = /^ *(?:[-*]|\d+[.)]) +(?:[-*]|\d+[.)]) /m;
    expect(allEntries().filter((e) => [e.body, ...e.tasks].some((t) => opensWithList.test(t))).map((e) => e.id)).toEqual([]);
  });

  it('removes the white space a wrapped line left in a link of the body', () => {
    const spaced = allEntries().flatMap((e) => [e.body, ...e.tasks].flatMap(markdownLinkTargets).filter((url) => /\s/.test(url)).map((url) => `${e.id}: ${url}`));
    expect(spaced).toEqual([]);
  });

  it('makes every link absolute', () => {
    const relative = allEntries().flatMap((e) => e.links.filter((l) => !/^[a-z][a-z0-9+.-]*:\S+$/i.test(l.url)).map((l) => `${e.id}: ${l.url}`));
    expect(relative).toEqual([]);
    expect(allEntries().reduce((n, e) => n + e.links.length, 0)).toBeGreaterThan(3500);
  });

  it('reads every closing "Sponsor:" line as a sponsor, one written as bare text after a list too (2020)', () => {
    expect(allEntries().filter((e) => /^Sponsor:/m.test(e.body)).map((e) => e.id)).toEqual([]);
    expect(entry('2020-01-2020-03/nxp-arm64-soc-support').sponsors).toEqual(['Alstom Group']);
  });

  it('files entries of reports without categories under General, and the rest under their report’s categories', () => {
    const general = readings.filter((r) => r.report?.categories.length === 1 && r.report.categories[0]?.key === 'general');
    // 2001-06 to 2004-05-2004-06 (17 reports) and the two Developer Summit specials.
    expect(general.map((r) => r.report?.id)).toHaveLength(19);
    for (const r of readings) {
      const keys = new Set(r.report?.categories.map((c) => c.key));
      expect(r.entries.filter((e) => !keys.has(e.category)).map((e) => e.id)).toEqual([]);
    }
  });

  it('reads the whole corpus in a few seconds', () => {
    expect(elapsedMs).toBeLessThan(30_000);
  });

  // Each checked by hand against its upstream file.
  describe('fidelity of single entries', () => {
    it('2001-06 Binary Updater Project: split names, a link without text', () => {
      const e = entry('2001-06/binary-updater-project');
      expect(e.category).toBe('general');
      expect(e.contacts).toEqual([
        { name: 'Eric Melville', email: 'eric@FreeBSD.org' },
        { name: 'Murray Stokely', email: 'murray@FreeBSD.org' },
      ]);
      expect(e.links).toEqual([{ url: 'http://people.FreeBSD.org/~murray/updater.html', text: '' }]);
      expect([e.sponsors, e.tasks]).toEqual([[], []]);
    });

    it('2001-07 OpenPackages: no <contact> at all', () => {
      const e = entry('2001-07/openpackages');
      expect(e.contacts).toEqual([]);
      expect(e.links.map((l) => l.url)).toEqual(['http://openpackages.org/']);
    });

    it('2001-08 SMPng: lists written inside paragraphs', () => {
      const e = entry('2001-08/smpng');
      expect(e.contacts.map((c) => c.email)).toEqual(['jhb@FreeBSD.org', 'wemm@FreeBSD.org']);
      expect(e.links.map((l) => l.url)).toEqual(['http://www.FreeBSD.org/~jasone/smp/']);
      expect(listItems(e.body)).toBe(9);
      expect(e.body).toContain('from last month:\n\n- ');
    });

    it('2001-12-2002-01 KAME: two name/email pairs in one <person>', () => {
      const e = entry('2001-12-2002-01/kame');
      expect(e.contacts).toEqual([
        { name: 'KAME core team', email: 'core@kame.net' },
        { name: 'KAME Users Mailing List', email: 'snap-users@kame.net' },
      ]);
      expect(e.links.map((l) => l.url)).toEqual(['http://www.kame.net/']);
    });

    it('2002-09-2002-10 OSF DCE 1.1 RPC UUIDs: a <person> nested in a <person>', () => {
      const e = entry('2002-09-2002-10/osf-dce-1-1-rpc-uuids');
      expect(e.contacts).toEqual([
        { name: 'Marcel Moolenaar', email: 'marcel@FreeBSD.org' },
        { name: 'Hiten Pandya', email: 'hiten@uk.FreeBSD.org' },
      ]);
      expect(e.links.map((l) => l.url)).toEqual(['http://www.FreeBSD.org/cgi/cvsweb.cgi/src/lib/libc/uuid']);
    });

    it('2004-07-2004-12 Atheros Wireless Support: no cat in a report with categories', () => {
      const e = entry('2004-07-2004-12/atheros-wireless-support');
      expect(e.category).toBe('general');
      expect(e.contacts).toEqual([{ name: 'Sam Leffler', email: 'sam@FreeBSD.org' }]);
      expect(e.links).toEqual([]);
    });

    it('2005-01-2005-03 Linux userland infrastructure: three tasks, one holding a list', () => {
      const e = entry('2005-01-2005-03/update-of-the-linux-userland-infrastructure');
      expect(e.category).toBe('ports');
      expect(e.contacts).toEqual([
        { name: 'Alexander Leidinger', email: 'netchild@FreeBSD.org' },
        { name: 'Emulation Mailinglist', email: 'freebsd-emulation@FreeBSD.org' },
      ]);
      expect(e.tasks).toHaveLength(3);
      expect(e.tasks[0]).toContain('common RPM code');
      expect(listItems(e.tasks[1] ?? '')).toBe(4);
    });

    it('2007-07-2007-10 FreeBSD.org Admins Report: <email> inside <name>', () => {
      const e = entry('2007-07-2007-10/freebsd-org-admins-report');
      expect(e.category).toBe('freebsd-team-reports');
      expect(e.contacts).toEqual([{ name: 'FreeBSD.org Admins Team', email: 'admins@FreeBSD.org' }]);
    });

    it('2008-07-2008-09 Synaptics touchpads: a UTF-8 name in a file declared ISO-8859-1 that also holds Latin-1', () => {
      const e = entry('2008-07-2008-09/synaptics-touchpads-support-improvements-in-psm-4');
      expect(e.contacts).toEqual([{ name: 'Jean-S\u00e9bastien P\u00e9dron', email: 'dumbbell@FreeBSD.org' }]);
    });

    it('2009-10-2009-12 Syncing pf(4): a UTF-8 name in a file declared ISO-8859-1', () => {
      const e = entry('2009-10-2009-12/syncing-pf-4-with-openbsd-4-5');
      expect(e.category).toBe('network-infrastructure');
      expect(e.contacts).toEqual([{ name: 'Ermal Luçi', email: 'eri@FreeBSD.org' }]);
      expect(e.links.map((l) => l.url)).toEqual(['http://svn.FreeBSD.org/viewvc/base/user/eri/pf45/', 'http://svn.FreeBSD.org/base/user/eri/pf45/head/']);
      expect(e.tasks).toHaveLength(2);
      expect(e.tasks[0]).toContain('need to be made VIMAGE');
    });

    it('2006-10-2006-12 FreeBSD/powerpc on Freescale MPC8555: five numbered groups, each with its sub-list', () => {
      const e = entry('2006-10-2006-12/freebsd-powerpc-on-freescale-mpc8555');
      // The sub-lists stand between the <li>s upstream; each belongs under the number before it.
      const groups = e.body.split(/^(?=\d+\. )/m).slice(1);
      expect(groups.map((g) => (g.match(/^ {3}- /gm) ?? []).length)).toEqual([4, 6, 2, 0, 2]);
    });

    it('2005-03-2005-06 FreshPorts: four body links wrapped across lines, repaired with a warning each', () => {
      const e = entry('2005-03-2005-06/freshports');
      const repaired = markdownLinkTargets(e.body).filter((url) => url.includes('freshports.org/p'));
      expect(repaired).toEqual([
        'http://www.freshports.org/ports-deprecated.php',
        'http://www.freshports.org/ports-expired.php',
        'http://www.freshports.org/ports-expiration-date.php',
        'http://www.freshports.org/phorum/read.php?f=1&i=1021&t=1021#reply_1021',
      ]);
      const lines = allProblems().filter((p) => p.file === 'xml/report-2005-03-2005-06.xml' && p.message.includes('white space')).map((p) => p.line);
      expect(lines).toEqual([220, 225, 230, 236]);
    });

    it('2008-04-2008-06 FreeBSD Bugbusting Team: a note after a link in <links> ends that link\'s text', () => {
      const e = entry('2008-04-2008-06/freebsd-bugbusting-team');
      const link = e.links.find((l) => l.url.endsWith('/Commonly_reported_issues'));
      expect(link?.text).toMatch(/^Commonly Reported Issues maintained by .* analysis\)$/);
    });

    it('2010-10-2010-12 FreeBSD Services Control: a URL as bare text in <links>', () => {
      const e = entry('2010-10-2010-12/freebsd-services-control-fsc');
      expect(e.category).toBe('userland-programs');
      expect(e.contacts).toEqual([{ name: 'Tom Rhodes', email: 'trhodes@FreeBSD.org' }]);
      expect(e.links).toEqual([{ url: 'http://people.FreeBSD.org/~trhodes/fsc/', text: '' }]);
    });

    it('2010-01-2010-03 geom_sched: a <pre> block', () => {
      const e = entry('2010-01-2010-03/geom-sched');
      expect(e.contacts.map((c) => c.email)).toEqual(['luigi@FreeBSD.org', 'fabio@FreeBSD.org']);
      expect(e.links.map((l) => l.url)).toEqual(['http://info.iet.unipi.it/~luigi/geom_sched/']);
      expect(codeBlocks(e.body)).toBe(1);
    });

    it('2014-01-2014-03 PCI SR-IOV Infrastructure', () => {
      const e = entry('2014-01-2014-03/pci-sr-iov-infrastructure');
      expect(e.title).toBe('PCI SR-IOV Infrastructure');
      expect(e.category).toBe('kernel');
      expect(e.contacts).toEqual([{ name: 'Ryan Stone', email: 'rstone@FreeBSD.org' }]);
      expect(e.links).toEqual([{ url: 'https://github.com/rysto32/freebsd/tree/iov_ixgbe', text: 'Work in progress on GitHub' }]);
      expect(e.sponsors).toEqual(['Sandvine, Inc']);
      expect(e.tasks).toEqual([]);
      expect(e.body).toContain('`ixgbe(4)`');
    });

    it('2014-01-2014-03 Updated vt(4) System Console: three code blocks, two lists, seven tasks', () => {
      const e = entry('2014-01-2014-03/updated-vt-4-system-console');
      expect(e.title).toBe('Updated vt(4) System Console');
      expect(e.contacts.map((c) => c.email)).toEqual(['ray@FreeBSD.org', 'emaste@FreeBSD.org', 'ed@FreeBSD.org']);
      expect(e.links.map((l) => l.url)).toEqual(['https://wiki.freebsd.org/Newcons']);
      expect(codeBlocks(e.body)).toBe(3);
      expect(listItems(e.body)).toBe(16);
      expect(e.sponsors).toEqual(['The FreeBSD Foundation']);
      expect(e.tasks).toHaveLength(7);
      expect(e.tasks[0]).toContain('Create sub-directories for `vt(4)`');
    });

    it('2014-01-2014-03 Jenkins: &a.login; names in the body', () => {
      const e = entry('2014-01-2014-03/jenkins-continuous-integration-for-freebsd');
      expect(e.category).toBe('projects');
      expect(e.contacts.map((c) => c.email)).toEqual(['rodrigc@FreeBSD.org', 'jenkins-admin@FreeBSD.org', 'freebsd-testing@FreeBSD.org']);
      expect(e.links).toHaveLength(6);
      expect(e.links[0]?.url).toBe('https://jenkins.FreeBSD.org');
      expect(e.body).toContain('Li-Wen Hsu maintains');
      expect(e.sponsors).toEqual(['iXsystems, Inc']);
      expect(e.tasks).toHaveLength(8);
    });

    it('2015-07-2015-09 Multiqueue Testing: a list nested in an ordered list', () => {
      const e = entry('2015-07-2015-09/multiqueue-testing');
      expect(e.category).toBe('google-summer-of-code');
      expect(e.contacts.map((c) => c.name)).toEqual(['Tiwei Bie', 'Hiren Panchasara', 'George Neville-Neil', 'Robert Watson']);
      expect(e.links).toEqual([{ url: 'https://wiki.FreeBSD.org/SummerOfCode2015/MultiqueueTestingProject', text: 'Project Wiki Page' }]);
      expect(listItems(e.body)).toBe(7);
      expect(nestedListItems(e.body)).toBe(5);
    });

    it('2015-07-2015-09 Ports Collection: &a.login.email; in the body becomes a name and an address', () => {
      const e = entry('2015-07-2015-09/ports-collection');
      expect(e.contacts.map((c) => c.email)).toEqual(['portmgr-secretary@FreeBSD.org', 'portmgr@FreeBSD.org']);
      expect(e.links).toHaveLength(8);
      expect(e.body).toContain('Jason Unovitch <junovitch@FreeBSD.org>');
      expect(e.tasks).toHaveLength(1);
    });

    it('2017-07-2017-09 Release Engineering: <sponsor> and <partialsponsor>', () => {
      const e = entry('2017-07-2017-09/freebsd-release-engineering-team');
      expect(e.contacts).toEqual([{ name: 'FreeBSD Release Engineering Team', email: 're@FreeBSD.org' }]);
      expect(e.links.map((l) => l.url)).toEqual([
        'https://www.FreeBSD.org/releases/11.1R/announce.html',
        'https://www.FreeBSD.org/releases/10.4R/schedule.html',
        'https://download.FreeBSD.org/ftp/snapshots/ISO-IMAGES/',
      ]);
      expect(e.sponsors).toEqual(['The FreeBSD Foundation [1]', 'The FreeBSD Foundation [2] (in part)']);
    });

    it('2017-10-2017-12 PowerNV: one person with two addresses, five sponsors', () => {
      const e = entry('2017-10-2017-12/freebsd-on-powernv-ppc64');
      expect(e.contacts).toEqual([
        { name: 'Patryk Duda', email: 'pdk@semihalf.com' },
        { name: 'Wojciech Macek', email: 'wma@FreeBSD.org' },
        { name: 'Wojciech Macek', email: 'wma@semihalf.com' },
        { name: 'Michal Stanek', email: 'mst@semihalf.com' },
        { name: 'Nathan Whitehorn', email: 'nw@FreeBSD.org' },
      ]);
      expect(e.links.map((l) => l.url)).toEqual(['https://github.com/Semihalf/powernv', 'https://github.com/open-power/skiboot']);
      expect(e.sponsors).toEqual(['IBM', 'The FreeBSD Foundation', 'QCM Technologies', 'Semihalf', 'Limelight Networks (Kevin Bowling)']);
      expect(listItems(e.body)).toBe(11);
    });

    it('2019-07-2019-09 FreeBSD/powerpc Project: a table inside a list item', () => {
      const e = entry('2019-07-2019-09/freebsd-powerpc-project');
      expect(e.category).toBe('architectures');
      expect(e.contacts.map((c) => c.email)).toEqual(['linimon@FreeBSD.org', 'jhibbits@FreeBSD.org', 'pkubaj@FreeBSD.org']);
      expect(e.links.map((l) => l.url)).toEqual([
        'https://wiki.freebsd.org/powerpc/ports',
        'https://wiki.freebsd.org/powerpc/ports/PortsOnGcc',
        'https://wiki.freebsd.org/powerpc/ports/PortsOnClang',
        'https://wiki.freebsd.org/powerpc/llvm-elfv2',
      ]);
      expect(listItems(e.body)).toBe(12);
      expect(tables(e.body)).toBe(1);
      expect(e.body).toContain('| Queued | Built |');
    });

    it('2020-01-2020-03 elfctl utility: <pre> inside <p> stays a code block', () => {
      const e = entry('2020-01-2020-03/elfctl-utility');
      expect(e.contacts).toEqual([{ name: 'Ed Maste', email: 'emaste@freebsd.org' }]);
      expect(codeBlocks(e.body)).toBe(3);
      expect(e.body).toContain('\n\n```\n$ elfctl -l\n');
    });

    it('2020-07-2020-09 CheriBSD 2020 Q3: bare URLs in <links>, nine contacts', () => {
      const e = entry('2020-07-2020-09/cheribsd-2020-q3');
      expect(e.category).toBe('architectures');
      expect(e.contacts).toHaveLength(9);
      expect(e.contacts[0]).toEqual({ name: 'Alex Richardson', email: 'arichardson@FreeBSD.org' });
      expect(e.links.map((l) => l.url)).toEqual([
        'http://www.cheri-cpu.org',
        'https://github.com/CTSRD-CHERI/cheribsd',
        'https://fett.darpa.mil',
        'https://www.morello-project.org',
        'https://developer.arm.com/architectures/cpu-architecture/a-profile/morello',
      ]);
    });
  });

  describe('report-level fidelity', () => {
    it('2017-07-2017-09: categories from <description>, the team one with &enbase; resolved', () => {
      const report = readings.find((r) => r.report?.id === '2017-07-2017-09')?.report;
      expect(report?.title).toBe('FreeBSD Status Report, 2017 Q3 (July–September)');
      expect(report?.categories.map((c) => c.key)).toEqual([
        'freebsd-team-reports', 'projects', 'kernel', 'architectures', 'userland-programs', 'ports', 'documentation', 'third-party-projects',
      ]);
      expect(report?.categories[0]?.description).toContain('(https://www.freebsd.org/administration.html)');
    });

    it('2013-05-devsummit: a special without categories', () => {
      const r = readings.find((x) => x.report?.id === '2013-05-devsummit');
      expect(r?.report?.title).toBe('FreeBSD Status Report, May 2013 Developer Summit');
      expect(r?.report?.period).toEqual({ start: '2013-05', end: '2013-05' });
      expect(r?.entries).toHaveLength(6);
      expect(new Set(r?.entries.map((e) => e.category))).toEqual(new Set(['general']));
    });
  });
});
