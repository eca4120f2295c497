import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { REPORT_FILE, resolveContentDir } from '../content';
import { problemText, type ContentProblem } from '../model';
import { osaDistance } from '../words';

/** A mistake in how a command was called: printed with the usage, exit status 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses one command's arguments; unknown options, and arguments past the `maxPositionals` the
 * command takes, become a UsageError naming them.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, maxPositionals = Infinity) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // parseArgs keeps the last of an option given twice: `--content A --content B` would read B and say nothing of A.
  // A flag given twice loses nothing (`alias kbj='kb search --json'`, then `kbj zfs --json`), as `ls -l -l` does not.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || options[token.name]?.multiple || options[token.name]?.type === 'boolean') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give it once`);
    seen.add(token.name);
  }
  const extra = parsed.positionals[maxPositionals];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  return parsed;
}

/** Writes one JSON document to stdout, the only thing a `--json` command prints there. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The content folder a command reads (`--content`, else KB_CONTENT_DIR, else `content/`). A
 * path that is no folder is a mistake in the call: a typo must not read as an empty knowledge base.
 */
export function contentFolder(given: string | undefined): string {
  const dir = resolveContentDir(given);
  let folder = false;
  try {
    folder = statSync(dir).isDirectory();
  } catch {
    // no such path: reported below
  }
  if (!folder) throw new UsageError(`content folder ${dir} does not exist or is not a folder (give --content DIR or set KB_CONTENT_DIR)`);
  if (!holdsReport(dir)) {
    throw new UsageError(`${dir} holds no report (no <report id>/${REPORT_FILE}), so it is no content folder: give the folder kb import wrote (--content DIR or KB_CONTENT_DIR), or make one with kb import <source> --out DIR`);
  }
  return dir;
}

/** Whether a folder holds at least one report folder: the repository's root or an empty folder, given by a slip, would read as a knowledge base of nothing. */
function holdsReport(dir: string): boolean {
  try {
    // existsSync follows links: a report folder linked in is read like any other.
    return readdirSync(dir).some((name) => existsSync(path.join(dir, name, REPORT_FILE)));
  } catch {
    return false;
  }
}

/**
 * Problems that do not stop a command, on stderr as `file:line: warning: message`, the form
 * `kb check` and compilers use, which an editor jumps from: the lines of `projects.yml` or
 * `subjects.yml` that could not be applied (an editor checking an edit with `kb projects` or
 * `kb show` learns why it shows no effect), an entry file that could not be read.
 */
export function warnProblems(problems: readonly ContentProblem[]): void {
  for (const p of problems) process.stderr.write(`${problemText(p, 'warning')}\n`);
}

/**
 * Whether to colour what goes to `stream`: only a terminal reads escapes, and NO_COLOR (set and
 * not empty, no-color.org) turns them off even there, for readers whose terminal shows them badly.
 */
export function colorOn(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/**
 * The words of `candidates` nearest to `word`, at most `maxDistance` edits away (a swap of two
 * neighbouring letters is one, as the search's speller counts), in alphabetical order: what a
 * "did you mean" offers for a mistyped command or slug. Only the nearest are kept: `zfz` is one
 * edit from `zfs` and two from `nfs`, and offering both would bury the answer.
 */
export function nearestWords(word: string, candidates: Iterable<string>, maxDistance = 2): string[] {
  let best = maxDistance;
  let found: string[] = [];
  for (const candidate of new Set(candidates)) {
    const distance = osaDistance(word, candidate, best);
    if (distance > best) continue;
    if (distance < best) [best, found] = [distance, []];
    found.push(candidate);
  }
  return found.sort();
}
