/** Words that say the parenthesis holds another name of the same thing; "or" says it only between names. */
const SAME_THING = /^(?:aka|a\.k\.a\.|also known as|also called|formerly|previously|now|née)$/i;
const NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}_.+-]*[\p{L}\p{N}]`;
const PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}_.+-])(${NAME})\s*\(((?:or|aka|a\.k\.a\.|also known as|also called|formerly|previously|now|née)\s+)?(${NAME})\)`, 'giu');
const VERSION = /^v?\d+(?:[.x]\w*)*$/i;

/** "X (Y)" of two single names, and whether words such as "aka", "formerly" or "or" say they are one. */
export interface Parenthetical {
  outside: string;
  inside: string;
  marked: boolean;
}

/** A word that reads as a technical name, not an ordinary word: a digit, two capitals, a hyphen inside. */
export function looksLikeName(word: string): boolean {
  return /\d/.test(word) || /\p{Lu}.*\p{Lu}/u.test(word) || /\p{L}-\p{L}/u.test(word);
}

/** Every "name (name)" in a text whose two names differ and are not version numbers. */
export function findParentheticals(text: string): Parenthetical[] {
  const found: Parenthetical[] = [];
  for (const m of text.matchAll(PAIR)) {
    const [outside, marker, inside] = [m[1]!, m[2]?.trim(), m[3]!];
    if (outside.toLowerCase() === inside.toLowerCase() || VERSION.test(inside) || VERSION.test(outside)) continue;
    const named = (word: string): boolean => looksLikeName(word) || /^\p{Lu}/u.test(word);
    const marked =
      marker !== undefined && ((SAME_THING.test(marker) && named(outside) && named(inside)) || (marker.toLowerCase() === 'or' && looksLikeName(outside) && looksLikeName(inside)));
    found.push({ outside, inside, marked });
  }
  return found;
}
