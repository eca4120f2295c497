import { markdownToReadableText } from '../content/readable-text';
import type { Entry } from '../model';
import { adocFileName } from '../model/source';
import { withoutPortCategories } from '../references';

/** A hyphen before or after a single letter: "VT-d", "RISC-V", "e-mail" are one word each. */
const ONE_LETTER_PART = /(?<=[A-Za-z0-9])-(?=[A-Za-z](?![A-Za-z0-9]))|(?<=(?<![A-Za-z0-9])[A-Za-z])-(?=[A-Za-z0-9])/g;

/**
 * The words of a text as names are matched on them: accents folded, lower case, runs of letters
 * and digits. "SR-IOV" is `sr iov`, "ixgbe(4)" is `ixgbe 4`, "I/O" is `i o`; a letter hyphened to
 * a word is part of it, as "VT-d" (`vtd`) is no vt(4) console and "RISC-V" (`riscv`) no RISC.
 */
export function nameWords(text: string): string[] {
  // Most text is ASCII: folding accents is only worth its cost where there are any.
  const folded = /[\u0080-\uffff]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return folded.replace(ONE_LETTER_PART, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** A man page's section, "(4)" after "ixgbe": not a word of the name. */
export const MAN_SECTION = /\(\d[a-z]?\)/g;

/** A lower-case man page with its section ("rust(1)"): written so whatever it names. */
export const LOWER_CASE_MAN_PAGE = new RegExp(String.raw`\b[a-z0-9._-]+${MAN_SECTION.source}`, 'g');

/** URLs and mail addresses, and lower-case paths ("lang/rust"). */
const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/\S+|\S+@\S+|(?<![\w/])[a-z0-9._-]*\/[a-z0-9._/-]+/g;

/**
 * A text without its addresses and paths: written in lower case whatever they name, they tell
 * nothing of how a name is written ("FTP", though `ftp://ftp.example.org/pub`).
 */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, ' ');
}

/** A name as the key it is matched and counted by: its words joined by spaces. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** One paragraph, list item or heading of an entry's text. */
export interface TextUnit {
  /** Its text with the Markdown stripped, case kept. */
  text: string;
  /** ` word word word `: padded, so that ` name ` finds whole words only. */
  words: string;
  heading: boolean;
  /** Its length in words, for the share of the text it makes. */
  length: number;
}

/** An entry's text, cut where a reader sees it cut, as names are matched on it. */
export interface EntryWords {
  title: string;
  /**
   * The name its author filed it under upstream (an AsciiDoc file name, "iwlwifi" of "Intel
   * wireless update"), as words: a second, shorter title; blank where none is known.
   */
  fileName: string;
  units: TextUnit[];
  /** The texts and targets of its links, and its open tasks. */
  links: string;
  tasks: string;
  /** Words in all its units. */
  length: number;
  /** Its units' texts, a line each: the entry's text as written, Markdown stripped. */
  readable: string;
}

const pad = (words: readonly string[]): string => ` ${words.join(' ')} `;
/** The words names are counted on: a port's category is no name ("lang/gcc" names gcc). */
const countedWords = (text: string): string[] => nameWords(withoutPortCategories(text));
/** A Markdown heading, or a line that is bold and nothing else: where a section starts. */
const HEADING = /^(?:#{1,6}\s|\*\*[^*]+\*\*:?\s*$)/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** Paragraphs and list items of Markdown, each a unit; short lines that end in ":" or stand in bold are headings. */
function unitsOf(markdown: string): TextUnit[] {
  const units: TextUnit[] = [];
  let paragraph: string[] = [];
  const flush = (heading = false): void => {
    const text = markdownToReadableText(paragraph.join('\n'));
    const words = countedWords(text);
    if (words.length > 0) units.push({ text, words: pad(words), heading, length: words.length });
    paragraph = [];
  };
  for (const line of markdown.split('\n')) {
    if (!line.trim()) flush();
    else if (HEADING.test(line.trim())) {
      flush();
      paragraph = [line];
      flush(true);
    } else if (LIST_ITEM.test(line)) {
      flush();
      paragraph = [line];
    } else paragraph.push(line);
  }
  flush();
  return units;
}

/** The words of the file name an entry's author chose, padded; blank for formats whose files hold whole reports. */
function fileNameWords(entry: Entry): string {
  const name = adocFileName(entry);
  return name === undefined ? '' : pad(countedWords(name));
}

export function entryWords(entry: Entry): EntryWords {
  const units = unitsOf(entry.body);
  return {
    title: pad(countedWords(entry.title)),
    fileName: fileNameWords(entry),
    units,
    links: pad(entry.links.flatMap((l) => [...countedWords(l.text), ...countedWords(l.url)])),
    tasks: pad(countedWords(entry.tasks.join('\n'))),
    length: units.reduce((n, u) => n + u.length, 0),
    readable: units.map((u) => u.text).join('\n'),
  };
}
