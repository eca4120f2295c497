import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { entryMarks } from '../content/entry-marks';
import { REPORT_FILE } from '../content/paths';
import { parseEntryFile } from '../content/serialize';
import { slugify, type Entry } from '../model';
import { ownSlug } from './adoc/place-entries';
import type { ReaderNote } from './types';

/**
 * The slug each AsciiDoc entry file of a report was published under, by file name, read from
 * the content folder an import writes into (none if it has no such report). Entry ids are
 * stable (DESIGN.md): the reader gives these back where two file names of the report's source
 * folder give one slug (`allocateSlugs`); elsewhere they decide nothing, and are not read.
 */
export function publishedSlugsIn(contentDir: string | undefined, reportId: string, sourceDir: string): Record<string, string> {
  const published: Record<string, string> = {};
  const dir = contentDir === undefined ? undefined : path.join(contentDir, reportId);
  const adocNames = adocFileNames(sourceDir);
  const clash = new Set(adocNames.map((name) => ownSlug(name.slice(0, -'.adoc'.length)))).size < adocNames.length;
  if (!clash || dir === undefined || !existsSync(dir)) return published;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.md')) continue;
    const file = path.join(dir, name);
    const text = textOf(file);
    const parsed = text === undefined ? undefined : parseEntryFile(text, file, name.slice(0, -'.md'.length));
    if (parsed?.ok && parsed.value.source?.format === 'adoc') published[path.basename(parsed.value.source.file)] = parsed.value.slug;
  }
  return published;
}

/**
 * The title an AsciiDoc entry file's entry was published under in a report's folder of the content
 * folder (`publishedDir/slug.md`): none where that file is missing, does not parse, or came from
 * another source (an editor's entry, another file of the quarter).
 */
export function publishedAdocTitle(publishedDir: string, slug: string, fileName: string): string | undefined {
  const file = path.join(publishedDir, `${slug}.md`);
  const text = textOf(file);
  const parsed = text === undefined ? undefined : parseEntryFile(text, file, slug);
  if (!parsed?.ok || parsed.value.source.format !== 'adoc' || path.basename(parsed.value.source.file) !== fileName) return undefined;
  return parsed.value.title;
}

/** A published file's text; none if it cannot be read (it published nothing this import can keep). */
function textOf(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The `.adoc` names of a folder; none if it cannot be listed (reading the report says why, at its file). */
function adocFileNames(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.adoc'));
  } catch {
    return [];
  }
}

/** The ids a report's same-titled entries were given, and the notes saying where they were kept. */
export interface KeptIds {
  entries: Entry[];
  notes: ReaderNote[];
}

/**
 * Same-titled entries of an XML or HTML report, with the slugs their report's folder published
 * them under (`publishedDir`) where a mark of theirs is unchanged. Their slug is the title's, made
 * unique in document order (DESIGN.md), so a new entry placed before a published one of the same
 * title, or the first of two removed, would take the other's address and serve it silently; the
 * published entry keeps its number instead, and a new one takes the next free. The whole report
 * is matched at once: "Foo 2" and a second "Foo" both give `foo-2`.
 */
export function keepPublishedIds(reportId: string, entries: readonly Entry[], publishedDir: string | undefined): KeptIds {
  const published = publishedDir === undefined ? [] : entryFileSlugs(publishedDir);
  const notes: ReaderNote[] = [];
  const bases = entries.map((e) => slugify(e.title));
  const familyOf = (base: string): string[] => published.filter((slug) => slug === base || numberedFrom(base, slug));
  // Only where titles repeat, or a number was published, can document order move an id.
  const repeats = new Set(bases).size < bases.length || bases.some((base) => familyOf(base).some((slug) => slug !== base));
  if (publishedDir === undefined || !repeats) return { entries: [...entries], notes };
  const candidates = [...new Set(bases.flatMap(familyOf))].sort((a, b) => numberOf(a) - numberOf(b) || (a < b ? -1 : a > b ? 1 : 0));
  const kept = matchPublished(entries, readPublished(publishedDir, candidates), (e, slug) => familyOf(bases[e]!).includes(slug));
  // A number published for an entry no longer found is not given to a new one: its address would serve another entry.
  const taken = new Set([...kept.filter((slug): slug is string => slug !== undefined), ...candidates.filter((slug) => !bases.includes(slug))]);
  const slugs = entries.map((_, i) => {
    const own = kept[i];
    if (own !== undefined) return own;
    const base = bases[i]!;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
  const result = entries.map((entry, i) => {
    const slug = slugs[i]!;
    if (slug === entry.slug) return entry;
    const message =
      kept[i] === undefined
        ? `entry "${entry.title}" is ${reportId}/${slug}, not ${entry.slug}: the ids published before stay with their entries`
        : `entry "${entry.title}" keeps the id it was published under, ${reportId}/${slug}, where the order of the same-titled entries would give ${entry.slug}`;
    notes.push({ severity: 'warning', message });
    return { ...entry, slug, id: `${reportId}/${slug}` };
  });
  return { entries: result, notes };
}

/** Whether `slug` is `base` made unique by a number (`base-2`, `base-3`…). */
const numberedFrom = (base: string, slug: string): boolean => slug.startsWith(`${base}-`) && /^([2-9]|[1-9]\d+)$/.test(slug.slice(base.length + 1));

/** The number that made a slug unique. */
const numberOf = (slug: string): number => Number(/-(\d+)$/.exec(slug)?.[1] ?? 1);

/** The slugs of the entry files of a published report folder; none if it has none. */
function entryFileSlugs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md') && name !== REPORT_FILE)
      .map((name) => name.slice(0, -'.md'.length));
  } catch {
    return [];
  }
}

/** The published entries under these slugs, with their marks; a file that does not parse published nothing to match. */
function readPublished(dir: string, slugs: readonly string[]): { slug: string; marks: Set<string> }[] {
  return slugs.flatMap((slug) => {
    const file = path.join(dir, `${slug}.md`);
    const text = textOf(file);
    const parsed = text === undefined ? undefined : parseEntryFile(text, file, slug);
    return parsed?.ok ? [{ slug, marks: new Set(entryMarks(parsed.value)) }] : [];
  });
}

/**
 * For each entry, the published slug it keeps, if any: pairs sharing the most marks first, a
 * shared text or links counting over a shared title (every same-titled entry shares that one);
 * ties go to document order, then to the lower number, which is how the slugs were first given.
 */
function matchPublished(
  entries: readonly Entry[],
  published: readonly { slug: string; marks: Set<string> }[],
  mayKeep: (entry: number, slug: string) => boolean,
): (string | undefined)[] {
  const pairs: { entry: number; slug: number; score: number }[] = [];
  entries.forEach((entry, e) => {
    published.forEach((p, s) => {
      if (!mayKeep(e, p.slug)) return;
      const score = entryMarks(entry).reduce((sum, mark) => sum + (p.marks.has(mark) ? (mark.startsWith('title:') ? 1 : 2) : 0), 0);
      if (score > 0) pairs.push({ entry: e, slug: s, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.entry - b.entry || a.slug - b.slug);
  const kept: (string | undefined)[] = entries.map(() => undefined);
  const used = new Set<number>();
  for (const pair of pairs) {
    if (kept[pair.entry] !== undefined || used.has(pair.slug)) continue;
    kept[pair.entry] = published[pair.slug]!.slug;
    used.add(pair.slug);
  }
  return kept;
}
