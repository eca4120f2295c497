import type { ReaderNote } from '../types';
import { parseXmlTree, type XmlElement, type XmlError } from './xml-tree';

/** The report as far as it could be read one piece at a time, and an error per broken piece. */
export interface ReadByProject {
  root: XmlElement;
  notes: ReaderNote[];
}

// The report's parts, read one by one, and the regions in which their names are not start tags;
// an opener never closed is not a region, so that an unclosed comment in one project cannot
// hide the projects after it.
const TOKEN = /<!--|<!\[CDATA\[|<\?|<(project|category)(?=[\s>/])/g;
const REGION_END: Readonly<Record<string, string>> = { '<!--': '-->', '<![CDATA[': ']]>', '<?': '?>' };

/** Where each `<project>` and `<category>` starts, outside comments, CDATA and processing instructions. */
function findPartStarts(xml: string): { index: number; name: string }[] {
  const starts: { index: number; name: string }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const close = REGION_END[m[0]];
    if (m[1] !== undefined) starts.push({ index: m.index, name: m[1] });
    else if (close !== undefined) {
      const end = xml.indexOf(close, TOKEN.lastIndex);
      if (end !== -1) TOKEN.lastIndex = end + close.length;
    }
  }
  return starts;
}

/**
 * Reads a report that is not well-formed as a whole one part at a time: what comes before the
 * first `<category>` or `<project>` (date, introduction) as the start of the document, then
 * each category and project, from its start tag to the next one's, as a piece of the report on
 * its own. A piece that is not well-formed loses only what it holds, so one editor's slip (an
 * unclosed tag, a stray end tag, a comment never closed) costs one entry rather than every
 * entry after it. Undefined when the document does not open with a `<report>` element, which
 * no piece-wise reading can mend.
 */
export function parseByProject(xml: string): ReadByProject | undefined {
  const lines = lineIndex(xml);
  const reportEnd = xml.lastIndexOf('</report>');
  const end = reportEnd === -1 ? xml.length : reportEnd;
  const starts = findPartStarts(xml).filter((s) => s.index < end);
  const headEnd = starts[0]?.index ?? end;

  const head = parseXmlTree(xml.slice(0, headEnd));
  const root = head.root;
  if (!root || root.name !== 'report') return undefined;
  const notes: ReaderNote[] = [];
  // The head is a document cut short on purpose: `<report>` left open at its end is no error.
  const cutShort = head.error?.message === `unclosed tag: ${root.name}` && head.error.open?.line === root.line;
  if (head.error && !cutShort) notes.push(headNote(head.error));

  starts.forEach(({ index, name }, i) => {
    const following = starts[i + 1];
    const line = lines(index);
    const text = xml.slice(index, following?.index ?? end);
    const piece = parseXmlTree(text, { lineOffset: line - 1, fragmentOf: root });
    if (!piece.error) return;
    const next = following ? `the next <${following.name}>` : 'the end of the report';
    const { at, what } = unclosedRegion(text, line, next) ?? { at: piece.error.line, what: describe(piece.error, next) };
    notes.push({ severity: 'error', line: at, message: `XML is not well-formed: ${what}; the <${name}> opened at line ${line} is skipped, the others are read` });
  });
  return { root, notes };
}

/** A comment or CDATA section opened in `text` and never closed, which hides the rest of it. */
function unclosedRegion(text: string, firstLine: number, next: string): { at: number; what: string } | undefined {
  for (const [open, close, name] of [['<!--', '-->', 'comment'], ['<![CDATA[', ']]>', 'CDATA section']] as const) {
    const index = text.lastIndexOf(open);
    if (index !== -1 && text.indexOf(close, index + open.length) === -1) {
      const at = firstLine + (text.slice(0, index).match(/\n/g)?.length ?? 0);
      return { at, what: `a ${name} opened at line ${at} is not closed before ${next}` };
    }
  }
  return undefined;
}

function headNote(error: XmlError): ReaderNote {
  const what = describe(error, 'the first <category> or <project>');
  return { severity: 'error', line: error.line, message: `XML is not well-formed: ${what}; the introduction after it is not read, every <project> is` };
}

/** The error in an editor's terms: which element is left open, and where it was opened. */
function describe(error: XmlError, nextPart: string): string {
  if (!error.open) return error.message;
  const opened = `<${error.open.name}> opened at line ${error.open.line}`;
  if (error.message.startsWith('unclosed tag')) return `${opened} is not closed before ${nextPart}`;
  if (error.message === 'unexpected close tag') return `an end tag does not match ${opened} (an unclosed <${error.open.name}> or a stray end tag)`;
  return `${error.message} inside ${opened}`;
}

/** Line number (1-based) of an offset; offsets must be asked for in increasing order. */
function lineIndex(text: string): (offset: number) => number {
  let line = 1;
  let scanned = 0;
  return (offset) => {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    scanned = Math.max(scanned, offset);
    return line;
  };
}
