import type { ContentProblem } from './types';

/** A problem as a line of output, `file:line: severity: message`, the form editors' tools and compilers print. */
export function problemText(p: Pick<ContentProblem, 'file' | 'line' | 'message'>, severity?: string): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${severity ? `${severity}: ` : ''}${p.message}`;
}
