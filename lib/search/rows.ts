import { parseReportId, reportLabel, type Entry } from '../model';
import { entryPath } from '../routes';
import { markdownToPlainText } from '../content';
import { urlsInText } from '../projects/link-key';
import { extractReferences } from './references';
import type { SearchRow } from './types';

/** What rows need beyond the entries themselves; each has a plain default. */
export interface RowContext {
  /** The project an entry belongs to; default its `project` front matter, else none. */
  projectOf?: (entry: Entry) => string | undefined;
  /** That project's title; default none (results then show its slug). */
  projectTitleOf?: (entry: Entry) => string | undefined;
  /** Slugs of the entry's people; default none (the person filter then finds nothing). */
  peopleOf?: (entry: Entry) => string[];
  /** The category's title, so that "Kernel" finds the `kernel` category; default the key. */
  categoryTitleOf?: (entry: Entry) => string | undefined;
  /** Slugs of the subjects whose main timeline holds the entry; default none. */
  subjectsOf?: (entry: Entry) => string[];
  /** The report's period; default the one its id gives. */
  periodOf?: (entry: Entry) => { start: string; end: string } | undefined;
}

// Every entry is a status report: a title calling itself one ("SMPng Status Report", "Status
// Report for Newbus lockdown") says nothing of its subject, and would put it first for every
// query holding "report". The plural names entries about the reports ("Quarterly Status Reports").
const STATUS_REPORT_IN_TITLE = /\s*[-–—:,]?\s*\bstatus\s+report\b(?!s)\s*[-–—:,]?\s*/i;

/**
 * An entry's title as its title field indexes it, and what that leaves out: a title's calling
 * itself a status report moves to the report field, where it weighs no more than the report's
 * own name. A title that is nothing else keeps it.
 */
export function titleFields(title: string): { title: string; boilerplate: string } {
  const match = STATUS_REPORT_IN_TITLE.exec(title);
  if (!match) return { title, boilerplate: '' };
  const rest = `${title.slice(0, match.index)} ${title.slice(match.index + match[0].length)}`.trim();
  return rest ? { title: rest, boilerplate: match[0].trim() } : { title, boilerplate: '' };
}

/**
 * Turns entries into search rows: plain text per field, references gathered from the text
 * and the links, and what the filters need. Pure: the index is built from its output.
 */
export function buildSearchRows(entries: readonly Entry[], context: RowContext = {}): SearchRow[] {
  return entries.map((entry) => {
    const plain = markdownToPlainText(entry.body);
    // Tasks hold Markdown too: their link targets are links, not words of the text.
    const tasks = entry.tasks.map(markdownToPlainText);
    // Single-spaced: snippets show it on one line, and need not collapse it per query.
    const body = [plain.text, ...tasks.map((t) => t.text), ...entry.sponsors].join(' ').replace(/\s+/g, ' ').trim();
    // Addresses written out in the text are cited as much as link targets. The import writes them
    // escaped (`https\\://…`, `\\_`) so they stay text; the parse has read those escapes already.
    const written = [plain, ...tasks].flatMap((t) => urlsInText(t.text));
    const linkUrls = [...entry.links.map((l) => l.url), ...plain.urls, ...tasks.flatMap((t) => t.urls), ...written];
    const references = extractReferences(`${entry.title}\n${body}`, linkUrls);
    const period = context.periodOf?.(entry) ?? parseReportId(entry.report)?.period ?? { start: '0000-01', end: '0000-01' };
    const categoryTitle = context.categoryTitleOf?.(entry);
    const titled = titleFields(entry.title);
    return {
      entryId: entry.id,
      report: entry.report,
      slug: entry.slug,
      title: entry.title,
      category: entry.category,
      project: context.projectOf?.(entry) ?? entry.project ?? null,
      projectTitle: context.projectTitleOf?.(entry) ?? null,
      url: entryPath(entry),
      period,
      people: context.peopleOf?.(entry) ?? [],
      subjects: context.subjectsOf?.(entry) ?? [],
      fields: {
        title: titled.title,
        people: entry.contacts.map((c) => (c.email ? `${c.name} ${c.email}` : c.name)).join('\n'),
        references: references.join(' '),
        links: [...entry.links.map((l) => l.text), ...new Set(linkUrls)].join('\n'),
        category: categoryTitle && categoryTitle !== entry.category ? `${categoryTitle} ${entry.category}` : entry.category,
        report: `${reportLabel(entry.report)} ${entry.report} ${titled.boilerplate}`.trimEnd(),
        body,
      },
    };
  });
}
