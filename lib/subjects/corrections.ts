import path from 'node:path';
import { z } from 'zod';
import { SUBJECTS_FILE } from '../content/paths';
import { parseYamlFile, readYamlFile, type LoadedYaml, type LocateInYaml } from '../content/yaml-file';
import { SlugSchema, type ContentProblem } from '../model';

const EntryIdSchema = z.string().regex(/^[0-9a-z-]+\/[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an entry id such as 2014-01-2014-03/bhyve');
const InOut = <T extends z.ZodType>(item: T) => z.object({ in: z.array(item).optional(), out: z.array(item).optional() }).strict();

/** One subject's corrections, under its slug (a new slug adds a subject the detector missed). */
const SubjectCorrectionSchema = z
  .object({
    /** Its name as shown. */
    title: z.string().min(1).optional(),
    /** A new slug; the old one redirects. */
    slug: SlugSchema.optional(),
    /** Names added to or dropped from the ones entries are matched on. */
    aliases: InOut(z.string().min(1)).optional(),
    /** Entries put on or taken off the main timeline. */
    entries: InOut(EntryIdSchema).optional(),
    /** Every entry of a project (by slug) naming it put on, or every entry of it taken off, the main timeline. */
    projects: InOut(SlugSchema).optional(),
  })
  .strict();

/** `subjects.yml`: an editor's corrections to the subjects found automatically. */
export const SubjectCorrectionsSchema = z
  .object({
    subjects: z.record(SlugSchema, SubjectCorrectionSchema).optional(),
    /** Subjects that are none: their pages go, their slugs redirect where `redirects` says. */
    drop: z.array(SlugSchema).optional(),
    /** Old slug → current slug, for links published before a change the file no longer shows. */
    redirects: z.record(SlugSchema, SlugSchema).optional(),
  })
  .strict();

export type SubjectCorrections = z.infer<typeof SubjectCorrectionsSchema>;
export type SubjectCorrection = z.infer<typeof SubjectCorrectionSchema>;

export interface LoadedSubjectCorrections {
  file: string;
  corrections: SubjectCorrections;
  locate: LocateInYaml;
  problems: ContentProblem[];
}

function fromYaml(loaded: LoadedYaml<SubjectCorrections>): LoadedSubjectCorrections {
  return { file: loaded.file, corrections: loaded.value ?? {}, locate: loaded.locate, problems: loaded.problems };
}

export function parseSubjectCorrections(text: string, file: string): LoadedSubjectCorrections {
  return fromYaml(parseYamlFile(text, file, SubjectCorrectionsSchema));
}

/** `subjects.yml` of a content folder; none is no corrections. */
export function readSubjectCorrections(contentDir: string): LoadedSubjectCorrections {
  return fromYaml(readYamlFile(path.join(contentDir, SUBJECTS_FILE), SubjectCorrectionsSchema, {}));
}
