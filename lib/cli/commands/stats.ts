import { collectPeople } from '../../people';
import { contentFolder, parseCommandArgs, printJson } from '../args';
import { openContent } from '../open-content';
import type { ContactKind } from '../../model';

export const statsUsage = 'kb stats [--json] [--content DIR]';

/** `kb stats`: counts of reports, entries, projects, people (and teams and lists apart) and distinct links. */
export function runStats(args: string[]): number {
  const { values } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } }, 0);
  const { kb, projects } = openContent(contentFolder(values.content));
  const years = kb.reports.map((r) => Number(r.period.start.slice(0, 4)));
  const contacts = collectPeople(kb.entries);
  const ofKind = (kind: ContactKind): number => contacts.filter((c) => c.kind === kind).length;
  const stats = {
    reports: kb.reports.length,
    entries: kb.entries.length,
    projects: projects.projects.length,
    // People as the site counts them; the teams and lists named where a person would be apart.
    people: ofKind('person'),
    teams: ofKind('team'),
    lists: ofKind('list'),
    links: new Set(kb.entries.flatMap((e) => e.links.map((l) => l.url))).size,
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
    entriesByFormat: Object.fromEntries(
      ['xml', 'html', 'adoc', 'markdown'].map((f) => [f, kb.entries.filter((e) => e.source.format === f).length]),
    ),
    problems: kb.problems.length,
  };
  if (values.json) printJson(stats);
  else {
    for (const [key, value] of Object.entries(stats)) {
      process.stdout.write(`${key.padEnd(16)} ${typeof value === 'object' && value !== null ? JSON.stringify(value) : value}\n`);
    }
  }
  return 0;
}
