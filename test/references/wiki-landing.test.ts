import { describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/model';
import { threadProjects } from '../../lib/projects';
import { buildCitationIndex, resolveWikiPage, type WikiLookups } from '../../lib/references';
import { makeEntry } from '../projects/make-entry';

const wiki = (page: string) => ({ url: `https://wiki.freebsd.org/${page}`, text: 'wiki' });
const person = (name: string) => ({ name, email: `${name.toLowerCase()}@example.org` });

/** Subjects as a test writes them: name → slug, and each one's timeline and passing mentions. */
function subjectLookups(subjects: Record<string, { names: string[]; timeline: Entry[]; mentions?: Entry[] }>): WikiLookups {
  return {
    subjectNamed: (name) => {
      const slug = Object.keys(subjects).find((s) => subjects[s]!.names.some((n) => n.toLowerCase() === name.toLowerCase()));
      return slug ? { slug, title: subjects[slug]!.names[0]! } : undefined;
    },
    subjectEntryIds: (slug, part) => ((part === 'timeline' ? subjects[slug]?.timeline : subjects[slug]?.mentions) ?? []).map((e) => e.id),
  };
}

describe('resolveWikiPage: a sub-page whose last part names a subject', () => {
  const q = ['2030-01-2030-03', '2030-04-2030-06', '2030-07-2030-09', '2030-10-2030-12'];
  const zorb = q.slice(0, 3).map((r) => makeEntry(r, 'zorb', { title: 'Zorbnet radio driver', contacts: [person('Ilse')], links: [wiki('Radio/Zorbnet')] }));
  const radio = makeEntry(q[3]!, 'radio', { title: 'Radio updates', contacts: [person('Olaf')], links: [wiki('Radio/Zorbnet'), wiki('Radio')] });
  // Pages whose last part is a word a subject is named by, though the page is not about it.
  const todo = makeEntry(q[3]!, 'quill', { title: 'Quill build farm', contacts: [person('Pia')], links: [wiki('Quill/TODO')] });
  const userland = makeEntry(q[2]!, 'tracer', { title: 'Userland tracing', contacts: [person('Rolf')], links: [wiki('Tracer/userland')] });
  const entries = [...zorb, radio, todo, userland];
  const citations = buildCitationIndex(entries);
  const projects = threadProjects(entries);
  const lookups = subjectLookups({
    radio: { names: ['radio'], timeline: [...zorb, radio], mentions: [todo] },
    zorbnet: { names: ['Zorbnet'], timeline: [...zorb, radio] },
    todo: { names: ['TODO'], timeline: [zorb[0]!, zorb[1]!], mentions: [todo] },
    tracer: { names: ['Tracer'], timeline: [userland] },
    userland: { names: ['userland'], timeline: [userland, ...zorb], mentions: [radio] },
  });

  it('leads to the subject its last part names when the entries citing it are that subject’s', () => {
    // Its project before.
    expect(resolveWikiPage('Radio/Zorbnet', citations, projects, lookups)).toMatchObject({ kind: 'subject', page: 'Radio/Zorbnet', subject: { slug: 'zorbnet' } });
    expect(resolveWikiPage('radio/zorbnet/Firmware', citations, projects, lookups)).toMatchObject({ kind: 'subject', subject: { slug: 'zorbnet' } });
  });

  it('leaves the parent page as it was', () => {
    expect(resolveWikiPage('Radio', citations, projects, lookups)).toMatchObject({ kind: 'subject', subject: { slug: 'radio' } });
  });

  it('does not lead by the name alone', () => {
    // Named only in passing by the one entry citing it: the page is the project's to-do list.
    expect(resolveWikiPage('Quill/TODO', citations, projects, lookups)).toMatchObject({ kind: 'project', project: { slug: 'quill-build-farm' } });
    // A subject broader than the parent page's: a part of Tracer, not the page of userland.
    expect(resolveWikiPage('Tracer/userland', citations, projects, lookups)).toMatchObject({ kind: 'project', project: { slug: 'userland-tracing' } });
    // So is it under a parent of a parent, named by its last part.
    const nested = makeEntry(q[3]!, 'tracer', { title: 'Userland tracing', contacts: [person('Rolf')], links: [wiki('Labs/Tracer/userland')] });
    const withNested = [...entries, nested];
    const nestedLookups = subjectLookups({
      tracer: { names: ['Tracer'], timeline: [userland, nested] },
      userland: { names: ['userland'], timeline: [userland, nested, ...zorb], mentions: [radio] },
    });
    expect(resolveWikiPage('Labs/Tracer/userland', buildCitationIndex(withNested), threadProjects(withNested), nestedLookups).kind).toBe('project');
    // Entries mostly not the subject's.
    const few = subjectLookups({ zorbnet: { names: ['Zorbnet'], timeline: [zorb[0]!] } });
    expect(resolveWikiPage('Radio/Zorbnet', citations, projects, few).kind).toBe('project');
    // Without the subjects' entries to judge by, as before.
    expect(resolveWikiPage('Radio/Zorbnet', citations, projects, { subjectNamed: lookups.subjectNamed }).kind).toBe('project');
  });
});

describe('resolveWikiPage: a page one report is about', () => {
  const summit = '2031-05-devsummit';
  const groups = ['Storage', 'Printing', 'Packaging', 'Mail'].map((g, i) =>
    makeEntry(summit, g.toLowerCase(), { title: g, contacts: [person(`Chair${i}`)], links: [wiki('203105DevSummit'), wiki(`203105DevSummit/${g}`)] }),
  );
  const quarter = '2031-04-2031-06';
  const regular = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'].map((s, i) =>
    makeEntry(quarter, s, { title: `Project ${s}`, contacts: [person(`Dev${i}`)], links: i < 3 ? [wiki('SharedBuildFarm')] : [] }),
  );
  const aside = makeEntry(quarter, 'iota', { title: 'Project iota', contacts: [person('Dev9')], links: [wiki('203105DevSummit')] });
  const small = '2031-07-2031-09';
  const mostOfSmall = ['kappa', 'lambda', 'mu', 'nu'].map((s, i) =>
    makeEntry(small, s, { title: `Project ${s}`, contacts: [person(`Tea${i}`)], links: i < 3 ? [wiki('ThreeOfFour')] : [] }),
  );
  const twoAtSummit = ['Radio', 'Video'].map((g, i) => makeEntry('2032-05-devsummit', g.toLowerCase(), { title: g, contacts: [person(`Host${i}`)], links: [wiki('203205DevSummit')] }));
  const entries = [...regular, aside, ...groups, ...mostOfSmall, ...twoAtSummit];
  const citations = buildCitationIndex(entries);
  const projects = threadProjects(entries);

  it("leads a special edition's page, cited by nearly all of it, to the report", () => {
    expect(resolveWikiPage('203105DevSummit', citations, projects)).toMatchObject({ kind: 'choice', page: '203105DevSummit', report: { id: summit } });
    // A working group's own page is still its project's.
    expect(resolveWikiPage('203105DevSummit/Storage', citations, projects)).toMatchObject({ kind: 'project', project: { slug: 'storage' } });
  });

  it('leads a page most of a report cites to that report', () => {
    expect(resolveWikiPage('ThreeOfFour', citations, projects)).toMatchObject({ kind: 'choice', report: { id: small } });
  });

  it('keeps a choice for a page several entries of one quarter cite, and for two entries of a summit', () => {
    const shared = resolveWikiPage('SharedBuildFarm', citations, projects);
    expect(shared.kind === 'choice' && [shared.projects.length, shared.report]).toEqual([3, undefined]);
    const two = resolveWikiPage('203205DevSummit', citations, projects);
    expect(two.kind === 'choice' && [two.projects.length, two.report]).toEqual([2, undefined]);
  });
});

