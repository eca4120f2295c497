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

/** A title that cannot end a MoinMoin link early: `|` starts its parameters and `]]` closes it. */
function moinLabel(title: string): string {
  return title.replace(/\|/g, '¦').replace(/]]/g, '] ]').replace(/\s+/g, ' ').trim();
}

/** Brackets escaped in the text; parentheses and spaces encoded in the target, which would end it. */
function markdownLink(title: string, url: string): string {
  const text = title.replace(/([\\[\]])/g, '\\$1').replace(/\s+/g, ' ').trim();
  const target = url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');
  return `[${text}](${target})`;
}

export function linkFormats(url: string, title: string): LinkFormats {
  return { url, moin: `[[${url}|${moinLabel(title)}]]`, markdown: markdownLink(title, url) };
}
