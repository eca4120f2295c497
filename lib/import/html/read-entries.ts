import { EntryFrontMatterSchema, GENERAL_CATEGORY, SlugAllocator, categoryKey, slugify, type Entry, type EntryFrontMatter } from '../../model';
import { htmlToMarkdown } from '../html-to-markdown';
import { cleanMarkup } from './clean-markup';
import type { ReaderNote } from '../types';
import type { RawHtmlEntry, RawHtmlPage } from './page-structure';
import { readContactParagraph } from './read-contact-paragraph';
import { readLinksTable } from './read-links-table';
import { describeSchemaIssues } from './schema-issues';
import { splitEntry } from './split-entry';

export interface EntrySource {
  reportId: string;
  /** The page's display path, for `source.file`. */
  path: string;
  /** The page's upstream URL, to make relative links absolute. */
  baseUrl: string;
}

/**
 * The entries of a split page, in page order. Slugs are the titles' slugs made unique within
 * the report in that order; a title seen twice (case and white space aside) is an error naming
 * both lines, and the second entry is still kept (`-2`). A heading that lost its anchor or its
 * text is read from the half it kept, with a warning. An entry whose front matter fails the
 * schema is dropped with an error.
 */
export function readEntries(page: RawHtmlPage, from: EntrySource): { entries: Entry[]; notes: ReaderNote[] } {
  const notes: ReaderNote[] = [];
  const slugs = new SlugAllocator();
  const firstLineByTitle = new Map<string, number | undefined>();
  const entries: Entry[] = [];
  for (const raw of page.entries) {
    if (raw.title === '') {
      notes.push({ severity: 'error', line: raw.line, message: 'entry heading without a title; entry skipped' });
      continue;
    }
    if (raw.editedHeading !== undefined) {
      notes.push({
        severity: 'warning',
        line: raw.line,
        message: `heading reads "${raw.editedHeading}" but its anchor was made from "${raw.title}" (text edited after rendering); the heading is the title, the anchor the slug`,
      });
    }
    const slug = slugs.allocate(slugify(raw.title));
    const slip = headingSlip(raw, slug);
    if (slip) notes.push(slip);
    const titleKey = raw.title.toLowerCase();
    if (firstLineByTitle.has(titleKey)) {
      const first = firstLineByTitle.get(titleKey);
      notes.push({
        severity: 'error',
        line: raw.line,
        message: `duplicate entry title "${raw.title}" (lines ${first ?? '?'} and ${raw.line ?? '?'}); the second is kept as ${slug}`,
      });
    } else {
      firstLineByTitle.set(titleKey, raw.line);
    }
    const { frontMatter, body } = readEntry(raw, categoryOf(raw, page, notes), from, notes);
    const checked = EntryFrontMatterSchema.safeParse(frontMatter);
    if (checked.success) entries.push({ ...frontMatter, id: `${from.reportId}/${slug}`, slug, body });
    else notes.push({ severity: 'error', line: raw.line, message: `entry "${raw.title}" is invalid and was skipped: ${describeSchemaIssues(checked.error)}` });
  }
  return { entries, notes };
}

/** The warning for a heading that lost its anchor or its text, saying what stood in for it. */
function headingSlip(raw: RawHtmlEntry, slug: string): ReaderNote | undefined {
  if (raw.missing === 'anchor') {
    return { severity: 'warning', line: raw.line, message: `entry heading "${raw.title}" has no anchor (<a name>); imported as ${slug}, the slug of its text` };
  }
  if (raw.missing === 'text') {
    return { severity: 'warning', line: raw.line, message: `entry heading shows no text; titled "${raw.title}" after its anchor "${raw.anchor}"` };
  }
  return undefined;
}

/** The key of the category heading above the entry; "general" on pages without any. */
function categoryOf(raw: RawHtmlEntry, page: RawHtmlPage, notes: ReaderNote[]): string {
  if (page.categories.length === 0) return GENERAL_CATEGORY.key;
  const heading = raw.category === undefined ? undefined : page.categories[raw.category];
  if (heading) return categoryKey(heading.title);
  notes.push({ severity: 'warning', line: raw.line, message: `entry "${raw.title}" comes before any category heading; filed under "${GENERAL_CATEGORY.title}"` });
  return GENERAL_CATEGORY.key;
}

function readEntry(raw: RawHtmlEntry, category: string, from: EntrySource, notes: ReaderNote[]): { frontMatter: EntryFrontMatter; body: string } {
  const parts = splitEntry(raw.nodes);
  const links = parts.linksTable ? readLinksTable(parts.linksTable, from.baseUrl) : { links: [], notes: [] };
  notes.push(...links.notes);
  const tasks = parts.tasks
    .map((li) => htmlToMarkdown(cleanMarkup(li.children, notes), { baseUrl: from.baseUrl }).replace(/\s*\n\s*/g, ' ').trim())
    .filter((task) => task !== '');
  const frontMatter: EntryFrontMatter = {
    // What the page shows today; the slug stays the anchor's, the title as the report was written.
    title: raw.editedHeading ?? raw.title,
    report: from.reportId,
    category,
    contacts: parts.contactParagraphs.flatMap(readContactParagraph),
    links: links.links,
    sponsors: parts.sponsors,
    tasks,
    source: { format: 'html', file: from.path, ...(raw.line ? { line: raw.line } : {}) },
  };
  return { frontMatter, body: htmlToMarkdown(cleanMarkup(parts.body, notes), { baseUrl: from.baseUrl }) };
}
