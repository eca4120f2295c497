import { describe, expect, it } from 'vitest';
import { threadProjects } from '../../lib/projects';
import { buildCitationIndex, resolveWikiPage, wikiAncestry, wikiKey, wikiPageOf, wikiWords } from '../../lib/references';
import { makeEntry } from '../projects/make-entry';

describe('wikiPageOf', () => {
  it.each([
    ['https://wiki.freebsd.org/Bhyve', 'Bhyve'],
    ['http://WIKI.FreeBSD.org/moin.cgi/Bhyve/', 'Bhyve'],
    ['https://www.wiki.freebsd.org//Teams/clusteradm/tiny-mirror//', 'Teams/clusteradm/tiny-mirror'],
    ['https://wiki.freebsd.org/201309DevSummit?action=AttachFile&do=get&target=x.pdf', '201309DevSummit'],
    ['https://wiki.freebsd.org/Doc%20Team#section', 'Doc Team'],
  ])('%s names the page %s', (url, page) => expect(wikiPageOf(url)).toBe(page));

  it.each(['https://wiki.freebsd.org/', 'https://wiki.freebsd.org/FrontPage', 'https://www.freebsd.org/Bhyve', 'mailto:wiki@freebsd.org', 'not a url'])(
    '%s names no page',
    (url) => expect(wikiPageOf(url)).toBeNull(),
  );

  it('lists a page and the pages above it, nearest first', () => {
    expect(wikiAncestry('A/B/C')).toEqual(['A/B/C', 'A/B', 'A']);
  });
});

describe('wikiWords', () => {
  it.each([
    ['CoreTeam', 'Core Team'],
    ['Releng/Process', 'Releng Process'],
    ['Native_iSCSI_target', 'Native iSCSI target'],
    ['GáborKövesdán', 'Gábor Kövesdán'],
    ['FreeBSD', 'FreeBSD'],
    ['HostedCI', 'HostedCI'],
  ])('reads %s as %s', (page, words) => expect(wikiWords(page)).toBe(words));
});

