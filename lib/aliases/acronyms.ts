/**
 * The long form an acronym abbreviates, found in the words before it: the algorithm of Schwartz
 * and Hearst (2003, "A simple algorithm for identifying abbreviation definitions in biomedical
 * text"). Each letter and digit of the short form, right to left, must appear in order in the
 * long form, the first one at the start of a word. Returns the shortest such ending of
 * `candidate`, or undefined.
 */
export function longFormOf(short: string, candidate: string): string | undefined {
  const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let s = short.length - 1;
  let l = candidate.length - 1;
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while ((l >= 0 && candidate[l]!.toLowerCase() !== c) || (s === 0 && l > 0 && isAlnum(candidate[l - 1]))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  return candidate.slice(start);
}

/** A short form worth looking up: 2–10 characters, one word, a letter, an upper-case letter or a digit in it. */
export function isShortForm(text: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}/&.+-]{1,9}$/u.test(text) && /\p{L}/u.test(text) && /[\p{Lu}\d]/u.test(text);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}/&.+'-]*/gu;

/**
 * Every "long form (SF)" and "SF (long form)" definition in a text, as [short, long] pairs.
 * The long form is looked for among the min(|SF| + 5, 2·|SF|) words before the parenthesis.
 */
export function findAcronymDefinitions(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const m of text.matchAll(/\(([^()\n]{2,80})\)/g)) {
    const inside = m[1]!.trim();
    const before = text.slice(Math.max(0, m.index - 200), m.index).split(/[.;:!?\n()]/).pop()!.trim();
    if (isShortForm(inside)) {
      const words = before.match(WORD) ?? [];
      const window = words.slice(-Math.min(inside.length + 5, inside.length * 2)).join(' ');
      const long = window && longFormOf(inside, window);
      if (long && acceptable(inside, long)) found.push([inside, long]);
      continue;
    }
    // "SF (long form)": the short form is the last word before the parenthesis.
    const short = (before.match(WORD) ?? []).pop();
    const insideWords = inside.match(WORD) ?? [];
    if (short && isShortForm(short) && insideWords.length >= 2) {
      const long = longFormOf(short, insideWords.join(' '));
      if (long && long === insideWords.join(' ') && acceptable(short, long)) found.push([short, long]);
    }
  }
  return found;
}

/** Words a name does not start with: "and Marvell MV-78100" is a sentence's tail, not ARM's long form. */
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'also', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'with', 'http', 'https', 'www']);

/** A long form must say more than the short one: several words, none of them the short form itself, none a URL. */
function acceptable(short: string, long: string): boolean {
  const words = long.split(' ');
  if (words.length < 2 || long.length <= short.length || FUNCTION_WORDS.has(words[0]!.toLowerCase())) return false;
  return !words.some((w) => w.toLowerCase() === short.toLowerCase() || /^(?:https?|www\.)/i.test(w) || w.includes('/') && w.length > 4);
}
