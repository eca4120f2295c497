import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { renderMarkdown } from '../content/render';
import type { Entry } from '../model';
import { cutAtWord, linkShown, sponsorHref } from '../content';

/** An entry as a feed carries it: all of it as HTML, and its start as plain text. */
export interface EntryFeedText {
  /** The entry's sanitized HTML (renderMarkdown), then its links, sponsors and open tasks. */
  html: string;
  /** The start of its text, as long as an excerpt (`cutAtWord`). */
  summary: string;
}

const parser = unified().use(rehypeParse, { fragment: true });
const stringifier = unified().use(rehypeStringify);

/**
 * Feed readers show content away from the site, where a path such as `/reports/…` or an
 * in-page `#anchor` means nothing: every link and image is made absolute against the entry page.
 */
function absolutizeUrls(tree: Root, baseUrl: string): void {
  visit(tree, 'element', (node: Element) => {
    for (const property of ['href', 'src'] as const) {
      const value = node.properties[property];
      if (typeof value !== 'string') continue;
      try {
        node.properties[property] = new URL(value, baseUrl).href;
      } catch {
        delete node.properties[property];
      }
    }
  });
}

/** What the entry page shows besides the body (entry-view.tsx), as HTML nodes. */
function entryExtras(entry: Entry): ElementContent[] {
  const extras: ElementContent[] = [];
  if (entry.links.length > 0) {
    extras.push(
      h('h2', entry.links.length === 1 ? 'Link' : 'Links'),
      h(
        'ul',
        entry.links.map((link) => {
          const { href, text } = linkShown(link);
          return h('li', href ? h('a', { href }, text) : text);
        }),
      ),
    );
  }
  if (entry.sponsors.length > 0) {
    extras.push(
      h('h2', entry.sponsors.length === 1 ? 'Sponsor' : 'Sponsors'),
      h(
        'ul',
        entry.sponsors.map((s) => {
          const href = sponsorHref(s, entry.links);
          return h('li', href ? h('a', { href }, s) : s);
        }),
      ),
    );
  }
  if (entry.tasks.length > 0) {
    // Tasks hold Markdown too (links, `code`), rendered as the entry page renders them.
    const markdown = (text: string): ElementContent[] => parser.parse(renderMarkdown(text)).children as ElementContent[];
    extras.push(h('h2', entry.tasksHeading ?? 'Open tasks'), ...(entry.tasksIntro ? markdown(entry.tasksIntro) : []), h('ul', entry.tasks.map((t) => h('li', markdown(t)))));
  }
  return extras;
}

/**
 * An entry's text for a feed, its URLs made absolute against `entryUrl`; `localHref` leads links
 * to upstream's report pages to this site's, as the entry page does. The HTML is
 * renderMarkdown's (the one sanitizer of the site), parsed again only to add the extras and
 * rewrite URLs; the extras are built as nodes, so their text is escaped on output.
 */
export function entryFeedText(entry: Entry, entryUrl: string, localHref?: (href: string) => string | null): EntryFeedText {
  const tree = parser.parse(renderMarkdown(entry.body, { minHeadingLevel: 2, localHref }));
  const summary = cutAtWord(toText(tree));
  tree.children.push(...entryExtras(entry));
  absolutizeUrls(tree, entryUrl);
  return { html: stringifier.stringify(tree), summary };
}
