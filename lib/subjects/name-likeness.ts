import { LOWER_CASE_MAN_PAGE, nameWords, withoutAddresses } from './words';

/**
 * How much each word reads as a name rather than an ordinary word, from how the entries write it:
 * the share of its uses that carry a digit, a capital inside ("ZFS", "DTrace", "arm64") or a
 * capital in mid-sentence ("Capsicum"), against lower-case uses in mid-sentence ("address").
 */
export function nameLikeness(texts: readonly string[]): (word: string) => number {
  const named = new Map<string, number>();
  const plain = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const readable of texts) {
    // Addresses, paths and man pages are written in lower case whatever they name: they tell
    // nothing of how a word is written.
    const text = withoutAddresses(readable).replace(LOWER_CASE_MAN_PAGE, ' ');
    for (const sentence of text.split(/[.!?:;\n]\s+/)) {
      const words = sentence.match(/[A-Za-z0-9\u00c0-\uffff][\w\u00c0-\uffff+-]*/g) ?? [];
      words.forEach((word, i) => {
        const key = /[\u0080-\uffff]/.test(word) ? nameWords(word).join('') : word.toLowerCase().replace(/[^a-z0-9]/g, '');
        if (!key) return;
        // A digit, a capital after the first letter ("ZFS", "DTrace"), or a capital in mid-sentence.
        if (/\d|.\p{Lu}/u.test(word) || (i > 0 && /^\p{Lu}/u.test(word))) bump(named, key);
        else if (i > 0) bump(plain, key);
      });
    }
  }
  return (word) => {
    const n = named.get(word) ?? 0;
    const p = plain.get(word) ?? 0;
    return n + p === 0 ? 0 : n / (n + p);
  };
}
