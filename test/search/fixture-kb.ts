import type { KnowledgeBase } from '../../lib/content';
import { parseReportId, type Entry, type Report } from '../../lib/model';

/** A report of the fixture: three categories, the period its id gives. */
export function fixtureReport(id: string): Report {
  const period = parseReportId(id)?.period;
  if (!period) throw new Error(`fixture report id "${id}" names no period`);
  return {
    id,
    title: `Report ${id}`,
    period,
    categories: [
      { key: 'kernel', title: 'Kernel', order: 1 },
      { key: 'projects', title: 'Projects', order: 2 },
      { key: 'ports', title: 'Ports', order: 3 },
    ],
    intro: '',
  };
}

/** An entry of the fixture; anything not given is empty. */
export function fixtureEntry(id: string, fields: Partial<Omit<Entry, 'id' | 'report' | 'slug'>> = {}): Entry {
  const [report = '', slug = ''] = id.split('/');
  return {
    id,
    report,
    slug,
    title: fields.title ?? slug,
    category: fields.category ?? 'projects',
    contacts: fields.contacts ?? [],
    links: fields.links ?? [],
    sponsors: fields.sponsors ?? [],
    tasks: fields.tasks ?? [],
    source: { format: 'markdown', file: `${id}.md` },
    body: fields.body ?? '',
    ...(fields.project ? { project: fields.project } : {}),
  };
}

/** A knowledge base in memory over the given entries, their reports made up from their ids. */
export function fixtureKb(entries: Entry[]): KnowledgeBase {
  const reports = [...new Set(entries.map((e) => e.report))].sort().map(fixtureReport);
  return {
    dir: '/fixture',
    reports,
    entries,
    problems: [],
    getReport: (id) => reports.find((r) => r.id === id),
    getEntry: (id) => entries.find((e) => e.id === id),
    entriesOfReport: (id) => entries.filter((e) => e.report === id),
  };
}