describe('resolveWikiPage: a sub-page cited in text the import escaped', () => {
  const q = ['2033-01-2033-03', '2033-04-2033-06'];
  const radio = q.map((r) => makeEntry(r, 'radio', { title: 'Radio stack', contacts: [person('Ilse')], links: [wiki('Radio')] }));
  // Markdown escapes, as the import writes a bare address (`https\://`) and a `_` inside one.
  const farm = makeEntry(q[1]!, 'farm', {
    title: 'Gizmo test farm',
    contacts: [person('Pia')],
    body: 'Notes moved to https\\://wiki.freebsd.org/Radio/Debug , help welcome. Also https://wiki.freebsd.org/Native\\_Gizmo\\_target.',
    tasks: ['Extend https\\://wiki.freebsd.org/Radio/Flaky'],
  });
  const entries = [...radio, farm];
  const citations = buildCitationIndex(entries);
  const projects = threadProjects(entries);
  const lookups = subjectLookups({ radio: { names: ['Radio'], timeline: radio } });

  it('leads to the project whose entry cites it, not to what its parent page is about', () => {
    expect(resolveWikiPage('Radio', citations, projects, lookups)).toMatchObject({ kind: 'subject', subject: { slug: 'radio' } });
    // Before: the escaped address was no citation, and the page fell back to its parent's subject.
    expect(resolveWikiPage('Radio/Debug', citations, projects, lookups)).toMatchObject({ kind: 'project', page: 'Radio/Debug', project: { slug: 'gizmo-test-farm' } });
    expect(resolveWikiPage('Radio/Flaky', citations, projects, lookups)).toMatchObject({ kind: 'project', project: { slug: 'gizmo-test-farm' } });
  });

  it('cites the page without the escapes, as a reader spells it', () => {
    expect(citations.wikiPages.get('native gizmo target')).toEqual({ page: 'Native_Gizmo_target', entryIds: [farm.id] });
    expect([...citations.wikiPages.values()].map((p) => p.page).filter((p) => p.includes('\\'))).toEqual([]);
  });
});
