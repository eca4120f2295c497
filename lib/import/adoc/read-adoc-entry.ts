import { Section } from '@asciidoctor/core';
import type { Contact, Link } from '../../model';
import { escapeHtml } from '../../content/escape-html';
import type { ImportProblem } from '../types';
import { AdocLog, loadAdoc, withAdocLog } from './asciidoctor';
import { readEntryFields, type Warn } from './entry-fields';
import { convertBodyHtml, readInlineHtml, repairedReplacements } from './html';
import { findLeftovers } from './leftovers';
import { atOpeningLines, closeOpenBlock, closedBlockError, openBlockError, unterminatedKind, type ClosedBlock } from './open-blocks';
import { normalizeSource, repairListLayout, scanTitle, schemesWithoutColon, titlesInParagraphs, withoutIncludes } from './source';
import { extractTasks } from './tasks';

export const NO_CONTACT = 'the entry names no contact (no "Contact: Name <address>" line): its page shows no one to ask about the work';

/** One entry file as read, before it is placed in its report (`RawAdocEntry` stays inside lib/import/adoc). */
export interface RawAdocEntry {
  /** Undefined when the file has no `=== Title` line. */
  title?: string;
  /** Line of the title (1 when there is none). */
  line: number;
  contacts: Contact[];
  links: Link[];
  sponsors: string[];
  tasks: string[];
  tasksIntro?: string;
  tasksHeading?: string;
  /** Markdown. */
  body: string;
}

export interface AdocEntryInput {
  /** Display path of the file, used in problems. */
  file: string;
  text: string;
  /** Where the entry was published, to make its relative links absolute. */
  baseUrl: string;
}

/**
 * Reads one entry file: title, header fields (links, contacts, sponsors), open tasks and the
 * body as Markdown. Returns no entry only for an empty file; never throws on bad input.
 */
export async function readAdocEntry(input: AdocEntryInput): Promise<{ entry?: RawAdocEntry; problems: ImportProblem[] }> {
  const { source: written, includes } = withoutIncludes(normalizeSource(input.text));
  const included: ImportProblem[] = includes.map(({ target, line }) => ({
    severity: 'warning',
    file: input.file,
    line,
    message: `include directive in an entry (include::${target}[]): an entry is read as its own file, so it is left out`,
  }));
  // A block left open takes in the rest of the entry, its sponsor and later parts too (nothing
  // may be lost): it is closed where its author evidently meant it to end, and the entry read
  // again. Closing one can show another (nested in it, or opened after it), hence a few rounds.
  let source = written;
  const closed: ClosedInEntry[] = [];
  const lines = new WrittenLines();
  let read = await readSource(input, source, { closed, fileText: written, fileLine: (line) => lines.fileLine(line) });
  for (let round = 0; round < MAX_CLOSING_ROUNDS && read.unterminated.length > 0; round++) {
    const before = closed.length;
    for (const { kind, line } of read.unterminated) {
      // Closed once already, yet still open to Asciidoctor: its reading and ours differ, so no second guess.
      if (closed.some((c) => c.line === line)) continue;
      const closing = closeOpenBlock(source, lines.sourceLine(line));
      if (closing === undefined) continue;
      const inFile = <T extends ClosedBlock>(block: T): T => ({
        ...block,
        line: lines.fileLine(block.line),
        closedAt: lines.fileLine(block.closedAt),
        ...(block.within === undefined ? {} : { within: lines.fileLine(block.within) }),
      });
      // Asciidoctor's name for a block it is nested in where it gave one (an example styled `[NOTE]` is an admonition block).
      const around = closing.around.map(inFile).map((block) => ({ ...block, kind: read.unterminated.find((u) => u.line === block.line)?.kind ?? block.kind }));
      closed.push({ kind, ...inFile(closing.closed) }, ...around);
      source = lines.blankAfter(closing.source, closing.closed.closedAt);
    }
    if (closed.length === before) break;
    read = await readSource(input, source, { closed, fileText: written, fileLine: (line) => lines.fileLine(line) });
  }
  return { ...(read.entry ? { entry: read.entry } : {}), problems: [...included, ...read.problems] };
}

/**
 * The lines of an entry's source as the reader rewrote it, mapped to the file's. A closing
 * delimiter is written on the blank line its author left, and a blank line is added after it:
 * without one, a block attached to a list item (`*` … `+` `----`) is followed by the header field
 * or heading right under its delimiter, which Asciidoctor then reads as more text of the item
 * (the sponsor lost in the list, a heading shown as `==== Next`).
 */
