import { formatSpan, reportStartYear, slugify, SlugAllocator, type Entry, type Ledger, type Project } from '../model';

/** Words that open or close a title without naming the work: "The …", "Status Report for …", "… Update", "… Status Report". */
const LEADING_FILLER = /^(?:the|status\s+report(?:\s+for|\s*[-–—:,])?)\s+/i;
const TRAILING_FILLER = /(?:\s*[-–—:,]?\s+(?:updates?|status|report|progress|news))+\s*$/i;
/**
 * What follows a leading "The" that is part of the name as written: a lower-case word or code
 * ("The webcamd daemon", "The `frobd` Branch"); without its "The" such a name reads as a fragment.
 */
const NAME_AFTER_THE = /^(?:[a-z]|`|<(?:tt|code|literal|command|filename)\b)/;
/** Words a name cannot end on: what they join or govern is missing ("Upstreaming and", "Tools for the"). */
const HANGING_WORDS = new Set(['and', 'or', 'nor', 'but', '&', '+', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'about', 'via', 'vs', 'vs.', 'versus', 'as', 'a', 'an', 'the']);
/** Of those, the ones that join the filler to the name as a second item ("Upstreaming and Status Report"). */
const JOINING_WORDS = new Set(['and', 'or', '&', '+']);
/** Hanging words a slug can end on only when it was cut (`bsd-user-upstreaming-and`); "in", "on", "a" end real names (`plug-in`, `part-a`). */
const HANGING_SLUG_WORDS = new Set(['and', 'or', 'of', 'for', 'to', 'with', 'from', 'the']);
/** Words two titles of one thread share without saying they name the same thing. */
const COMMON_WORDS = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'on', 'in', 'to', 'with', 'freebsd', 'update', 'updates', 'status', 'report', 'project']);
const MAX_SLUG_LENGTH = 60;

/** A title as a project's name: its filler trimmed, its words as written. */
export function nameOfTitle(title: string): string {
  const whole = title.trim();
  let name = whole;
  const lead = LEADING_FILLER.exec(name);
  if (lead && !(/^the\s/i.test(lead[0]) && NAME_AFTER_THE.test(name.slice(lead[0].length)))) name = name.slice(lead[0].length);
  const tail = TRAILING_FILLER.exec(name);
  if (tail) name = withoutTrailingFiller(name.slice(0, tail.index).trimEnd()) ?? name;
  return name.trim() || whole;
}

/**
 * What is left of a title once its trailing filler is cut, or undefined where the cut would
 * leave it hanging. After "and" the filler was a second item ("Upstreaming and Status Report"):
 * the first names the work, so the "and" goes too. After a preposition or an article the filler
 * is what the name is about ("Tools for the Status Report"): the title keeps it.
 */
function withoutTrailingFiller(rest: string): string | undefined {
  const last = lastWord(rest);
  if (!HANGING_WORDS.has(last)) return rest;
  if (!JOINING_WORDS.has(last)) return undefined;
  const first = rest.slice(0, rest.length - last.length).replace(/[\s,;:–—-]+$/, '');
  return first && !HANGING_WORDS.has(lastWord(first)) ? first : undefined;
}

function lastWord(text: string): string {
  return (/\S+$/.exec(text)?.[0] ?? '').toLowerCase();
}

/** A readable slug of a title: its words as written, cut at a word to at most 60 characters. */
export function readableSlug(title: string): string {
  // A manual section says nothing a reader types: "ixgbe(4) and ixv(4)" → ixgbe-and-ixv.
  // A "The" a name keeps as written ("The nosh Project") is no word of its address: nosh-project.
  const slug = slugify(nameOfTitle(title).replace(/^the\s+(?=\S)/i, '').replace(/\((\d)[a-z]?\)/g, ''));
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

function titleWords(title: string): Set<string> {
  return new Set(slugify(nameOfTitle(title)).split('-').filter((w) => !COMMON_WORDS.has(w)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * The title that best names a whole thread: the one closest in words to all of its entries'
 * titles (a title the thread kept for years beats a one-off such as "… Election"), then the
 * more frequent, then the latest. Entries are given oldest first.
 */
export function bestTitle(entries: readonly Pick<Entry, 'title'>[]): string {
  const names = entries.map((e) => nameOfTitle(e.title));
  const shared = sharedHead(names);
  if (shared !== undefined) return shared;
  const words = names.map(titleWords);
  let best = { name: names[names.length - 1]!, score: -1, count: 0, last: -1 };
  const seen = new Set<string>();
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!;
    if (seen.has(name)) continue;
    seen.add(name);
    const score = words.reduce((sum, w) => sum + jaccard(words[i]!, w), 0);
    const count = names.filter((n) => n === name).length;
    if (score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && count > best.count)) best = { name, score, count, last: i };
  }
  return best.name;
}

/** Where a title's head ends and its qualifier starts: "Summit, Oslo", "Frob: a driver", "Frob — the tool". */
const HEAD_SEPARATOR = /\s*(?:[,:–—]|\s-)\s+/;

/**
 * What every title of a thread names when each adds a qualifier of its own after one head and
 * no two qualifiers share a word ("Frob Summit, Oslo", "Frob Summit, Lund"): the head, since
 * naming the thread after one of them ("…, Lund") misnames the others. Qualifiers that share
 * words ("Frob: a new driver", "Frob: the driver") say one thing differently: undefined.
 */
function sharedHead(names: readonly string[]): string | undefined {
  const distinct = [...new Set(names)];
  if (distinct.length < 2) return undefined;
  const split = distinct.map((name) => {
    const at = HEAD_SEPARATOR.exec(name);
    return at ? { head: name.slice(0, at.index), qualifier: titleWords(name.slice(at.index + at[0].length)) } : undefined;
  });
  const heads = new Set(split.map((s) => s?.head.toLowerCase()));
  if (heads.size !== 1 || split.some((s) => s === undefined || s.qualifier.size === 0)) return undefined;
  const words = split.flatMap((s) => [...s!.qualifier]);
  if (new Set(words).size !== words.length) return undefined;
  const head = split[split.length - 1]!.head.trim();
  return titleWords(head).size > 0 ? head : undefined;
}

/** A group of entries to name: its members oldest first. */
export interface GroupToName {
  key: number;
  entries: readonly Entry[];
}

/**
 * Slugs for groups of entries. Each group wants the readable slug of its best title; where several
 * want one, the group with most entries (then the oldest) earns it and the others add the year
 * they started. A published slug (the ledger) stays with the work it named, unless a group
 * wanting it has more entries than that work: then it names the larger thread, where the
 * people who linked to it most likely wanted to land; and that work goes on under it while its
 * title still names the thread (`keptSlug`). A published slug whose work is gone is never
 * handed out again.
 */
export function nameGroups(groups: readonly GroupToName[], ledger: Ledger, holderOf: (slug: string) => number | undefined): Map<number, string> {
  const sizeOf = new Map(groups.map((g) => [g.key, g.entries.length]));
  const heldBy = new Map<number, string[]>();
  for (const slug of Object.keys(ledger)) {
    const holder = holderOf(slug);
    if (holder !== undefined) heldBy.set(holder, [...(heldBy.get(holder) ?? []), slug]);
  }
  const byMerit = [...groups].sort(
    (a, b) => b.entries.length - a.entries.length || (a.entries[0]!.id < b.entries[0]!.id ? -1 : a.entries[0]!.id > b.entries[0]!.id ? 1 : 0),
  );
  const taken = new SlugAllocator();
  const reservedFor = (slug: string, group: GroupToName): boolean => {
    if (!(slug in ledger)) return false;
    const holder = holderOf(slug);
    if (holder === undefined) return true;
    return holder !== group.key && (sizeOf.get(holder) ?? 0) >= group.entries.length;
  };
  const slugOf = new Map<number, string>();
  for (const group of byMerit) {
    const wanted = readableSlug(bestTitle(group.entries));
    const year = group.entries[0]!.report.slice(0, 4);
    const held = heldBy.get(group.key) ?? [];
    const kept = held.includes(wanted) ? undefined : keptSlug(group, held);
    const candidates = [...(kept === undefined ? [] : [kept]), wanted, `${wanted}-${year}`];
    const free = candidates.find((c) => !taken.has(c) && !reservedFor(c, group));
    let slug = free ?? `${wanted}-${year}`;
    if (!free) for (let n = 2; taken.has(slug) || reservedFor(slug, group); n++) slug = `${wanted}-${year}-${n}`;
    taken.allocate(slug);
    slugOf.set(group.key, slug);
  }
  return slugOf;
}

/** Share of a project's titles that must hold every word of its published slug for it to keep the slug. */
const KEPT_SLUG_SHARE = 0.5;

/**
 * The published slug a group keeps when the name it would be given is none of its own: of those
 * it holds entries of, the one whose words most of its titles hold, if half of them hold them
 * all. A new quarter's longer title ("Valgrind: stabilization, FreeBSD 16 fixes…") does not
 * rename a thread its wiki links and feeds know as `valgrind`; a slug made from a one-off title
 * ("Core Team Election" of 46 Core Team reports) gives way to the name that fits.
 */
/**
 * A slug without the year (and number) a contested name was given (`wireless-2024`,
 * `wireless-2024-2` → `wireless`): what the title it was made of gave. A year that is part of a
 * name (`eurobsdcon-2019`) goes too; callers that must keep it compare both.
 */
export function contestedName(slug: string): string {
  return slug.replace(/-\d{4}(?:-\d+)?$/, '');
}

function keptSlug(group: GroupToName, held: readonly string[]): string | undefined {
  const titles = group.entries.map((e) => titleWords(e.title));
  const holding = (slug: string): number => {
    const words = contestedName(slug).split('-').filter((w) => !COMMON_WORDS.has(w));
    return titles.filter((t) => words.every((w) => t.has(w))).length;
  };
  // A slug cut mid-phrase by an older trimmer (`…-upstreaming-and`) is not kept: it redirects. One the
  // 60-character cut of a title gives today (`…-expansion-and`) is the group's own, and stays.
  const madeNow = new Set(group.entries.map((e) => readableSlug(e.title)));
  const whole = held.filter((slug) => madeNow.has(contestedName(slug)) || !HANGING_SLUG_WORDS.has(contestedName(slug).split('-').pop() ?? ''));
  const [best] = whole.map((slug) => ({ slug, count: holding(slug) })).sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1));
  return best && best.count >= KEPT_SLUG_SHARE * group.entries.length ? best.slug : undefined;
}

/**
 * Names of projects listed together: a title two of them share ("Wireless" of two efforts) gets
 * each one's years, so a reader can tell the lanes and links apart. Slug → name.
 */
export function distinctTitles(projects: readonly Pick<Project, 'slug' | 'title' | 'entries'>[]): Map<string, string> {
  const unique = [...new Map(projects.map((p) => [p.slug, p])).values()];
  const sharing = new Map<string, number>();
  for (const p of unique) sharing.set(p.title, (sharing.get(p.title) ?? 0) + 1);
  return new Map(
    unique.map((p) => {
      if ((sharing.get(p.title) ?? 0) < 2 || p.entries.length === 0) return [p.slug, p.title];
      const years = { first: reportStartYear(p.entries[0]!.report), last: reportStartYear(p.entries[p.entries.length - 1]!.report) };
      return [p.slug, `${p.title} (${formatSpan(years)})`];
    }),
  );
}
