/** A page's address in the forms people paste elsewhere: as is, into the FreeBSD wiki, into Markdown. */
export interface LinkFormats {
  url: string;
  /** MoinMoin, the FreeBSD wiki: `[[url|title]]`. */
  moin: string;
  /** `[title](url)` */
  markdown: string;
}

/**
 * `path` made absolute against `base` (an origin such as `https://kb.example.org`, with or
 * without a trailing slash); `path` itself when there is no base yet.
 */
export function absoluteUrl(path: string, base: string | undefined): string {
  if (!base) return path;
  try {
    return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
  } catch {
    return path;
  }
}

/**
 * A title as a MoinMoin 1.9 link's text. The text is shown as it is written: no markup, no
 * CamelCase WikiName and no `` ` `` inside it is read (its parser hands it to `formatter.text`). What
 * it cannot hold is what ends it: `|` starts the link's parameters and the first `]]` closes it,
 * so a bracket is kept off another, the link's own closing two included ("[WIP]" would end the
 * link one bracket early and leave a `]` after it), and a text starting `{{` would be an image.
 * MoinMoin has no escape for either: `|` is shown as `¦`, a space parts the brackets (and,
 * before the closing ones, is stripped by MoinMoin itself).
 */
function moinLabel(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '¦')
    .replace(/\](?=\])/g, '] ')
    .replace(/\]$/, '] ')
    .replace(/^\{\{/, '{ {');
}

/** An ASCII punctuation character CommonMark may read as markup in a link's text. */
const MARKDOWN_SPECIAL = /[\\[\]`*<~]|&(?=#?\w+;)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/**
 * The text escaped where Markdown would read markup in it: brackets, backslashes, backticks (a
 * code span), `*` and `~` (emphasis, GFM strike-through), `<` (HTML, an autolink; a `>` is markup
 * only after one, or at a line's start, which a link's text never is), `&` of an entity. `_` is
 * escaped unless between two letters or digits, where CommonMark never reads it as emphasis
 * ("snd_hda", "JAVA_VERSION" stay as written). In the target, parentheses, spaces and angle
 * brackets are encoded, which would end it.
 */
function markdownLink(title: string, url: string): string {
  const text = title.replace(/\s+/g, ' ').trim().replace(MARKDOWN_SPECIAL, '\\$&');
  const target = url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');
  return `[${text}](${target})`;
}

export function linkFormats(url: string, title: string): LinkFormats {
  return { url, moin: `[[${url}|${moinLabel(title)}]]`, markdown: markdownLink(title, url) };
}
