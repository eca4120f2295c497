import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLaterCorrections } from '../../lib/import/later-corrections';
import { createReadContext, readPlan } from '../../lib/import/plan';
import type { Entry } from '../../lib/model';
import { tempDir } from '../temp-dir';

function entry(fields: Partial<Entry> & { body: string }): Entry {
  return {
    id: '2095-01-2095-03/kettle-driver',
    slug: 'kettle-driver',
    title: 'Kettle Driver',
    report: '2095-01-2095-03',
    category: 'kernel',
    contacts: [],
    links: [],
    sponsors: [],
    tasks: [],
    source: { format: 'xml', file: 'xml/report-2095-01-2095-03.xml', line: 40 },
    ...fields,
  };
}

const corrected = (xml: Partial<Entry> & { body: string }, page: Partial<Entry> & { body: string }) => applyLaterCorrections([entry(xml)], [entry({ ...page, source: { format: 'html', file: 'html/report-2095-01-2095-03.html' } })]);

describe('applyLaterCorrections', () => {
  it("takes a word the page corrected, keeping the rest of the text as written, and says so at the XML's line", () => {
    const { entries, problems } = corrected(
      { body: 'The kettle now boils\nwhen a timeout occured, and *never* before.\n\n- occured once more' },
      { body: 'The kettle now boils when a timeout occurred, and *never* before.\n\n- occurred once more' },
    );
    expect(entries[0]!.body).toBe('The kettle now boils\nwhen a timeout occurred, and *never* before.\n\n- occurred once more');
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'xml/report-2095-01-2095-03.xml',
        line: 40,
        message: 'upstream\'s page for "Kettle Driver" was corrected after this XML was last committed: "occured," → "occurred,", "occured" → "occurred"; the page\'s wording is kept',
      },
    ]);
  });

  it("shows the page's edited title but keeps the slug the title as written gave", () => {
    const { entries } = corrected({ title: 'Kettle Driver Team', body: 'Text.' }, { title: 'Kettles Driver Team', body: 'Text.' });
    expect([entries[0]!.title, entries[0]!.slug, entries[0]!.id]).toEqual(['Kettles Driver Team', 'kettle-driver', '2095-01-2095-03/kettle-driver']);
  });

  it('takes a moved link target, in the text and in the links, where the link is the same one', () => {
    const { entries } = corrected(
      { body: 'See [the notes](https://example.org/old/notes/).', links: [{ url: 'https://example.org/old/', text: 'Home' }] },
      { body: 'See [the notes](https://example.org/notes/).', links: [{ url: 'https://example.org/new/', text: 'Home' }] },
    );
    expect(entries[0]!.body).toBe('See [the notes](https://example.org/notes/).');
    expect(entries[0]!.links).toEqual([{ url: 'https://example.org/new/', text: 'Home' }]);
  });

  it("takes a contact's name the page corrected where both give the same addresses in the same order, and no other", () => {
    const contacts = [
      { name: 'Kettle Port Team', email: 'kettle@example.org' },
      { name: 'Ann Lee', email: 'ann@example.org' },
    ];
    const renamed = [{ ...contacts[0]!, name: 'Kettle Ports Team' }, contacts[1]!];
    expect(corrected({ body: 'x', contacts }, { body: 'x', contacts: renamed }).entries[0]!.contacts).toEqual(renamed);
    const reordered = [renamed[1]!, renamed[0]!];
    expect(corrected({ body: 'x', contacts }, { body: 'x', contacts: reordered }).entries[0]!.contacts).toEqual(contacts);
    const noAddress = [{ name: 'Kettle Port Team' }];
    expect(corrected({ body: 'x', contacts: noAddress }, { body: 'x', contacts: [{ name: 'Kettle Ports Team' }] }).entries[0]!.contacts).toEqual(noAddress);
  });

  it('leaves links alone where the two readings list different links', () => {
    const links = [{ url: 'https://example.org/a', text: 'A' }];
    expect(corrected({ body: 'x', links }, { body: 'x', links: [] }).entries[0]!.links).toEqual(links);
    expect(corrected({ body: 'x', links }, { body: 'x', links: [{ url: 'https://example.org/b', text: 'B' }] }).entries[0]!.links).toEqual(links);
  });

  it('changes nothing the two readers only render apart: code fences, a heading one of them drops, a rewritten passage', () => {
    const xml = {
      body: '### What it is\n\nThe kettle.\n\n```\nmake kettle\n```\n\nIt boils water for tea in the morning quickly.',
    };
    const page = { body: 'The kettle.\n\n`make kettle`\n\nIt heats up something else entirely for the whole office every day.' };
    const { entries, problems } = corrected(xml, page);
    expect(entries[0]!.body).toBe(xml.body);
    expect(problems).toEqual([]);
  });

  it('puts a change of a different number of words in only within one line', () => {
    expect(corrected({ body: 'The kettle (program). Done.' }, { body: 'The kettle program. Done.' }).entries[0]!.body).toBe('The kettle program. Done.');
    const split = { body: 'The kettle (program\nnotes). Done.' };
    expect(corrected(split, { body: 'The kettle program. Done.' }).entries[0]!.body).toBe(split.body);
  });

  it('leaves an entry the page does not have as it is', () => {
    const only = entry({ body: 'occured' });
    expect(applyLaterCorrections([only], [])).toEqual({ entries: [only], problems: [] });
  });
});

