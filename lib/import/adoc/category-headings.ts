import { categoryKey } from '../../model';
// The module itself, not lib/words' index: that loads the dictionaries, which reading a report does not need.
import { maxEditsFor, osaDistance } from '../../words/edit-distance';
import type { ImportProblem } from '../types';
import type { IndexCategory, ParsedIndex } from './parse-index';
import { FALLBACK_CATEGORY } from './place-entries';

/** `{kernel-desc}`: a heading's description given by its attribute, which names the category. */
const DESCRIPTION_REF_RX = /^\{([\w-]+)-desc\}$/i;
/** An attribute of categories-desc.adoc that describes a category (`kernel-desc` → `kernel`). */
const DESCRIPTION_NAME_RX = /^(.+)-desc$/;

/**
 * The categories a quarter may be expected to use: those categories-desc.adoc describes (every
 * upstream category has its `…-desc` attribute there), and the importer's own catch-all.
 */
export function knownCategoryKeys(descriptions: ReadonlyMap<string, string>): Set<string> {
  const keys = new Set([FALLBACK_CATEGORY.key]);
  for (const name of descriptions.keys()) {
    const m = DESCRIPTION_NAME_RX.exec(name);
    if (m?.[1]) keys.add(categoryKey(m[1]));
  }
  return keys;
}

/** The category a heading's `{…-desc}` description names, if the description is such a reference. */
function describedKey(description: string): string | undefined {
  const m = DESCRIPTION_REF_RX.exec(description.trim());
  return m?.[1] ? categoryKey(m[1]) : undefined;
}

/** Known keys at the least distance from `key`, if within the edits a word of their length may need to be a misspelling. */
function nearestKnown(key: string, known: ReadonlySet<string>): { keys: string[]; distance: number } {
  let best: { keys: string[]; distance: number } = { keys: [], distance: Number.POSITIVE_INFINITY };
  for (const candidate of known) {
    const max = maxEditsFor(candidate.length);
    const distance = osaDistance(key, candidate, max);
    if (distance > max || distance > best.distance) continue;
    best = distance < best.distance ? { keys: [candidate], distance } : { keys: [...best.keys, candidate], distance };
  }
  return best;
}

/**
 * The title of category `key` written as the misspelt `written` title was: each word the key
 * spells differently takes the written word's capital ("Kernal" → "Kernel", "FreeBSD Team
 * Reprots" → "FreeBSD Team Reports"); categories-desc.adoc gives keys only, never titles.
 */
export function retitle(written: string, key: string): string {
  const keyWords = key.split('-');
  const parts = written.trim().split(/([\s-]+)/);
  const words = parts.filter((_, i) => i % 2 === 0);
  const capital = (word: string, like: string): string => (/^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  if (words.length !== keyWords.length) return keyWords.map((w) => capital(w, 'A')).join(' ');
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const keyWord = keyWords[i / 2] ?? '';
      return categoryKey(part) === keyWord ? part : capital(keyWord, part);
    })
    .join('');
}

/** Letters under which a known category's name is taken as meant only where the heading's description names it too. */
const SHORT_KEY = 6;

interface HeadingReview {
  message: string;
  /** The category the heading's entries go under instead, if the slip is clear. */
  meant?: { key: string; title: string };
}

/**
 * What is wrong with a heading and what it most probably meant, or undefined when it is a known
 * category with its own description, or a new category nothing contradicts (described in its own
 * words or by a `{…-desc}` of its own name).
 * A title within a misspelling's distance of exactly one known category is that category
 * (`== Kernal` → Kernel): editors copy the headings of the previous quarter, so a new category
 * one letter off a standing one is far less likely than a typo. A `{…-desc}` naming another
 * category is only reported: editors copy a whole heading block, so when the title is far from
 * the category the description names, the title was more likely changed on purpose.
 */
export function reviewHeading(heading: IndexCategory, known: ReadonlySet<string>): HeadingReview | undefined {
  const key = categoryKey(heading.title);
  const ref = describedKey(heading.description);
  // A description categories-desc.adoc does not define names no category (that is warned of where it is read).
  const described = ref !== undefined && ref !== key && known.has(ref) ? ref : undefined;
  const describedWhy = described === undefined ? '' : `its description ${heading.description.trim()} is that of category "${described}"`;
  if (known.has(key)) {
    return described === undefined ? undefined : { message: `category "${heading.title}" has a description of another category: ${describedWhy}; kept as "${heading.title}"` };
  }
  // A heading with a description of its own name is a new category meant as written.
  if (ref === key) return undefined;
  const near = nearestKnown(key, known);
  const [only] = near.keys;
  // A word one letter off a short category is often a word ("Posts", "Parts" for Ports): its description must agree.
  if (near.keys.length === 1 && only !== undefined && only.length < SHORT_KEY && ref !== only) {
    return { message: `category "${heading.title}" is not a known category; "${retitle(heading.title, only)}" may have been meant; kept as "${heading.title}"` };
  }
  if (near.keys.length === 1 && only !== undefined) {
    const title = retitle(heading.title, only);
    const edits = `${near.distance} edit${near.distance === 1 ? '' : 's'}`;
    const agrees = ref === only ? [`its description ${heading.description.trim()} is ${title}'s`] : [];
    const why = [`the title is ${edits} from it`, ...agrees, ...(described && described !== only ? [describedWhy] : [])].join(', and ');
    return { message: `category "${heading.title}" is not a known category; "${title}" was probably meant (${why}): its entries are filed under "${title}"`, meant: { key: only, title } };
  }
  if (near.keys.length > 1) {
    const names = near.keys.map((k) => `"${retitle(heading.title, k)}"`).join(' or ');
    return { message: `category "${heading.title}" is not a known category but is as close to ${names}${described ? `, and ${describedWhy}` : ''}; kept as "${heading.title}"` };
  }
  if (described !== undefined) {
    return { message: `category "${heading.title}" is not a known category, and ${describedWhy}; kept as "${heading.title}" (if "${described}" was meant, correct the heading)` };
  }
  // Every category upstream has its description: a heading far from all of them with none is a slip as often as a new category.
  // Without categories-desc.adoc (a bare fixture, a folder copied alone) nothing is known, and every heading would be named.
  const anyDescribed = [...known].some((k) => k !== FALLBACK_CATEGORY.key);
  if (anyDescribed && heading.description.trim() === '') {
    return {
      message: `category "${heading.title}" is not a known category (categories-desc.adoc describes no "${key}") and has no description; kept as "${heading.title}" (if it is new, add :${key}-desc: to categories-desc.adoc and {${key}-desc} under the heading)`,
    };
  }
  return undefined;
}

/**
 * The index with each category heading checked against the known categories: a slip is warned
 * at the heading's line, saying which category was probably meant, and a clear misspelling is
 * filed under that category, so that a filter or facet for it does not miss the quarter.
 */
export function reviewCategoryHeadings(index: ParsedIndex, known: ReadonlySet<string>, file: string, problems: ImportProblem[]): ParsedIndex {
  const categories = index.categories.map((heading) => {
    const review = reviewHeading(heading, known);
    if (!review) return heading;
    problems.push({ severity: 'warning', file, line: heading.line, message: review.message });
    return review.meant ? { ...heading, title: review.meant.title } : heading;
  });
  return { ...index, categories };
}
