/** How Asciidoctor logs a delimited block (listing, table, example, comment, …) never closed. */
const UNTERMINATED = /^asciidoctor: unterminated (\w+) block$/;

/**
 * The error for a delimited block an entry leaves open, from what Asciidoctor logged of it;
 * undefined for any other message. Here each entry is read on its own, so only the rest of the
 * entry is taken in; but freebsd.org renders the quarter as one document of `include::`s, where
 * the block runs on through every entry after it. Hence an error, not a warning.
 */
export function openBlockError(message: string, line: number | undefined, source: string): string | undefined {
  const kind = UNTERMINATED.exec(message)?.[1];
  if (kind === undefined) return undefined;
  const delimiter = line === undefined ? '' : (source.split('\n')[line - 1] ?? '').trim();
  const written = /^([-.=*_+/]{2,}|\|===+|[,:!]===+)$/.test(delimiter) ? ` ("${delimiter}")` : '';
  return `unterminated ${kind} block${written}, opened here and never closed: on the published page it swallows every entry after it in the report`;
}
