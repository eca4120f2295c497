import { describe, expect, it } from 'vitest';
import { buildSubjects, parseSubjectCorrections } from '../../lib/subjects';
import { subjectCorpus, subjectCorpusProjects } from './fixture';

// The fixture's subjects: quuxvisor (on its timeline the Quuxvisor, migration and quuxvisormgr
// entries and the cloud platform's; the widget toolkit only mentions it) and frobnet.
const entries = subjectCorpus();
const projects = subjectCorpusProjects(entries);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const build = (lines: string[]) => buildSubjects(entries, projects, { corrections: parseSubjectCorrections([...lines, ''].join('\n'), 'subjects.yml') });
const problems = (lines: string[]) => build(lines).problems.map((p) => [p.line, p.message]);

describe('subjects.yml lines that do nothing', () => {
  it('reports entries: out of an entry not on the main timeline, saying whether it mentions the subject, and applies the rest', () => {
    const index = build([
      'subjects:',
      '  quuxvisor:',
      '    entries:',
      '      out:',
      '        - 2012-07-2012-09/widget-toolkit',
      '        - 2013-07-2013-09/frobnet-driver',
      '        - 2014-07-2014-09/cloud-platform',
    ]);
    expect(index.problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['subjects.yml', 5, 'entry "2012-07-2012-09/widget-toolkit" only mentions subject "quuxvisor": it is not on its main timeline, so this line does nothing'],
      [
        'subjects.yml',
        6,
        'entry "2013-07-2013-09/frobnet-driver" does not name subject "quuxvisor" or its aliases: it is neither on its main timeline nor among its mentions, so this line does nothing',
      ],
    ]);
    const quux = index.bySlug.get('quuxvisor')!;
    expect(ids(quux.entries)).not.toContain('2014-07-2014-09/cloud-platform');
    expect(ids(quux.mentions)).toEqual(expect.arrayContaining(['2012-07-2012-09/widget-toolkit', '2014-07-2014-09/cloud-platform']));
  });

  it('reports projects: in of a project none of whose entries names the subject, and out of one with none on its timeline', () => {
    const index = build([
      'subjects:',
      '  quuxvisor:',
      '    projects:',
      '      in: [frobnet-driver, network-notes]',
      '      out: [quuxvisormgr]',
      '  frobnet:',
      '    projects: { out: [quuxvisor, network-notes] }',
    ]);
    expect(index.problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'project "frobnet-driver" has no entry naming subject "quuxvisor" or its aliases, so this line does nothing (an entry that does not name it is put on with entries: in)'],
      [7, 'project "quuxvisor" has no entry naming subject "frobnet" or its aliases, so this line does nothing'],
      [7, 'project "network-notes" has no entry on subject "frobnet"\'s main timeline (its one entry naming it only mentions it), so this line does nothing'],
    ]);
    // The lines that do something still do it: the toolkit's mention is taken up, the GUI's entries go down.
    const quux = index.bySlug.get('quuxvisor')!;
    expect(ids(quux.entries)).toContain('2012-07-2012-09/widget-toolkit');
    expect(ids(quux.entries)).not.toContain('2015-01-2015-03/quuxvisormgr');
  });

  it('takes the first of two lines putting one entry or project in and out, and reports the other', () => {
    expect(problems(['subjects:', '  quuxvisor:', '    entries: { in: [2012-07-2012-09/widget-toolkit], out: [2012-07-2012-09/widget-toolkit] }'])).toEqual([
      [3, 'entry "2012-07-2012-09/widget-toolkit" is already put on the main timeline by line 3: only the first line applies'],
    ]);
    const outFirst = build([
      'subjects:',
      '  quuxvisor:',
      '    entries:',
      '      out: [2014-07-2014-09/cloud-platform]',
      '      in: [2014-07-2014-09/cloud-platform]',
      '    projects:',
      '      in: [quuxvisormgr]',
      '      out: [quuxvisormgr]',
    ]);
    expect(outFirst.problems.map((p) => [p.line, p.message])).toEqual([
      [5, 'entry "2014-07-2014-09/cloud-platform" is already put off the main timeline by line 4: only the first line applies'],
      [8, 'project "quuxvisormgr" is already put on the main timeline by line 7: only the first line applies'],
    ]);
    const quux = outFirst.bySlug.get('quuxvisor')!;
    expect(ids(quux.mentions)).toContain('2014-07-2014-09/cloud-platform');
    expect(ids(quux.entries)).toContain('2015-01-2015-03/quuxvisormgr');
  });

  it('reports the corrections of a subject the same file drops', () => {
    const index = build(['subjects:', '  frobnet:', '    title: Frobnet, the driver', '    aliases: { in: [frobx] }', '  quuxvisor:', '    title: Quuxvisor!', 'drop: [frobnet]']);
    expect(index.problems.map((p) => [p.line, p.message])).toEqual([[3, 'subject "frobnet" is dropped by line 7: its corrections here (title, aliases) do nothing']]);
    expect(index.bySlug.has('frobnet')).toBe(false);
    expect(index.bySlug.get('quuxvisor')?.title).toBe('Quuxvisor!');
  });
});

describe('a subject subjects.yml adds', () => {
  it('is titled as the file writes its name, not by its slug', () => {
    const index = build(['subjects:', '  live-migration:', '    aliases: { in: [Live-Migration, guest moving] }']);
    const added = index.bySlug.get('live-migration');
    expect(added?.title).toBe('Live-Migration');
    expect(added?.aliases).toEqual(['guest moving']);
    expect(index.problems).toEqual([]);
    // A title the file gives is still the one shown.
    const titled = build(['subjects:', '  live-migration:', '    title: Moving guests', '    aliases: { in: [Live-Migration] }']);
    expect(titled.bySlug.get('live-migration')?.title).toBe('Moving guests');
  });

  it('is titled as entries write its name when no alias of the file is spelt as its slug', () => {
    const index = build(['subjects:', '  migration:', '    aliases: { in: [live migration] }']);
    expect(index.bySlug.get('migration')?.title).toBe('Migration');
    expect(index.bySlug.get('migration')?.aliases).toEqual(['live migration']);
  });
});
