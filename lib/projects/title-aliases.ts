import { slugify } from '../model';
import { isCommonWord } from '../words';
import { stem } from './stem';

/** Initials of this many words at most stand for them: "CI", "PR", "LDWG", a five-word "TBEMD". */
const MAX_INITIALS = 5;
/**
 * A name clipped from two words ("binup" for Binary Updater, "netperf" for network performance)
 * keeps at least this much of each: one letter of a word would make any word a clip of many pairs.
 */
const MIN_CLIP = 2;
/** Clips shorter than this would meet ordinary short words by chance. */
const MIN_CLIPPED_NAME = 5;
/** Words that join a name's words ("Summer of Code") but never open or close one: "Implementation for" is no "IF". */
const JOINING_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'on', 'in', 'to', 'with', 'from', 'by', 'at', 'or', 'into']);

/**
 * The forms a title's words take in other titles of the same work: two or three neighbouring
 * words run together ("Bug Busting" → bugbusting, "X.Org" → xorg) and the initials of two to four
 * neighbouring words ("Continuous Integration" → ci), and the heads of two neighbouring words
 * clipped and run together ("Binary Updater" → binup), the way a project's short name is often
 * made. A title that uses one of them as a word names the same thing in another spelling.
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
      const initials = run.map((w) => w[0]).join('');
      // Initials that spell a joining word ("Administration Team" → at) would meet it in any title.
      if (run.every((w) => w.length >= 3 && /^[a-z]/.test(w)) && !ends.some((w) => JOINING_WORDS.has(w)) && !JOINING_WORDS.has(initials)) aliases.add(initials);
    }
    if (i + 1 < words.length) for (const clip of clippedPairs(words[i]!, words[i + 1]!)) aliases.add(clip);
  }
  return [...aliases];
}

/**
 * The heads of two words run together, at least one of them cut short: "binup" of binary,
 * updater. Never a word of the dictionary: "linker" of Linux Kernel, "state" of Status Team
 * would meet that word in any title.
 */
function clippedPairs(first: string, second: string): string[] {
  if (![first, second].every((w) => /^[a-z]/.test(w) && w.length >= MIN_CLIP && !JOINING_WORDS.has(w))) return [];
  const clips: string[] = [];
  for (let x = MIN_CLIP; x <= first.length; x++) {
    for (let y = MIN_CLIP; y <= second.length; y++) {
      if (x === first.length && y === second.length) continue;
      const clip = first.slice(0, x) + second.slice(0, y);
      if (clip.length >= MIN_CLIPPED_NAME && !isCommonWord(clip)) clips.push(clip);
    }
  }
  return clips;
}
