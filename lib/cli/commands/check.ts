import path from 'node:path';
import { checkKnowledgeBase, loadKnowledgeBase, type KnowledgeBase } from '../../content';
import { ENTRY_HASH_FILE } from '../../content/entry-hashes';
import { ledgerProblems } from '../../content/ledger';
import { findBySlug, problemText, type ContentProblem, type SlugIndex } from '../../model';
import { projectAddress } from '../../projects';
import { contentFolder, parseCommandArgs, printJson } from '../args';
import { openContent } from '../open-content';

export const checkUsage = 'kb check [--json] [--content DIR]';

/**
 * `kb check`: validates a content folder, its `projects.yml` and `subjects.yml`; every problem on
 * stderr with its file and line (`file:line: error: message`), or with `--json` one document
 * `{dir, reports, entries, problems: [{file, line?, message}], notes?}` on stdout; exit 1 if any.
 */
export function runCheck(args: string[]): number {
  const { values } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } }, 0);
  const dir = contentFolder(values.content);
  const ledgers = ledgerProblems(dir);
  // entry-hashes.json only tells hand edits at the next import: said, but no slug depends on it, so the rest is checked whole.
  const hashes = ledgers.filter((p) => path.basename(p.file) === ENTRY_HASH_FILE).map((p) => ({ ...p, message: `${p.message}: ${UNREAD_HASHES}` }));
  const broken = ledgers.filter((p) => path.basename(p.file) !== ENTRY_HASH_FILE);
  const checked = broken.length > 0 ? checkWithoutLedgers(dir, broken) : checkWhole(dir);
  const { kb } = checked;
  const problems = [...hashes, ...checked.problems];
  // Not a problem of its own: what could not be checked until the ledgers are mended.
  const notes = broken.length > 0 ? [UNCHECKED] : [];
  if (values.json) {
    printJson({ dir: kb.dir, reports: kb.reports.length, entries: kb.entries.length, problems: problems.map(({ file, line, message }) => ({ file, line, message })), ...(notes.length > 0 ? { notes } : {}) });
    return problems.length > 0 ? 1 : 0;
  }
  // Each fails the check, so each is an error, written as `kb import` writes its own: one pattern (`: error: `) finds both in a CI log.
  for (const p of problems) process.stderr.write(`${problemText(p, 'error')}\n`);
  for (const note of notes) process.stderr.write(`${kb.dir}: note: ${note}\n`);
  process.stdout.write(
    `${kb.dir}: ${kb.reports.length} reports, ${kb.entries.length} entries, ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`,
  );
  return problems.length > 0 ? 1 : 0;
}

/** The folder checked with its projects, subjects and people, whose addresses its links may use. */
function checkWhole(dir: string): { kb: KnowledgeBase; problems: ContentProblem[] } {
  const content = openContent(dir);
  const { kb, projects } = content;
  const subjects = content.subjects();
  const people = content.people();
  const answers = (index: SlugIndex<unknown>) => (slug: string) => findBySlug(index, slug) !== undefined;
  const known = {
    projects: (slug: string) => projectAddress(slug, projects, subjects) !== undefined,
    subjects: answers(subjects),
    people: answers(people),
  };
  return { kb, problems: [...checkKnowledgeBase(kb, known), ...projects.problems, ...subjects.problems] };
}

/**
 * A folder with a malformed ledger cannot be threaded (the slugs it holds would be lost), but its
 * reports and entries can still be checked: every problem is said at once, not the first alone.
 */
function checkWithoutLedgers(dir: string, broken: readonly ContentProblem[]): { kb: KnowledgeBase; problems: ContentProblem[] } {
  const kb = loadKnowledgeBase(dir);
  return { kb, problems: [...broken, ...checkKnowledgeBase(kb)] };
}

const UNREAD_HASHES = 'the next kb import cannot tell which entry files were edited by hand since the last one, and writes a new one';

const UNCHECKED = 'links to projects, subjects and people are not checked until the malformed ledgers are mended';
