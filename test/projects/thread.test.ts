import { describe, expect, it } from 'vitest';
import { parseCorrections, threadProjects } from '../../lib/projects';
import type { ProjectIndex } from '../../lib/model';
import { ada, bob, cy, driverText, frobCorpus, Q } from './frob-corpus';
import { makeEntry } from './make-entry';

const corpus = frobCorpus;

const slugsOf = (index: ProjectIndex) => index.projects.map((p) => [p.slug, p.entries.map((e) => e.id)]);

describe('threadProjects', () => {
  it('joins a renamed project by its person, its link and its text', () => {
    const index = threadProjects(corpus());
    const frob = index.byEntryId.get(`${Q[0]}/frob-driver`);
    expect(frob?.entries.map((e) => e.id)).toEqual([`${Q[0]}/frob-driver`, `${Q[1]}/frob-driver`, `${Q[2]}/frob-4-updates`]);
    expect(frob?.titles).toEqual(['Frob 10G Driver', 'frob(4) Updates']);
    expect(frob?.title).toBe('Frob 10G Driver');
    expect(frob?.slug).toBe('frob-10g-driver');
  });

  it('takes one person citing the same manual page, their home page or a page in their wiki space in two entries for two efforts, the same project page for one', () => {
    const pair = (url: string) => [
      makeEntry(Q[0], 'runner-jails', {
        title: 'Test Runner Jail Support',
        contacts: [ada],
        links: [{ url, text: 'page' }],
        body: 'The test runner can now execute each test case inside a fresh execution environment with its own network stack.',
      }),
      makeEntry(Q[2], 'jail-metadata', {
        title: 'Jail Metadata Parameters',
        contacts: [ada],
        links: [{ url, text: 'page' }],
        body: 'Administrators may attach arbitrary key and value strings to a prison and read them back from userland tools.',
      }),
    ];
    const together = (index: ProjectIndex) => index.byEntryId.get(`${Q[0]}/runner-jails`) === index.byEntryId.get(`${Q[2]}/jail-metadata`);
    expect(together(threadProjects(pair('https://man.freebsd.org/cgi/man.cgi?query=jail&sektion=8')))).toBe(false);
    // Their own home page says who wrote them, not that the work is one.
    expect(together(threadProjects(pair('https://www.example.org/~ada/freebsd/')))).toBe(false);
    // A page in her own wiki space is her notebook, which she keeps across her efforts.
    expect(together(threadProjects(pair('https://wiki.example.org/AdaExample/Jails')))).toBe(false);
    expect(together(threadProjects(pair('https://wiki.example.org/AdaExample')))).toBe(false);
    // A topic's page, or one in someone else's space, is the project's own.
    expect(together(threadProjects(pair('https://wiki.example.org/JailParameters')))).toBe(true);
    expect(together(threadProjects(pair('https://wiki.example.org/BobExample/Jails')))).toBe(true);
  });

  it('takes a project page the import wrote escaped in one entry\'s text for the page another entry links', () => {
    const entries = [
      makeEntry(Q[0], 'runner-jails', {
        title: 'Test Runner Jail Support',
        contacts: [ada],
        links: [{ url: 'https://wiki.example.org/Jail_Parameters', text: 'page' }],
        body: 'The test runner can now execute each test case inside a fresh execution environment with its own network stack.',
      }),
      // `https\://` keeps a bare address from becoming a link; `\_` is how the import writes `_` in text.
      makeEntry(Q[2], 'jail-metadata', {
        title: 'Jail Metadata Parameters',
        contacts: [ada],
        body: 'Administrators may attach arbitrary key and value strings to a prison, see https\\://wiki.example.org/Jail\\_Parameters for the design.',
      }),
    ];
    const index = threadProjects(entries);
    expect(index.byEntryId.get(`${Q[0]}/runner-jails`)).toBe(index.byEntryId.get(`${Q[2]}/jail-metadata`));
  });

  it('keeps look-alike titles apart when people, links and text differ and years pass', () => {
    const index = threadProjects(corpus());
    expect(index.byEntryId.get(`${Q[0]}/wireless`)).not.toBe(index.byEntryId.get(`${Q[4]}/wireless`));
  });

  it("follows a team through the years by its address while its people, titles and words change", () => {
    const team = { name: 'Gizmo Maintenance Team', email: 'gizmo-team@example.org' };
    const years = ['2012-01-2012-03', '2015-01-2015-03', '2018-01-2018-03', '2021-01-2021-03'];
    const reports = [...Q, ...years].map((q, i) => makeEntry(q, `filler-${i}`, { title: `Other Matter ${i}`, contacts: [{ name: `Someone ${i}` }], body: `Subject ${i}.` }));
    const teamEntries = [
      makeEntry(years[0]!, 'gizmo-team', { title: 'Gizmo Team', contacts: [team, ada], body: 'Releases of the gizmo toolkit, triage of open reports and a new mentoring scheme.' }),
      makeEntry(years[1]!, 'gizmo', { title: 'The Gizmo Toolkit', contacts: [team, bob], body: 'Two gizmo releases, build farm moved to new hardware, reports triaged weekly.' }),
      makeEntry(years[2]!, 'gizmo-status', { title: 'Gizmo Team Status', contacts: [team, cy], body: 'Toolkit packaging reworked, the mentoring scheme took on three newcomers.' }),
      makeEntry(years[3]!, 'gizmo-maintainers', { title: 'Gizmo Maintainers', contacts: [team], body: 'Release schedule published; the gizmo build farm is retired in favour of shared builders.' }),
    ];
    const index = threadProjects([...reports, ...teamEntries]);
    const project = index.byEntryId.get(`${years[0]}/gizmo-team`);
    expect(project?.entries.map((e) => e.id)).toEqual(teamEntries.map((e) => e.id));
  });

  it('never puts two entries of one report in one project', () => {
    const twins = [
      makeEntry(Q[0], 'frob-a', { title: 'Frob', contacts: [ada], body: driverText }),
      makeEntry(Q[0], 'frob-b', { title: 'Frob', contacts: [ada], body: driverText }),
      makeEntry(Q[1], 'frob', { title: 'Frob', contacts: [ada], body: driverText }),
    ];
    for (const p of threadProjects(twins).projects) expect(new Set(p.entries.map((e) => e.report)).size).toBe(p.entries.length);
  });

  it('gives the same projects and slugs whatever the order of the entries', () => {
    const entries = corpus();
    expect(slugsOf(threadProjects([...entries].reverse()))).toEqual(slugsOf(threadProjects(entries)));
  });

  it('follows a pin in an entry front matter', () => {
    const entries = corpus().map((e) => (e.id === `${Q[4]}/wireless` ? { ...e, project: 'frob-10g-driver' } : e));
    const frob = threadProjects(entries).bySlug.get('frob-10g-driver');
    expect(frob?.entries.map((e) => e.id)).toContain(`${Q[4]}/wireless`);
  });

  it('makes the project a front matter pin names when none has its slug, as DESIGN.md has it', () => {
    const entries = corpus().map((e) => (e.id === `${Q[4]}/wireless` || e.id === `${Q[0]}/wireless` ? { ...e, project: 'radio-work' } : e));
    const index = threadProjects(entries);
    expect(index.problems).toEqual([]);
    expect(index.bySlug.get('radio-work')?.entries.map((e) => e.id)).toEqual([`${Q[0]}/wireless`, `${Q[4]}/wireless`]);
    // And keeps it so once it is published.
    expect(threadProjects(entries, { ledger: index.ledger }).bySlug.get('radio-work')?.entries).toHaveLength(2);
  });

  it('takes a front matter pin to a project the corrections split out', () => {
    const entries = corpus().map((e) => (e.id === `${Q[4]}/wireless` ? { ...e, project: 'frob-4' } : e));
    const index = threadProjects(entries, { corrections: parseCorrections(`split:\n  - { slug: frob-4, entries: [${Q[2]}/frob-4-updates] }\n`, 'projects.yml') });
    expect(index.problems).toEqual([]);
    expect(index.bySlug.get('frob-4')?.entries.map((e) => e.id)).toEqual([`${Q[2]}/frob-4-updates`, `${Q[4]}/wireless`]);
  });
});

