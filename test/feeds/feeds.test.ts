import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import {
  answerProjectFeed,
  answerReportFeed,
  ATOM_CONTENT_TYPE,
  entryAtomId,
  feedAlternates,
  FEED_CONTENT_BUDGET,
  feedAuthors,
  feedResponse,
  latestFeed,
  latestFeedLink,
  projectFeed,
  projectFeedLink,
  reportFeed,
  subjectFeed,
} from '../../lib/feeds';
import { collectPeopleIndex } from '../../lib/people';
import { projectsOf } from '../../lib/projects';
import { entryPath } from '../../lib/routes';
import { fixtureEntry, fixtureKb } from '../search/fixture-kb';
import { tempDir } from '../temp-dir';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'content');
const ORIGIN = 'https://kb.example.org';
const ADDRESS = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

const kb = loadKnowledgeBase(SAMPLE);
const projects = projectsOf(kb);

function itemIds(xml: string): string[] {
  return parseFeed(xml).items.map((item) => item.id ?? '');
}

/** Every feed of a knowledge base, by its path, so that two loads can be compared whole. */
function allFeeds(dir: string): Map<string, string> {
  const loaded = loadKnowledgeBase(dir);
  const feeds = new Map<string, string>([['/feed.xml', latestFeed(loaded, ORIGIN)]]);
  for (const report of loaded.reports) feeds.set(report.id, reportFeed(report, loaded, ORIGIN));
  for (const project of projectsOf(loaded).projects) feeds.set(project.slug, projectFeed(project, loaded, ORIGIN));
  return feeds;
}

describe('the latest-entries feed', () => {
  const feed = parseFeed(latestFeed(kb, ORIGIN));

  it('holds the newest entries: the latest report first, each report in its own order', () => {
    // The sample has fewer entries than the feed's size, so all of them, newest report first.
    const expected = [...kb.reports].reverse().flatMap((r) => kb.entriesOfReport(r.id));
    // The sample's entry-ids.json: the 10G driver entry was first published under its old title's id.
    const first = (id: string) => (id === '2014-01-2014-03/intel-10g-driver' ? '2014-01-2014-03/intel-10-gigabit-driver' : id);
    expect(feed.items.map((i) => i.id)).toEqual(expected.map((e) => entryAtomId(first(e.id))));
    expect(feed.items[0]?.id).toBe('tag:freebsd-status-kb,2026:2025-04-2025-06/release-engineering-team');
  });

  it('keeps to the size asked for', () => {
    const ids = itemIds(latestFeed(kb, ORIGIN, 9));
    expect(ids).toHaveLength(9);
    expect(ids.slice(0, 7).every((id) => id.includes(':2025-04-2025-06/'))).toBe(true);
    expect(ids[7]).toContain(':2021-01-2021-03/');
  });

  it('holds the latest report whole, though it is longer than the size asked for', () => {
    const ids = itemIds(latestFeed(kb, ORIGIN, 3));
    expect(ids).toHaveLength(7);
    expect(ids.every((id) => id.includes(':2025-04-2025-06/'))).toBe(true);
  });

  it('gives each item its title with the report, the entry page as link and a tag: id from the entry id', () => {
    const item = feed.items.find((i) => i.id === 'tag:freebsd-status-kb,2026:2014-01-2014-03/bhyve');
    expect(item?.title).toBe('bhyve, the BSD Hypervisor (2014 Q1)');
    expect(item?.url).toBe(`${ORIGIN}/reports/2014-01-2014-03/bhyve`);
    expect(item?.authors.map((a) => a.name)).toEqual(['Priya Raman']);
    expect(item?.categories.map((c) => c.term)).toEqual(['projects']);
  });

  it('dates items and the feed by report period ends, not by the time of the build', () => {
    expect(feed.updated?.toISOString()).toBe('2025-07-01T00:00:00.000Z');
    const item = feed.items.find((i) => i.id === entryAtomId('2014-01-2014-03/bhyve'));
    expect(item?.updated?.toISOString()).toBe('2014-04-01T00:00:00.000Z');
    expect(item?.published?.toISOString()).toBe('2014-04-01T00:00:00.000Z');
  });

  it('links the site and itself with absolute URLs', () => {
    expect(feed.self).toBe(`${ORIGIN}/feed.xml`);
    expect(feed.url).toBe(`${ORIGIN}/reports`);
  });
});

