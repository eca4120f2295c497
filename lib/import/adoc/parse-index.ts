import { readFrontMatter } from '../../content';

/**
 * The structure of a quarter's `_index.adoc`, read from its source lines.
 *
 * Why not from Asciidoctor's document tree: the page is mostly `include::` directives, which
 * Asciidoctor would resolve against the filesystem (and which safe mode `secure` turns into
 * links, losing their position). Its structure is regular, so a line scanner that knows
 * delimited blocks and comments reads it exactly, with line numbers; the bits of real
 * AsciiDoc in it (introduction, category descriptions) are handed to Asciidoctor afterwards.
 */
export interface IndexInclude {
  /** The include target as written (`{reports-path}/bhyve.adoc`). */
  target: string;
  /** The file in the quarter's folder it names, if it names one there (`bhyve.adoc`). */
  name?: string;
  line: number;
}

export interface IndexCategory {
  title: string;
  line: number;
  /** AsciiDoc text between the heading and the first include: the category's description. */
  description: string;
  descriptionLine?: number;
  includes: IndexInclude[];
}

export interface ParsedIndex {
  categories: IndexCategory[];
  /** AsciiDoc text before the first category (the introduction in 2021 reports). */
  preamble: string;
  preambleLine?: number;
  /** Includes before the first category (normally just `intro.adoc`). */
  preambleIncludes: IndexInclude[];
  /** Oddities found on the way, as warnings. */
  problems: { line: number; message: string }[];
}

const DELIMITER_RX = /^(\/{4,}|-{4,}|\.{4,}|\+{4,}|={4,}|\*{4,}|_{4,}|\|={3,}|--)\s*$/;
const ATTRIBUTE_ENTRY_RX = /^:(!?)([A-Za-z0-9_][\w-]*)(!?):(?:\s+(.*))?$/;
const INCLUDE_RX = /^include::(\S[^[]*)\[(.*)\]\s*$/;
/**
 * An include with its brackets forgotten (`include::{reports-path}/gcc.adoc`): no directive to
 * Asciidoctor, but nothing else either, so it is read as the include it plainly is, with a warning.
 */
const INCLUDE_WITHOUT_BRACKETS_RX = /^include::([^\s[]+)\s*$/;
const CATEGORY_RX = /^==\s+(\S.*?)\s*$/;
const SKIPPED_LINE_RX = /^(?:toc::\[.*\]|'{3,}|<{3}|\[\[[^\]]*\]\]|\[#[^\]]*\])\s*$/;

/** Shared files every upstream quarter includes; their attributes are supplied by the reader. */
const KNOWN_SHARED_INCLUDE_RX = /(?:^|\/)(?:categories-desc|urls)\.adoc$/;

/** Reads the front matter, header attributes, categories and includes of an `_index.adoc`. */
export function parseIndex(source: string): ParsedIndex {
  const lines = source.split('\n');
  const result: ParsedIndex = { categories: [], preamble: '', preambleIncludes: [], problems: [] };
  const start = frontMatterEnd(source, lines, result);
  const attributes = new Map<string, string>();
  const preamble: string[] = [];
  let category: IndexCategory | undefined;
  let descriptionLines: string[] = [];
  let openDelimiter: string | undefined;
  let headerDone = false;

  const addText = (text: string, lineNo: number): void => {
    if (!category) {
      if (preamble.length === 0 && text.trim() === '') return;
      if (preamble.length === 0) result.preambleLine = lineNo;
      preamble.push(text);
    } else if (category.includes.length === 0) {
      if (descriptionLines.length === 0 && text.trim() === '') return;
      if (descriptionLines.length === 0) category.descriptionLine = lineNo;
      descriptionLines.push(text);
    } else if (text.trim() !== '') {
      result.problems.push({ line: lineNo, message: `text after the entries of category "${category.title}" is ignored` });
    }
  };
  const closeCategory = (): void => {
    if (category) category.description = descriptionLines.join('\n').trim();
    descriptionLines = [];
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const delimiter = DELIMITER_RX.exec(line)?.[1];
    if (openDelimiter !== undefined) {
      const inComment = openDelimiter.startsWith('/');
      if (delimiter === openDelimiter) openDelimiter = undefined;
      if (!inComment) addText(line, lineNo);
      continue;
    }
    if (delimiter !== undefined) {
      openDelimiter = delimiter;
      if (!delimiter.startsWith('/')) addText(line, lineNo);
      continue;
    }
    if (/^\/\/(?!\/)/.test(line)) continue;
    if (!headerDone && /^=\s+\S/.test(line)) {
      headerDone = true;
      continue;
    }
    const attribute = ATTRIBUTE_ENTRY_RX.exec(line);
    if (attribute) {
      const name = (attribute[2] ?? '').toLowerCase();
      if (attribute[1] || attribute[3]) attributes.delete(name);
      else attributes.set(name, (attribute[4] ?? '').trim());
      continue;
    }
    const heading = CATEGORY_RX.exec(line);
    if (heading) {
      headerDone = true;
      closeCategory();
      category = { title: heading[1] ?? '', line: lineNo, description: '', includes: [] };
      result.categories.push(category);
      continue;
    }
    const include = INCLUDE_RX.exec(line) ?? INCLUDE_WITHOUT_BRACKETS_RX.exec(line);
    if (include) {
      const target = (include[1] ?? '').trim();
      if (include[2] === undefined) {
        result.problems.push({ line: lineNo, message: `include::${target} lacks its "[]", so Asciidoctor shows the line as text; read as include::${target}[]` });
      }
      const resolved = resolveInclude(target, attributes);
      if (resolved === undefined) {
        if (!KNOWN_SHARED_INCLUDE_RX.test(target)) {
          result.problems.push({ line: lineNo, message: `include of ${target} (outside the quarter's folder) is not resolved` });
        }
        continue;
      }
      const entry: IndexInclude = { target, name: resolved, line: lineNo };
      (category ? category.includes : result.preambleIncludes).push(entry);
      continue;
    }
    if (SKIPPED_LINE_RX.test(line)) continue;
    if (line.trim() !== '') headerDone = true;
    addText(line, lineNo);
  }
  closeCategory();
  result.preamble = preamble.join('\n').trim();
  return result;
}

/** The quarter-folder file an include names, or undefined for a file elsewhere. */
function resolveInclude(target: string, attributes: ReadonlyMap<string, string>): string | undefined {
  const reportsPath = attributes.get('reports-path');
  const m = /^\{reports-path\}\/([^/]+)$/.exec(target);
  if (m) return m[1];
  const expanded = target.replace(/\{([\w-]+)\}/g, (ref: string, name: string) => attributes.get(name.toLowerCase()) ?? ref);
  if (reportsPath && expanded.startsWith(`${reportsPath}/`) && !expanded.slice(reportsPath.length + 1).includes('/')) {
    return expanded.slice(reportsPath.length + 1);
  }
  if (!expanded.includes('/') && !expanded.includes('{')) return expanded;
  return undefined;
}

/** Index of the first line after the YAML front matter (0 if there is none). */
function frontMatterEnd(source: string, lines: readonly string[], result: ParsedIndex): number {
  if (lines[0]?.trim() !== '---') return 0;
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    result.problems.push({ line: 1, message: 'front matter is not closed by a "---" line' });
    return 0;
  }
  try {
    readFrontMatter(source);
  } catch (e) {
    result.problems.push({ line: 1, message: `front matter is not valid YAML: ${e instanceof Error ? e.message : String(e)}` });
  }
  return close + 1;
}