describe('published slugs', () => {
  it('keeps a published slug when the project first entry is renamed, and redirects a slug left over', () => {
    const first = threadProjects(corpus());
    const ledger = { ...first.ledger, 'old-frob-name': [`${Q[1]}/frob-driver`] };
    const renamed = corpus().map((e) => (e.id === `${Q[0]}/frob-driver` ? { ...e, title: 'Frobnicator Driver' } : e));
    const again = threadProjects(renamed, { ledger });
    expect(again.byEntryId.get(`${Q[0]}/frob-driver`)?.slug).toBe('frob-10g-driver');
    expect(again.redirects.get('old-frob-name')).toBe('frob-10g-driver');
  });

  it('leads a published slug whose entries went two ways in equal numbers to the entry it was named after', () => {
    const ledger = { 'frob-4-updates': [`${Q[4]}/wireless`, `${Q[2]}/frob-4-updates`] };
    for (const entries of [corpus(), corpus().reverse()]) expect(threadProjects(entries, { ledger }).redirects.get('frob-4-updates')).toBe('frob-10g-driver');
  });

  it('publishes the slugs corrections make, so that each leads to its entries once its line is gone', () => {
    const corrected = threadProjects(corpus(), { corrections: parseCorrections(`rename:\n  - { from: frob-10g-driver, slug: frob }\nsplit:\n  - { slug: radio, entries: [${Q[4]}/wireless] }\n`, 'projects.yml') });
    expect(corrected.bySlug.has('frob') && corrected.bySlug.has('radio')).toBe(true);
    expect(corrected.ledger?.frob).toEqual([`${Q[0]}/frob-driver`, `${Q[1]}/frob-driver`, `${Q[2]}/frob-4-updates`]);
    const later = threadProjects(corpus(), { ledger: corrected.ledger });
    expect(later.redirects.get('frob')).toBe('frob-10g-driver');
    expect(later.redirects.get('radio')).toBe(later.byEntryId.get(`${Q[4]}/wireless`)?.slug);
    expect(slugsOf(later)).toEqual(slugsOf(threadProjects(corpus())));
  });

  it('never hands out a published slug whose work is gone', () => {
    const ledger = { 'frob-10g-driver': ['1999-01/gone'] };
    const index = threadProjects(corpus(), { ledger });
    expect(index.byEntryId.get(`${Q[0]}/frob-driver`)?.slug).toBe('frob-10g-driver-2010');
    expect(index.redirects.has('frob-10g-driver')).toBe(false);
  });
});

