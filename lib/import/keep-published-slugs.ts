import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEntryFile } from '../content/serialize';
import { fileNameSlug } from './adoc/place-entries';
import type { ReaderResult } from './types';

/** The source file (its name) of the entry a content folder published under a slug, if any. */
export type PublishedFileOf = (reportId: string, slug: string) => string | undefined;

/** What a content folder published: read from its entry files, only for the slugs asked about. */
export function publishedFilesIn(contentDir: string | undefined): PublishedFileOf {
  return (reportId, slug) => {
    if (contentDir === undefined) return undefined;
    const file = path.join(contentDir, reportId, `${slug}.md`);
    if (!existsSync(file)) return undefined;
    const parsed = parseEntryFile(readFileSync(file, 'utf8'), file, slug);
    return parsed.ok && parsed.value.source ? path.basename(parsed.value.source.file) : undefined;
  };
}

/**
 * Two AsciiDoc file names that give one slug (`acpi_system76.adoc`, `acpi-system76.adoc`): the
 * reader gives the plain slug to the name that is a slug already and a suffix to the other.
 * Entry ids are stable (DESIGN.md), so where the content folder published that slug for the
 * other file, the two swap: the published entry keeps its id, and the newcomer takes the
 * suffix. Either way a warning names both files.
 */
export function keepPublishedSlugs(result: ReaderResult, publishedFileOf: PublishedFileOf): ReaderResult {
  const { entries } = result;
  const out = [...entries];
  let problems = [...result.problems];
  const indexOf = new Map(entries.map((e, i) => [e.slug, i]));
  // Read from the entries as given, written to `out`: a swap never feeds another.
  entries.forEach((suffixed, j) => {
    const base = /^(.+)-\d+$/.exec(suffixed.slug)?.[1];
    const i = base === undefined ? undefined : indexOf.get(base);
    const plain = i === undefined ? undefined : entries[i];
    if (base === undefined || i === undefined || plain === undefined || suffixed.source?.format !== 'adoc' || plain.source?.format !== 'adoc') return;
    const [plainFile, suffixedFile] = [plain.source.file, suffixed.source.file];
    // Only a clash of file names: "zfs-2.adoc" beside "zfs.adoc" is a slug of its own.
    if (clashKey(plainFile) !== clashKey(suffixedFile)) return;
    const swap = publishedFileOf(plain.report, base) === path.basename(suffixedFile);
    const [keeper, newcomer] = swap ? [suffixedFile, plainFile] : [plainFile, suffixedFile];
    if (swap) {
      // Each entry stays at its place in the report; only the slugs change hands.
      out[i] = { ...plain, slug: suffixed.slug, id: suffixed.id };
      out[j] = { ...suffixed, slug: plain.slug, id: plain.id };
      // The reader's own word on the slug it gave (a file name that is no slug) follows the swap.
      problems = problems.map((p) => (p.file === keeper ? { ...p, message: p.message.replace(`slug is "${suffixed.slug}"`, `slug is "${base}"`) } : p));
    }
    problems.push({
      severity: 'warning',
      file: newcomer,
      message: `file names ${path.basename(keeper)} and ${path.basename(newcomer)} both give the slug "${base}": ${path.basename(keeper)} keeps it${swap ? ' (its entry was published under it)' : ''}, and this entry's is "${suffixed.slug}"`,
    });
  });
  return { ...result, entries: out, problems };
}

/** The slug a file name gives before any suffix, as the AsciiDoc reader makes it. */
function clashKey(file: string): string {
  return fileNameSlug(path.basename(file, '.adoc'));
}
