import type { Definition, Html, Link as MdastLink } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isWellFormedEmail, type ContentProblem, type Entry } from '../model';
import type { KnowledgeBase } from './load';
import { LINK_SCHEMES } from './link-schemes';
import { entryFile, REPORT_FILE } from './paths';
import { frontMatterLocator } from './serialize';

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Every link in a Markdown text, and every link definition (`[name]: url`), in order, with the line of the text it starts on (1-based). */
function markdownLinks(markdown: string): { url: string; line?: number }[] {
  const links: { url: string; line?: number }[] = [];
  visit(markdownParser.parse(markdown), (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ url: (node as MdastLink | Definition).url, line: node.position?.start.line });
  });
  return links;
}

/** What looks like the start of an HTML tag: only a text holding one is parsed for raw HTML (see `mayHoldCheckedLink`). */
const TAG_START = /<\/?[a-z][a-z0-9-]*(?:[\s/>]|$)/im;

/** Elements that run or embed something: the site never shows them, and no Markdown does what they do. */
const NEVER_SHOWN_ELEMENT = /^<(script|style|iframe|object|embed|frame|frameset)[\s/>]/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const ADDRESS_ATTRIBUTE = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const LINKED_SCHEMES = new Set(LINK_SCHEMES);

/**
 * HTML the site drops on purpose (render.ts sanitises): a script, an event handler, an address of
 * a scheme it never links (`javascript:`). Writing it as Markdown would not show it either.
 */
function droppedOnPurpose(html: string): boolean {
  if (NEVER_SHOWN_ELEMENT.test(html) || EVENT_HANDLER.test(html)) return true;
  for (const [, double, single, bare] of html.matchAll(ADDRESS_ATTRIBUTE)) {
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(double ?? single ?? bare ?? '')?.[1]?.toLowerCase();
    if (scheme !== undefined && !LINKED_SCHEMES.has(scheme)) return true;
  }
  return false;
}

/**
 * The raw HTML of a Markdown text an editor would expect to see, with its line: the site drops
 * it (render.ts), so an `<img>` or `<a href>` an editor types shows nothing, or its words without
 * the link. Comments are meant to show nothing; a closing tag is its opening tag's mistake, said once.
 */
function rawHtml(markdown: string): { html: string; line?: number }[] {
  if (!TAG_START.test(markdown)) return [];
  const found: { html: string; line?: number }[] = [];
  visit(markdownParser.parse(markdown), 'html', (node: Html) => {
    const html = node.value.trim();
    if (!html.startsWith('<!--') && !html.startsWith('</') && !droppedOnPurpose(html)) found.push({ html, line: node.position?.start.line });
  });
  return found;
}

