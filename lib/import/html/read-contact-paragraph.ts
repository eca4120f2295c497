import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { collapseWhitespace, isElement, stringProperty } from '../hast-utils';
import { readSpelledAddress, splitSpelledAddress, type Contact } from '../../model';

const CONTACT_PREFIX = /^\s*Contact:/i;
const EMAIL_IN_TEXT = /(?:^|\s)(\S+@\S+)$/;

/** True for a paragraph that starts with "Contact:". */
export function isContactParagraph(node: ElementContent): node is Element {
  return isElement(node, 'p') && CONTACT_PREFIX.test(toText(node));
}

/**
 * True for a paragraph exactly as upstream's stylesheet wrote it from a `<contact>`: every
 * line "Contact: Name <mailto link>", even where the address is empty. Tells a second
 * `<contact>` of the same entry from a "Contact:" paragraph its author wrote in the body
 * (2020: "Contact: <a href=…>mailing list</a>").
 */
export function isRenderedContactParagraph(node: ElementContent): node is Element {
  if (!isContactParagraph(node)) return false;
  const lines = splitAtBreaks(node.children).filter((line) => line.some((n) => toText(n).trim() !== ''));
  return lines.every((line) => CONTACT_PREFIX.test(textOfNodes(line)) && line.some(isMailtoLink));
}

function isMailtoLink(node: ElementContent): boolean {
  return isElement(node, 'a') && /^mailto:/i.test(stringProperty(node, 'href') ?? '');
}

/**
 * The people of a contact paragraph. Upstream wrote one line per person, lines separated by
 * `<br>`: `Contact: Name <<a href="mailto:addr">addr</a>>`. Where the XML held the address
 * inside `<name>` the link is empty (`mailto:`) and the address ends the name text; it is
 * moved back to `email`. A line with no address at all gives a contact with a name only;
 * one with no name is named by its address. Addresses are kept as written (`admins@`).
 */
export function readContactParagraph(paragraph: Element): Contact[] {
  const contacts: Contact[] = [];
  for (const line of splitAtBreaks(paragraph.children)) {
    const contact = readContactLine(line);
    if (contact) contacts.push(contact);
  }
  return contacts;
}

function splitAtBreaks(nodes: ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  for (const node of nodes) {
    if (isElement(node, 'br')) lines.push([]);
    else lines[lines.length - 1]?.push(node);
  }
  return lines;
}

function readContactLine(nodes: ElementContent[]): Contact | undefined {
  const mailIndex = nodes.findIndex(isMailtoLink);
  const mail = nodes[mailIndex];
  let email = '';
  if (isElement(mail, 'a')) {
    email = (stringProperty(mail, 'href') ?? '').replace(/^mailto:/i, '').trim() || collapseWhitespace(toText(mail));
  }
  const before = mailIndex >= 0 ? nodes.slice(0, mailIndex) : nodes;
  const after = mailIndex >= 0 ? nodes.slice(mailIndex + 1) : [];
  let name = collapseWhitespace(
    textOfNodes(before).replace(CONTACT_PREFIX, '').replace(/<\s*$/, '') + ' ' + textOfNodes(after).replace(/^\s*>/, ''),
  );
  // The stylesheet made a spelled-out `<email>` (`user_at_example_dot_org`) a mailto: link as it was.
  email = readSpelledAddress(email) ?? email;
  if (email === '') {
    const inName = EMAIL_IN_TEXT.exec(name);
    const spelled = inName ? undefined : splitSpelledAddress(name);
    if (inName?.[1]) {
      email = inName[1];
      name = collapseWhitespace(name.slice(0, name.length - inName[1].length));
    } else if (spelled) {
      email = spelled.email;
      name = spelled.name === spelled.email ? '' : spelled.name;
    }
  }
  if (name === '') name = email;
  if (name === '') return undefined;
  return email ? { name, email } : { name };
}

function textOfNodes(nodes: ElementContent[]): string {
  return nodes.map((n) => toText(n)).join('');
}
