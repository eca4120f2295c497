import { Section } from '@asciidoctor/core';
import type { Contact, Link } from '../../model';
import { escapeHtml } from '../../content/escape-html';
import type { ImportProblem } from '../types';
import { AdocLog, loadAdoc, withAdocLog } from './asciidoctor';
import { readEntryFields, type Warn } from './entry-fields';
import { convertBodyHtml, readInlineHtml, repairedReplacements } from './html';
import { findLeftovers } from './leftovers';
import { openBlockError } from './open-blocks';
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
  const problems: ImportProblem[] = [];
  const warnAt = (message: string, line?: number): void => {
    problems.push(line === undefined ? { severity: 'warning', file: input.file, message } : { severity: 'warning', file: input.file, line, message });
  };
  const { source: written, includes } = withoutIncludes(normalizeSource(input.text));
  for (const { target, line } of includes) warnAt(`include directive in an entry (include::${target}[]): an entry is read as its own file, so it is left out`, line);
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
    return { problems };
  }
  const heading = scanTitle(source);
  if (heading && heading.marker !== '===') {
    warn(`entry title is written "${heading.marker} …" instead of "=== …"; read as the entry's title`, heading.line);
  }
  const log = new AdocLog();
  try {
    const entry = await withAdocLog(log, () => convertEntry(source, heading?.marker.length, input.baseUrl, warn));
    for (const { message, line } of log.entries) {
      const open = openBlockError(message, line, source);
      if (open === undefined) warn(message, line);
      else problems.push({ severity: 'error', file: input.file, ...(line === undefined ? {} : { line: layout.originalLine(line) }), message: open });
    }
    // report-sample.adoc asks every entry for one: without it the entry's page names no one to ask about the work.
    if (entry.title !== undefined && entry.contacts.length === 0) warn(NO_CONTACT, entry.line);
    // The title is read too: it names the entry everywhere, from its page to search results and feeds.
    for (const leftover of findLeftovers(`${entry.title ?? ''}\n\n${entry.body}`, source)) warn(leftover.message, leftover.line);
    return { entry: { ...entry, line: layout.originalLine(entry.line) }, problems };
  } catch (e) {
    problems.push({ severity: 'error', file: input.file, message: `could not convert: ${e instanceof Error ? e.message : String(e)}` });
    return { problems };
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
