import { htmlToMarkdown } from '../html-to-markdown';
import type { ReaderNote } from '../types';
import { childElements, collapseWhitespace, firstChild, textContent, type XmlElement } from './xml-tree';
import { xmlToHast } from './xml-to-hast';

/**
 * A report's introduction in Markdown: each `<section>` as `## <title>` and its text. The
 * heading of a first section titled "Introduction" is dropped, as the page has its own title.
 * Repairs to its links are reported in `notes`.
 */
export function readIntro(report: XmlElement, baseUrl: string, notes: ReaderNote[]): string {
  const parts: string[] = [];
  childElements(report, 'section').forEach((section, index) => {
    if (!section.complete) return;
    const titleEl = firstChild(section, 'title');
    const title = titleEl ? collapseWhitespace(textContent(titleEl)) : '';
    const text = htmlToMarkdown(xmlToHast(section.children.filter((c) => c !== titleEl), notes), { baseUrl });
    const dropHeading = title === '' || (index === 0 && /^introduction$/i.test(title));
    parts.push([dropHeading ? '' : `## ${title}`, text].filter(Boolean).join('\n\n'));
  });
  return parts.filter(Boolean).join('\n\n');
}
