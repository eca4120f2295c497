import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareReportIds, type SourceFormat } from '../model';
import { ADOC_EXTENSION_RX } from './adoc/place-entries';
import { parseCategoryDescriptions, readAdocReport } from './adoc/read-adoc-report';
import { compareReadings, type ReportAgreement } from './agreement';
import type { DiscoveredSources, FoundReport } from './discover';
import { readHtmlReport } from './html/read-html-report';
import { decodeUtf8Bytes } from './decode';
import { applyLaterCorrections } from './later-corrections';
import { keepPublishedIds, publishedAdocTitle } from './published-slugs';
import type { ImportProblem, ReaderResult } from './types';
import { createEntityTable, type EntityTable } from './xml/entities';
import { readXmlReport } from './xml/read-xml-report';

/** One report to read: which source, in which format. Plain data, so a worker thread can take it. */
export interface Plan {
  id: string;
  format: SourceFormat;
  found: FoundReport;
  /**
   * The page upstream rendered from a report read from XML: it carries corrections made after the
   * XML's last commit, and, with `crossCheck`, is compared with it entry by entry.
   */
  renderedPage?: FoundReport;
  crossCheck?: boolean;
  /** For an AsciiDoc report: the slug the content folder published each entry file under, by file name. */
  publishedSlugs?: Record<string, string>;
  /**
   * The report's folder in the content folder imported into: an XML or HTML report's entry ids stay
   * theirs, and an AsciiDoc entry that lost its title line keeps the title published there.
   */
  publishedDir?: string;
}

/** Where the shared inputs of every read come from; plain data, for worker threads. */
export interface ReadContextSource {
  entityFiles: string[];
  categoryDescriptionsFile?: string;
}

/** What every read needs besides its own files: the entity table and the category texts. */
export interface ReadContext {
  entities: EntityTable;
  categoryDescriptions: ReadonlyMap<string, string>;
}

export interface PlanResult {
  result: ReaderResult;
  agreement?: ReportAgreement;
}

/** Which file to read for each report: XML first, then AsciiDoc, then the rendered HTML. */
export function planReads(sources: DiscoveredSources, crossCheck: boolean): Plan[] {
  const ids = new Set([...sources.xml.keys(), ...sources.html.keys(), ...sources.adoc.keys()]);
  const plans: Plan[] = [];
  for (const id of [...ids].sort(compareReportIds)) {
    const xml = sources.xml.get(id);
    const adoc = sources.adoc.get(id);
    const html = sources.html.get(id);
    // The XML is the richer source (people, links and tasks are marked up); the page rendered from it corrects and checks it.
    if (xml) plans.push({ id, format: 'xml', found: xml, ...(html ? { renderedPage: html, crossCheck } : {}) });
    else if (adoc) plans.push({ id, format: 'adoc', found: adoc });
    else if (html) plans.push({ id, format: 'html', found: html });
  }
  return plans;
}

export async function createReadContext(source: ReadContextSource): Promise<ReadContext> {
  return {
    entities: createEntityTable(...source.entityFiles.map((f) => readFileSync(f, 'utf8'))),
    categoryDescriptions: source.categoryDescriptionsFile
      ? await parseCategoryDescriptions(readFileSync(source.categoryDescriptionsFile, 'utf8'))
      : new Map<string, string>(),
  };
}

async function readAdocFolder(plan: Plan, categoryDescriptions: ReadonlyMap<string, string>): Promise<ReaderResult> {
  const { found, publishedSlugs = {}, publishedDir } = plan;
  const files = new Map<string, string>();
  const unreadable = new Set<string>();
  const fileProblems: ImportProblem[] = [];
  for (const name of readdirSync(found.path).sort()) {
    const full = path.join(found.path, name);
    if (!ADOC_EXTENSION_RX.test(name)) continue;
    let bytes: Buffer;
    try {
      if (!statSync(full).isFile()) continue;
      bytes = readFileSync(full);
    } catch (error) {
      // One file that cannot be read (a link to nothing, no permission) costs its own entry, not the quarter's.
      fileProblems.push({ severity: 'error', file: `${found.displayPath}/${name}`, message: `could not be read, so its entry is not imported: ${(error as Error).message}` });
      unreadable.add(name);
      continue;
    }
    const decoded = decodeUtf8Bytes(bytes);
    files.set(name, decoded.text);
    for (const n of decoded.notes) fileProblems.push({ severity: 'warning', file: `${found.displayPath}/${name}`, ...n });
  }
  const result = await readAdocReport({
    reportId: found.id,
    dir: found.displayPath,
    files,
    categoryDescriptions,
    publishedSlugs: new Map(Object.entries(publishedSlugs)),
    unreadable,
    ...(publishedDir === undefined ? {} : { publishedTitle: (slug: string, name: string) => publishedAdocTitle(publishedDir, slug, name) }),
  });
  return { ...result, problems: [...fileProblems, ...result.problems] };
}

async function readOne(plan: Plan, context: ReadContext): Promise<ReaderResult> {
  switch (plan.format) {
    case 'xml':
      return readXmlReport({ path: plan.found.displayPath, bytes: readFileSync(plan.found.path), reportId: plan.id, entities: context.entities });
    case 'html':
      return readHtmlReport({ path: plan.found.displayPath, bytes: readFileSync(plan.found.path), reportId: plan.id });
    case 'adoc':
      return readAdocFolder(plan, context.categoryDescriptions);
    case 'markdown':
      throw new Error('Markdown content is loaded, not imported');
  }
}

/** Reads one report; for XML, its rendered page too, taking the page's later corrections and, with a cross-check, comparing the two. */
export async function readPlan(plan: Plan, context: ReadContext): Promise<PlanResult> {
  const read = await readWithCorrections(plan, context);
  if (plan.format === 'adoc' || !read.result.report) return read;
  const kept = keepPublishedIds(plan.id, read.result.entries, plan.publishedDir);
  const notes = kept.notes.map((note): ImportProblem => ({ ...note, file: plan.found.displayPath }));
  return { ...read, result: { ...read.result, entries: kept.entries, problems: [...read.result.problems, ...notes] } };
}

async function readWithCorrections(plan: Plan, context: ReadContext): Promise<PlanResult> {
  let result: ReaderResult;
  try {
    result = await readOne(plan, context);
  } catch (error) {
    // One report a reader cannot take (nested 50,000 elements deep, say) is an error on its file,
    // never the end of the import: every other report still comes in.
    const reason = error instanceof Error ? error.message : String(error);
    return { result: { entries: [], problems: [{ severity: 'error', file: plan.found.displayPath, message: `could not be read: ${reason}` }] } };
  }
  if (!plan.renderedPage || !result.report) return { result };
  let bytes: Buffer;
  try {
    bytes = readFileSync(plan.renderedPage.path);
  } catch (error) {
    // The page only corrects the XML: without it, the report comes in as its XML reads.
    const problem: ImportProblem = { severity: 'warning', file: plan.renderedPage.displayPath, message: `could not be read, so the XML's entries are taken as they are: ${(error as Error).message}` };
    return { result: { ...result, problems: [...result.problems, problem] } };
  }
  const page = readHtmlReport({ path: plan.renderedPage.displayPath, bytes, reportId: plan.id });
  const corrected = applyLaterCorrections(result.entries, page.entries);
  result = { ...result, entries: corrected.entries, problems: [...result.problems, ...corrected.problems] };
  return plan.crossCheck ? { result, agreement: compareReadings(result.entries, page.entries) } : { result };
}
