import { problemText, type Entry, type Report } from '../model';

export type ProblemSeverity = 'error' | 'warning';

/** Something wrong in the input, always tied to the file (and line, where known) it came from. */
export interface ImportProblem {
  severity: ProblemSeverity;
  /** Path of the upstream file, as given to the reader. */
  file: string;
  line?: number;
  message: string;
}

/**
 * What one reader makes of one upstream report. A reader never throws on bad input:
 * it returns every entry it could read and a problem for every one it could not,
 * so that one bad entry never takes the good ones down with it.
 */
export interface ReaderResult {
  /** Undefined only when nothing of the report could be read at all. */
  report?: Report;
  entries: Entry[];
  problems: ImportProblem[];
}

/** Formats a problem the way the CLI prints it: `file:line: error: message`. */
export function formatProblem(p: ImportProblem): string {
  return problemText(p, p.severity);
}

/** A problem found inside one upstream file, before the reader attaches the file's path. */
export interface ReaderNote {
  severity: ProblemSeverity;
  line?: number;
  message: string;
}
