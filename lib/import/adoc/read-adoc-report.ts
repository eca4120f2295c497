import { categoryKey, parseReportId, reportLabel, slugify, type Category, type Entry, type Report } from '../../model';
import type { ImportProblem, ReaderResult } from '../types';
import { asciidocReportUrl } from '../upstream-urls';
import { AdocLog } from './asciidoctor';
import { knownCategoryKeys, reviewCategoryHeadings } from './category-headings';
import { repairCrossReferences } from './cross-references';
import { adocToInlineMarkdown, adocToMarkdown } from './category-descriptions';
import { findLeftovers } from './leftovers';
import { parseIndex, type ParsedIndex } from './parse-index';
import { allocateSlugs, FALLBACK_CATEGORY, placeEntries, type Placement } from './place-entries';
import { readAdocEntry, type RawAdocEntry } from './read-adoc-entry';
import { normalizeSource } from './source';

export interface AdocReportInput {
  /** `2024-04-2024-06`. */
  reportId: string;
  /** Display path of the quarter's folder; problems and `source.file` use `${dir}/${name}`. */
  dir: string;
  /** Every file of the folder by name (`_index.adoc`, `intro.adoc`, `bhyve.adoc`, …) → its text. */
  files: ReadonlyMap<string, string>;
  /** From {@link parseCategoryDescriptions}: `kernel-desc` → Markdown. */
  categoryDescriptions: ReadonlyMap<string, string>;
  /** The slug the content folder imported into published each entry file under, by file name (`allocateSlugs`). */
  publishedSlugs?: ReadonlyMap<string, string>;
  /** Files of the folder that could not be read, each already an error of its own: an include of one is not said again. */
  unreadable?: ReadonlySet<string>;
  /**
   * The title the content folder imported into published an entry file's entry under, by its slug
   * and file name; asked only for an entry whose file has lost its `=== Title` line.
   */
  publishedTitle?: (slug: string, fileName: string) => string | undefined;
}

export { parseCategoryDescriptions } from './category-descriptions';

const INDEX = '_index.adoc';
const INTRO = 'intro.adoc';

/**
 * Reads one AsciiDoc quarter (`adoc/report-YYYY-MM-YYYY-MM/`) from its files' texts: the report
 * (categories from `_index.adoc`, introduction from `intro.adoc` or, in early 2021, from the
 * index page itself) and one entry per entry file, in the order `_index.adoc` includes them.
 * Pure (no filesystem), async only because Asciidoctor.js is. Never throws: bad input becomes
 * problems, and every readable entry is still returned.
 */
export async function readAdocReport(input: AdocReportInput): Promise<ReaderResult> {
  const problems: ImportProblem[] = [];
  const fileOf = (name: string): string => `${input.dir}/${name}`;
  const parsedId = parseReportId(input.reportId);
  if (!parsedId) {
    problems.push({ severity: 'error', file: input.dir, message: `"${input.reportId}" is not a report id` });
    return { entries: [], problems };
  }
  const baseUrl = asciidocReportUrl(input.reportId);
  const indexText = input.files.get(INDEX);
  const parsed = indexText === undefined ? undefined : parseIndex(normalizeSource(indexText));
  const hollow = indexText === undefined ? `the quarter has no ${INDEX}` : hollowIndex(indexText, parsed);
  if (hollow) {
    problems.push({ severity: 'error', file: fileOf(INDEX), message: `${hollow}; its entries are imported in file-name order under "${FALLBACK_CATEGORY.title}"` });
  }
  for (const p of parsed?.problems ?? []) problems.push({ severity: 'warning', file: fileOf(INDEX), line: p.line, message: p.message });
  const index = parsed && reviewCategoryHeadings(parsed, knownCategoryKeys(input.categoryDescriptions), fileOf(INDEX), problems);

  const categories = index ? await readCategories(index, input, baseUrl, problems) : [];
  // A hollow index places nothing: its entries go under the catch-all as with no index, said once above, not once per entry.
  const placements = placeEntries(hollow ? undefined : index, input, categories, problems);
  const intro = await readIntro(index, input, baseUrl, problems);

  const raws: { placement: Placement; raw: RawAdocEntry }[] = [];
  for (const placement of placements) {
    const text = input.files.get(placement.name) ?? '';
    const { entry, problems: entryProblems } = await readAdocEntry({ file: fileOf(placement.name), text, baseUrl });
    problems.push(...entryProblems);
    if (entry) raws.push({ placement, raw: entry });
  }

  const goesBy = (placement: Placement): string => placement.includedAs ?? placement.name;
  const slugs = allocateSlugs(raws.map((r) => goesBy(r.placement)), input.dir, problems, input.publishedSlugs);
  const entries: Entry[] = [];
  const titles = new Map<string, string>();
  for (const { placement, raw } of raws) {
    const slug = slugs.get(goesBy(placement)) ?? slugify(goesBy(placement));
    const file = fileOf(placement.name);
    const title = raw.title || untitledEntryTitle(goesBy(placement).replace(/\.adoc$/, ''), input.publishedTitle?.(slug, placement.name), file, problems);
    const titleKey = title.replace(/\s+/g, ' ').trim().toLowerCase();
    const first = titles.get(titleKey);
    if (first) {
      problems.push({ severity: 'error', file, line: raw.line, message: `title "${title}" is also the title of ${first}` });
    } else {
      titles.set(titleKey, file);
    }
    entries.push({
      id: `${input.reportId}/${slug}`,
      slug,
      title,
      report: input.reportId,
      category: placement.category,
      contacts: raw.contacts,
      links: raw.links,
      sponsors: raw.sponsors,
      tasks: raw.tasks,
      ...(raw.tasksIntro ? { tasksIntro: raw.tasksIntro } : {}),
      ...(raw.tasksHeading ? { tasksHeading: raw.tasksHeading } : {}),
      source: { format: 'adoc', file, line: raw.line },
      body: raw.body,
    });
  }

  repairCrossReferences(entries, categories, baseUrl, (file) => input.files.get(file.slice(input.dir.length + 1)), problems);

  const report: Report = {
    id: input.reportId,
    title: `FreeBSD Status Report, ${reportLabel(input.reportId)}`,
    period: parsedId.period,
    categories,
    ...(index ? { source: { format: 'adoc' as const, file: fileOf(INDEX) } } : {}),
    intro,
  };
  return { report, entries, problems };
}

