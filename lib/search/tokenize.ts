/**
 * The one tokenizer, for the index and for queries alike. Identifiers are kept whole as well
 * as split: `sr-iov` gives `sr-iov`, `sr`, `iov` and the joined `sriov`; `ixgbe(4)` gives
 * `ixgbe(4)` and `ixgbe` (its section is no word); `snd_hda(4)` also `snd_hda` and `sndhda`; `sysutils/vmstated`
 * gives itself, `sysutils`, `vmstated`, and `sysutils/vm-bhyve` also `vm-bhyve`, `vmbhyve`;
 * `C++` gives `c++` alone, not `c`.
 */

/** One word of text: its term, and for an identifier its parts and joined form. */
export interface TokenGroup {
  /** The whole word, lowercased and folded: `sr-iov`, `ixgbe(4)`, `bhyve`. */
  term: string;
  /** For an identifier, the words it is made of (`sr`, `iov`); empty for a plain word. */
  parts: string[];
  /** For a hyphenated identifier (or the name of one: `sysutils/vm-bhyve`), its parts written together (`sriov`, `vmbhyve`). */
  joined?: string;
  /** For a man page or a port origin whose name is an identifier (`copy_file_range(2)`, `sysutils/vm-bhyve`), that name alone, as most entries write it. */
  name?: string;
  /** Offsets of the word in the text it came from. */
  start: number;
  end: number;
}

/** Longest term kept; longer runs (hashes, encoded data) say nothing a reader searches for. */
export const MAX_TERM_LENGTH = 40;

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\p{ASCII}]/gu;

/**
 * Letters that carry their mark as part of the letter, so that NFD leaves them whole:
 * "Smørgrav" and "Napierała" are typed "Smorgrav" and "Napierala". One letter for one, so
 * that folding keeps the length.
 */
const STROKED: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ƀ: 'b' };

function foldChar(ch: string): string {
  const stroked = STROKED[ch];
  if (stroked) return stroked;
  const folded = ch.normalize('NFD').replace(COMBINING_MARKS, '');
  return folded.length === ch.length ? folded : ch;
}

/**
 * Lowercases and strips accents without changing the length of the text, so that offsets
 * found in the folded text are offsets in the original (snippets rely on it).
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters lowercase to two (`İ`); keep those as they are.
    lower = Array.from(text, (ch) => {
      const l = ch.toLowerCase();
      return l.length === ch.length ? l : ch;
    }).join('');
  }
  return lower.replace(NON_ASCII, foldChar);
}

/**
 * A word run, then runs joined by connectors (`-`, `_`, `.`, `/`, `:`, `@`, `+`, `#`), then
 * an optional man page section `(4)` or `(3lua)`. Trailing punctuation is never included, but
 * for the `++` that makes C into another language (`C++`, `libc++`, `g++`).
 */
const GROUP = /[\p{L}\p{N}]+(?:[-_./:@+#]{1,3}[\p{L}\p{N}]+)*(?:\+\+(?![\p{L}\p{N}+]))?(?:\(\d[a-z]{0,4}\))?/gu;
const PART = /[\p{L}\p{N}]+(?:\+\+(?![\p{L}\p{N}+]))?/gu;
const HYPHENATED = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){1,2}$/u;

/** What a man page or a port origin names, as entries also write it: `snd_hda(4)` and `sysutils/vm-bhyve` name `snd_hda`, `vm-bhyve`. */
function nameOf(term: string): string {
  if (term.endsWith(')')) return withoutManSection(term);
  return term.slice(term.lastIndexOf('/') + 1);
}

/**
 * The words of an identifier a reader would search it by. Not a man page's section, nor a number
 * after a dot on its own (a fraction, a version's minor, a standard's amendment): "FreeBSD 8" and
 * "FreeBSD 11" are not about `bsdconfig(8)`, `802.11` or XFCE `4.11`. A number written with dots
 * is a word whole too, and so is each shorter number it starts with, so that `13.2-RELEASE` is
 * found by 13.2 before 13.0 and by 13 as well, and OpenSSL 3.0.9 by 3.0.
 */
function wordsOf(term: string): string[] {
  const words: string[] = [];
  // The number being written with dots ("13", then "13.2"), while its parts follow one another.
  let dotted: string | undefined;
  const endNumber = (): void => {
    if (dotted?.includes('.') && dotted !== term) words.push(dotted);
    dotted = undefined;
  };
  for (const m of term.matchAll(PART)) {
    const before = term[m.index - 1];
    const number = /^\d+$/.test(m[0]);
    if (number && before === '.' && dotted !== undefined) {
      // Each release a longer number belongs to is a word of it too: 3.0.9 is a 3.0.
      if (dotted.includes('.')) words.push(dotted);
      dotted += `.${m[0]}`;
      continue;
    }
    endNumber();
    if (number && (before === '(' || before === '.')) continue;
    words.push(m[0]);
    if (number) dotted = m[0];
  }
  endNumber();
  return words;
}

/** A term without a man page's section (`ixgbe(4)` → `ixgbe`); any other term as it is. */
export function withoutManSection(term: string): string {
  return term.endsWith(')') ? term.slice(0, term.lastIndexOf('(')) : term;
}

/** Splits text into word groups, each with its term, parts and offsets. */
export function tokenizeGroups(text: string): TokenGroup[] {
  const folded = foldText(text);
  const groups: TokenGroup[] = [];
  for (const m of folded.matchAll(GROUP)) {
    const term = m[0];
    const start = m.index;
    const end = start + term.length;
    if ((term.match(PART)?.length ?? 0) <= 1 && !term.endsWith(')')) {
      if (term.length <= MAX_TERM_LENGTH) groups.push({ term, parts: [], start, end });
      continue;
    }
    const keptParts = wordsOf(term).filter((p) => p.length <= MAX_TERM_LENGTH);
    if (term.length > MAX_TERM_LENGTH) {
      // Too long to be an identifier anyone types (a URL, a path): only its parts count.
      for (const p of keptParts) groups.push({ term: p, parts: [], start, end });
      continue;
    }
    const group: TokenGroup = { term, parts: keptParts, start, end };
    const name = nameOf(term);
    const nameParts = name.match(PART) ?? [];
    if (name !== term && nameParts.length > 1) group.name = name;
    if (HYPHENATED.test(name)) group.joined = nameParts.join('');
    groups.push(group);
  }
  return groups;
}

/** Every index term of a group: the term, its parts, its name (a man page's without the section, a port's without its category) and its joined form. */
export function groupTerms(group: TokenGroup): string[] {
  if (group.parts.length === 0) return [group.term];
  const terms = [group.term, ...group.parts];
  if (group.name) terms.push(group.name);
  if (group.joined) terms.push(group.joined);
  return terms;
}

/** The terms of a text, with repeats (their counts are term frequencies). */
export function tokenize(text: string): string[] {
  return tokenizeGroups(text).flatMap(groupTerms);
}

/**
 * The text as a run of its plain words between single spaces, with a space at each end:
 * a quoted phrase matches where its own normalized form occurs as a substring.
 */
export function normalizeForPhrase(text: string): string {
  const words = foldText(text).match(PART);
  return words ? ` ${words.join(' ')} ` : ' ';
}