class WrittenLines {
  /** Lines of the rewritten source (1-based) that are added blank lines, none in the file. */
  private added: number[] = [];

  /** The file's line a line of the rewritten source is (an added blank line: the delimiter's before it). */
  fileLine(line: number): number {
    return line - this.added.filter((n) => n <= line).length;
  }

  /** The line of the rewritten source that a line of the file now is. */
  sourceLine(line: number): number {
    let at = line;
    while (this.fileLine(at) < line) at++;
    return at;
  }

  /** `source` with a blank line added after its line `line` (1-based), which lines after it then follow. */
  blankAfter(source: string, line: number): string {
    const out = source.split('\n');
    out.splice(line, 0, '');
    this.added = [...this.added.map((n) => (n > line ? n + 1 : n)), line + 1];
    return out.join('\n');
  }
}

const MAX_CLOSING_ROUNDS = 8;

interface ClosedInEntry extends ClosedBlock {
  kind: string;
}

interface SourceRead {
  entry?: RawAdocEntry;
  problems: ImportProblem[];
  /** Blocks Asciidoctor found never closed, at the file's line of their opening delimiter. */
  unterminated: { kind: string; line: number }[];
}

/** How the reader rewrote an entry's source: the blocks it closed, and where its lines were in the file. */
interface Closings {
  /** At the file's lines. */
  closed: readonly ClosedInEntry[];
  /** The file's text (its include lines blanked), which the closed blocks' lines are of. */
  fileText: string;
  /** The file's line a line of the source read is. */
  fileLine: (line: number) => number;
}

/**
 * Reads an entry's source, its include lines blanked and any open block the caller closed
 * (`closings`); problems, and the entry's line, name the file's lines.
 */
async function readSource(input: AdocEntryInput, written: string, closings: Closings): Promise<SourceRead> {
  const { closed, fileText, fileLine } = closings;
  const problems: ImportProblem[] = [];
  const unterminated: SourceRead['unterminated'] = [];
  const warnAt = (message: string, line?: number): void => {
    problems.push(line === undefined ? { severity: 'warning', file: input.file, message } : { severity: 'warning', file: input.file, line: fileLine(line), message });
  };
  const layout = repairListLayout(written);
  for (const { message, line } of layout.repairs) warnAt(message, line);
  for (const { line, written: target, url } of schemesWithoutColon(written)) {
    warnAt(`link target "${target}" lacks the colon after its scheme (a browser would resolve it under the report's page); read as "${url}"`, line);
  }
  const titleMarker = scanTitle(written)?.marker ?? '===';
  for (const { marker, text, line } of titlesInParagraphs(written)) {
    const what = marker === titleMarker ? 'a second entry title' : 'a section title';
    warnAt(
      `${what} ("${marker} ${text}") right under a line of text, with no blank line before it, is read as text of that paragraph, not as a title; ` +
        'put a blank line before it, or give a second entry a file of its own',
      line,
    );
  }
  // From here lines are those of the repaired source; problems name the lines of the file as written.
  const source = layout.source;
  const warn = (message: string, line?: number): void => warnAt(message, line === undefined ? undefined : layout.originalLine(line));
  if (source.trim() === '') {
    problems.push({ severity: 'error', file: input.file, line: 1, message: 'entry file is empty' });
    return { problems, unterminated };
  }
  const heading = scanTitle(source);
  if (heading && heading.marker !== '===') {
    warn(`entry title is written "${heading.marker} …" instead of "=== …"; read as the entry's title`, heading.line);
  }
  const log = new AdocLog();
  try {
    const entry = await withAdocLog(log, () => convertEntry(source, heading?.marker.length, input.baseUrl, warn));
    for (const block of closed) problems.push({ severity: 'error', file: input.file, line: block.line, message: closedBlockError(block.kind, block, fileText) });
    for (const { message, line } of atOpeningLines(log.entries, source)) {
      const open = openBlockError(message, line, source);
      if (open === undefined) {
        warn(message, line);
        continue;
      }
      const kind = unterminatedKind(message);
      const at = line === undefined ? undefined : fileLine(layout.originalLine(line));
      // Closed with a block it is nested in, by that block's delimiter: Asciidoctor still says it was never closed itself, as it was not.
      if (closed.some((c) => c.within !== undefined && c.line === at)) continue;
      if (at !== undefined && kind !== undefined) unterminated.push({ kind, line: at });
      problems.push({ severity: 'error', file: input.file, ...(at === undefined ? {} : { line: at }), message: open });
    }
    // report-sample.adoc asks every entry for one: without it the entry's page names no one to ask about the work.
    if (entry.title !== undefined && entry.contacts.length === 0) warn(NO_CONTACT, entry.line);
    // The title is read too: it names the entry everywhere, from its page to search results and feeds.
    for (const leftover of findLeftovers(`${entry.title ?? ''}\n\n${entry.body}`, source)) warn(leftover.message, leftover.line);
    return { entry: { ...entry, line: fileLine(layout.originalLine(entry.line)) }, problems, unterminated };
  } catch (e) {
    problems.push({ severity: 'error', file: input.file, message: `could not convert: ${e instanceof Error ? e.message : String(e)}` });
    return { problems, unterminated };
  }
}

