import path from 'node:path';
import type { ContentProblem } from '../model';
import { PROJECTS_FILE, SUBJECTS_FILE } from './paths';
import { editorYamlProblems } from './yaml-file';

/**
 * What is wrong, as YAML, with the files editors keep in a content folder (`projects.yml`,
 * `subjects.yml`): a file that cannot be read, or a key written twice. `kb import` counts these
 * as errors: each undoes corrections the editor believes are published.
 */
export function editorFileErrors(contentDir: string): ContentProblem[] {
  return [PROJECTS_FILE, SUBJECTS_FILE].flatMap((name) => editorYamlProblems(path.join(contentDir, name)));
}
