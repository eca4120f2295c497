import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareReadings, type ReportAgreement } from '../../lib/import/agreement';
import { applyLaterCorrections } from '../../lib/import/later-corrections';
import { readHtmlReport } from '../../lib/import/html/read-html-report';
import { createEntityTable } from '../../lib/import/xml/entities';
import { readXmlReport } from '../../lib/import/xml/read-xml-report';
import type { Entry } from '../../lib/model';
import { findCorpus } from './corpus-dir';

const corpus = findCorpus();

/**
 * `<project>`s upstream's stylesheet left out of the page: their `cat` names no category of
 * their report, and report.xsl renders a categorized report category by category.
 */
const NOT_RENDERED = [
  '2004-07-2004-12: Atheros Wireless Support',
  '2004-07-2004-12: New DHCP Client',
  '2004-07-2004-12: ifconfig Overhaul',
  '2004-07-2004-12: Wireless Networking Support',
  '2005-01-2005-03: if_bridge from NetBSD',
  '2005-07-2005-10: Problem Report Database',
  '2007-10-2007-12: if_nxge -- Neterion Xframe 10Gb …',
  '2007-10-2007-12: FreeBSD Greek Documentation Team',
  '2010-01-2010-03: FreeBSD/mips on Octeon',
  '2012-10-2012-12: Google Summer of Code 2013',
];

const EDITED_PORTMGR = '"Port Management Team" was edited to "Ports Management Team" in the page after rendering';

/**
 * Entries (by XML title) whose contacts cannot agree, and why: exactly the differences found.
 * None is left that comes from encoding: both readers decode with `decodeUpstreamBytes`, which
 * repairs UTF-8 shown as ISO-8859-1 in either (2008-07-2008-09, 2009-10-2009-12 agree).
 */
const KNOWN_CONTACT_DIFFERENCES: Record<string, string> = {
  '2001-07: FreeBSD Monthly Development Status Reports': 'an address typed with a stray ">" after it; the XML reader drops the bracket (with a warning), the page shows it',
  '2001-12-2002-01: KAME': 'one <person> holds two name/address pairs; the page shows the first',
  '2002-09-2002-10: OSF DCE 1.1 RPC UUIDs': 'a <person> nested in a <person>; the page shows the outer one',
  '2013-07-2013-09: FreeBSD Port Management Team': EDITED_PORTMGR,
  '2013-10-2013-12: FreeBSD Port Management Team': EDITED_PORTMGR,
  '2014-01-2014-03: FreeBSD Port Management Team': EDITED_PORTMGR,
  '2014-04-2014-06: FreeBSD Port Management Team': EDITED_PORTMGR,
  '2014-10-2014-12: Ports Collection': EDITED_PORTMGR,
  '2015-01-2015-03: Ports Collection': EDITED_PORTMGR,
  '2017-10-2017-12: FreeBSD on PowerNV (ppc64)': 'one person with two addresses; the page shows the first',
};

/** Entries (by XML title) whose link URLs cannot agree, and why: exactly the differences found. */
const KNOWN_LINK_DIFFERENCES: Record<string, string> = {
  '2010-10-2010-12: FreeBSD Services Control (fsc)': 'the URL is bare text inside <links>; the page shows an empty table',
  '2015-10-2015-12: ioat(4) Driver Enhancements': 'a /news/status/ link was edited to /status/ in the page after rendering',
  '2020-07-2020-09: CheriBSD 2020 Q3': 'the URLs are bare text inside <links>; the page shows an empty table',
};

interface Reading {
  id: string;
  xml: Entry[];
  html: Entry[];
  agreement: ReportAgreement;
}

