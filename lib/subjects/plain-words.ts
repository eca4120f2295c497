import { isCommonWord } from '../words';

/** Shortest part of a word read as two words run together: "web" of "webpages", "end" of "backend". */
const MIN_PART = 3;
/** A consonant doubled before an ending ("plug", "pluggable"), which the dictionary's endings do not undo. */
const DOUBLED_ENDING = /([b-df-hj-np-tv-z])\1(able|ing|ed|er)$/;
/** The prefix of doing again ("reassembly", "reimport"), put on any word. */
const AGAIN = /^re(?=[a-z]{4})/;

/**
 * A word of plain English, which a name made of it is only if it is written as one: in the
 * dictionary; an ending on a doubled consonant ("pluggable"); a dictionary word done again
 * ("reassembly"); or two dictionary words run together that entries also write apart
 * ("webpages" and "web pages"). Run together but never written apart, two words make a name of
 * their own ("libalias", "portmaster"). `writtenApart` says whether entries write two words one
 * after the other.
 */
export function isPlainWord(word: string, writtenApart: (first: string, second: string) => boolean = () => false): boolean {
  if (isCommonWord(word)) return true;
  const doubled = DOUBLED_ENDING.exec(word);
  if (doubled && isCommonWord(word.slice(0, doubled.index + 1))) return true;
  if (AGAIN.test(word) && isCommonWord(word.replace(AGAIN, ''))) return true;
  for (let at = MIN_PART; at + MIN_PART <= word.length; at++) {
    const [first, second] = [word.slice(0, at), word.slice(at)];
    if (isCommonWord(first) && isCommonWord(second) && writtenApart(first, second)) return true;
  }
  return false;
}
