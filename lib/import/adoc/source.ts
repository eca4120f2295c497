import { restoreSchemeColon } from '../html-to-markdown';

/** The text as Asciidoctor should see it: no byte-order mark, `\n` line ends (a few upstream files use CRLF). */
export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export interface TitleLine {
  /** The `=` marker as written: `===` for an entry. */
  marker: string;
  text: string;
  line: number;
}

/**
 * The entry's title: the first line that is not blank or a comment, if it is a section title.
 * (Some entries open with a `////` comment block holding editorial notes.)
 */
export function scanTitle(source: string): TitleLine | undefined {
  const lines = source.split('\n');
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (/^\/{4,}$/.test(line)) {
      inComment = !inComment;
      continue;
    }
    if (inComment || line === '' || /^\/\/(?!\/)/.test(line)) continue;
    const m = /^(={1,6})\s+(\S.*)$/.exec(line);
    return m ? { marker: m[1] ?? '', text: (m[2] ?? '').trim(), line: i + 1 } : undefined;
  }
  return undefined;
}

/** An include directive: only the quarter's `_index.adoc` includes files. */
const INCLUDE = /^include::([^\s[]*)\[[^\]]*\]\s*$/;

/**
 * The source without include directives, each line left blank so that line numbers hold, and
 * what each named. An entry is read as one file: Asciidoctor's secure mode would make each
 * directive a link to the file it names, published to readers as if the entry linked it.
 */
export function withoutIncludes(source: string): { source: string; includes: { target: string; line: number }[] } {
  const includes: { target: string; line: number }[] = [];
  const lines = source.split('\n').map((line, i) => {
    const m = INCLUDE.exec(line);
    if (!m) return line;
    includes.push({ target: m[1] ?? '', line: i + 1 });
    return '';
  });
  return { source: lines.join('\n'), includes };
}

/** A line a pre-pass rewrote before Asciidoctor reads the entry, and why (reported as a warning). */
export interface SourceRepair {
  /** Line in the file as written. */
  line: number;
  message: string;
}

export interface ListLayout {
  source: string;
  repairs: SourceRepair[];
  /** The line of the file as written that a line of `source` came from (blank lines were inserted). */
  originalLine: (line: number) => number;
}

/**
 * Delimited blocks whose lines are not scanned for lists: verbatim (listing, literal, pass,
 * comment, table, a Markdown-style fence) or compound blocks the repairs leave alone. The closing
 * line repeats the opening one ({@link closingDelimiter}).
 */
export const DELIMITER = /^(-{4,}|\.{4,}|\*{4,}|={4,}|\+{4,}|_{4,}|\/{4,}|[|,:!]={3,}|```(?!`).*)$/;

/** The line that closes a block opened by `delimiter`: the same line, but a fence (```` ```c ````) closes bare. */
export function closingDelimiter(delimiter: string): string {
  return delimiter.startsWith('```') ? '```' : delimiter;
}
/** An open block (`--`): its content is ordinary AsciiDoc, so it is scanned, but it ends a list unless attached. */
const OPEN_BLOCK = /^--$/;
/**
 * A list item: `*`…`*****` and `-` (unordered), `.`…`.....` (ordered), as Asciidoctor reads them.
 * Explicit numbers (`1.`) are left out: a wrapped sentence can start a line with one.
 */
const LIST_ITEM = /^([ \t]*)(\*{1,5}|-|\.{1,5})[ \t]+\S/;
/**
 * Markers a wrapped line of prose can start with: a dash set off by spaces, an ellipsis. Under a
 * line that does not end with a colon, lines opening with them are read as prose, not a list.
 */
const MAY_BE_PROSE_MARKER = /^(-|\.{3})$/;
/** An item of an explicitly numbered list (`1.`, `a.`): part of a list, though never repaired. */
const NUMBERED_ITEM = /^([ \t]*)(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)][ \t]+\S/;
/** A description-list item (`term::`): part of a list, but no marker to renumber. */
const DLIST_ITEM = /^(?!\/\/)[ \t]*\S.*?(?::{2,4}|;;)(?:$|[ \t])/;
/**
 * Lines that are not prose even where a paragraph could be: block attributes and anchors (`[…]`),
 * comments, section titles, attribute entries, block titles (`.Title`), breaks, a `+` continuation.
 */
