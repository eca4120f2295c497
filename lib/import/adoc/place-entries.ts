import { categoryKey, SlugAllocator, slugify, type Category } from '../../model';
import type { ImportProblem } from '../types';
import type { AdocReportInput } from './read-adoc-report';
import type { ParsedIndex } from './parse-index';

const INDEX = '_index.adoc';
const INTRO = 'intro.adoc';
const SLUG_RX = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Where entries go that `_index.adoc` does not place (a file it does not include, or every file
 * of a quarter that has no `_index.adoc`): upstream's own catch-all category, "Objects that
 * defy categorization", so no entry is lost and none is filed under a guessed topic.
 */
export const FALLBACK_CATEGORY = { key: 'miscellaneous', title: 'Miscellaneous', descriptionAttribute: 'miscellaneous-desc' };

/** An entry file and the category it goes under. */
export interface Placement {
  name: string;
  category: string;
  /**
   * The name the include gave, when it named `name` with another case or extension
   * (`gcc.adoc` for `GCC.adoc`): the entry goes by it (slug, fallback title), as it will once
   * the file or the include is corrected.
   */
  includedAs?: string;
}

/** The extensions Asciidoctor reads as AsciiDoc, which an editor may write for `.adoc`. */
export const ADOC_EXTENSION_RX = /\.(?:adoc|asciidoc|asc|ad)$/i;

/** A file name without its AsciiDoc extension, lowercased: what a near miss shares with the name included. */
function stem(name: string): string {
  return name.replace(ADOC_EXTENSION_RX, '').toLowerCase();
}

/**
 * Files of the folder an include of the missing `name` plausibly meant: the same name but for
 * case or the AsciiDoc extension (`GCC.adoc`, `gcc.asciidoc` for `gcc.adoc`), that no include names.
 */
function nearMisses(name: string, files: Iterable<string>, included: ReadonlySet<string>): string[] {
  const wanted = stem(name);
  return [...files].filter((f) => f !== name && f !== INDEX && f !== INTRO && !included.has(f) && ADOC_EXTENSION_RX.test(f) && stem(f) === wanted).sort();
}

/**
 * The entry files in report order: as `_index.adoc` includes them under its categories, then
 * any it leaves out (file-name order, under {@link FALLBACK_CATEGORY}, added to `categories`
 * if missing). Includes of missing files are errors; of files that could not be read, already said.
 */
