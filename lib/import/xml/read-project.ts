import type { Contact, Link } from '../../model';
import type { ElementContent } from 'hast';
import { isBlank } from '../hast-utils';
import { htmlToMarkdown } from '../html-to-markdown';
import { partSponsor, readSponsorStatement } from '../sponsors';
import { readContacts } from './read-contacts';
import { readLinks } from './read-links';
import type { ReaderNote } from '../types';
import { childElements, collapseWhitespace, firstChild, textContent, type XmlElement, type XmlNode } from './xml-tree';
import { xmlToHast } from './xml-to-hast';

/** One `<project>` as read from the XML, before it gets a slug and a category key. */
export interface RawXmlProject {
  /** Whitespace collapsed; empty if the project has no title. */
  title: string;
  /** The `cat` attribute as written, if any. */
  cat?: string;
  /** Line of the `<project>` start tag. */
  line: number;
  contacts: Contact[];
  links: Link[];
  sponsors: string[];
  tasks: string[];
  /** Markdown. */
  body: string;
}

const SPONSOR_ELEMENTS = new Set(['sponsor', 'partialsponsor']);
/** Children of `<project>` that are not body text; `icon` names a picture the old site showed. */
const NOT_BODY = new Set(['title', 'contact', 'links', 'help', 'icon', ...SPONSOR_ELEMENTS]);

/**
 * Reads one `<project>`. Whatever stands in the project outside the known elements (a heading
 * before `<body>`, loose text in the oldest reports) is kept as body text, and a `<sponsor>`
 * misplaced inside `<body>` is still read as a sponsor, and words in `<links>` that no link can
 * hold open the body, so that nothing written is lost.
 */
export function readProject(project: XmlElement, baseUrl: string): { project: RawXmlProject; notes: ReaderNote[] } {
  const titleEl = firstChild(project, 'title');
  const { links, unlinked, notes } = readLinks(project, baseUrl);

  // <links> comes before <body> upstream, so words there that no link can hold open the body.
  const bodyNodes: XmlNode[] = unlinked.map((loose) => ({
    type: 'element',
    name: 'p',
    attributes: {},
    children: [{ type: 'text', value: loose.text, line: loose.line }],
    line: loose.line,
    complete: true,
  }));
  const sponsorEls: XmlElement[] = [];
  for (const child of project.children) {
    if (child.type === 'element' && SPONSOR_ELEMENTS.has(child.name)) sponsorEls.push(child);
    else if (child.type === 'element' && child.name === 'body') {
      for (const inner of child.children) {
        if (inner.type === 'element' && SPONSOR_ELEMENTS.has(inner.name)) sponsorEls.push(inner);
        else bodyNodes.push(inner);
      }
    } else if (child.type === 'text' || !NOT_BODY.has(child.name)) bodyNodes.push(child);
  }

  const { body, sponsors: sponsorLines } = splitTrailingSponsors(xmlToHast(bodyNodes, notes));
  const raw: RawXmlProject = {
    title: titleEl ? collapseWhitespace(textContent(titleEl)) : '',
    line: project.line,
    contacts: readContacts(project, notes),
    links,
    sponsors: [...sponsorEls.flatMap((s) => sponsorOfElement(s)), ...sponsorLines],
    tasks: readTasks(project, baseUrl, notes),
    body: htmlToMarkdown(body, { baseUrl }),
  };
  if (project.attributes.cat !== undefined) raw.cat = project.attributes.cat;
  return { project: raw, notes };
}

/**
 * From 2019 on, entries converted from Markdown end their body with `Sponsor: X` lines instead
 * of a `<sponsor>` element; those closing paragraphs are the entry's sponsors, read by the same
 * rule as the rendered pages so that both readings of a report agree.
 */
function splitTrailingSponsors(nodes: ElementContent[]): { body: ElementContent[]; sponsors: string[] } {
  let end = nodes.length;
  const groups: string[][] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (!node || isBlank(node)) continue;
    const sponsors = readSponsorStatement(node);
    if (!sponsors) break;
    groups.unshift(sponsors);
    end = i;
  }
  return { body: nodes.slice(0, end), sponsors: groups.flat() };
}

/** Each `<task>` of `<help>` as Markdown; a `<help>` with text but no `<task>` is one task. */
function readTasks(project: XmlElement, baseUrl: string, notes: ReaderNote[]): string[] {
  const tasks: string[] = [];
  for (const help of childElements(project, 'help')) {
    const taskEls = childElements(help, 'task');
    const stray = collapseWhitespace(help.children.filter((c) => c.type === 'text').map(textContent).join(' '));
    if (taskEls.length === 0) {
      const only = htmlToMarkdown(xmlToHast(help.children, notes), { baseUrl });
      if (only) tasks.push(only);
      continue;
    }
    if (stray) notes.push({ severity: 'warning', line: help.line, message: `stray text "${stray}" between the tasks of <help>; ignored` });
    for (const task of taskEls) {
      const markdown = htmlToMarkdown(xmlToHast(task.children, notes), { baseUrl });
      if (markdown) tasks.push(markdown);
    }
  }
  return tasks;
}

/** A `<sponsor>`'s name; a `<partialsponsor>`'s marked as upstream's page put it, "sponsored in part by". */
function sponsorOfElement(element: XmlElement): string[] {
  const name = collapseWhitespace(textContent(element));
  if (name === '') return [];
  return [element.name === 'partialsponsor' ? partSponsor(name) : name];
}
