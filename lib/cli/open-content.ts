import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledgeBase, type KnowledgeBase } from '../content';
import { cachedOnDisk } from '../content/disk-cache';
import type { PeopleIndex, ProjectIndex, SubjectIndex } from '../model';
import { peopleOf } from '../people/site';
import { projectsOf, restoreProjects, snapshotProjects, threadOptionsOf } from '../projects';
import { restoreSubjects, snapshotSubjects, subjectOptionsOf, subjectsOf } from '../subjects';
import { defaultCacheDir } from '../import/git-source';

/** A content folder as the commands use it; subjects and people are found when first asked for. */
export interface OpenedContent {
  kb: KnowledgeBase;
  projects: ProjectIndex;
  subjects: () => SubjectIndex;
  people: () => PeopleIndex;
}

/** Threadings, and subject sets, kept of each: one per folder, content and code version; the most recently used first. */
const KEPT_INDEXES = 4;

/**
 * The code that threads and finds subjects, hashed: every file of `lib/` and the locked
 * dependencies. A cached index outlives neither; hashing the files themselves, not a version
 * number someone must remember to bump, keeps an edited working tree honest too.
 */
function codeFingerprint(): string {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const hash = createHash('sha256');
  const files = readdirSync(path.join(root, 'lib'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.join(f.parentPath, f.name))
    .sort();
  for (const file of [...files, path.join(root, 'package-lock.json')]) hash.update(`${path.relative(root, file)}\n`).update(readOrMissing(file));
  return hash.digest('hex');
}

function readOrMissing(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '\u0000missing';
  }
}

/** What a build takes from the folder into the hash: the editor file as written (its problems name lines), the ledgers as read. */
function hashOptions(hash: Hash, { corrections, ...ledgers }: { corrections?: { file: string } }): Hash {
  return hash.update(corrections ? readOrMissing(corrections.file) : '\u0000none').update(JSON.stringify(ledgers));
}

function once<T>(compute: () => T): () => T {
  let value: { of: T } | undefined;
  return () => (value ??= { of: compute() }).of;
}

/**
 * Loads a content folder with its projects, its subjects when asked for, and its people.
 * Threading and finding subjects take most of a command's time (seconds, on the whole corpus),
 * so each is kept in the user's cache under the fingerprint of all it is made from: the entries,
 * the editors' files, the ledgers and the code. `KB_CACHE_DIR=` a fresh folder starts without.
 */
export function openContent(dir: string, cacheDir: string | null = path.join(defaultCacheDir(), 'indexes')): OpenedContent {
  const kb = loadKnowledgeBase(dir);
  // The folder too: the problems an index keeps name its files, and a copy's are its own.
  const entriesHash = createHash('sha256').update(codeFingerprint()).update(`\u0000${path.resolve(kb.dir)}\u0000`);
  for (const entry of kb.entries) entriesHash.update(JSON.stringify(entry));
  const threadOptions = threadOptionsOf(kb);
  const projectsFingerprint = hashOptions(entriesHash, threadOptions).copy();
  const projects = cachedOnDisk({
    dir: cacheDir && path.join(cacheDir, 'projects'),
    fingerprint: projectsFingerprint.copy().digest('hex').slice(0, 32),
    build: () => projectsOf(kb, threadOptions),
    snapshot: snapshotProjects,
    restore: (data) => restoreProjects(data, kb.entries),
    keep: KEPT_INDEXES,
  }).value;
  const subjects = once(() => {
    const options = subjectOptionsOf(kb);
    return cachedOnDisk({
      dir: cacheDir && path.join(cacheDir, 'subjects'),
      fingerprint: hashOptions(projectsFingerprint, options).digest('hex').slice(0, 32),
      build: (): SubjectIndex => subjectsOf(kb, projects, options),
      snapshot: snapshotSubjects,
      restore: (data) => restoreSubjects(data, kb.entries),
      keep: KEPT_INDEXES,
    }).value;
  });
  return { kb, projects, subjects, people: once(() => peopleOf(kb, projects)) };
}