describe('a project feed', () => {
  const bhyve = projects.bySlug.get('bhyve');

  it('lists every entry of the project, newest first, titled with their reports', () => {
    expect(bhyve).toBeDefined();
    const feed = parseFeed(projectFeed(bhyve!, kb, ORIGIN));
    expect(feed.items.map((i) => i.id)).toEqual([...bhyve!.entries].reverse().map((e) => entryAtomId(e.id)));
    expect(feed.items.map((i) => i.title)).toEqual([
      'bhyve (2025 Q2)',
      'bhyve (2021 Q1)',
      'bhyve (Jan–Sep 2018)',
      'bhyve, the BSD Hypervisor (2015 Q4)',
      'bhyve, the BSD Hypervisor (2014 Q1)',
      'bhyve, the BSD Hypervisor (2013 Q4)',
    ]);
    expect(feed.self).toBe(`${ORIGIN}/projects/bhyve/feed.xml`);
    expect(feed.updated?.toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });

  it('makes the links of an entry absolute, so they work in a feed reader', () => {
    const feed = parseFeed(projectFeed(bhyve!, kb, ORIGIN));
    const item = feed.items.find((i) => i.id === entryAtomId('2021-01-2021-03/bhyve'));
    // The entry's text links an earlier entry by its site path.
    expect(kb.getEntry('2021-01-2021-03/bhyve')?.body).toContain('](/reports/2018-01-2018-09/bhyve)');
    expect(item?.content).toContain(`href="${ORIGIN}/reports/2018-01-2018-09/bhyve"`);
    expect(item?.content).not.toMatch(/(href|src)="\//);
  });

  it('redirects the feed of a renamed project to the new slug, and knows no other slug', () => {
    expect(projects.redirects.get('freebsd-release-engineering-team')).toBe('release-engineering');
    expect(answerProjectFeed('freebsd-release-engineering-team', projects, kb, ORIGIN)).toEqual({ status: 308, location: '/projects/release-engineering/feed.xml' });
    expect(answerProjectFeed('no-such-project', projects, kb, ORIGIN)).toEqual({ status: 404 });
  });

  it('redirects the feed of a slug that names a subject and no project to the subject feed, as the page redirects', () => {
    const subjects = { bySlug: new Map([['quuxnet', { slug: 'quuxnet' }]]), redirects: new Map([['quux-net', 'quuxnet']]) };
    expect(answerProjectFeed('quuxnet', projects, kb, ORIGIN, subjects)).toEqual({ status: 308, location: '/subjects/quuxnet/feed.xml' });
    expect(answerProjectFeed('quux-net', projects, kb, ORIGIN, subjects)).toEqual({ status: 308, location: '/subjects/quuxnet/feed.xml' });
    expect(answerProjectFeed('quuxnet', projects, kb, ORIGIN)).toEqual({ status: 404 });
  });
});

describe('a report feed', () => {
  const report = kb.getReport('2015-10-2015-12')!;
  const xml = reportFeed(report, kb, ORIGIN);
  const feed = parseFeed(xml);

  it('lists the report entries in its own order, titled as in the report', () => {
    const entries = kb.entriesOfReport(report.id);
    expect(feed.title).toBe(report.title);
    expect(feed.items.map((i) => [i.title, i.url])).toEqual(entries.map((e) => [e.title, `${ORIGIN}${entryPath(e)}`]));
    expect(feed.updated?.toISOString()).toBe('2016-01-01T00:00:00.000Z');
  });

  it('carries the hostile fixture entry without any of its markup live', () => {
    const item = feed.items.find((i) => i.id === entryAtomId('2015-10-2015-12/markup-sanitizer-fixture'));
    expect(item?.content).toContain('<a href="https://www.freebsd.org/">a normal link</a>');
    for (const text of [xml, item?.content ?? '', item?.description ?? '']) {
      expect(text).not.toMatch(/<script|<img|onerror|javascript:/i);
    }
  });

  it('keeps the Atom id an entry had before an upstream title edit gave it a new id', () => {
    const dir = tempDir('kb-feed-ids-');
    cpSync(SAMPLE, dir, { recursive: true });
    const [first] = kb.entriesOfReport(report.id);
    writeFileSync(path.join(dir, 'entry-ids.json'), JSON.stringify({ [`${report.id}/title-before-the-edit`]: first!.id }));
    const edited = loadKnowledgeBase(dir);
    const ids = parseFeed(reportFeed(edited.getReport(report.id)!, edited, ORIGIN)).items.map((i) => i.id);
    expect(ids[0]).toBe(entryAtomId(`${report.id}/title-before-the-edit`));
    expect(ids.slice(1)).toEqual(feed.items.slice(1).map((i) => i.id));
  });

  it('answers 404 for a report that does not exist', () => {
    expect(answerReportFeed('1999-01', kb, ORIGIN)).toEqual({ status: 404 });
    expect(answerReportFeed(report.id, kb, ORIGIN)).toEqual({ status: 200, xml });
  });
});

describe('feeds over the same content', () => {
  const temp = tempDir('kb-feeds-');
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are byte-identical when the content is loaded twice, at different times', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-05-05T05:05:05Z'));
    const first = allFeeds(SAMPLE);
    vi.setSystemTime(new Date('2042-02-02T02:02:02Z'));
    const second = allFeeds(SAMPLE);
    expect(first.size).toBeGreaterThan(10);
    expect([...second.entries()]).toEqual([...first.entries()]);
    for (const xml of first.values()) expect(xml).not.toMatch(/2031-|2042-/);
  });

  it('keep every item id when a new report is added', () => {
    const dir = path.join(temp, 'content');
    cpSync(SAMPLE, dir, { recursive: true });
    const before = allFeeds(dir);
    const added = path.join(dir, '2025-07-2025-09');
    mkdirSync(added);
    writeFileSync(
      path.join(added, '_report.md'),
      ['---', 'id: 2025-07-2025-09', 'title: A later report', 'period:', '  start: 2025-07', '  end: 2025-09', 'categories:', '  - key: projects', '    title: Projects', '    order: 1', '---', 'Written for this test.', ''].join('\n'),
    );
    writeFileSync(
      path.join(added, 'bhyve.md'),
      ['---', 'title: bhyve', 'report: 2025-07-2025-09', 'category: projects', 'contacts: []', 'links: []', 'sponsors: []', 'tasks: []', 'source:', '  format: markdown', '  file: 2025-07-2025-09/bhyve.md', '---', 'More hypervisor work.', ''].join('\n'),
    );
    const after = allFeeds(dir);
    const newId = entryAtomId('2025-07-2025-09/bhyve');
    const latest = itemIds(after.get('/feed.xml') ?? '');
    expect(latest[0]).toBe(newId);
    expect(latest.slice(1)).toEqual(itemIds(before.get('/feed.xml') ?? ''));
    const bhyveAfter = itemIds(after.get('bhyve') ?? '');
    expect(bhyveAfter).toEqual([newId, ...itemIds(before.get('bhyve') ?? '')]);
    for (const report of loadKnowledgeBase(SAMPLE).reports) expect(after.get(report.id)).toBe(before.get(report.id));
  });

  it('expose no email address, though the sample contacts all have one', () => {
    expect(kb.entries.some((e) => e.contacts.some((c) => c.email))).toBe(true);
    for (const xml of allFeeds(SAMPLE).values()) expect(xml).not.toMatch(ADDRESS);
  });
});

