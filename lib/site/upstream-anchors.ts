/**
 * The in-page anchors upstream's report pages gave each entry and category, so that links
 * into old pages (`report-2003-10-2003-12.html#ACPI`, `report-2024-04-2024-06/#_service_jails…`)
 * still land on the right entry once redirected to `/reports/<id>`.
 *
 * Shared by the server (which builds the table for a report) and the report page's client
 * component (which resolves `location.hash` with it), so it imports nothing heavy.
 */
import { slugify } from '../model/slug';
import { decodeOrKeep } from '../routes';

/** The parts of an entry its upstream anchors were made from. */
export interface AnchoredEntry {
  slug: string;
  title: string;
  source: { format: string };
}

/** The parts of a category its upstream anchors were made from. */
export interface AnchoredCategory {
  key: string;
  title: string;
}

/** The element id the report page gives a category's heading. */
export function categoryElementId(key: string): string {
  return `category_${key}`;
}

/**
 * The anchor `report.xsl` (2001–2020) gave a heading: `translate(normalize-space(title), ' ', '-')`.
 * Case and punctuation are kept (`Porting-OpenBSD's-pf`); normalize-space() collapses XML white
 * space only, so a no-break space stays.
 */
export function xslAnchor(title: string): string {
  return title.replace(/[ \t\r\n]+/g, ' ').trim().replace(/ /g, '-');
}

// Ruby's \p{Word} (what upstream's Asciidoctor used): letters, marks, decimal digits, connectors.
const NOT_ID_CHARS = /[^ \p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}.-]+/gu;

/**
 * The section id Asciidoctor (default `idprefix` `_` and `idseparator` `_`, which upstream's
 * site never changed) gives a title: lowercased, characters other than word characters, space,
 * `.` and `-` dropped, runs of space, `_`, `.` and `-` turned into one `_`, no trailing `_`.
 * Titles are plain text here, where Asciidoctor saw HTML: its ` -- ` became `&#8201;&#8212;&#8201;`,
 * an em dash with thin spaces in place of the spaces, all dropped as entities (`Foo -- Bar` →
 * `_foobar`), so an em dash here takes the white space around it along.
 */
export function asciidoctorSectionId(title: string): string {
  const text = title.toLowerCase().replace(/\s*\u2014\s*/g, '').replace(NOT_ID_CHARS, '');
  const id = `_${text}`.replace(/[ _.-]+/g, '_');
  return id.length > 1 && id.endsWith('_') ? id.slice(0, -1) : id;
}

/**
 * The loose form of an anchor that every spelling of one title shares: the XSL era's
 * `Title-With-Dashes`, 2020's `title-with-dashes`, Asciidoctor's `_title_with_underscores` and
 * our own slug all come down to `title-with-dashes`. Empty when nothing is left.
 */
export function anchorKey(anchor: string): string {
  const key = slugify(anchor);
  return key === 'untitled' && !/untitled/i.test(anchor) ? '' : key;
}

/** The anchor in a URL fragment: without `#`, percent-decoded where that is valid. */
export function decodeHash(hash: string): string {
  return decodeOrKeep(hash.startsWith('#') ? hash.slice(1) : hash);
}

/**
 * Where each of a report's legacy anchors leads. Most resolve through their loose key
 * ({@link anchorKey}) alone, which for titles made into slugs is the slug itself; only keys
 * that differ from their target, and anchors whose key would lead elsewhere, are listed.
 */
export interface LegacyAnchorTable {
  /** Anchors as upstream wrote them whose loose key belongs to another element. */
  exact: Record<string, string>;
  /** Loose key → element id, where the two differ. */
  loose: Record<string, string>;
}

/**
 * Every anchor upstream may have given the report's entries and categories, and the site gave
 * entries before they were renamed, with the element of our report page each leads to.
 * `entries` in upstream's document order (categories in order, entries within each), since
 * upstream numbered repeated Asciidoctor ids (`_ports_2`) and browsers went to the first of
 * repeated XSL anchors.
 */
