import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Entry, Report } from '../model';
import { REPORT_FILE } from './paths';
import { serializeEntry, serializeReport } from './serialize';

/**
 * Writes one report folder: `_report.md` and one file per entry. Markdown files of an
 * earlier import that this one no longer produces are removed, so a re-import mirrors the
 * source; anything else in the folder is left alone.
 */
export function writeReportFolder(outDir: string, report: Report, entries: readonly Entry[]): void {
  const dir = path.join(outDir, report.id);
  mkdirSync(dir, { recursive: true });
  const written = new Set<string>([REPORT_FILE]);
  writeFileSync(path.join(dir, REPORT_FILE), serializeReport(report));
  for (const entry of entries) {
    const name = `${entry.slug}.md`;
    written.add(name);
    writeFileSync(path.join(dir, name), serializeEntry(entry));
  }
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.md') && !written.has(name)) rmSync(path.join(dir, name));
  }
}