/** Long titles are compared by their first words, to keep corpus text out of this file. */
function shorten(title: string): string {
  return title.length > 50 ? `${title.slice(0, 48).trimEnd()} …` : title;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(2)}%`;
}

function sponsorKey(entry: Entry): string {
  return [...entry.sponsors].sort().join('|');
}

describe.skipIf(!corpus)('the XML and HTML readings of the 80 reports that have both', () => {
  const readings: Reading[] = [];
  let shared = 0;

  beforeAll(() => {
    const root = corpus ?? '';
    const entities = createEntityTable(
      readFileSync(path.join(root, 'xml', 'share', 'authors.ent'), 'utf8'),
      readFileSync(path.join(root, 'xml', 'share', 'freebsd.ent'), 'utf8'),
    );
    for (const name of readdirSync(path.join(root, 'html')).filter((n) => /^report-.*\.html$/.test(n)).sort()) {
      const id = name.replace(/^report-/, '').replace(/\.html$/, '');
      const xmlFile = path.join(root, 'xml', `report-${id}.xml`);
      if (!existsSync(xmlFile)) continue;
      const xml = readXmlReport({ path: `xml/report-${id}.xml`, bytes: readFileSync(xmlFile), reportId: id, entities }).entries;
      const html = readHtmlReport({ path: `html/${name}`, bytes: readFileSync(path.join(root, 'html', name)), reportId: id }).entries;
      const agreement = compareReadings(xml, html);
      readings.push({ id, xml, html, agreement });
      shared += agreement.shared;
    }
  });

  it('covers the 80 reports', () => {
    expect(readings).toHaveLength(80);
  });

  it('finds the same entry titles, except the projects the stylesheet never rendered', () => {
    const onlyXml = readings.flatMap((r) => r.agreement.titlesOnlyInFirst.map((t) => `${r.id}: ${t}`));
    const onlyHtml = readings.flatMap((r) => r.agreement.titlesOnlyInSecond.map((t) => `${r.id}: ${t}`));
    expect(onlyHtml).toEqual([]);
    expect(onlyXml.map(shorten).sort()).toEqual([...NOT_RENDERED].sort());
    const rendered = readings.reduce((n, r) => n + r.xml.length, 0) - NOT_RENDERED.length;
    expect(shared).toBe(rendered);
    console.log(`titles: ${shared} of ${rendered} rendered XML entries found in the HTML (100%)`);
  });

  it('agrees on contacts for at least 99.5% of the entries, every difference explained', () => {
    const differ = readings.flatMap((r) => r.agreement.contactMismatches.map((t) => `${r.id}: ${t}`));
    console.log(
      `contacts: ${percent(shared - differ.length, shared)} agree (${shared - differ.length}/${shared}); differing:\n` +
        differ.map((d) => `  ${d} — ${KNOWN_CONTACT_DIFFERENCES[d] ?? 'UNEXPLAINED'}`).join('\n'),
    );
    expect(differ.filter((d) => !(d in KNOWN_CONTACT_DIFFERENCES))).toEqual([]);
    expect(Object.keys(KNOWN_CONTACT_DIFFERENCES).filter((d) => !differ.includes(d))).toEqual([]);
    // 2,417 of 2,427 (99.59%).
    expect(shared - differ.length).toBe(2417);
    expect((shared - differ.length) / shared).toBeGreaterThanOrEqual(0.995);
  });

  it('agrees on link URLs for at least 99.8% of the entries, every difference explained', () => {
    const differ = readings.flatMap((r) => r.agreement.linkMismatches.map((t) => `${r.id}: ${t}`));
    console.log(
      `links: ${percent(shared - differ.length, shared)} agree (${shared - differ.length}/${shared}); differing:\n` +
        differ.map((d) => `  ${d} — ${KNOWN_LINK_DIFFERENCES[d] ?? 'UNEXPLAINED'}`).join('\n'),
    );
    expect(differ.filter((d) => !(d in KNOWN_LINK_DIFFERENCES))).toEqual([]);
    expect(Object.keys(KNOWN_LINK_DIFFERENCES).filter((d) => !differ.includes(d))).toEqual([]);
    expect((shared - differ.length) / shared).toBeGreaterThanOrEqual(0.998);
  });

  // Both readers take closing "Sponsor:" lines as sponsors; one entry differs (2,426 of 2,427).
  it('agrees on sponsors for at least 99.9% of the entries', () => {
    let same = 0;
    for (const r of readings) {
      const html = new Map(r.html.map((e) => [e.slug, e]));
      for (const x of r.xml) {
        const h = html.get(x.slug);
        if (h && sponsorKey(h) === sponsorKey(x)) same++;
      }
    }
    console.log(`sponsors: ${percent(same, shared)} agree (${same}/${shared})`);
    expect(same / shared).toBeGreaterThanOrEqual(0.999);
  });

  // Upstream fixed its pages after the XML's last commit; the site shows them as they are today.
  it("takes the pages' later corrections in exactly the entries upstream corrected", () => {
    const corrected = readings.flatMap((r) => {
      const { entries, problems } = applyLaterCorrections(r.xml, r.html);
      const changed = entries.filter((e, i) => e !== r.xml[i]).map((entry) => ({ id: entry.id, entry }));
      expect(problems).toHaveLength(changed.length);
      return changed;
    });
    console.log(`later corrections: ${corrected.length} entries`);
    expect(corrected.map((c) => c.id).sort()).toEqual([
      '2009-04-2009-09/freebsd-gecko-project',
      '2010-04-2010-06/ports-collection',
      '2012-04-2012-06/the-freebsd-port-management-team',
      '2012-07-2012-09/the-freebsd-core-team',
      '2013-07-2013-09/freebsd-core-team',
      '2013-07-2013-09/freebsd-port-management-team',
      '2013-10-2013-12/freebsd-port-management-team',
      '2013-10-2013-12/freebsd-postmaster-team',
      '2014-01-2014-03/freebsd-core-team',
      '2014-01-2014-03/freebsd-port-management-team',
      '2014-04-2014-06/freebsd-port-management-team',
      '2014-10-2014-12/ports-collection',
      '2015-01-2015-03/ports-collection',
      '2015-10-2015-12/ioat-4-driver-enhancements',
      '2016-04-2016-06/the-freebsd-foundation',
      '2017-07-2017-09/updates-to-gdb',
      '2018-01-2018-09/hardenedbsd-2018q3-update',
      '2019-07-2019-09/signals-delivered-on-unhandled-page-faults',
      '2020-04-2020-06/cheribsd-2020-q2',
      '2020-07-2020-09/cheribsd-2020-q3',
    ]);
    const team = corrected.filter((c) => c.id.endsWith('/freebsd-port-management-team')).map((c) => c.entry);
    expect(team.map((e) => e.title)).toEqual(Array(4).fill('FreeBSD Ports Management Team'));
    expect(team.filter((e) => /\bPort Management\b/.test(e.body))).toEqual([]);
    // The team signs under the name the page gives it now where the page renamed it (its contacts' differences above).
    const signed = corrected.filter((c) => c.entry.contacts.some((p) => /Ports Management Team/.test(p.name))).map((c) => `${c.entry.report}: ${c.entry.title}`);
    expect(signed.sort()).toEqual(Object.keys(KNOWN_CONTACT_DIFFERENCES).filter((k) => KNOWN_CONTACT_DIFFERENCES[k] === EDITED_PORTMGR).map((k) => k.replace('Port Management', 'Ports Management')).sort());
    expect(corrected.filter((c) => /\boccured\b/.test(c.entry.body))).toEqual([]);
  });

  it("lists every report's entries in the order of upstream's page", () => {
    const differ = readings.filter((r) => {
      const onPage = new Set(r.html.map((e) => e.slug));
      const ours = r.xml.map((e) => e.slug).filter((slug) => onPage.has(slug));
      const inXml = new Set(ours);
      return ours.join(' ') !== r.html.map((e) => e.slug).filter((slug) => inXml.has(slug)).join(' ');
    });
    expect(differ.map((r) => r.id)).toEqual([]);
  });
});
