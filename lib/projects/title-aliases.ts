import { slugify } from '../model';
import { stem } from './stem';

/** Initials of this many words at most stand for them: "CI", "PR", "LDWG". */
const MAX_INITIALS = 4;
/** Words that join a name's words ("Summer of Code") but never open or close one: "Implementation for" is no "IF". */
const JOINING_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'on', 'in', 'to', 'with', 'from', 'by', 'at', 'or', 'into']);

/**
 * The forms a title's words take in other titles of the same work: two or three neighbouring
 * words run together ("Bug Busting" → bugbusting, "X.Org" → xorg) and the initials of two to four
 * neighbouring words ("Continuous Integration" → ci). A title that uses one of them as a word
 * names the same thing in another spelling.
 */
export function titleAliases(title: string): string[] {
  const words = slugify(title).split('-').filter(Boolean);
  const aliases = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    // A name with a version on it is still the name: "usb2", "zfsv28", "nfsv4".
    const versioned = /^([a-z]{3,}?)v?\d+[a-z]*$/.exec(words[i]!);
    if (versioned) aliases.add(versioned[1]!);
    for (let n = 2; n <= 3 && i + n <= words.length; n++) {
      const joined = words.slice(i, i + n).join('');
      if (joined.length >= 4) aliases.add(stem(joined));
    }
    for (let n = 2; n <= MAX_INITIALS && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      // Initials of short words ("of", "the", numbers) would make any two letters an acronym.
      const ends = [run[0]!, run[run.length - 1]!];
      if (run.every((w) => w.length >= 3 && /^[a-z]/.test(w)) && !ends.some((w) => JOINING_WORDS.has(w))) aliases.add(run.map((w) => w[0]).join(''));
    }
  }
  return [...aliases];
}
