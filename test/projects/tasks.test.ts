import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/model';
import { threadProjects } from '../../lib/projects';
import { openTasks } from '../../lib/projects/tasks';
import { makeEntry } from './make-entry';

const report = (id: string): Report => ({ id, title: id, period: { start: '2020-01', end: '2020-03' }, categories: [], intro: '' });
const reports = ['2020-01-2020-03', '2020-04-2020-06'].map(report);
const ada = { name: 'Ada', email: 'ada@example.org' };

describe('openTasks', () => {
  const entries = [
    makeEntry('2020-01-2020-03', 'frob', { title: 'Frob Driver', contacts: [ada], tasks: ['Old task, since done'] }),
    makeEntry('2020-04-2020-06', 'frob', { title: 'Frob Driver', contacts: [ada], tasks: ['Test on arm64'] }),
    makeEntry('2020-01-2020-03', 'docs', { title: 'Handbook Translation', category: 'docs', tasks: ['Translate the network chapter'] }),
    makeEntry('2020-04-2020-06', 'quiet', { title: 'Quiet Project', tasks: [] }),
  ];
  const projects = threadProjects(entries);

  it('lists the tasks of each project latest entry only, newest report first', () => {
    expect(openTasks(projects, reports).map((t) => [t.projectSlug, t.tasks])).toEqual([
      ['frob-driver', ['Test on arm64']],
      ['handbook-translation', ['Translate the network chapter']],
    ]);
  });

  it('narrows to one category', () => {
    expect(openTasks(projects, reports, 'docs').map((t) => t.entry.id)).toEqual(['2020-01-2020-03/docs']);
  });
});