describe('entry text in a feed', () => {
  const tricky = fixtureKb([
    fixtureEntry('2020-01-2020-03/queue', {
      title: 'Use <sys/queue.h> & friends',
      body: 'A CDATA end ]]> and another ]]> in text.\n\nA form feed \f here and `x]]>y` in code.\n',
      contacts: [{ name: 'Ann Example', email: 'ann@example.org' }, { name: 'lists@example.org' }, { name: 'Ann Example' }],
      links: [{ url: 'javascript:alert(1)', text: 'bad link' }],
    }),
  ]);
  const xml = reportFeed(tricky.reports[0]!, tricky, ORIGIN);

  it('survives text that looks like markup or ends CDATA, and characters XML cannot carry', () => {
    const item = parseFeed(xml).items[0];
    expect(item?.title).toBe('Use <sys/queue.h> & friends');
    // The parser hands back the HTML with entities decoded; what matters is that all of it arrives.
    expect(item?.content).toContain('A CDATA end ]]> and another ]]> in text.');
    expect(item?.content).toContain('<code>x]]>y</code> in code.');
    expect(xml.match(/\]\]>/g)?.length, 'only CDATA ends').toBe(xml.match(/<!\[CDATA\[/g)?.length);
    expect(xml).not.toContain('\f');
    expect(item?.content).toContain('<li>bad link</li>');
  });

  it('renders the Markdown of open tasks, as the entry page does', () => {
    const withTask = fixtureKb([fixtureEntry('2020-01-2020-03/office', { body: 'Text.', tasks: ['See the [open bugs](https://bugs.example.org/list) and `pkg(8)`'] })]);
    const content = parseFeed(reportFeed(withTask.reports[0]!, withTask, ORIGIN)).items[0]?.content ?? '';
    expect(content).toContain('See the <a href="https://bugs.example.org/list">open bugs</a> and <code>pkg(8)</code>');
    expect(content).not.toContain('](');
    expect(content).toContain('<h2>Open tasks</h2>');
    // Under the author's own heading where they gave one.
    const headed = fixtureKb([{ ...fixtureEntry('2020-01-2020-03/office', { body: 'Text.', tasks: ['Oil the hinges'] }), tasksHeading: 'Helpers sought' }]);
    expect(parseFeed(reportFeed(headed.reports[0]!, headed, ORIGIN)).items[0]?.content).toContain('<h2>Helpers sought</h2>');
  });

  it('leads links to upstream report pages to this site, as the entry page does, and says the feed is in English', () => {
    const linked = fixtureKb([
      fixtureEntry('2020-01-2020-03/office', { body: 'See [the lab](https://www.freebsd.org/status/report-2020-01-2020-03/lab/) and [the report](https://www.freebsd.org/status/report-2020-01-2020-03.html).' }),
      { ...fixtureEntry('2020-01-2020-03/lab', { body: 'Text.' }), source: { format: 'adoc', file: 'report-2020-01-2020-03/lab.adoc' } },
    ]);
    const xml = reportFeed(linked.reports[0]!, linked, ORIGIN);
    const content = parseFeed(xml).items.find((i) => i.id === entryAtomId('2020-01-2020-03/office'))?.content ?? '';
    expect(content).toContain(`href="${ORIGIN}/reports/2020-01-2020-03/lab"`);
    expect(content).toContain(`href="${ORIGIN}/reports/2020-01-2020-03"`);
    expect(content).not.toContain('www.freebsd.org/status');
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="en"/);
  });

  it('orders items by the dates readers see, newest first: a summit in a quarter comes after that quarter', () => {
    const summit = fixtureKb([fixtureEntry('2013-05-devsummit/ports', { body: 'Summit.' }), fixtureEntry('2013-04-2013-06/ports', { body: 'Quarter.' })]);
    const feed = parseFeed(subjectFeed({ slug: 'ports', title: 'Ports', entries: [...summit.entries].reverse() }, summit, ORIGIN));
    const dates = feed.items.map((i) => i.updated?.getTime() ?? 0);
    expect(feed.items.map((i) => i.id)).toEqual([entryAtomId('2013-04-2013-06/ports'), entryAtomId('2013-05-devsummit/ports')]);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('names authors once each, without addresses', () => {
    expect(feedAuthors(tricky.entries[0]!)).toEqual([{ name: 'Ann Example' }, { name: 'lists' }]);
    expect(xml).not.toMatch(ADDRESS);
  });

  it('names authors as the site does, linked to their pages, and a list only when no one else is named', () => {
    const gizmo = fixtureKb([
      fixtureEntry('2020-01-2020-03/gizmo', {
        body: 'Gizmo work.',
        contacts: [{ name: 'zquux', email: 'zed@example.org' }, { name: 'Gizmo list', email: 'gizmo@lists.example.org' }],
      }),
      fixtureEntry('2020-01-2020-03/widget', { body: 'Widget work.', contacts: [{ name: 'Widget list', email: 'widget@lists.example.org' }] }),
      fixtureEntry('2021-01-2021-03/gizmo', { body: 'More gizmo work.', contacts: [{ name: 'Zed Quux', email: 'zed@example.org' }] }),
      fixtureEntry('2021-04-2021-06/gizmo', { body: 'Gizmo work done.', contacts: [{ name: 'Zed Quux', email: 'zed@example.org' }] }),
    ]);
    const people = collectPeopleIndex(gizmo.entries, { byEntryId: new Map() });
    const authors = (id: string) => parseFeed(reportFeed(gizmo.getReport(id.split('/')[0]!)!, { ...gizmo, people }, ORIGIN)).items.find((i) => i.id === entryAtomId(id))?.authors;
    expect(authors('2020-01-2020-03/gizmo')).toEqual([{ name: 'Zed Quux', url: `${ORIGIN}/people/zed-quux`, email: null }]);
    expect(authors('2020-01-2020-03/widget')?.map((a) => a.name)).toEqual(['Widget list']);
    // Someone the reports only ever named by an address is named by its local part: feeds carry no addresses.
    const bare = fixtureKb([fixtureEntry('2020-01-2020-03/lone', { body: 'Lone work.', contacts: [{ name: 'lone@example.org', email: 'lone@example.org' }] })]);
    const loneFeed = reportFeed(bare.reports[0]!, { ...bare, people: collectPeopleIndex(bare.entries) }, ORIGIN);
    expect(parseFeed(loneFeed).items[0]?.authors.map((a) => a.name)).toEqual(['lone']);
    expect(loneFeed).not.toMatch(ADDRESS);
    // Without the people at hand, the contacts as written.
    expect(feedAuthors(gizmo.entries[0]!)).toEqual([{ name: 'zquux' }, { name: 'Gizmo list' }]);
  });

  it('names no placeholder as an author, the people the index knows or not', () => {
    const crowd = fixtureKb([fixtureEntry('2020-01-2020-03/crowd', { body: 'Crowd work.', contacts: [{ name: 'Several' }, { name: 'Tamsin Orlov', email: 'tamsin@example.org' }, { name: 'Odo.Pallister@Example.ORG' }] })]);
    // An address alone is its local part, as written.
    expect(feedAuthors(crowd.entries[0]!)).toEqual([{ name: 'Tamsin Orlov' }, { name: 'Odo.Pallister' }]);
    const authors = parseFeed(reportFeed(crowd.reports[0]!, { ...crowd, people: collectPeopleIndex(crowd.entries) }, ORIGIN)).items[0]?.authors;
    expect(authors?.map((a) => a.name)).toContain('Tamsin Orlov');
    expect(authors?.map((a) => a.name)).not.toContain('Several');
  });

  it('carries a long history in full only up to its budget: older entries keep their title, summary and link', () => {
    // Each quarter's text about two fifths of the budget: the newest two fit, the third would not.
    const long = (word: string): string => `${word} `.repeat(Math.ceil((0.4 * FEED_CONTENT_BUDGET) / (word.length + 1)));
    const history = fixtureKb([
      fixtureEntry('2019-01-2019-03/gadget', { body: 'Gadget begun.' }),
      fixtureEntry('2020-01-2020-03/gadget', { body: long('older') }),
      fixtureEntry('2021-01-2021-03/gadget', { body: long('middle') }),
      fixtureEntry('2022-01-2022-03/gadget', { body: long('newer') }),
      fixtureEntry('2023-01-2023-03/gadget', { body: long('newest') }),
    ]);
    const xml = subjectFeed({ slug: 'gadget', title: 'Gadget', entries: history.entries }, history, ORIGIN);
    const items = parseFeed(xml).items;
    expect(items.map((i) => i.id)).toEqual(['2023', '2022', '2021', '2020', '2019'].map((year) => entryAtomId(`${year}-01-${year}-03/gadget`)));
    expect(xml.match(/<content /g)).toHaveLength(2);
    // The short oldest entry comes after the cut too: the feed is its newest entries in full, then the rest.
    expect(xml).not.toContain('<![CDATA[<p>Gadget begun.</p>');
    expect(items[4]?.description).toBe('Gadget begun.');
    expect(items[2]?.url).toBe(`${ORIGIN}/reports/2021-01-2021-03/gadget`);
    expect(items[2]?.description).toMatch(/^middle middle/);
    expect(Buffer.byteLength(xml)).toBeLessThan(FEED_CONTENT_BUDGET + 20_000);
    // The newest entry is whole however long.
    const huge = fixtureKb([fixtureEntry('2023-01-2023-03/gadget', { body: long('newest').repeat(3) })]);
    expect(subjectFeed({ slug: 'gadget', title: 'Gadget', entries: huge.entries }, huge, ORIGIN).match(/<content /g)).toHaveLength(1);
  });

  it('falls back to the feed author for entries without contacts', () => {
    const bare = fixtureKb([fixtureEntry('2020-01-2020-03/bare', { body: 'Text.' })]);
    const xml = reportFeed(bare.reports[0]!, bare, ORIGIN);
    expect(xml.match(/<author>/g)).toHaveLength(1);
    const feed = parseFeed(xml);
    expect(feed.authors.map((a) => a.name)).toEqual(['FreeBSD Status Reports']);
    expect(feed.items[0]?.authors.map((a) => a.name)).toEqual(['FreeBSD Status Reports']);
  });
});

describe('feed responses and page links', () => {
  it('serves Atom with its content type, a redirect with a Location', async () => {
    const ok = feedResponse({ status: 200, xml: '<feed/>' });
    expect(ok.headers.get('Content-Type')).toBe(ATOM_CONTENT_TYPE);
    expect(await ok.text()).toBe('<feed/>');
    const moved = feedResponse({ status: 308, location: '/projects/bhyve/feed.xml' });
    expect([moved.status, moved.headers.get('Location')]).toEqual([308, '/projects/bhyve/feed.xml']);
    expect(feedResponse({ status: 404 }).status).toBe(404);
  });

  it('tags a feed by its content, so that a reader polling it can be told it has not changed', () => {
    const tag = (xml: string): string | null => feedResponse({ status: 200, xml }).headers.get('ETag');
    expect(tag('<feed/>')).toMatch(/^"[\w-]{27}"$/);
    expect(tag('<feed/>')).toBe(tag('<feed/>'));
    expect(tag('<feed><entry/></feed>')).not.toBe(tag('<feed/>'));
  });

  it('announces feeds as metadata alternates with relative URLs', () => {
    expect(feedAlternates(projectFeedLink({ slug: 'bhyve', title: 'bhyve' }), latestFeedLink())).toEqual({
      types: {
        'application/atom+xml': [
          { url: '/projects/bhyve/feed.xml', title: 'bhyve (Atom feed)' },
          { url: '/feed.xml', title: 'FreeBSD Status Reports: latest entries' },
        ],
      },
    });
  });
});

describe('an entry in a feed', () => {
  it('links a sponsor as its page does: by an address written as the sponsor, or by the entry link of its name', async () => {
    const { entryFeedText } = await import('../../lib/feeds/entry-html');
    const entry = fixtureEntry('2024-01-2024-03/sponsored', {
      sponsors: ['The Example Foundation', 'https://patrons.example.org/team', 'Anonymous donors'],
      links: [{ url: 'https://foundation.example.org/', text: 'The Example Foundation' }],
    });
    const { html } = entryFeedText(entry, `${ORIGIN}/reports/2024-01-2024-03/sponsored`);
    expect(html).toContain('<li><a href="https://foundation.example.org/">The Example Foundation</a></li>');
    expect(html).toContain('<li><a href="https://patrons.example.org/team">https://patrons.example.org/team</a></li>');
    expect(html).toContain('<li>Anonymous donors</li>');
  });
});