const NOT_PROSE = /^(?:\[.*\]|\/\/.*|=+[ \t].*|:!?[\w-]+!?:.*|\.[^.\s].*|'{3,}|<{3,}|\+)$/;

/** Whether a line, outside any list, is a paragraph's line. */
function isProse(line: string): boolean {
  return line !== '' && !NOT_PROSE.test(line) && !DLIST_ITEM.test(line) && !DELIMITER.test(line) && !OPEN_BLOCK.test(line);
}

/**
 * Whether another item with the same marker follows in the same list: a line that merely starts
 * with `-` or `*` inside prose (a wrapped sentence) has none, so it is read as a list only where
 * the paragraph leads into it with a colon.
 */
function hasSibling(lines: readonly string[], at: number, marker: string): boolean {
  // Wrapped lines may come between the items; a blank line or a block ends the paragraph.
  for (let j = at + 1; j < lines.length; j++) {
    const line = (lines[j] ?? '').trimEnd();
    if (line === '' || DELIMITER.test(line)) return false;
    if (LIST_ITEM.exec(line)?.[2] === marker) return true;
  }
  return false;
}

interface OpenItem {
  indent: number;
  written: string;
  effective: string;
}

/** Width of leading whitespace, a tab counting as the next multiple of 8, as terminals show it. */
function indentWidth(space: string): number {
  let width = 0;
  for (const ch of space) width = ch === '\t' ? width + 8 - (width % 8) : width + 1;
  return width;
}

/**
 * The shortest marker of the item's family (`*` for unordered, `.` for ordered) that no
 * enclosing item uses, so Asciidoctor opens a new level. Level 1 of the family is never chosen:
 * a later top-level item may still be written with it.
 */
function freshMarker(written: string, enclosing: readonly OpenItem[]): string | undefined {
  const ch = written.startsWith('.') ? '.' : '*';
  const used = new Set(enclosing.map((e) => e.effective));
  for (let n = 2; n <= 5; n++) {
    const marker = ch.repeat(n);
    if (!used.has(marker)) return marker;
  }
  return undefined;
}

/**
 * Repairs two list layouts that Asciidoctor reads against what the author wrote, before it
 * reads the entry; outside delimited blocks only, and each repair is reported.
 *
 * - A list right under a paragraph line, with no blank line between: AsciiDoc does not let a
 *   list interrupt a paragraph, so its items run into the paragraph (`**` even turns into bold).
 *   A blank line is inserted. A marker line inside a list (a wrapped item, a `+` continuation)
 *   already starts an item, so only a paragraph outside any list is split.
 * - An item indented under an item written with the same marker: Asciidoctor nests by marker,
 *   not by indentation, so it would be a sibling. It gets the next unused marker of its family
 *   (`-`/`*` → `**`, `.` → `..`), so it nests as its indentation says.
 */
export function repairListLayout(source: string): ListLayout {
  const input = source.split('\n');
  const output: string[] = [];
  const repairs: SourceRepair[] = [];
  /** Lines of `output` (1-based) that were inserted. */
  const inserted: number[] = [];
  let delimiter: string | undefined;
  let inList = false;
  let afterBlank = true;
  let previous = '';
  let open: OpenItem[] = [];
  /** The first item of the current list renested: reported once per list, one slip to fix upstream. */
  let renested: { line: number; markers: Set<string> } | undefined;
  const endList = (): void => {
    if (renested) {
      const written = [...renested.markers].map((m) => `"${m}"`).join(', ');
      repairs.push({ line: renested.line, message: `list items indented under an item written with the same marker (${written}), this one the first: Asciidoctor nests by marker, not indentation, so they would not be nested; nested as their indentation says` });
    }
    renested = undefined;
    inList = false;
    open = [];
  };

  for (let i = 0; i < input.length; i++) {
    const line = input[i] ?? '';
    const trimmed = line.trimEnd();
    if (delimiter !== undefined) {
      if (trimmed === delimiter) delimiter = undefined;
      output.push(line);
      previous = trimmed;
      afterBlank = false;
      continue;
    }
    if (DELIMITER.test(trimmed) || OPEN_BLOCK.test(trimmed)) {
      // A block attached to an item with `+` stays in the list; any other block ends it.
      if (previous !== '+') endList();
      if (!OPEN_BLOCK.test(trimmed)) delimiter = closingDelimiter(trimmed);
      output.push(line);
      previous = trimmed;
      afterBlank = false;
      continue;
    }
    if (trimmed === '') {
      output.push(line);
      previous = '';
      afterBlank = true;
      continue;
    }
    const item = LIST_ITEM.exec(trimmed);
    if (item) {
      const [, space = '', written = ''] = item;
      if (!inList && !afterBlank && isProse(previous) && (previous.endsWith(':') || (!MAY_BE_PROSE_MARKER.test(written) && hasSibling(input, i, written)))) {
        output.push('');
        inserted.push(output.length);
        repairs.push({ line: i + 1, message: 'list written right under a paragraph line, with no blank line between (AsciiDoc would run its items into the paragraph); read as a list' });
      }
      const indent = indentWidth(space);
      while (open.length > 0 && (open.at(-1)?.indent ?? 0) >= indent) open.pop();
      // Every open item here sits to the left of this one; reusing one of their markers makes
      // Asciidoctor close the list back to that item's level.
      const fresh = open.some((e) => e.effective === written) ? freshMarker(written, open) : undefined;
      const effective = fresh ?? written;
      if (fresh !== undefined) {
        renested ??= { line: i + 1, markers: new Set() };
        renested.markers.add(written);
      }
      open.push({ indent, written, effective });
      output.push(effective === written ? line : `${space}${effective}${line.slice(space.length + written.length)}`);
      inList = true;
    } else if (NUMBERED_ITEM.test(trimmed) && (inList || afterBlank)) {
      const indent = indentWidth(NUMBERED_ITEM.exec(trimmed)?.[1] ?? '');
      while (open.length > 0 && (open.at(-1)?.indent ?? 0) >= indent) open.pop();
      inList = true;
      output.push(line);
    } else {
      // A paragraph after a blank line ends the list (one attached with `+` has no blank line).
      if (afterBlank && !DLIST_ITEM.test(trimmed)) endList();
      if (DLIST_ITEM.test(trimmed)) inList = true;
      output.push(line);
    }
    previous = trimmed;
    afterBlank = false;
  }
  endList();
  repairs.sort((a, b) => a.line - b.line);
  return {
    source: output.join('\n'),
    repairs,
    originalLine: (line) => line - inserted.filter((n) => n <= line).length,
  };
}

/** A `link:` macro's target: what Asciidoctor turns into a link whatever its scheme. */
const LINK_MACRO_TARGET = /\blink:([^\s[]+)\[/g;

/**
 * Link macros whose target lacks the colon after its scheme (`link:https//host/…[]`), with
 * their lines: the converter restores the colon ({@link restoreSchemeColon}), and the file
 * should be put right upstream, where the link resolves to a page under the report.
 */
export function schemesWithoutColon(source: string): { line: number; written: string; url: string }[] {
  const found: { line: number; written: string; url: string }[] = [];
  source.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(LINK_MACRO_TARGET)) {
      const written = m[1] ?? '';
      const url = restoreSchemeColon(written);
      if (url !== undefined) found.push({ line: i + 1, written, url });
    }
  });
  return found;
}

/** A section title as Asciidoctor reads one where a block may start (`== …` to `====== …`). */
const SECTION_TITLE = /^(={1,6})[ \t]+(\S.*)$/;

/**
 * Section title lines written right under a line of text, with no blank line between
 * (typically a second entry pasted into the file): Asciidoctor reads such a line as more text
 * of the paragraph, so it reaches the body as literal `=== …` text, not a heading, silently.
 * Lines inside delimited blocks are verbatim or the block's own and are left alone.
 */
export function titlesInParagraphs(source: string): TitleLine[] {
  const lines = source.split('\n').map((line) => line.trimEnd());
  const found: TitleLine[] = [];
  let open: string | undefined;
  lines.forEach((line, i) => {
    if (open !== undefined) {
      if (line === open) open = undefined;
      return;
    }
    if (DELIMITER.test(line)) {
      open = closingDelimiter(line);
      return;
    }
    const m = SECTION_TITLE.exec(line);
    if (m && i > 0 && isProse(lines[i - 1] ?? '')) found.push({ marker: m[1] ?? '', text: (m[2] ?? '').trim(), line: i + 1 });
  });
  return found;
}
