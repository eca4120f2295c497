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

/** A delimited block the reader closed for its author ({@link closeOpenBlock}). */
export interface ClosedBlock {
  /** Line of the opening delimiter (1-based). */
  line: number;
  /** The blank line the closing delimiter was written on. */
  closedAt: number;
  /** The heading or header field line right after it, which the block no longer takes in. */
  before: string;
}

/** The error for a block left open that the reader closed, saying where. */
export function closedBlockError(kind: string, closed: ClosedBlock, source: string): string {
  const before = closed.before.length > 40 ? `${closed.before.slice(0, 40)}…` : closed.before;
  return `unterminated ${kind} block${writtenDelimiter(closed.line, source)}, ${SWALLOWS}; read here as closed at the blank line ${closed.closedAt}, before "${before}"`;
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

/**
 * Closes the delimited block opened at `line` and never closed, where its author evidently
 * meant it to end: at the first blank line followed by a section title (`==== Next steps`) or a
 * header field (`Sponsor:`, `Contact:`, `Links:`). Report entries end with such parts, and
 * neither a listing nor an example holds one, so the block otherwise swallows them: the sponsor
 * would be lost and the text after it shown as code. The closing delimiter takes the blank
 * line's place, so every line keeps its number. Blocks nested in the open one, if it holds
 * AsciiDoc, are stepped over. Undefined when no such line follows (the block then runs to the
 * end of the entry, as Asciidoctor reads it).
 */
export function closeOpenBlock(source: string, line: number): { source: string; closed: ClosedBlock } | undefined {
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
    written[i] = closingDelimiter(delimiter);
    return { source: written.join('\n'), closed: { line, closedAt: i + 1, before: next.trim() } };
  }
  return undefined;
}
