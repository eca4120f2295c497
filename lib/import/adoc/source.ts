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
