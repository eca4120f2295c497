import path from 'node:path';

/** The content folder: the explicit one, else `KB_CONTENT_DIR`, else `content/` in the working directory. */
export function resolveContentDir(explicit?: string): string {
  // The folder is chosen at run time; the ignore comment keeps Turbopack from tracing the whole project.
  return path.resolve(/*turbopackIgnore: true*/ explicit ?? process.env.KB_CONTENT_DIR ?? 'content');
}

export const REPORT_FILE = '_report.md';
export const PROJECTS_FILE = 'projects.yml';
export const SUBJECTS_FILE = 'subjects.yml';

/** The file of an entry in a content folder: `<report id>/<slug>.md`. */
export function entryFile(dir: string, entry: { report: string; slug: string }): string {
  return path.join(dir, entry.report, `${entry.slug}.md`);
}
