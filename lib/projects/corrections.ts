import path from 'node:path';
import { z } from 'zod';
import { PROJECTS_FILE } from '../content';
import { parseYamlFile, readYamlFile, type LoadedYaml, type LocateInYaml } from '../content/yaml-file';
import { SlugSchema, type ContentProblem } from '../model';

/** A project named by its slug, or by one of its entries' ids (`<report id>/<entry slug>`). */
const ProjectRefSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, 'expected a project slug or an entry id');
const EntryIdSchema = z.string().regex(/^[0-9a-z-]+\/[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an entry id such as 2014-01-2014-03/bhyve');

/**
 * `projects.yml`: an editor's corrections to the automatic threading, applied in this order:
 * pins, merges, splits, renames; then extra redirects.
 */
export const CorrectionsSchema = z
  .object({
    /** Entry id → the project it belongs to: an existing project (or a slug leading to one), or one `split` or `rename` makes; a pin makes none. */
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

export interface LoadedCorrections {
  file: string;
  corrections: Corrections;
  locate: LocateInYaml;
  problems: ContentProblem[];
}

function fromYaml(loaded: LoadedYaml<Corrections>): LoadedCorrections {
  return { file: loaded.file, corrections: loaded.value ?? {}, locate: loaded.locate, problems: loaded.problems };
}

/** Parses `projects.yml` text. A bad file is a problem naming its line; its corrections are then ignored. */
export function parseCorrections(text: string, file: string): LoadedCorrections {
  return fromYaml(parseYamlFile(text, file, CorrectionsSchema));
}

/** `projects.yml` of a content folder; none is no corrections. */
export function readCorrections(contentDir: string): LoadedCorrections {
  return fromYaml(readYamlFile(path.join(contentDir, PROJECTS_FILE), CorrectionsSchema, {}));
}