/** Every link target in a Markdown text, definitions of reference links too, in order. */
export function markdownLinkTargets(markdown: string): string[] {
  return markdownLinks(markdown).map((link) => link.url);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A link destination (`](…`) or definition (`]: …`) that does not start with a scheme or `#`: what the check looks at. */
const CHECKED_DESTINATION = /\](?:\(|:)\s*<?(?![a-z][a-z0-9+.-]*:|#)/i;

/**
 * Whether a Markdown text can hold a link the check looks at (relative, or an internal path):
 * parsing every body took 4 of `kb check`'s seconds on the corpus, whose links all start with
 * a scheme. Any other link needs one of these shapes (an autolink always has a scheme).
 */
function mayHoldCheckedLink(markdown: string): boolean {
  return CHECKED_DESTINATION.test(markdown);
}

/** The site's first path segments (app/, a test keeps them equal): a link under any other (`/repotrs/…`) leads nowhere. */
export const SITE_SECTIONS: ReadonlySet<string> = new Set([
  ...['reports', 'projects', 'subjects', 'people', 'search', 'tasks', 'references', 'cites', 'wiki', 'news', 'status', 'api'],
  ...['feed.xml', 'sitemap.xml', 'robots.txt', 'icon.svg', 'favicon.ico', 'apple-icon.png', 'opengraph-image'],
]);

/** Whether a slug answers under `/projects`, `/subjects` or `/people` (a redirect answers too): what the threading knows, given by the caller. */
export type KnownSlugs = Partial<Record<'projects' | 'subjects' | 'people', (slug: string) => boolean>>;

/**
 * Whether an internal path (`/reports/<id>`, `/reports/<id>/<slug>`, and `/projects/<slug>`,
 * `/subjects/<slug>`, `/people/<slug>` where the caller knows those) names something that
 * exists; other site paths only by their first segment.
 */
function internalTargetExists(target: string, kb: KnowledgeBase, known: KnownSlugs): boolean {
  const [pathname = ''] = target.split(/[?#]/, 1);
  const parts = pathname.split('/').filter(Boolean);
  const answers = known[parts[0] as keyof KnownSlugs];
  if (answers && parts.length === 2) {
    try {
      return answers(decodeURIComponent(parts[1] ?? ''));
    } catch {
      return false; // not even a well-formed address
    }
  }
  if (parts.length === 0) return true;
  if (parts[0] !== 'reports') return SITE_SECTIONS.has(parts[0] ?? '');
  if (parts.length === 1) return true;
  // A report's feed is the report's.
  if (parts.length === 2 || (parts.length === 3 && parts[2] === 'feed.xml')) return kb.getReport(parts[1] ?? '') !== undefined;
  return kb.getEntry(`${parts[1]}/${parts[2]}`) !== undefined;
}

/** Where a link of an entry is in its file: a field of the front matter, or a line of the body. */
type LinkPlace = { field: (string | number)[] } | { bodyLine?: number };

/**
 * The line of the entry file (1-based) a link was read from: the file read again only for a
 * problem, which are few. The body starts after the front matter and the blank lines the loader trims.
 */
function lineInFile(file: string, place: LinkPlace): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  if ('field' in place) return frontMatterLocator(text)(place.field);
  if (place.bodyLine === undefined) return undefined;
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[0] ?? '';
  const blank = /^\s*/.exec(text.slice(frontMatter.length))?.[0] ?? '';
  const newlines = (part: string): number => part.split('\n').length - 1;
  return newlines(frontMatter) + newlines(blank) + place.bodyLine;
}


/**
 * Checks a loaded content folder beyond the schema: duplicate ids, links that are neither
 * absolute URLs nor internal paths, and internal links to reports, entries, and the projects,
 * subjects and people `known` answers for, that do not exist.
 */
export function checkKnowledgeBase(kb: KnowledgeBase, known: KnownSlugs = {}): ContentProblem[] {
  const problems: ContentProblem[] = [...kb.problems];
  const seen = new Map<string, string>();
  for (const entry of kb.entries) {
    const file = entryFile(kb.dir, entry);
    const first = seen.get(entry.id.toLowerCase());
    if (first) problems.push({ file, message: `duplicate entry id "${entry.id}" (also ${first})` });
    seen.set(entry.id.toLowerCase(), file);
    const links: { url: string; place: LinkPlace }[] = [
      ...entry.links.map((l, i) => ({ url: l.url, place: { field: ['links', i, 'url'] } })),
      ...bodyLinks(entry.body),
    ];
    problems.push(...linkProblems(file, links, kb, known), ...htmlProblems(file, entry.body), ...addressProblems(file, entry));
  }
  // A report's introduction links, and is shown, as entries are.
  for (const report of kb.reports) {
    const file = path.join(kb.dir, report.id, REPORT_FILE);
    problems.push(...linkProblems(file, bodyLinks(report.intro), kb, known), ...htmlProblems(file, report.intro));
  }
  return problems;
}

/**
 * Contact addresses mail cannot reach (`jane@example,org`): the schema takes any text, so a slip
 * typed into front matter would reach the site unsaid; the entry still loads. Entries of the
 * XML era are left alone: their `<email>` holds upstream's own shorthands (`bugmeister@`,
 * `rrs@FreeBSD`, a login, an IRC channel), which the reader keeps as written, and that era
 * takes no new entries; every address of the AsciiDoc and HTML eras is well formed.
 */
function addressProblems(file: string, entry: Pick<Entry, 'contacts' | 'source'>): ContentProblem[] {
  if (entry.source.format === 'xml') return [];
  return entry.contacts.flatMap(({ email }, i) => {
    if (email === undefined || isWellFormedEmail(email)) return [];
    const line = lineInFile(file, { field: ['contacts', i, 'email'] });
    return [{ file, ...(line === undefined ? {} : { line }), message: `contact address "${email}" is not a well-formed email address (name@example.org): mail to it would not arrive` }];
  });
}

/** Raw HTML longer than this is quoted by its start. */
const HTML_QUOTED = 60;

function htmlProblems(file: string, markdown: string): ContentProblem[] {
  return rawHtml(markdown).map(({ html, line }) => {
    const quoted = html.length > HTML_QUOTED ? `${html.slice(0, HTML_QUOTED)}…` : html;
    return { file, line: lineInFile(file, { bodyLine: line }), message: `raw HTML "${quoted}" is not shown on the site: write Markdown instead ([text](url) for a link, ![text](url) for an image)` };
  });
}

function bodyLinks(markdown: string): { url: string; place: LinkPlace }[] {
  return (mayHoldCheckedLink(markdown) ? markdownLinks(markdown) : []).map((l) => ({ url: l.url, place: { bodyLine: l.line } }));
}

function linkProblems(file: string, links: readonly { url: string; place: LinkPlace }[], kb: KnowledgeBase, known: KnownSlugs): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { url: target, place } of links) {
    if (SCHEME.test(target)) continue;
    if (target.startsWith('#')) continue;
    if (!target.startsWith('/')) {
      problems.push({ file, line: lineInFile(file, place), message: `link "${target}" is neither an absolute URL nor an internal path` });
    } else if (!internalTargetExists(target, kb, known)) {
      problems.push({ file, line: lineInFile(file, place), message: `broken internal link "${target}"` });
    }
  }
  return problems;
}
