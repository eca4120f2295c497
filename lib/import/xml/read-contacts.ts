import { readSpelledAddress, seemsSpelledAddress, type Contact } from '../../model';
import type { ReaderNote } from '../types';
import { childElements, collapseWhitespace, textContent, type XmlElement, type XmlNode } from './xml-tree';

/** Name parts that are separate words even where the markup has no space between them. */
const NAME_PARTS = new Set(['given', 'middle', 'common', 'firstname', 'surname', 'othername']);

/**
 * The contacts of a `<project>`: every `<person>` of every `<contact>`, in document order.
 * Handles what the loose reports hold besides `<name>` + `<email>`: a name split into
 * `<given>`/`<middle>`/`<common>`, an `<email>` inside `<name>`, a person nested in a person,
 * one `<person>` holding several name/email pairs, no `<name>` at all (the address stands in
 * for it), and a name written as text beside an `<email>` element, which is what
 * `&a.login.email;` expands to. An address keeps no stray angle bracket (`x@FreeBSD.org&gt;`),
 * with a note in `notes`.
 */
export function readContacts(project: XmlElement, notes: ReaderNote[]): Contact[] {
  const contacts: Contact[] = [];
  for (const contact of childElements(project, 'contact')) {
    const persons = childElements(contact, 'person');
    if (persons.length === 0) contacts.push(...readPerson(contact, notes));
    for (const person of persons) contacts.push(...readPerson(person, notes));
  }
  return contacts;
}

/** Angle brackets around an address: `<x@y>` is how mail writes one, so an author typed them into `<email>`. */
const STRAY_BRACKETS = /^<+|>+$/g;

/**
 * The address an `<email>` holds, any angle bracket at either end dropped (and noted): no address
 * contains one. One spelled out (`user_at_example_dot_org`, `user at example.org`) is read as the
 * address it spells; one that cannot be read so is kept as written, and noted.
 */
function emailText(email: XmlElement, notes: ReaderNote[]): string {
  const written = textContent(email).trim();
  const address = written.replace(STRAY_BRACKETS, '').trim();
  if (address !== written && address !== '') {
    notes.push({ severity: 'warning', line: email.line, message: `contact address "${written}" has a stray angle bracket; read as ${address}` });
  }
  const spelled = readSpelledAddress(address);
  if (spelled) return spelled;
  if (!address.includes('@') && seemsSpelledAddress(address)) {
    notes.push({ severity: 'warning', line: email.line, message: `contact address "${address}" spells "at" or "dot" out in a way that does not read as one address; kept as written` });
  }
  return address;
}

function readPerson(person: XmlElement, notes: ReaderNote[]): Contact[] {
  const names = childElements(person, 'name');
  const emails = [...childElements(person, 'email'), ...names.flatMap((n) => childElements(n, 'email'))]
    .map((e) => emailText(e, notes))
    .filter((e) => e !== '');
  const nested = childElements(person, 'person').flatMap((p) => readPerson(p, notes));

  let nameTexts = names.map(nameText).filter((n) => n !== '');
  if (names.length === 0) {
    // `&a.login.email;` expands to `Name <email>login@FreeBSD.org</email>`: the name is the text.
    const loose = collapseWhitespace(person.children.filter((c) => c.type === 'text').map(textContent).join(' '));
    nameTexts = loose ? [loose] : [];
  }

  const own: Contact[] = [];
  if (nameTexts.length > 1 && nameTexts.length === emails.length) {
    nameTexts.forEach((name, i) => own.push(contact(name, emails[i])));
  } else if (nameTexts.length <= 1 && emails.length > 1) {
    // One person with several addresses: one contact per address, so that none is lost.
    for (const email of emails) own.push(contact(nameTexts[0] ?? email, email));
  } else if (nameTexts.length > 0 || emails.length > 0) {
    own.push(contact(nameTexts.join(', ') || (emails[0] ?? ''), emails[0]));
  }
  return [...own, ...nested];
}

function contact(name: string, email: string | undefined): Contact {
  return email ? { name, email } : { name };
}

/** The text of a `<name>`, its parts joined by spaces, any `<email>` inside left out. */
function nameText(name: XmlElement): string {
  const parts = name.children.map((c: XmlNode) => {
    if (c.type === 'text') return c.value;
    if (c.name === 'email') return ' ';
    return NAME_PARTS.has(c.name) ? ` ${textContent(c)} ` : textContent(c);
  });
  return collapseWhitespace(parts.join(''));
}
