import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseReportId } from '../model';
import type { ImportProblem } from './types';

/** One upstream report found on disk. */
export interface FoundReport {
  id: string;
  /** Absolute path of the file (XML, HTML) or folder (AsciiDoc). */
  path: string;
  /** Path relative to the source it was found in, stored in entries so output is the same on every machine. */
  displayPath: string;
}

export interface DiscoveredSources {
  xml: Map<string, FoundReport>;
  html: Map<string, FoundReport>;
  adoc: Map<string, FoundReport>;
  /** `authors.ent` and `freebsd.ent` of the legacy tree, for `&a.login;` and `&os;`. */
  entityFiles: string[];
  /** `categories-desc.adoc`, for the `{…-desc}` attributes of the AsciiDoc era. */
  categoryDescriptions?: string;
  problems: ImportProblem[];
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.svn', '.next']);
const ENTITY_FILES = new Set(['authors.ent', 'freebsd.ent']);

/**
 * Translations of the reports live beside the English ones (`ja_JP.eucJP/htdocs/…` in the
 * legacy tree, `website/content/ja/…` today); only the English originals are imported.
 */
function isTranslation(dirName: string, parentName: string): boolean {
  if (/^[a-z]{2}_[A-Z]{2}\./.test(dirName)) return !dirName.startsWith('en_US');
  return parentName === 'content' && /^[a-z]{2}(-[a-z]+)?$/.test(dirName) && dirName !== 'en';
}

/**
 * Finds every report under the given sources: a folder laid out like the shared corpus
 * (`xml/`, `html/`, `adoc/`), a freebsd-doc checkout (legacy or today's), a folder of
 * reports, or single report files. Report ids come from upstream file names.
 */
export function discoverSources(sources: readonly string[]): DiscoveredSources {
  const found: Discovery = { xml: new Map(), html: new Map(), adoc: new Map(), entityFiles: [], problems: [], seen: 0 };
  for (const source of sources) {
    const root = path.resolve(source);
    let stat;
    try {
      stat = statSync(root);
    } catch {
      found.problems.push({ severity: 'error', file: source, message: 'no such file or folder' });
      continue;
    }
    const before = found.seen;
    if (stat.isDirectory()) {
      const single = adocReportId(root);
      if (!single) walk(root, root, found);
      else {
        // One report's folder on its own (an editor checking the next report): its categories'
        // descriptions sit beside it, as they do upstream.
        add(found.adoc, { id: single, path: root, displayPath: path.basename(root) }, found, 'AsciiDoc');
        const descriptions = path.join(path.dirname(root), 'categories-desc.adoc');
        if (existsSync(descriptions)) found.categoryDescriptions ??= descriptions;
      }
    } else {
      classifyFile(root, path.dirname(root), found);
      if (root.endsWith('.xml')) found.entityFiles.push(...entityFilesNear(path.dirname(root)));
    }
    if (found.seen === before) {
      found.problems.push({
        severity: 'error',
        file: source,
        message: 'holds no status reports (expected report-*.xml, report-*.html or report-*/ folders of AsciiDoc)',
      });
    }
  }
  found.entityFiles = [...new Set(found.entityFiles)].sort();
  const { seen: _seen, ...discovered } = found;
  return discovered;
}

/** Where entity files sit relative to a folder of XML reports: the corpus's `share/`, a freebsd-doc checkout's `share/xml/`. */
const ENTITY_FOLDERS = ['.', 'share', path.join('share', 'xml')];
/** How far up from a single report file its tree's entity files are looked for. */
const ENTITY_SEARCH_DEPTH = 6;

/**
 * The entity files of the tree a single XML report file was taken from: those of the nearest
 * folder, at or above the file's own, that has any. Without them `&os;` stays in titles, and
 * the slugs made of those titles change.
 */
function entityFilesNear(dir: string): string[] {
  for (let at = dir, depth = 0; depth < ENTITY_SEARCH_DEPTH; at = path.dirname(at), depth++) {
    for (const folder of ENTITY_FOLDERS) {
      const files = [...ENTITY_FILES].map((name) => path.join(at, folder, name)).filter((file) => existsSync(file));
      if (files.length > 0) return files;
    }
    if (path.dirname(at) === at) break;
  }
  return [];
}

/** Discovery in progress: `seen` counts every report file met, duplicates included. */
interface Discovery extends DiscoveredSources {
  seen: number;
}

function walk(dir: string, root: string, found: Discovery): void {
  const names = readdirSync(dir).sort();
  for (const name of names) {
    if (SKIPPED_DIRS.has(name) || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      if (isTranslation(name, path.basename(dir))) continue;
      const id = adocReportId(full);
      const displayPath = path.relative(root, full) || name;
      if (id) {
        add(found.adoc, { id, path: full, displayPath }, found, 'AsciiDoc');
      } else if (isMisnamedReport(name, true) && readdirSync(full).some((f) => f.endsWith('.adoc'))) {
        found.problems.push({ severity: 'error', file: displayPath, message: `folder name is not a report's, so its AsciiDoc files are not imported: ${EXPECTED_NAMES}` });
      } else {
        walk(full, root, found);
      }
    } else {
      classifyFile(full, root, found);
    }
  }
}

/** The report id of a folder of one AsciiDoc report (`report-2024-04-2024-06/` holding `.adoc` files), else none. */
function adocReportId(dir: string): string | undefined {
  const id = /^report-(.+)$/.exec(path.basename(dir))?.[1];
  return id && parseReportId(id) && readdirSync(dir).some((f) => f.endsWith('.adoc')) ? id : undefined;
}

function classifyFile(file: string, root: string, found: Discovery): void {
  const name = path.basename(file);
  const displayPath = path.relative(root, file) || name;
  if (ENTITY_FILES.has(name)) {
    found.entityFiles.push(file);
    return;
  }
  if (name === 'categories-desc.adoc') {
    found.categoryDescriptions ??= file;
    return;
  }
  const m = /^report-(.+)\.(xml|html)$/.exec(name);
  if (!m?.[1] || !parseReportId(m[1])) {
    if (isMisnamedReport(name, false)) found.problems.push({ severity: 'error', file: displayPath, message: `file name is not a report's, so it is not imported: ${EXPECTED_NAMES}` });
    return;
  }
  const target = m[2] === 'xml' ? found.xml : found.html;
  add(target, { id: m[1], path: file, displayPath }, found, m[2] === 'xml' ? 'XML' : 'HTML');
}

/** What a report's file or folder is called upstream, said where a name misses it. */
const EXPECTED_NAMES = 'expected report-YYYY-MM.xml or .html, report-YYYY-MM-YYYY-MM.xml or .html, or a folder report-YYYY-MM-YYYY-MM/ (e.g. report-2024-01-2024-03)';

/** Authoring templates upstream keeps beside the reports (`report-sample.xml`, `report-template.xml`), not reports. */
const TEMPLATE_NAMES = /^report-(sample|template)(\.[a-z]+)?$/i;

/**
 * A name made like a report's that gives no report id (`report-2024Q1/`, `report-2019-Q4.xml`,
 * `report-2020-10-2020-12.htm`): an editor's slip that would lose a whole quarter unseen. Other
 * files named `report-…` (a backup `….xml~`, `….orig`, notes) are not reports, and are left alone.
 */
function isMisnamedReport(name: string, folder: boolean): boolean {
  if (TEMPLATE_NAMES.test(name)) return false;
  if (folder) {
    const id = /^report-(.+)$/.exec(name)?.[1];
    return id !== undefined && !parseReportId(id);
  }
  const m = /^report-(.+)\.(xml|html?|adoc)$/i.exec(name);
  if (!m?.[1] || !m[2]) return false;
  return !/^(xml|html)$/.test(m[2]) || !parseReportId(m[1]);
}

function add(target: Map<string, FoundReport>, report: FoundReport, found: Discovery, kind: string): void {
  found.seen++;
  const existing = target.get(report.id);
  if (existing) {
    found.problems.push({
      severity: 'warning',
      file: report.path,
      message: `report ${report.id} was already found as ${kind} at ${existing.path}; this copy is ignored`,
    });
    return;
  }
  target.set(report.id, report);
}
