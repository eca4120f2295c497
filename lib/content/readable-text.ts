/**
 * A Markdown text with its markup stripped by a few regular expressions: link texts kept and
 * their targets dropped, code fences, emphasis, list and heading markers, HTML tags removed;
 * line breaks kept. Close to `markdownToPlainText`, which parses with remark and costs about
 * 2 ms an entry (6 s for the corpus); this costs a few microseconds, for work that reads every
 * entry's words on every start (aliases, subjects) and can live with an odd stray character.
 */
export function markdownToReadableText(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/<[a-zA-Z/][^>\n]*>/g, ' ')
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+|>[ \t]?)/gm, '')
    .replace(/(\*{1,3}|`+)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/[ \t]+/g, ' ');
}