async function convertEntry(source: string, titleLevel: number | undefined, baseUrl: string, warn: Warn): Promise<RawAdocEntry> {
  // Upstream entries are `===` sections of the quarter's page; shifting levels makes the
  // title a level-1 section here, so Asciidoctor sees no jump in section levels.
  const doc = await loadAdoc(source, { leveloffset: titleLevel === undefined ? -1 : 2 - titleLevel });
  const top = doc.blocks;
  const titleIndex = titleLevel === undefined ? -1 : top.findIndex((b) => b instanceof Section);
  const titleSection = top[titleIndex];
  const section = titleSection instanceof Section ? titleSection : undefined;
  const title = section ? readInlineHtml(section.getTitle() ?? '', baseUrl).text : undefined;
  for (const extra of section ? top.slice(titleIndex + 1) : []) {
    if (extra instanceof Section) warn('a second top-level title in the entry; kept as a heading of the body', extra.getLineNumber());
  }

  const { contacts, links, sponsors, repaired, unlinked } = await readEntryFields(doc, baseUrl, warn);

  const taskRepairs: string[] = [];
  const { tasks, intro: tasksIntro, heading: tasksHeading } = await extractTasks(section ?? doc, baseUrl, taskRepairs);
  // The body: words of the Links line no link could hold (the fields come first), then whatever
  // the fields and tasks left, around and inside the title section.
  let html = unlinked.map((text) => `<p>${escapeHtml(text)}</p>\n`).join('');
  for (const block of doc.blocks) {
    if (block === section) {
      for (const child of section.blocks) html += `${await child.convert()}\n`;
    } else {
      html += `${await block.convert()}\n`;
    }
  }
  if (doc.findBy({ context: 'pass' }).length > 0) {
    warn('raw HTML passthrough block: converted as HTML, scripts and unsafe links dropped');
  }
  const { markdown, droppedUrls, repairedUrls, emptyLinks, swappedLinks } = convertBodyHtml(html, baseUrl);
  for (const url of droppedUrls) warn(`unsafe link dropped from the body: ${url}`);
  for (const { word, url } of swappedLinks) {
    const line = source.split('\n').findIndex((l) => l.includes(`link:${word}[`));
    warn(`link macro with its target and text swapped (link:${word}[${url}]); linked "${word}" to ${url}`, line < 0 ? undefined : line + 1);
  }
  if (emptyLinks > 0) warn(`${emptyLinks} link(s) with an empty target in the body; their text is kept`);
  for (const url of [...taskRepairs, ...repairedUrls]) {
    const plain = url.replace(/&amp;/g, '&');
    if (!repaired.has(plain)) repaired.set(plain, undefined);
  }
  for (const [url, line] of repaired) {
    const by = repairedReplacements(url) ? 'replacements (`--` made a dash, `...` an ellipsis)' : 'emphasis';
    warn(`link target mangled by AsciiDoc ${by} (upstream should write link:++URL++[…]); repaired to ${url}`, line);
  }
  return {
    ...(title ? { title } : {}),
    line: section?.getLineNumber() ?? 1,
    contacts,
    links,
    sponsors,
    tasks,
    ...(tasksIntro === undefined ? {} : { tasksIntro }),
    ...(tasksHeading === undefined ? {} : { tasksHeading }),
    body: markdown,
  };
}