export function placeEntries(index: ParsedIndex | undefined, input: AdocReportInput, categories: Category[], problems: ImportProblem[]): Placement[] {
  const indexFile = `${input.dir}/${INDEX}`;
  const placed = new Map<string, Placement>();
  const placements: Placement[] = [];
  let fallbackNeeded = false;
  const included = new Set((index?.categories ?? []).flatMap((c) => c.includes.flatMap((inc) => (inc.name ? [inc.name] : []))));
  /** Includes of files not in the quarter, by their error's place in `problems`. */
  const missing: MissingInclude[] = [];
  for (const c of index?.categories ?? []) {
    const category = categoryKey(c.title);
    for (const inc of c.includes) {
      if (inc.name && input.unreadable?.has(inc.name)) continue;
      const misses = inc.name && !input.files.has(inc.name) ? nearMisses(inc.name, input.files.keys(), included) : [];
      const [miss] = misses;
      if (inc.name && misses.length === 1 && miss !== undefined && !placed.has(miss)) {
        problems.push({
          severity: 'warning',
          file: indexFile,
          line: inc.line,
          message: `include names ${inc.name}, which is not in the quarter, but ${miss} is: imported in its place (rename the file or correct the include)`,
        });
        const placement = { name: miss, category, includedAs: inc.name };
        placed.set(miss, placement);
        placements.push(placement);
      } else if (!inc.name || !input.files.has(inc.name)) {
        const near = misses.length > 0 ? ` (the quarter has ${misses.join(' and ')}; rename the one meant, or correct the include)` : '';
        if (near === '' && inc.name) missing.push({ at: problems.length, name: inc.name, line: inc.line });
        problems.push({ severity: 'error', file: indexFile, line: inc.line, message: `include names a file that is not in the quarter: ${inc.target}${near}` });
      } else if (inc.name === INDEX || inc.name === INTRO) {
        problems.push({ severity: 'warning', file: indexFile, line: inc.line, message: `${inc.name} is included as an entry; ignored` });
      } else if (placed.has(inc.name)) {
        problems.push({ severity: 'warning', file: indexFile, line: inc.line, message: `${inc.name} is included twice; the second include is ignored` });
      } else {
        const placement = { name: inc.name, category };
        placed.set(inc.name, placement);
        placements.push(placement);
      }
    }
  }
  const beforeCategories = new Set<string>();
  for (const inc of index?.preambleIncludes ?? []) {
    if (inc.name === INTRO || (inc.name && input.unreadable?.has(inc.name))) continue;
    if (!inc.name || !input.files.has(inc.name)) {
      if (inc.name) missing.push({ at: problems.length, name: inc.name, line: inc.line });
      problems.push({ severity: 'error', file: indexFile, line: inc.line, message: `include names a file that is not in the quarter: ${inc.target}` });
    } else {
      beforeCategories.add(inc.name);
    }
  }
  const unplaced = [...input.files.keys()].filter((name) => name !== INDEX && name !== INTRO && !placed.has(name)).sort();
  // Another AsciiDoc extension (`gcc.asciidoc`) is read only where an include names it, near enough.
  for (const name of unplaced.filter((n) => !n.endsWith('.adoc'))) {
    problems.push({ severity: 'error', file: `${input.dir}/${name}`, message: 'is not named .adoc and no include names it, so its entry is not imported: rename it to .adoc' });
  }
  const meantBy = joinMissingIncludes(missing, unplaced.filter((n) => n.endsWith('.adoc') && !beforeCategories.has(n)), problems);
  for (const name of unplaced.filter((n) => n.endsWith('.adoc'))) {
    if (index) {
      const includes = meantBy.get(name) ?? [];
      const renamed = includes.length === 0 ? '' : ` (${includes.map((m) => `${INDEX}:${m.line} includes ${m.name}`).join(', ')}, which is not in the quarter: this file renamed?)`;
      const why = beforeCategories.has(name) ? 'included before the first category' : `not included by ${INDEX}${renamed}`;
      problems.push({ severity: 'warning', file: `${input.dir}/${name}`, message: `${why}; imported under "${FALLBACK_CATEGORY.title}"` });
    }
    placements.push({ name, category: FALLBACK_CATEGORY.key });
    fallbackNeeded = true;
  }
  if (fallbackNeeded && !categories.some((c) => c.key === FALLBACK_CATEGORY.key)) {
    const description = input.categoryDescriptions.get(FALLBACK_CATEGORY.descriptionAttribute);
    categories.push({ key: FALLBACK_CATEGORY.key, title: FALLBACK_CATEGORY.title, ...(description ? { description } : {}), order: categories.length });
  }
  return placements;
}

interface MissingInclude {
  /** Index of its error in the problems. */
  at: number;
  name: string;
  line: number;
}

/** Unincluded files a missing include's error names, at most: more is a list to read, not a hint. */
const MEANT_NAMED = 3;

/**
 * The entry files a missing include may have meant, of those the index does not include: a file
 * renamed after the index was written (`foo_bar.adoc` included as `foo-bar.adoc`), or the
 * include renamed. One whose name gives the same slug is surely meant, and named alone.
 */
function likelyMeant(name: string, unincluded: readonly string[]): string[] {
  const slug = fileNameSlug(name.replace(ADOC_EXTENSION_RX, ''));
  const same = unincluded.filter((f) => fileNameSlug(f.replace(ADOC_EXTENSION_RX, '')) === slug);
  return same.length > 0 ? same : [...unincluded];
}

/**
 * Joins the two sides of one slip: each missing include's error names the entry files the index
 * does not include ("did you mean …?"), and the returned map gives, for each file named, the
 * includes that may have meant it, for its own warning to say.
 */