export function legacyAnchorTable(
  categories: readonly AnchoredCategory[],
  entries: readonly AnchoredEntry[],
  /** Slugs entries of the report had before a re-import renamed them (`entry-ids.json`), each with the entry's slug now. */
  formerSlugs: ReadonlyMap<string, string> = new Map(),
): LegacyAnchorTable {
  const slugs = new Set(entries.map((e) => e.slug));
  const claims = new Map<string, string>();
  const exact: Record<string, string> = {};
  const assigned = new Set<string>();
  const add = (anchor: string, target: string): void => {
    if (anchor === '' || assigned.has(anchor)) return;
    assigned.add(anchor);
    const key = anchorKey(anchor);
    if (key === '') return;
    const claimed = claims.get(key);
    if (claimed === undefined) claims.set(key, target);
    // An anchor that is an entry's slug is that entry's element id: the browser goes there.
    else if (claimed !== target && !slugs.has(anchor)) exact[anchor] = target;
  };

  // An entry's own slug outranks other entries' old anchors that loosely read the same.
  for (const slug of slugs) claims.set(slug, slug);
  // The site's own anchors from before a rename (`#pci-sr-iov-infrastructure`), linked from the wiki, before upstream's.
  for (const [former, slug] of formerSlugs) if (!slugs.has(former) && slugs.has(slug)) add(former, slug);
  const adocIds = new Set<string>();
  for (const entry of entries) {
    if (entry.source.format === 'adoc') add(uniqueAsciidoctorId(entry.title, adocIds), entry.slug);
    else add(xslAnchor(entry.title), entry.slug);
  }
  // Categories come last: where an entry and a category share a title, the entry is what a link meant.
  for (const category of categories) {
    const id = categoryElementId(category.key);
    add(category.key, id);
    add(xslAnchor(category.title), id);
  }

  const loose: Record<string, string> = {};
  for (const [key, target] of claims) if (key !== target) loose[key] = target;
  return { exact, loose };
}

/** Asciidoctor's id for the next section of one document, numbered `_2`, `_3`… when taken. */
function uniqueAsciidoctorId(title: string, taken: Set<string>): string {
  const base = asciidoctorSectionId(title);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

/**
 * The element a legacy anchor leads to: listed as is, listed by its loose key, or an element
 * whose id is the loose key itself (`isTarget` says which ids are entries or categories).
 */
export function resolveLegacyAnchor(
  anchor: string,
  table: LegacyAnchorTable,
  isTarget: (id: string) => boolean,
): string | undefined {
  if (Object.hasOwn(table.exact, anchor)) return table.exact[anchor];
  const key = anchorKey(anchor);
  if (key === '') return undefined;
  if (Object.hasOwn(table.loose, key)) return table.loose[key];
  return isTarget(key) ? key : undefined;
}

// Words that say nothing about which entry was meant.
const STOP_WORDS = new Set(['a', 'an', 'and', 'for', 'freebsd', 'in', 'of', 'on', 'the', 'to', 'with', 'status', 'report', 'update', 'project']);

function significantWords(text: string): Set<string> {
  return new Set(anchorKey(text).split('-').filter((w) => w.length > 1 && !STOP_WORDS.has(w)));
}

/**
 * The entry whose title shares the most words with an anchor that matched nothing (Dice
 * coefficient over the words that carry meaning), or undefined when none shares a word.
 * Ties go to the earlier entry.
 */
export function nearestEntry<T extends { title: string }>(anchor: string, entries: readonly T[]): T | undefined {
  const wanted = significantWords(anchor);
  if (wanted.size === 0) return undefined;
  let best: T | undefined;
  let bestScore = 0;
  for (const entry of entries) {
    const words = significantWords(entry.title);
    let common = 0;
    for (const word of words) if (wanted.has(word)) common++;
    const score = (2 * common) / (wanted.size + words.size);
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

/** A title's parenthesized asides, such as an acronym ("Cyber Readiness Act (CRA) Project"), which a link to it often leaves out. */
const ASIDE_RX = /\s*\([^()]*\)/g;

/**
 * The one entry a link's text names: its title, or its title without parenthesized asides,
 * read loosely ({@link anchorKey}: case, punctuation and spacing aside). Undefined where no
 * entry or more than one answers.
 */
export function entryNamedBy<T extends { title: string }>(text: string, entries: readonly T[]): T | undefined {
  const wanted = anchorKey(text);
  if (wanted === '') return undefined;
  const named = entries.filter((e) => anchorKey(e.title) === wanted || anchorKey(e.title.replace(ASIDE_RX, ' ')) === wanted);
  return named.length === 1 ? named[0] : undefined;
}