/**
 * The title of an entry whose file has no `=== Title` line, said as an error: the one it was
 * published under, where a content folder has it (a title line lost in an edit upstream must not
 * rename a published entry after its file), otherwise its file's name.
 */
function untitledEntryTitle(fileTitle: string, published: string | undefined, file: string, problems: ImportProblem[]): string {
  const kept = published !== undefined && published !== fileTitle;
  problems.push({
    severity: 'error',
    file,
    line: 1,
    message: kept ? `entry has no "=== Title" line; it keeps the title it was published under, "${published}", not its file name's "${fileTitle}"` : `entry has no "=== Title" line; titled "${fileTitle}" after its file name`,
  });
  return kept ? published : fileTitle;
}

/**
 * Why an `_index.adoc` places no entry, if it places none: it is empty, or has no category
 * heading and includes no entry (a file emptied or cut by mistake), which loses the same as
 * having none.
 */
function hollowIndex(text: string, index: ParsedIndex | undefined): string | undefined {
  if (text.trim() === '') return `${INDEX} is empty`;
  if (!index || index.categories.length > 0 || index.preambleIncludes.some((inc) => inc.name !== INTRO)) return undefined;
  return `${INDEX} has no "== Category" heading and includes no entry`;
}

async function readCategories(index: ParsedIndex, input: AdocReportInput, baseUrl: string, problems: ImportProblem[]): Promise<Category[]> {
  const categories: Category[] = [];
  const file = `${input.dir}/${INDEX}`;
  for (const c of index.categories) {
    const key = categoryKey(c.title);
    if (categories.some((x) => x.key === key)) {
      problems.push({ severity: 'warning', file, line: c.line, message: `category "${c.title}" appears twice; its entries join the first` });
      continue;
    }
    const description = await readDescription(c.description, c.descriptionLine ?? c.line, input, baseUrl, problems);
    categories.push({ key, title: c.title, ...(description ? { description } : {}), order: categories.length });
  }
  return categories;
}

/** `{kernel-desc}` → the text from categories-desc.adoc; other text (2021 reports) → converted. */
async function readDescription(source: string, line: number, input: AdocReportInput, baseUrl: string, problems: ImportProblem[]): Promise<string | undefined> {
  const file = `${input.dir}/${INDEX}`;
  if (source === '') return undefined;
  const ref = /^\{([\w-]+)\}$/.exec(source);
  if (ref?.[1]) {
    const text = input.categoryDescriptions.get(ref[1].toLowerCase());
    if (text === undefined) {
      problems.push({ severity: 'warning', file, line, message: `category description ${source} is not defined in categories-desc.adoc; left out` });
    }
    return text;
  }
  const log = new AdocLog();
  const markdown = await adocToInlineMarkdown(source, baseUrl, log);
  for (const { message } of log.entries) problems.push({ severity: 'warning', file, line, message });
  for (const leftover of findLeftovers(markdown, source)) {
    problems.push({ severity: 'warning', file, line, message: leftover.message });
  }
  return markdown || undefined;
}

/** `intro.adoc` if the quarter has one; otherwise the text of `_index.adoc` before its first category. */
async function readIntro(index: ParsedIndex | undefined, input: AdocReportInput, baseUrl: string, problems: ImportProblem[]): Promise<string> {
  const introText = input.files.get(INTRO);
  const [name, source, offset] =
    introText !== undefined ? [INTRO, normalizeSource(introText), 0] : [INDEX, index?.preamble ?? '', (index?.preambleLine ?? 1) - 1];
  if (source.trim() === '') return '';
  const log = new AdocLog();
  // Padding keeps Asciidoctor's line numbers those of the file the text came from.
  const markdown = await adocToMarkdown('\n'.repeat(offset) + source, baseUrl, log);
  const file = `${input.dir}/${name}`;
  for (const { message, line } of log.entries) {
    problems.push({ severity: 'warning', file, ...(line ? { line } : {}), message });
  }
  for (const leftover of findLeftovers(markdown, source)) {
    problems.push({ severity: 'warning', file, ...(leftover.line ? { line: leftover.line + offset } : {}), message: leftover.message });
  }
  return markdown;
}
