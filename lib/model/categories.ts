import type { Category } from './schema';
import { slugify } from './slug';

/**
 * Reports before 2004-07 and the Developer Summit specials define no categories;
 * their entries go here so that every entry still has one.
 */
export const GENERAL_CATEGORY: Category = {
  key: 'general',
  title: 'General',
  description: 'Reports from before entries were sorted into categories.',
  order: 0,
};

/**
 * Where a report that does define categories files the entries it gave none (four of
 * 2004-07-2004-12 have no `cat`): the same key, described as what it is there.
 */
export const UNCATEGORIZED: Category = { ...GENERAL_CATEGORY, description: 'Entries this report gave no category.' };

/**
 * A category's key is the slug of its title ("FreeBSD Team Reports" → `freebsd-team-reports`),
 * so the XML (`<category><name>team</name>`), the rendered HTML and the AsciiDoc of one
 * report yield the same key.
 */
export function categoryKey(title: string): string {
  return slugify(title);
}

/** The category of the teams' quarterly reports (core, release engineering, the Foundation...). */
export const TEAM_REPORTS_CATEGORY = categoryKey('FreeBSD Team Reports');
/** The category of the documentation's reports: the handbook, translations, the web site. */
export const DOCUMENTATION_CATEGORY = categoryKey('Documentation');

/** Words a category's name opens with that say nothing of what it holds ("The Ports Collection"). */
const OPENING_FILLER = new Set(['the', 'freebsd', 'in']);

/** A key's words as one string, filler dropped and plurals folded, with where each word ends. */
function foldedKey(key: string): { text: string; ends: Set<number> } {
  const words = key.split('-').filter(Boolean);
  while (words.length > 1 && OPENING_FILLER.has(words[0] ?? '')) words.shift();
  let text = '';
  const ends = new Set<number>();
  for (const word of words) {
    text += word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
    ends.add(text.length);
  }
  return { text, ends };
}

/** Whether one key names the same kind of entries as another with more words ("userland", "user-land-programs"). */
function sameCategoryFamily(a: string, b: string): boolean {
  const [shorter, longer] = [foldedKey(a), foldedKey(b)].sort((x, y) => x.text.length - y.text.length) as [ReturnType<typeof foldedKey>, ReturnType<typeof foldedKey>];
  return longer.text.startsWith(shorter.text) && longer.ends.has(shorter.text.length);
}

/**
 * Each category key's family: the reports renamed their categories over the years ("Userland
 * programs", "User-land Programs", "Userland"; "Architectures", "FreeBSD Architecture"), and a
 * reader who narrows a search to one means them all. A key whose words, past a leading "The" or
 * "FreeBSD", begin another's belongs with it, unless one report files entries under both: a
 * renaming replaces a name, and "Projects" beside a "Project News" would be two categories. A
 * family goes by its most used key. Returns the family's key for a category key; a key the entries
 * do not use is its own family.
 */
export function categoryFamilies(entries: readonly { category: string; report: string }[]): (key: string) => string {
  const entriesPerKey = new Map<string, number>();
  const reportsOf = new Map<string, Set<string>>();
  for (const { category, report } of entries) {
    entriesPerKey.set(category, (entriesPerKey.get(category) ?? 0) + 1);
    reportsOf.set(category, (reportsOf.get(category) ?? new Set()).add(report));
  }
  // Most used first, so that each family's first key is the one it goes by.
  const keys = [...entriesPerKey.keys()].sort((a, b) => (entriesPerKey.get(b) ?? 0) - (entriesPerKey.get(a) ?? 0) || (a < b ? -1 : 1));
  const rank = new Map(keys.map((k, i) => [k, i]));
  const parent = new Map(keys.map((k) => [k, k]));
  const root = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  // The reports of a family so far: a key joins only where none of them files entries under it too.
  const familyReports = new Map(keys.map((k) => [k, new Set(reportsOf.get(k))]));
  // "userland" joins "userland-programs" and "userland-utilities", which begin neither each other.
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) {
      const [ra, rb] = [root(a), root(b)];
      if (ra === rb || !sameCategoryFamily(a, b)) continue;
      const [head, member] = (rank.get(ra) ?? 0) < (rank.get(rb) ?? 0) ? [ra, rb] : [rb, ra];
      const [headReports, memberReports] = [familyReports.get(head) ?? new Set<string>(), familyReports.get(member) ?? new Set<string>()];
      if ([...memberReports].some((r) => headReports.has(r))) continue;
      for (const r of memberReports) headReports.add(r);
      parent.set(member, head);
    }
  });
  const familyOf = new Map(keys.map((k) => [k, root(k)]));
  return (key) => familyOf.get(key) ?? key;
}
