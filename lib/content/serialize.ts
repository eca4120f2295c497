import matter from 'gray-matter';
import type { z } from 'zod';
import {
  EntryFrontMatterSchema,
  ReportFrontMatterSchema,
  type Entry,
  type EntryFrontMatter,
  type Report,
  type ReportFrontMatter,
  type ContentProblem,
} from '../model';
import { readFrontMatter } from './front-matter';
import { repairedAgainstSchema, yamlLocator } from './yaml-file';

/** A file read: its value and what was left out of it (`repairedAgainstSchema`), or, when it could not be read at all, why. */
export type Parsed<T> = { ok: true; value: T; problems: ContentProblem[] } | { ok: false; problems: ContentProblem[] };

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function stringify(body: string, data: object): string {
  // gray-matter's YAML engine keeps key order, so fixed key order gives byte-identical files.
  return matter.stringify(body.trim() === '' ? '' : `${body.trim()}\n`, data);
}

/** The `_report.md` text of a report: fixed key order, so re-imports are byte-identical. */
export function serializeReport(report: Report): string {
  const data: ReportFrontMatter = withoutUndefined({
    id: report.id,
    title: report.title,
    period: { start: report.period.start, end: report.period.end },
    categories: report.categories.map((c) =>
      withoutUndefined({ key: c.key, title: c.title, description: c.description, order: c.order }),
    ),
    source: report.source && withoutUndefined({ ...report.source }),
  });
  return stringify(report.intro, data);
}

/** The `<slug>.md` text of an entry. */
export function serializeEntry(entry: Entry): string {
  const data: EntryFrontMatter = withoutUndefined({
    title: entry.title,
    report: entry.report,
    category: entry.category,
    contacts: entry.contacts.map((c) => withoutUndefined({ name: c.name, email: c.email })),
    links: entry.links.map((l) => ({ url: l.url, text: l.text })),
    sponsors: [...entry.sponsors],
    tasks: [...entry.tasks],
    tasksIntro: entry.tasksIntro,
    tasksHeading: entry.tasksHeading,
    project: entry.project,
    order: entry.order,
    source: withoutUndefined({ format: entry.source.format, file: entry.source.file, line: entry.source.line }),
  });
  return stringify(entry.body, data);
}

/**
 * The line in a file (1-based) of a field of its front matter, by path (`['category']`,
 * `['contacts', 0, 'email']`): for problems found in the parsed data, said where an editor looks.
 */
export function frontMatterLocator(text: string): (fieldPath: readonly (string | number)[]) => number | undefined {
  // The front matter starts on the file's second line, after its `---`.
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (block === undefined) return () => undefined;
  const locate = yamlLocator(block);
  return (fieldPath) => {
    const line = locate([...fieldPath]);
    return line === undefined ? undefined : line + 1;
  };
}

/**
 * A file's front matter checked against its schema. What the schema refuses is left out with a
 * problem at its line and the rest is read; only a file without its required fields is no value.
 */
function parseFrontMatter<T>(text: string, file: string, schema: z.ZodType<T>, refill?: (value: unknown) => unknown): Parsed<{ data: T; body: string }> {
  // Without its closing line the whole file reads as front matter: its text would be named as
  // unknown keys, or as YAML that does not parse.
  if (/^---\r?\n/.test(text) && !/\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(3))) {
    return { ok: false, problems: [{ file, line: 1, message: 'front matter is never closed: no line "---" after it' }] };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = readFrontMatter(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? mark.line + 2 : undefined;
    return { ok: false, problems: [{ file, line, message: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]?.replace(/ \(\d+:\d+\)$| at line \d+, column \d+:?$/, '')}` }] };
  }
  if (Object.keys(parsed.data).length === 0) {
    return { ok: false, problems: [{ file, line: 1, message: 'no front matter (expected a --- block)' }] };
  }
  const locate = frontMatterLocator(text);
  const { value, problems } = repairedAgainstSchema(parsed.data, schema, {
    file,
    locate,
    describe: (keyPath) => (keyPath.length ? `front matter field "${keyPath.join('.')}"` : 'front matter'),
    ...(refill ? { refill } : {}),
  });
  return value === undefined ? { ok: false, problems } : { ok: true, value: { data: value, body: parsed.content.trim() }, problems };
}

/**
 * An entry's lists, empty where a file leaves one out or one of its values is dropped: a
 * mistyped `tasks:` or an empty `sponsors:` loses that list, not the entry.
 */
function withEntryLists(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return { contacts: [], links: [], sponsors: [], tasks: [], ...value };
}

/** Reads and validates a `_report.md`. */
export function parseReportFile(text: string, file: string): Parsed<Report> {
  const parsed = parseFrontMatter(text, file, ReportFrontMatterSchema);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value.data, intro: parsed.value.body }, problems: parsed.problems };
}

/** Reads and validates an entry file; its slug comes from the file name. */
export function parseEntryFile(text: string, file: string, slug: string): Parsed<Entry> {
  const parsed = parseFrontMatter(text, file, EntryFrontMatterSchema, withEntryLists);
  if (!parsed.ok) return parsed;
  const data = parsed.value.data;
  return { ok: true, value: { ...data, id: `${data.report}/${slug}`, slug, body: parsed.value.body }, problems: parsed.problems };
}
