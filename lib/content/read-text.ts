import { readFileSync } from 'node:fs';
import type { ContentProblem } from '../model';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text, or a problem and nothing where it cannot be read (a link to nothing, a folder
 * named like a file, no permission). Bytes that are not UTF-8 are a problem too, at the line
 * of the first, and read as U+FFFD: the text still loads, and `kb check` names the file.
 */
export function readText(file: string, problems: ContentProblem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    problems.push({ file, message: `cannot be read: ${reason(error)}` });
    return undefined;
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    const text = bytes.toString('utf8');
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    problems.push({ file, line, message: 'is not valid UTF-8: the bytes that are not were read as U+FFFD (save the file as UTF-8)' });
    return text;
  }
}

/** Why a file could not be read, in words, for the errors readers meet in a content folder. */
const READ_ERRORS: Readonly<Record<string, string>> = { ENOENT: 'a link to nothing, or gone', EISDIR: 'a folder, not a file', EACCES: 'permission denied' };

/** What a failed read says, without Node's stack: "permission denied (EACCES)". */
export function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const words = code === undefined ? undefined : READ_ERRORS[code];
  return words ? `${words} (${code})` : message;
}