describe('readPlan with the page rendered from an XML report', () => {
  it("reads the XML, then takes the page's later corrections", async () => {
    const dir = tempDir('kb-later-');
    const xml = path.join(dir, 'report-2095-01-2095-03.xml');
    const html = path.join(dir, 'report-2095-01-2095-03.html');
    writeFileSync(
      xml,
      '<?xml version="1.0"?>\n<report><date><month>January-March</month><year>2095</year></date>\n<category><name>misc</name><description>Misc</description></category>\n' +
        '<project cat="misc"><title>Kettle Port Team</title><contact><person><name>Ann Lee</name><email>ann@example.org</email></person></contact>' +
        '<body><p>The Kettle Port Team sorted every kettle that ever occured.</p></body></project></report>\n',
    );
    writeFileSync(
      html,
      '<html><body><div id="contentwrap"><h1><a name="misc">Misc</a></h1><hr /><h2><a name="Kettle-Port-Team">Kettle Ports Team</a></h2>' +
        '<p>Contact: Ann Lee &lt;<a href="mailto:ann@example.org">ann@example.org</a>&gt;</p>' +
        '<p>The Kettle Ports Team sorted every kettle that ever occurred.</p><hr /></div></body></html>\n',
    );
    const { result } = await readPlan(
      {
        id: '2095-01-2095-03',
        format: 'xml',
        found: { id: '2095-01-2095-03', path: xml, displayPath: 'xml/report-2095-01-2095-03.xml' },
        renderedPage: { id: '2095-01-2095-03', path: html, displayPath: 'html/report-2095-01-2095-03.html' },
      },
      await createReadContext({ entityFiles: [] }),
    );
    expect(result.entries.map((e) => [e.slug, e.title, e.body])).toEqual([['kettle-port-team', 'Kettle Ports Team', 'The Kettle Ports Team sorted every kettle that ever occurred.']]);
    expect(result.problems.filter((p) => p.message.includes('corrected after'))).toHaveLength(1);
  });
});

describe('readPlan with a rendered page it cannot read', () => {
  it('takes the XML as it reads, with a warning naming the page', async () => {
    const dir = tempDir('kb-later-missing-');
    const xml = path.join(dir, 'report-2095-01-2095-03.xml');
    writeFileSync(xml, '<?xml version="1.0"?>\n<report><date><month>January-March</month><year>2095</year></date>\n<project cat="misc"><title>Kettle Team</title><body><p>It occured.</p></body></project></report>\n');
    const { result } = await readPlan(
      {
        id: '2095-01-2095-03',
        format: 'xml',
        found: { id: '2095-01-2095-03', path: xml, displayPath: 'xml/report-2095-01-2095-03.xml' },
        renderedPage: { id: '2095-01-2095-03', path: path.join(dir, 'nowhere.html'), displayPath: 'html/report-2095-01-2095-03.html' },
      },
      await createReadContext({ entityFiles: [] }),
    );
    expect(result.entries.map((e) => e.body)).toEqual(['It occured.']);
    expect(result.problems).toContainEqual({ severity: 'warning', file: 'html/report-2095-01-2095-03.html', message: expect.stringMatching(/^could not be read, so the XML's entries are taken as they are: ENOENT/) });
  });
});
