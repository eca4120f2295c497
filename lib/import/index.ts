import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeReportFolder } from '../content/write';
import { compareReportIds, type Entry, type Report, type SourceFormat } from '../model';
import { readAdocReport, parseCategoryDescriptions } from './adoc/read-adoc-report';
import { compareReadings, type ReportAgreement } from './agreement';
import { discoverSources, type DiscoveredSources, type FoundReport } from './discover';
import { readHtmlReport } from './html/read-html-report';
import type { ImportProblem, ReaderResult } from './types';
import { createEntityTable, type EntityTable } from './xml/entities';
import { readXmlReport } from './xml/read-xml-report';

export { formatProblem, type ImportProblem } from './types';
export { discoverSources } from './discover';

export interface ImportOptions {
  /** Where to write the content folder; nothing is written when omitted. */
  outDir?: string;
  /**
   * Also read the rendered HTML of every report imported from XML and warn where the two
   * disagree. Off by default: it doubles the import time, and the corpus tests check it.
   */
  crossCheck?: boolean;
  /** Called before each report is read, for a progress display. */
  onProgress?: (done: number, total: number, reportId: string) => void;
}

export interface ImportedReport {
  report: Report;
  entries: Entry[];
  format: SourceFormat;
}

export interface ImportSummary {
  reports: ImportedReport[];
  entries: number;
  entriesByFormat: Record<SourceFormat, number>;
  /** Reports read both from XML and from HTML, and how the two readings agree. */
  agreement: Map<string, ReportAgreement>;
  problems: ImportProblem[];
}

interface Plan {
  id: string;
  format: SourceFormat;
  found: FoundReport;
  /** The rendered HTML of a report also read from XML, to check that the two agree. */
  crossCheck?: FoundReport;
}

function planReads(sources: DiscoveredSources, crossCheck: boolean): Plan[] {
  const ids = new Set([...sources.xml.keys(), ...sources.html.keys(), ...sources.adoc.keys()]);
  const plans: Plan[] = [];
  for (const id of [...ids].sort(compareReportIds)) {
    const xml = sources.xml.get(id);
    const adoc = sources.adoc.get(id);
    const html = sources.html.get(id);
    // The XML is the richer source (people, links and tasks are marked up); the page rendered from it only checks it.
    if (xml) plans.push({ id, format: 'xml', found: xml, crossCheck: crossCheck ? html : undefined });
    else if (adoc) plans.push({ id, format: 'adoc', found: adoc });
    else if (html) plans.push({ id, format: 'html', found: html });
  }
  return plans;
}

function loadEntities(sources: DiscoveredSources): EntityTable {
  return createEntityTable(...sources.entityFiles.map((f) => readFileSync(f, 'utf8')));
}

function readAdocFolder(found: FoundReport, categoryDescriptions: ReadonlyMap<string, string>): Promise<ReaderResult> {
  const files = new Map<string, string>();
  for (const name of readdirSync(found.path).sort()) {
    const full = path.join(found.path, name);
    if (name.endsWith('.adoc') && statSync(full).isFile()) files.set(name, readFileSync(full, 'utf8'));
  }
  return readAdocReport({ reportId: found.id, dir: found.displayPath, files, categoryDescriptions });
}

/** Problems for a report whose XML and rendered HTML disagree; agreement is the rule. */
function agreementProblems(plan: Plan, agreement: ReportAgreement): ImportProblem[] {
  const file = plan.crossCheck?.displayPath ?? plan.found.displayPath;
  const problems: ImportProblem[] = [];
  const titles = [...agreement.titlesOnlyInFirst.map((t) => `only in XML: "${t}"`), ...agreement.titlesOnlyInSecond.map((t) => `only in HTML: "${t}"`)];
  if (titles.length > 0) {
    problems.push({ severity: 'warning', file, message: `XML and HTML disagree on entry titles: ${titles.join('; ')}` });
  }
  return problems;
}

/**
 * Imports every report found under `sources` and, given `outDir`, writes the content folder.
 * Every good entry is kept whatever else fails; every problem names its file and line.
 */
export async function importReports(sources: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const discovered = discoverSources(sources);
  const problems: ImportProblem[] = [...discovered.problems];
  const plans = planReads(discovered, options.crossCheck ?? false);
  const entities = discovered.xml.size > 0 ? loadEntities(discovered) : new Map<string, string>();
  if (discovered.xml.size > 0 && discovered.entityFiles.length === 0) {
    problems.push({
      severity: 'warning',
      file: sources.join(', '),
      message: 'no authors.ent/freebsd.ent found beside the XML reports: &a.login; references cannot be expanded',
    });
  }
  const categoryDescriptions = discovered.categoryDescriptions
    ? await parseCategoryDescriptions(readFileSync(discovered.categoryDescriptions, 'utf8'))
    : new Map<string, string>();

  const summary: ImportSummary = {
    reports: [],
    entries: 0,
    entriesByFormat: { xml: 0, html: 0, adoc: 0, markdown: 0 },
    agreement: new Map(),
    problems,
  };
  for (const [index, plan] of plans.entries()) {
    options.onProgress?.(index, plans.length, plan.id);
    const result = await readPlan(plan, entities, categoryDescriptions);
    problems.push(...result.problems);
    if (plan.crossCheck && result.report) {
      const html = readHtmlReport({ path: plan.crossCheck.displayPath, bytes: readFileSync(plan.crossCheck.path), reportId: plan.id });
      const agreement = compareReadings(result.entries, html.entries);
      summary.agreement.set(plan.id, agreement);
      problems.push(...agreementProblems(plan, agreement));
    }
    if (!result.report) continue;
    const entries = result.entries.map((entry, order) => ({ ...entry, order }));
    summary.reports.push({ report: result.report, entries, format: plan.format });
    summary.entries += entries.length;
    summary.entriesByFormat[plan.format] += entries.length;
    if (options.outDir) writeReportFolder(options.outDir, result.report, entries);
  }
  options.onProgress?.(plans.length, plans.length, '');
  return summary;
}

function readPlan(plan: Plan, entities: EntityTable, categoryDescriptions: ReadonlyMap<string, string>): ReaderResult | Promise<ReaderResult> {
  switch (plan.format) {
    case 'xml':
      return readXmlReport({ path: plan.found.displayPath, bytes: readFileSync(plan.found.path), reportId: plan.id, entities });
    case 'html':
      return readHtmlReport({ path: plan.found.displayPath, bytes: readFileSync(plan.found.path), reportId: plan.id });
    case 'adoc':
      return readAdocFolder(plan.found, categoryDescriptions);
    case 'markdown':
      throw new Error('Markdown content is loaded, not imported');
  }
}