function joinMissingIncludes(missing: readonly MissingInclude[], unincluded: readonly string[], problems: ImportProblem[]): Map<string, MissingInclude[]> {
  const meantBy = new Map<string, MissingInclude[]>();
  for (const include of missing) {
    const meant = likelyMeant(include.name, unincluded);
    const problem = problems[include.at];
    if (meant.length === 0 || problem === undefined) continue;
    const named = meant.slice(0, MEANT_NAMED);
    const more = meant.length - named.length;
    const items = more > 0 ? [...named, `${more} more`] : named;
    const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}` : (items[0] ?? '');
    problems[include.at] = { ...problem, message: `${problem.message}; did you mean ${list}, which the index does not include?` };
    for (const name of named) meantBy.set(name, [...(meantBy.get(name) ?? []), include]);
  }
  return meantBy;
}

/** The slug a file name that is not one gives (`pf_dummynet` → `pf-dummynet`), before any suffix that keeps it apart. */
export function fileNameSlug(base: string): string {
  return slugify(base.replace(/[._\s]+/g, '-'));
}

/** The slug a file's name (without `.adoc`) gives it, before any suffix: the name itself when it is a slug already. */
export function ownSlug(base: string): string {
  return SLUG_RX.test(base) ? base : fileNameSlug(base);
}

/** Whether `slug` is `own` or `own` with a suffix that keeps it apart (`gizmo-driver-2`). */
function isOwnSlug(slug: string, own: string): boolean {
  return slug === own || (slug.startsWith(`${own}-`) && /^\d+$/.test(slug.slice(own.length + 1)));
}

/**
 * Slugs are the file names; a name that is not a lowercase slug (`pf_dummynet`, `FreshPorts`,
 * `pkgbase.live`) is slugified (`pf-dummynet`, `freshports`, `pkgbase-live`) with a warning.
 * Entry ids are stable (DESIGN.md), so a file keeps the slug the content folder published it
 * under (`published`, by file name) while that is still its name's slug; then valid names are
 * reserved, so that a slugified name never takes another file's slug. Two names giving one slug
 * (`acpi_system76.adoc`, `acpi-system76.adoc`) are warned about, naming both.
 */
export function allocateSlugs(names: readonly string[], dir: string, problems: ImportProblem[], published: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const allocator = new SlugAllocator();
  const slugs = new Map<string, string>();
  const bases = names.map((name) => name.replace(/\.adoc$/, ''));
  const owns = bases.map(ownSlug);
  // Each pass gives a slug to the names it has one for and no earlier pass served.
  const reserve = (slugOf: (i: number) => string | undefined): void =>
    names.forEach((name, i) => {
      const slug = slugs.has(name) ? undefined : slugOf(i);
      if (slug !== undefined) slugs.set(name, allocator.allocate(slug));
    });
  reserve((i) => {
    const slug = published.get(names[i] ?? '');
    return slug !== undefined && isOwnSlug(slug, owns[i] ?? '') && !allocator.has(slug) ? slug : undefined;
  });
  reserve((i) => (owns[i] === bases[i] ? owns[i] : undefined));
  reserve((i) => owns[i]);
  const holderOf = new Map([...slugs].map(([name, slug]) => [slug, name]));
  names.forEach((name, i) => {
    const base = bases[i] ?? '';
    const slug = slugs.get(name) ?? '';
    const own = owns[i] ?? '';
    if (!SLUG_RX.test(base)) problems.push({ severity: 'warning', file: `${dir}/${name}`, message: `file name "${base}" is not a lowercase slug; the entry's slug is "${slug}"` });
    const holder = holderOf.get(own);
    if (slug === own || holder === undefined) return;
    const why = published.get(holder) === own ? ' (its entry was published under it)' : '';
    problems.push({
      severity: 'warning',
      file: `${dir}/${name}`,
      message: `file names ${holder} and ${name} both give the slug "${own}": ${holder} keeps it${why}, and this entry's is "${slug}"`,
    });
  });
  return slugs;
}
