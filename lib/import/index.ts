import { availableParallelism } from 'node:os';
import path from 'node:path';
import { checkpoint } from '../content/checkpoint';
import { beginSwap, FolderSwapError, type FolderSwap } from '../content/swap';
import type { ReportFolder } from '../content/write';
import type { Entry, Report, SourceFormat } from '../model';
import type { ReportAgreement } from './agreement';
import { discoverSources } from './discover';
import { unfitOutFolder } from './out-folder';
import { publishedSlugsIn } from './published-slugs';
import { planReads, type Plan } from './plan';
import { readPlans } from './read-plans';
import type { ImportProblem } from './types';
import { writeImport, type FolderCounts } from './write-import';

export { formatProblem, type ImportProblem } from './types';
export { discoverSources } from './discover';

export interface ImportOptions {
  /**
   * Where to write the content folder; nothing is written when omitted. The new folder is
   * written beside it and swapped in whole; what the import does not produce is carried over.
   */
  outDir?: string;
  /**
   * Runs on the new folder before it is swapped in, to record what is derived from the whole
   * of it (the slug ledgers), so that the records are replaced together with the content.
   */
  publish?: (contentDir: string) => void;
  /**
   * Warn where the XML of a report and the page rendered from it disagree on its entries (the
   * page is read anyway, for its later corrections). Off by default: the corpus tests check it.
   */
  crossCheck?: boolean;
  /**
   * Take a read without errors as whole even where it withdraws most of a report's published
   * entries: by default such a read is doubted, and their files kept.
   */
  acceptWithdrawals?: boolean;
  /** Threads to read on (default: up to 2, as the machine allows); 1 reads on this thread only. */
  threads?: number;
  /** Called as reports are read, for a progress display. */
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
  /**
   * What the content folder holds after the import, where one was written: more than was read
   * where files were kept from before (reports not among the sources or not readable, entries of
   * a report read with errors, an editor's own).
   */
  folder?: FolderCounts;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * What an import did, in a line: what it read and, where the folder holds more (an editor's own
 * entries, reports not read this time), all it holds, since the site shows the folder, not the read.
 */
export function describeImport(summary: ImportSummary, outDir: string, seconds: string): string {
  const { xml, html, adoc } = summary.entriesByFormat;
  const read = `Imported ${summary.reports.length} reports, ${summary.entries} entries (${xml} from XML, ${html} from HTML, ${adoc} from AsciiDoc) into ${outDir} in ${seconds} s`;
  const folder = summary.folder;
  if (!folder) return read;
  const keptEntries = folder.entries - summary.entries;
  const keptReports = folder.reports - summary.reports.length;
  if (keptEntries <= 0 && keptReports <= 0) return read;
  const kept = [...(keptReports > 0 ? [plural(keptReports, 'report')] : []), ...(keptEntries > 0 ? [plural(keptEntries, 'entry', 'entries')] : [])].join(' and ');
  return `${read}; the folder now holds ${plural(folder.reports, 'report')} and ${plural(folder.entries, 'entry', 'entries')}, of which ${kept} ${keptReports + keptEntries === 1 ? 'was' : 'were'} kept from before`;
}

/** Problems for a report whose XML and rendered HTML disagree; agreement is the rule. */
function agreementProblems(plan: Plan, agreement: ReportAgreement): ImportProblem[] {
  const titles = [
    ...agreement.titlesOnlyInFirst.map((t) => `only in XML: "${t}"`),
    ...agreement.titlesOnlyInSecond.map((t) => `only in HTML: "${t}"`),
  ];
  if (titles.length === 0) return [];
  const file = plan.renderedPage?.displayPath ?? plan.found.displayPath;
  return [{ severity: 'warning', file, message: `XML and HTML disagree on which entries the report holds (the XML is kept): ${titles.join('; ')}` }];
}

/**
 * Imports every report found under `sources` and, given `outDir`, writes the content folder.
 * Every good entry is kept whatever else fails, and a report read with errors never loses the
 * entry files an earlier import wrote for it; every problem names its file and line.
 */
export async function importReports(sources: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  // Taken first: a folder another import is writing fails at once, and what the last import
  // replaced is removed while this one reads.
  const unfit = options.outDir === undefined ? undefined : unfitOutFolder(options.outDir, sources);
  if (unfit !== undefined) throw new FolderSwapError(unfit);
  const swap = options.outDir ? beginSwap(options.outDir) : undefined;
  try {
    return await readAndWrite(sources, options, swap);
  } finally {
    swap?.release();
  }
}

async function readAndWrite(sources: readonly string[], options: ImportOptions, swap: FolderSwap | undefined): Promise<ImportSummary> {
  const discovered = discoverSources(sources);
  const problems: ImportProblem[] = [...discovered.problems];
  if (discovered.xml.size > 0 && discovered.entityFiles.length === 0) {
    problems.push({
      severity: 'warning',
      file: sources.join(', '),
      message: 'no authors.ent/freebsd.ent found beside the XML reports: &a.login; references cannot be expanded',
    });
  }
  // One quarter as XML and as AsciiDoc: the XML is read; say so, rather than drop a folder unseen.
  for (const [id, adoc] of discovered.adoc) {
    const xml = discovered.xml.get(id);
    if (xml) problems.push({ severity: 'warning', file: adoc.displayPath, message: `report ${id} was found as XML too (${xml.displayPath}); the XML is read and this folder is ignored` });
  }
  // Entry ids published before stay with their entries where AsciiDoc file names, or same titles, give one slug;
  // an AsciiDoc entry that lost its title line keeps its published title.
  const plans = planReads(discovered, options.crossCheck ?? false).map((plan) => {
    const published = options.outDir === undefined ? plan : { ...plan, publishedDir: path.join(options.outDir, plan.id) };
    return plan.format === 'adoc' ? { ...published, publishedSlugs: publishedSlugsIn(options.outDir, plan.id, plan.found.path) } : published;
  });
  const threads = options.threads ?? Math.min(2, availableParallelism());
  const read = await readPlans(
    plans,
    { entityFiles: discovered.entityFiles, categoryDescriptionsFile: discovered.categoryDescriptions },
    threads,
    options.onProgress ?? (() => undefined),
  );

  const summary: ImportSummary = {
    reports: [],
    entries: 0,
    entriesByFormat: { xml: 0, html: 0, adoc: 0, markdown: 0 },
    agreement: new Map(),
    problems,
  };
  const folders: ReportFolder[] = [];
  const unread: Plan[] = [];
  plans.forEach((plan, index) => {
    const planResult = read[index];
    if (!planResult) return;
    const { agreement, result } = planResult;
    problems.push(...result.problems);
    if (agreement) {
      summary.agreement.set(plan.id, agreement);
      problems.push(...agreementProblems(plan, agreement));
    }
    if (!result.report) {
      unread.push(plan);
      return;
    }
    const entries = result.entries.map((entry, order) => ({ ...entry, order }));
    summary.reports.push({ report: result.report, entries, format: plan.format });
    summary.entries += entries.length;
    summary.entriesByFormat[plan.format] += entries.length;
    folders.push({ report: result.report, entries, partial: result.problems.some((p) => p.severity === 'error') });
  });
  checkpoint('read');
  // No report found at all (a mistyped source): the content folder is left as it was, or not made.
  if (plans.length === 0 && options.outDir) {
    problems.push({ severity: 'error', file: options.outDir, message: 'no report to import, so nothing was written here' });
  } else if (swap && options.outDir) {
    const written = await writeImport(options.outDir, swap, folders, unread, options.publish, { acceptWithdrawals: options.acceptWithdrawals ?? false });
    problems.push(...written.problems);
    summary.folder = written.holds;
  }
  return summary;
}
