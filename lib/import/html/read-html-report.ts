import type { ElementContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import {
  GENERAL_CATEGORY,
  UNCATEGORIZED,
  ReportFrontMatterSchema,
  categoryKey,
  parseReportId,
  reportLabel,
  type Category,
  type Report,
  type ReportFrontMatter,
} from '../../model';
import { htmlToMarkdown } from '../html-to-markdown';
import type { ImportProblem, ReaderResult } from '../types';
import { legacyReportUrl } from '../upstream-urls';
import { decodeUpstreamBytes } from '../decode';
import { cleanMarkup } from './clean-markup';
import { isElement, lineOf, textOf } from '../hast-utils';
import type { ReaderNote } from '../types';
import { splitPage, type RawHtmlPage } from './page-structure';
import { readEntries } from './read-entries';
import { findHeadingStarts, splitPageByEntry } from './read-by-entry';
import { describeSchemaIssues } from './schema-issues';

export interface HtmlReportInput {
  /** The path shown in problems and stored in `source.file`. */
  path: string;
  bytes: Uint8Array;
  /** The report id, from the file name (`report-2014-01-2014-03.html` → `2014-01-2014-03`). */
  reportId: string;
}

const parser = unified().use(rehypeParse);

/**
 * Reads one rendered status report page (`report-<id>.html`, 2001–2020) into the model:
 * the report with its categories and introduction, and one entry per `<h2><a name>`.
 * Pure: takes the page's bytes, never touches the file system, never throws on bad input;
 * every problem comes back with the page's path and, where known, its line.
 */
export function readHtmlReport(input: HtmlReportInput): ReaderResult {
  const problems: ImportProblem[] = [];
  const add = (note: ReaderNote): void => {
    problems.push({ severity: note.severity, file: input.path, ...(note.line ? { line: note.line } : {}), message: note.message });
  };
  try {
    return readReport(input, add, problems);
  } catch (error) {
    // A reader never throws: anything unforeseen becomes an error on the file.
    add({ severity: 'error', message: `could not read the page: ${error instanceof Error ? error.message : String(error)}` });
    return { entries: [], problems };
  }
}

function readReport(input: HtmlReportInput, add: (note: ReaderNote) => void, problems: ImportProblem[]): ReaderResult {
  const parsedId = parseReportId(input.reportId);
  if (!parsedId) {
    add({ severity: 'error', message: `"${input.reportId}" is not a report id (expected e.g. 2014-01-2014-03)` });
    return { entries: [], problems };
  }
  const decoded = decodeUpstreamBytes(input.bytes);
  for (const note of decoded.notes) add({ severity: 'warning', ...note });
  if (decoded.text.trim() === '') {
    add({ severity: 'error', message: 'the page is empty' });
    return { entries: [], problems };
  }

  const page = readPage(decoded.text, add);
  const baseUrl = legacyReportUrl(input.reportId);
  if (!page.foundContentArea) add({ severity: 'warning', message: 'no #contentwrap element; read the whole page body' });
  for (const stray of page.strays) {
    add({ severity: 'warning', line: lineOf(stray), message: `content outside any entry ignored: "${textOf(stray).slice(0, 60)}"` });
  }

  const categories = readCategories(page, baseUrl, add);
  const frontMatter: ReportFrontMatter = {
    id: input.reportId,
    title: `FreeBSD Status Report, ${reportLabel(input.reportId)}`,
    period: parsedId.period,
    categories,
    source: { format: 'html', file: input.path },
  };
  const report: Report = { ...frontMatter, intro: readIntro(page.intro, baseUrl, add) };
  const checkedReport = ReportFrontMatterSchema.safeParse(frontMatter);
  if (!checkedReport.success) {
    add({ severity: 'error', message: `report front matter is invalid: ${describeSchemaIssues(checkedReport.error)}` });
  }

  const cut = truncation(decoded.text, page);
  if (cut) add(cut.note);
  const { entries, notes } = readEntries(cut ? cut.page : page, { reportId: input.reportId, path: input.path, baseUrl });
  notes.forEach(add);
  if (page.entries.length === 0) add({ severity: 'error', message: 'no entries found (no <h2> with an anchor name)' });
  return { ...(checkedReport.success ? { report } : {}), entries, problems };
}

/**
 * The page split into introduction, categories and entries. Where the parsed page holds fewer
 * headings than its source (an element left open took them in), it is read again one entry at
 * a time, so that the slip costs at most the entry it is in.
 */
function readPage(html: string, add: (note: ReaderNote) => void): RawHtmlPage {
  const page = splitPage(parser.parse(html));
  const starts = findHeadingStarts(html);
  // A heading that lost its anchor is not among the starts, which find anchors.
  const anchored = page.entries.filter((e) => e.missing !== 'anchor').length;
  if (starts.length <= anchored + page.categories.length) return page;
  const byEntry = splitPageByEntry(html, starts);
  byEntry.notes.forEach(add);
  if (byEntry.notes.length === 0) {
    add({ severity: 'error', message: `the page holds ${starts.length} headings, of which the parser placed ${page.entries.length + page.categories.length}; each entry was read on its own` });
  }
  return byEntry.page;
}

/** The end tags a whole page closes with; every rendered page has them, after the site footer. */
const CLOSING_TAGS = ['body', 'html'] as const;

/**
 * The page cut short (a partial copy or download), if it was: it opens `<body>` or `<html>` but
 * never closes them. The report then counts as read with errors, so that a re-import keeps the
 * entries the last import had; the entry the page breaks off in is dropped (its end is lost, and
 * a half entry would replace the whole one), the entries before it are read.
 */
function truncation(html: string, page: RawHtmlPage): { note: ReaderNote; page: RawHtmlPage } | undefined {
  const unclosed = CLOSING_TAGS.filter((tag) => new RegExp(`<${tag}\\b`, 'i').test(html) && !new RegExp(`</${tag}\\s*>`, 'i').test(html));
  if (unclosed.length === 0) return undefined;
  const lines = html.replace(/\s+$/, '').split('\n').length;
  const cutIn = page.endsInEntry ? page.entries.at(-1) : undefined;
  const kept = cutIn ? page.entries.slice(0, -1) : page.entries;
  const lost = cutIn ? `the entry "${cutIn.title}" (line ${cutIn.line ?? '?'}) it breaks off in is skipped, ` : '';
  const message = `the page ends at line ${lines} before ${unclosed.map((tag) => `</${tag}>`).join('')}: truncated? ${lost}${kept.length === 1 ? 'the entry before it is' : `the ${kept.length} entries before it are`} read`;
  return { note: { severity: 'error', line: lines, message }, page: { ...page, entries: kept } };
}

/**
 * The page's category headings, in page order, each with the description shown below it;
 * "General" for pages without any, and after the others for entries above the first heading.
 */
function readCategories(page: RawHtmlPage, baseUrl: string, add: (note: ReaderNote) => void): Category[] {
  if (page.categories.length === 0) return [GENERAL_CATEGORY];
  const notes: ReaderNote[] = [];
  const categories: Category[] = [];
  for (const raw of page.categories) {
    if (raw.titledByAnchor) notes.push({ severity: 'warning', line: raw.line, message: `category heading shows no text; titled "${raw.title}" after its anchor` });
    const key = categoryKey(raw.title);
    if (categories.some((c) => c.key === key)) continue;
    const description = raw.description.length > 0 ? htmlToMarkdown(cleanMarkup(raw.description, notes), { baseUrl }) : '';
    categories.push({ key, title: raw.title, ...(description ? { description } : {}), order: categories.length });
  }
  const homeless = page.entries.some((e) => e.category === undefined);
  if (homeless && !categories.some((c) => c.key === UNCATEGORIZED.key)) categories.push({ ...UNCATEGORIZED, order: categories.length });
  notes.forEach(add);
  return categories;
}

/** The introduction in Markdown, without its first heading (the report's title stands for it). */
function readIntro(nodes: ElementContent[], baseUrl: string, add: (note: ReaderNote) => void): string {
  const firstHeading = nodes.findIndex((n) => isElement(n, 'h1'));
  const rest = firstHeading >= 0 && nodes.slice(0, firstHeading).every((n) => textOf(n) === '') ? nodes.slice(firstHeading + 1) : nodes;
  const notes: ReaderNote[] = [];
  const markdown = htmlToMarkdown(cleanMarkup(rest, notes), { baseUrl });
  notes.forEach(add);
  return markdown;
}