describe('resolveWikiPage', () => {
  const ada = { name: 'Ada', email: 'ada@example.org' };
  const bob = { name: 'Bob', email: 'bob@example.org' };
  const entries = [
    makeEntry('2010-01-2010-03', 'frob', { title: 'Frob Driver', contacts: [ada], links: [{ url: 'https://wiki.freebsd.org/Frob', text: 'wiki' }] }),
    makeEntry('2010-04-2010-06', 'frob', { title: 'Frob Driver', contacts: [ada], body: 'See http://wiki.freebsd.org/moin.cgi/Frob/ and https://wiki.freebsd.org/Shared.' }),
    makeEntry('2012-01-2012-03', 'zap', { title: 'Zap Filesystem', contacts: [bob], links: [{ url: 'https://wiki.freebsd.org/Shared', text: 'shared' }] }),
    makeEntry('2012-04-2012-06', 'zap', { title: 'Zap Filesystem', contacts: [bob], tasks: ['Help with [the broken list](http://wiki.FreeBSD.org/ZapBroken).'] }),
  ];
  const citations = buildCitationIndex(entries);
  const projects = threadProjects(entries);

  it('leads a page one project cites to that project, whatever the spelling', () => {
    const r = resolveWikiPage('frob', citations, projects);
    expect(r.kind === 'project' && r.project.slug).toBe('frob-driver');
  });

  it('offers a choice where several projects cite a page, the most citing first', () => {
    const r = resolveWikiPage('Shared', citations, projects);
    expect(r.kind).toBe('choice');
    if (r.kind === 'choice') expect(r.projects.map((p) => p.project.slug)).toEqual(['frob-driver', 'zap-filesystem']);
  });

  it('reads a page asked for in the old MoinMoin form, as the corpus cites it (moin.cgi/Page)', () => {
    const r = resolveWikiPage('moin.cgi/Frob', citations, projects);
    expect(r.kind === 'project' && r.project.slug).toBe('frob-driver');
    expect(resolveWikiPage('moin.cgi/Frob/Plans', citations, projects).page).toBe('Frob');
  });

  it('counts a page an open task cites', () => {
    expect(citations.wikiPages.get('zapbroken')).toEqual({ page: 'ZapBroken', entryIds: ['2012-04-2012-06/zap'] });
    const r = resolveWikiPage('ZapBroken', citations, projects);
    expect(r.kind === 'project' && r.project.slug).toBe('zap-filesystem');
  });

  it('leads an uncited subpage to its cited parent, and finds nothing for an uncited page', () => {
    const sub = resolveWikiPage('Frob/Plans/2011', citations, projects);
    expect(sub.kind === 'project' && sub.project.slug).toBe('frob-driver');
    expect(resolveWikiPage('Nothing', citations, projects).kind).toBe('none');
  });

  it('meets a page whose spaces are written as underscores, as MoinMoin writes them in addresses', () => {
    expect(wikiKey('Native_iSCSI_target')).toBe(wikiKey('Native iSCSI Target'));
    const more = [...entries, makeEntry('2011-01-2011-03', 'frob', { title: 'Frob Driver', contacts: [ada], links: [{ url: 'https://wiki.freebsd.org/Frob%20Plans', text: 'plans' }] })];
    expect(resolveWikiPage('Frob_Plans', buildCitationIndex(more), threadProjects(more))).toMatchObject({ kind: 'project', page: 'Frob Plans' });
  });

  it("leads a person's own page (a WikiName of their name) to them, before the projects citing it", () => {
    const ada2 = makeEntry('2013-01-2013-03', 'quux', { title: 'Quux Tools', contacts: [ada], links: [{ url: 'https://wiki.freebsd.org/AdaLovelace', text: 'me' }] });
    const cited = buildCitationIndex([...entries, ada2]);
    const threaded = threadProjects([...entries, ada2]);
    const lookups = { personNamed: (name: string) => (name === 'Ada Lovelace' ? { slug: 'ada-lovelace', name } : undefined) };
    expect(resolveWikiPage('AdaLovelace', cited, threaded, lookups)).toMatchObject({ kind: 'person', person: { slug: 'ada-lovelace' } });
    // Without a person by that name, the page still leads to the project citing it; one word is never a person's page.
    expect(resolveWikiPage('AdaLovelace', cited, threaded).kind).toBe('project');
    expect(resolveWikiPage('Frob', cited, threaded, { personNamed: () => ({ slug: 'frob', name: 'Frob' }) }).kind).toBe('project');
  });

  it("leads a page no entry cites to the project it names, a team's as its reports title it, if it reported for a year", () => {
    const core = { name: 'Core Team', email: 'core@example.org' };
    const team = [
      ...['2014-01-2014-03', '2014-04-2014-06', '2014-07-2014-09', '2014-10-2014-12'].map((r) => makeEntry(r, 'core', { title: 'FreeBSD Core Team', contacts: [core] })),
      // Two summit notes under a plain word: no page's subject.
      makeEntry('2013-05-devsummit', 'documentation', { title: 'Documentation', contacts: [{ name: 'Cy', email: 'cy@example.org' }] }),
      makeEntry('2013-09-devsummit', 'documentation', { title: 'Documentation', contacts: [{ name: 'Cy', email: 'cy@example.org' }] }),
    ];
    const threaded = threadProjects([...entries, ...team]);
    const cited = buildCitationIndex([...entries, ...team]);
    expect(resolveWikiPage('CoreTeam', cited, threaded)).toMatchObject({ kind: 'project', page: 'CoreTeam', project: { slug: 'freebsd-core-team' } });
    expect(resolveWikiPage('CoreTeam/Minutes', cited, threaded)).toMatchObject({ kind: 'project', page: 'CoreTeam' });
    expect(resolveWikiPage('Documentation', cited, threaded).kind).toBe('none');
    // A page entries cite is theirs, whatever it is titled like.
    expect(resolveWikiPage('Frob', cited, threaded)).toMatchObject({ kind: 'project', project: { slug: 'frob-driver' } });
    // A subject named under FreeBSD's name is the subject's page, before any project titled so.
    const lookups = { subjectNamed: (name: string) => (name === 'Core Team' ? { slug: 'core', title: 'Core Team' } : undefined) };
    expect(resolveWikiPage('FreeBSD/CoreTeam', cited, threaded, lookups)).toMatchObject({ kind: 'subject', subject: { slug: 'core' } });
  });

  it('indexes every URL by its link key, so that spellings of one URL meet', () => {
    expect(citations.byLink.get('wiki.freebsd.org/frob')).toEqual(['2010-01-2010-03/frob', '2010-04-2010-06/frob']);
  });
});
