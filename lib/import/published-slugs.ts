import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEntryFile } from '../content/serialize';
import { ownSlug } from './adoc/place-entries';

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