describe('projects.yml corrections', () => {
  const apply = (yaml: string) => threadProjects(corpus(), { corrections: parseCorrections(yaml, 'projects.yml') });

  it('merges two projects under the first slug; the second redirects', () => {
    const index = apply(`merge:\n  - [frob-10g-driver, ${Q[4]}/wireless]\n`);
    const frob = index.bySlug.get('frob-10g-driver');
    expect(frob?.entries.map((e) => e.id)).toContain(`${Q[4]}/wireless`);
    expect(index.redirects.get('wireless-networking')).toBe('frob-10g-driver');
    expect(index.problems).toEqual([]);
  });

  it('renames a project: new slug and title, and the old slug redirects', () => {
    const index = apply('rename:\n  - from: frob-10g-driver\n    slug: frob\n    title: The frob(4) driver\n');
    expect(index.bySlug.get('frob')?.title).toBe('The frob(4) driver');
    expect(index.bySlug.has('frob-10g-driver')).toBe(false);
    expect(index.redirects.get('frob-10g-driver')).toBe('frob');
  });

  it('splits entries out into a project of their own, and pins one entry elsewhere', () => {
    const index = apply(`split:\n  - slug: frob-4\n    entries: [${Q[2]}/frob-4-updates]\npin:\n  ${Q[0]}/wireless: frob-4\n`);
    expect(index.bySlug.get('frob-4')?.entries.map((e) => e.id)).toEqual([`${Q[0]}/wireless`, `${Q[2]}/frob-4-updates`]);
    expect(index.bySlug.get('frob-10g-driver')?.entries).toHaveLength(2);
  });

  it('refuses a pin to a project that does not exist, at its line: the entry stays, and no project is made or published', () => {
    const plain = threadProjects(corpus());
    const index = apply(`pin:\n  ${Q[4]}/wireless: frob-10g-drvier\n  ${Q[0]}/wireless: frob-10g-driver\n`);
    expect(index.problems).toEqual([
      { file: 'projects.yml', line: 2, message: 'pin to "frob-10g-drvier", which is no project; the entry stays where the threading put it (a new project is made with split:)' },
    ]);
    expect(index.byEntryId.get(`${Q[4]}/wireless`)?.slug).toBe(plain.byEntryId.get(`${Q[4]}/wireless`)?.slug);
    expect(index.bySlug.has('frob-10g-drvier')).toBe(false);
    expect(index.ledger).not.toHaveProperty('frob-10g-drvier');
    expect(index.byEntryId.get(`${Q[0]}/wireless`)?.slug).toBe('frob-10g-driver');
  });

  it('lets a refused pin leave its entry free for a later line', () => {
    const index = apply(`pin:\n  ${Q[4]}/wireless: nowhere\nsplit:\n  - { slug: radio, entries: [${Q[4]}/wireless] }\n`);
    expect(index.problems.map((p) => p.line)).toEqual([2]);
    expect(index.byEntryId.get(`${Q[4]}/wireless`)?.slug).toBe('radio');
  });

  it('follows a pin to a published slug since renamed to the project it leads to', () => {
    const ledger = { ...threadProjects(corpus()).ledger, 'frobnicator-old': [`${Q[0]}/frob-driver`, `${Q[1]}/frob-driver`] };
    const index = threadProjects(corpus(), { ledger, corrections: parseCorrections(`pin:\n  ${Q[4]}/wireless: frobnicator-old\n`, 'projects.yml') });
    expect(index.problems).toEqual([]);
    expect(index.byEntryId.get(`${Q[4]}/wireless`)?.slug).toBe('frob-10g-driver');
    expect(index.bySlug.has('frobnicator-old')).toBe(false);
  });

  it('says that a pin to a slug an earlier pin published for its entry alone makes no project', () => {
    const ledger = { ...threadProjects(corpus()).ledger, radio: [`${Q[4]}/wireless`] };
    const index = threadProjects(corpus(), { ledger, corrections: parseCorrections(`pin:\n  ${Q[4]}/wireless: radio\n`, 'projects.yml') });
    expect(index.problems.map((p) => [p.line, p.message])).toEqual([
      [2, `pin to "radio", a slug published for this entry alone (by an earlier pin) that now leads to its own project "wireless-networking": a pin makes no project (a new project is made with split:)`],
    ]);
    expect(index.redirects.get('radio')).toBe('wireless-networking');
  });

  it('takes a pin to the new slug a rename of the same file gives', () => {
    const index = apply(`pin:\n  ${Q[4]}/wireless: frob\nrename:\n  - { from: frob-10g-driver, slug: frob }\n`);
    expect(index.problems).toEqual([]);
    expect(index.bySlug.get('frob')?.entries.map((e) => e.id)).toContain(`${Q[4]}/wireless`);
  });

  it('names the line of a correction that refers to nothing, and still applies the others', () => {
    const index = apply(`merge:\n  - [frob-10g-driver, no-such-project]\nrename:\n  - from: frob-10g-driver\n    title: Frob\n`);
    expect(index.problems).toEqual([{ file: 'projects.yml', line: 2, message: 'no project or entry "no-such-project" to merge' }]);
    expect(index.bySlug.get('frob-10g-driver')?.title).toBe('Frob');
  });

  it('applies the first of two lines that contradict each other and names the line of the other', () => {
    const index = apply(
      [
        'pin:',
        `  ${Q[4]}/wireless: frob-10g-driver`,
        'split:',
        `  - { slug: radio, entries: [${Q[4]}/wireless] }`,
        'merge:',
        '  - [frob-10g-driver, frob-10g-driver]',
        'rename:',
        '  - { from: frob-10g-driver, slug: frob-two }',
        '  - { from: frob-10g-driver, slug: frob-three }',
        '',
      ].join('\n'),
    );
    expect(index.problems.map((p) => [p.line, p.message])).toEqual([
      [4, `entry "${Q[4]}/wireless" is already placed by line 2: only the first line applies`],
      [6, '"frob-10g-driver" is "frob-10g-driver", the project it would merge into'],
      [9, '"frob-10g-driver" is already renamed by line 8: only the first rename applies'],
    ]);
    expect(index.byEntryId.get(`${Q[4]}/wireless`)?.slug).toBe('frob-two');
    expect(index.bySlug.has('frob-three')).toBe(false);
  });

  it('reports a file that is not valid YAML, or not the expected shape, by line, and ignores it', () => {
    expect(apply('merge: [unclosed\n').problems[0]).toMatchObject({ file: 'projects.yml', line: expect.any(Number), message: expect.stringMatching(/not valid YAML/) });
    const wrong = apply('rename:\n  - from: frob-10g-driver\n    slug: Not A Slug\n');
    expect(wrong.problems).toEqual([{ file: 'projects.yml', line: 3, message: expect.stringMatching(/^rename\.0\.slug: expected a lowercase slug/) }]);
    expect(wrong.bySlug.has('frob-10g-driver')).toBe(true);
  });

  it('keeps explicit redirects to projects that exist and refuses the others', () => {
    const index = apply('redirects:\n  frobnicator: frob-10g-driver\n  elsewhere: nowhere\n');
    expect(index.redirects.get('frobnicator')).toBe('frob-10g-driver');
    expect(index.redirects.has('elsewhere')).toBe(false);
    expect(index.problems.map((p) => p.line)).toEqual([3]);
  });
});
