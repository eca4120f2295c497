import { startsHeaderField } from './metadata';
import { closingDelimiter, DELIMITER } from './source';

/** How Asciidoctor logs a delimited block (listing, table, example, comment, …) never closed. */
const UNTERMINATED = /^asciidoctor: unterminated (\w+) block$/;

/** What a block left open does upstream: said whether or not this reader recovers. */
const SWALLOWS = 'opened here and never closed: on the published page it swallows every entry after it in the report';

/** The kind of block Asciidoctor says was never closed (`listing`, `example`, …), or undefined for any other message. */
export function unterminatedKind(message: string): string | undefined {
  return UNTERMINATED.exec(message)?.[1];
}

function writtenDelimiter(line: number | undefined, source: string): string {
  const delimiter = line === undefined ? '' : (source.split('\n')[line - 1] ?? '').trim();
  return /^([-.=*_+/]{2,}|\|===+|[,:!]===+|```.*)$/.test(delimiter) ? ` ("${delimiter}")` : '';
}

/**
 * The error for a delimited block an entry leaves open, from what Asciidoctor logged of it;
 * undefined for any other message. Here each entry is read on its own, so only the rest of the
 * entry is taken in; but freebsd.org renders the quarter as one document of `include::`s, where
 * the block runs on through every entry after it. Hence an error, not a warning.
 */
export function openBlockError(message: string, line: number | undefined, source: string): string | undefined {
  const kind = unterminatedKind(message);
  if (kind === undefined) return undefined;
  return `unterminated ${kind} block${writtenDelimiter(line, source)}, ${SWALLOWS}`;
}

/**
 * What Asciidoctor logged, each block never closed said once and at the line of its opening
 * delimiter. Asciidoctor.js reads the lines of a list item with their blocks (`*` … `+` `----`)
 * from the reader's position after the delimiter, so it logs the block as opened on the line
 * after; the list item's content, parsed again on its own, then logs it at its true line. (The
 * Ruby Asciidoctor logs only the latter.) A line no block can open on is taken for the line
 * before it, where the delimiter is, and a message said twice is kept once.
 */
export function atOpeningLines<T extends { message: string; line?: number }>(entries: readonly T[], source: string): T[] {
  const lines = source.split('\n').map((l) => l.trimEnd());
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const entry of entries) {
    const { message, line } = entry;
    const late = unterminatedKind(message) !== undefined && line !== undefined && line > 1 && !isDelimiter(lines[line - 1] ?? '') && isDelimiter(lines[line - 2] ?? '');
    const read = late ? { ...entry, line: line - 1 } : entry;
    const key = `${read.line ?? ''}:${message}`;
    if (unterminatedKind(message) !== undefined && seen.has(key)) continue;
    seen.add(key);
    kept.push(read);
  }
  return kept;
}

/** A delimited block the reader closed for its author ({@link closeOpenBlock}). */
export interface ClosedBlock {
  /** Line of the opening delimiter (1-based). */
  line: number;
  /** The blank line the closing delimiter was written on. */
  closedAt: number;
  /** The heading or header field line right after it, which the block no longer takes in. */
  before: string;
  /**
   * Where it ends with a block it is nested in, also left open: the opening line of that block,
   * whose closing delimiter was written (one blank line holds one delimiter, and a nested block's
   * content ends with its parent's).
   */
  within?: number;
}

/** The error for a block left open that the reader closed, saying where. */
export function closedBlockError(kind: string, closed: ClosedBlock, source: string): string {
  const before = closed.before.length > 40 ? `${closed.before.slice(0, 40)}…` : closed.before;
  const within = closed.within === undefined ? '' : ` (with the block of line ${closed.within} it is nested in)`;
  return `unterminated ${kind} block${writtenDelimiter(closed.line, source)}, ${SWALLOWS}; read here as closed at the blank line ${closed.closedAt}${within}, before "${before}"`;
}

/** Whether a line opens (or closes) a delimited block, the open block `--` too. */
const isDelimiter = (line: string): boolean => DELIMITER.test(line) || line === '--';
/** Blocks whose content is AsciiDoc again, so may hold blocks of its own: example, sidebar, quote, open. */
const COMPOUND = /^(?:={4,}|\*{4,}|_{4,}|--)$/;
/** Comment (`////`) and passthrough (`++++`) blocks, never closed for their author. */
const UNCLOSABLE = /^(?:\/{4,}|\+{4,})$/;
/** A section title (`== …` to `====== …`): what ends an entry's part, never the content of a block. */
const SECTION_TITLE = /^={1,6}[ \t]+\S/;

/** The first line in `[from, to)` that closes a block opened with `delimiter`, else undefined. */
function closingLine(lines: readonly string[], delimiter: string, from: number, to: number): number | undefined {
  const closer = closingDelimiter(delimiter);
  for (let i = from; i < to; i++) if (lines[i] === closer) return i;
  return undefined;
}

/**
 * Where the block opened at index `at` may end: the end of the block it is nested in (a nested
 * block's content ends with its parent's), or of the entry. Undefined when, read as Asciidoctor
 * reads delimiters, no block opens there.
 */
function enclosingEnd(lines: readonly string[], at: number, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const delimiter = lines[i] ?? '';
    if (!isDelimiter(delimiter)) continue;
    if (i === at) return to;
    const end = closingLine(lines, delimiter, i + 1, to) ?? to;
    if (at < end) return COMPOUND.test(delimiter) ? enclosingEnd(lines, at, i + 1, end) : undefined;
    i = end;
  }
  return undefined;
}

/** The kind Asciidoctor names a block that may hold others by, from its delimiter. */
function compoundKind(delimiter: string): string {
  return ({ '=': 'example', '*': 'sidebar', _: 'quote' } as Record<string, string>)[delimiter.charAt(0)] ?? 'open';
}

/**
 * The blocks the one opened at index `at` is nested in and that are never closed either,
 * innermost first: the run of them right around it (one nested in a closed block ends with it).
 * Each runs on to the end of the entry, as the one at `at` then does.
 */
function openAround(lines: readonly string[], at: number): number[] {
  const around: { index: number; open: boolean }[] = [];
  let to = lines.length;
  for (let i = 0; i < to; i++) {
    const delimiter = lines[i] ?? '';
    if (!isDelimiter(delimiter)) continue;
    if (i === at) break;
    const closer = closingLine(lines, delimiter, i + 1, to);
    const end = closer ?? to;
    if (at >= end) {
      i = end;
      continue;
    }
    around.push({ index: i, open: closer === undefined });
    to = end;
  }
  const open: number[] = [];
  for (let k = around.length - 1; k >= 0 && around[k]?.open; k--) open.push(around[k]?.index ?? 0);
  return open;
}

/**
 * Closes the delimited block opened at `line` and never closed, where its author evidently
 * meant it to end: at the first blank line followed by a section title (`==== Next steps`) or a
 * header field (`Sponsor:`, `Contact:`, `Links:`). Report entries end with such parts, and
 * neither a listing nor an example holds one, so the block otherwise swallows them: the sponsor
 * would be lost and the text after it shown as code. The closing delimiter takes the blank
 * line's place, so every line keeps its number. Blocks nested in the open one, if it holds
 * AsciiDoc, are stepped over. Where blocks it is nested in are left open too, the outermost's
 * delimiter is written there instead, ending them all (`around`, innermost first). Undefined
 * when no such line follows (the block then runs to the end of the entry, as Asciidoctor reads it).
 */
export function closeOpenBlock(source: string, line: number): { source: string; closed: ClosedBlock; around: (ClosedBlock & { kind: string })[] } | undefined {
  const lines = source.split('\n').map((l) => l.trimEnd());
  const at = line - 1;
  const delimiter = lines[at] ?? '';
  // What a comment or a passthrough holds is not the entry's text: its author hid it, or wrote it
  // for the page's markup; closing one early would publish it (a `Sponsor:` line in a comment read as the sponsor).
  if (UNCLOSABLE.test(delimiter)) return undefined;
  const end = enclosingEnd(lines, at, 0, lines.length);
  // Closed, as we read it: Asciidoctor reads it otherwise, and no place to close it is evident.
  if (end === undefined || closingLine(lines, delimiter, at + 1, end) !== undefined) return undefined;
  const compound = COMPOUND.test(delimiter);
  for (let i = at + 1; i < end - 1; i++) {
    const text = lines[i] ?? '';
    if (compound && isDelimiter(text)) {
      i = closingLine(lines, text, i + 1, end) ?? end;
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (text.trim() !== '' || !(SECTION_TITLE.test(next) || startsHeaderField(next))) continue;
    const written = source.split('\n');
    const before = next.trim();
    // Blocks it is nested in that are left open too would take the heading in still: the
    // outermost one's delimiter is written, which closes them all, this one first.
    const around = openAround(lines, at);
    const outermost = around.at(-1);
    if (outermost === undefined) {
      written[i] = closingDelimiter(delimiter);
      return { source: written.join('\n'), closed: { line, closedAt: i + 1, before }, around: [] };
    }
    written[i] = lines[outermost] ?? '';
    const within = outermost + 1;
    return {
      source: written.join('\n'),
      closed: { line, closedAt: i + 1, before, within },
      around: around.map((index) => ({
        kind: compoundKind(lines[index] ?? ''),
        line: index + 1,
        closedAt: i + 1,
        before,
        ...(index === outermost ? {} : { within }),
      })),
    };
  }
  return undefined;
}
