/**
 * Whether two full names given with one address can be one person's. An address alone is weak
 * evidence: a login made of a surname (`anderson@`) may be given by two relatives, or mistyped by
 * an editor, while one person writes their given name in many ways ("Ken", "Kenneth"; "Chris",
 * "Krzysztof"; "Maxim", "Maksym"). Only given names that no such spelling relates are told apart.
 */
/**
 * Given names that stand for each other though no spelling rule relates them (a nickname made
 * of another part of the name): general usage, not any particular person's.
 */
const NICKNAME_CLASSES: readonly (readonly string[])[] = [
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['richard', 'dick', 'rick', 'rich'],
  ['john', 'jack', 'johnny', 'jon'],
  ['edward', 'ted', 'teddy', 'ed', 'eddie', 'ned'],
  ['charles', 'chuck', 'charlie'],
  ['henry', 'hank', 'harry'],
  ['margaret', 'peggy', 'maggie', 'meg'],
  ['anthony', 'antony', 'tony'],
  ['alexander', 'aleksandr', 'alexandr', 'alexey', 'aleksey', 'sasha', 'sacha'],
  ['elizabeth', 'betty', 'betsy', 'beth', 'liz', 'lisa'],
];
const NICKNAMES = new Map<string, number>(NICKNAME_CLASSES.flatMap((names, i) => names.map((n) => [n, i] as const)));

/**
 * A given name's consonants as they sound, vowels and doubled letters dropped: "Krzysztof" and
 * "Chris" → `krstf` and `krs`, "Maxim" and "Maksym" → `mksm`, "Kenneth" and "Ken" → `knt`, `kn`.
 */
export function consonantSkeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/ch|ck|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/[zß]/g, 's')
    .replace(/w/g, 'v')
    .replace(/[^bdfgjklmnprstv]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Whether two words differ by one slip of the keyboard: a letter changed, added, dropped or swapped with the next ("Damiel", "Daniel"). */
export function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || swapped;
}

/** Shortest word a slip is looked for in: "Xin" and "Lin" are two names, not one mistyped. */
const MIN_SLIP_LENGTH = 4;
/** Fewest consonants a short form's sound must keep to stand for a longer name: "Jo" says too little. */
const MIN_SKELETON = 2;

/**
 * Whether two given names (folded, as `personKey` gives them) may be one person's: an initial and
 * a name it begins, a short form ("Ken", "Kenneth"), a slip, a short form or transliteration that
 * sounds alike ("Chris", "Krzysztof"; "Maxim", "Maksym"), or names usage makes one ("Bob", "Robert").
 */
export function givenNamesAgree(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === '' || long.startsWith(short)) return true;
  if (short.length >= MIN_SLIP_LENGTH && oneSlipApart(a, b)) return true;
  const [x, y] = [consonantSkeleton(short), consonantSkeleton(long)];
  if (short.length > 1 && x.length >= MIN_SKELETON && y.startsWith(x)) return true;
  const [i, j] = [NICKNAMES.get(a), NICKNAMES.get(b)];
  return i !== undefined && i === j;
}

/**
 * Whether two full names, as folded keys (`personKey`: `eric-lund`), are clearly two people's:
 * neither's given name (its first word) may be any given or middle name of the other, however
 * shortened or spelled ("Eric Lund", "Jonathan Lund"). A name given in the other order ("Lund
 * Eric") still agrees, and so do two surnames after one given name (a surname changed). Given
 * names that begin alike are never told apart: one address is weak evidence either way, and
 * splitting one person's history (Steven and Stephen, Kostik and Konstantin, Joe and Joseph at one
 * login) is worse than joining two who share a login.
 */
export function clearlyDifferentNames(a: string, b: string): boolean {
  const [wa, wb] = [a.split('-').filter(Boolean), b.split('-').filter(Boolean)];
  if (wa.length < 2 || wb.length < 2 || wa[0]![0] === wb[0]![0]) return false;
  const agrees = (given: string, words: readonly string[]): boolean => words.slice(0, -1).some((w) => givenNamesAgree(given, w)) || words.at(-1) === given;
  return !agrees(wa[0]!, wb) && !agrees(wb[0]!, wa);
}
