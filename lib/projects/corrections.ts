import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { PROJECTS_FILE } from '../content/paths';
import type { ContentProblem } from '../content/serialize';
import { SlugSchema } from '../model';

/** A project named by its slug, or by one of its entries' ids (`<report id>/<entry slug>`). */
const ProjectRefSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, 'expected a project slug or an entry id');
const EntryIdSchema = z.string().regex(/^[0-9a-z-]+\/[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an entry id such as 2014-01-2014-03/bhyve');

/**
 * `projects.yml`: an editor's corrections to the automatic threading, applied in this order:
 * pins, merges, splits, renames; then extra redirects.
 */
export const CorrectionsSchema = z
  .object({
    /** Entry id → the project it belongs to (slug of an existing project, or a new one). */
    pin: z.record(EntryIdSchema, SlugSchema).optional(),
    /** Each list is one project; the first keeps its slug, the others redirect to it. */
    merge: z.array(z.array(ProjectRefSchema).min(2, 'a merge needs at least two projects')).optional(),
    /** Entries taken out of their project into a new one. */
    split: z.array(z.object({ slug: SlugSchema, title: z.string().min(1).optional(), entries: z.array(EntryIdSchema).min(1) }).strict()).optional(),
    /** A project's new slug and/or name; its old slug redirects. */
    rename: z
      .array(z.object({ from: ProjectRefSchema, slug: SlugSchema.optional(), title: z.string().min(1).optional() }).strict())
      .optional(),
    /** Old slug → current slug, for links published before a change the file no longer shows. */
    redirects: z.record(SlugSchema, SlugSchema).optional(),
  })
  .strict();

export type Corrections = z.infer<typeof CorrectionsSchema>;

/** Where in `projects.yml` a correction was written, for error messages. */
export type LocateCorrection = (keyPath: readonly (string | number)[]) => number | undefined;

export interface LoadedCorrections {
  file: string;
  corrections: Corrections;
  locate: LocateCorrection;
  problems: ContentProblem[];
}

const none = (file: string): LoadedCorrections => ({ file, corrections: {}, locate: () => undefined, problems: [] });

/** Parses `projects.yml` text. A bad file is a problem naming its line; its corrections are then ignored. */
export function parseCorrections(text: string, file: string): LoadedCorrections {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ...none(file),
      problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: `not valid YAML: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}` })),
    };
  }
  const locate: LocateCorrection = (keyPath) => {
    for (let depth = keyPath.length; depth >= 0; depth--) {
      const node = doc.getIn(keyPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = CorrectionsSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return {
      ...none(file),
      problems: parsed.error.issues.map((issue) => ({
        file,
        line: locate(issue.path.filter((p): p is string | number => typeof p !== 'symbol')),
        message: `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
      })),
    };
  }
  return { file, corrections: parsed.data, locate, problems: [] };
}

/** `projects.yml` of a content folder; none is no corrections. */
export function readCorrections(contentDir: string): LoadedCorrections {
  const file = path.join(contentDir, PROJECTS_FILE);
  return existsSync(file) ? parseCorrections(readFileSync(file, 'utf8'), file) : none(file);
}
