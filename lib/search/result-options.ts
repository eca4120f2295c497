/**
 * How results are given (one per project, newest first): read by the API and by the search page's
 * browser code alike, so it imports nothing and neither pulls in the other's.
 */

/**
 * `collapse=1` is DESIGN.md's form; `true`/`false` are what a client sends for a boolean;
 * `project` is what the site wrote before, and stays valid in links already shared. Listed in
 * the order the API's message for a wrong value names them, so that message never names less.
 */
export const COLLAPSE_FORMS = { on: ['1', 'true', 'project'], off: ['0', 'false', 'none'] } as const;
const COLLAPSE_ON = new Set<string>(COLLAPSE_FORMS.on);
const COLLAPSE_OFF = new Set<string>(COLLAPSE_FORMS.off);

/** Whether a `collapse` value asks for one result per project; undefined when it is neither a yes nor a no. */
export function collapseAsked(value: string | undefined): boolean | undefined {
  if (value === undefined) return false;
  const v = value.trim().toLowerCase();
  return COLLAPSE_ON.has(v) ? true : COLLAPSE_OFF.has(v) ? false : undefined;
}

/** `sort=newest` lists the newest entries first; `relevance` (the default) the best matches. */
export type SearchSort = 'relevance' | 'newest';

/** The order a `sort` value asks for; undefined when it names none. */
export function sortAsked(value: string | undefined): SearchSort | undefined {
  if (value === undefined) return 'relevance';
  const v = value.trim().toLowerCase();
  if (v === 'newest') return 'newest';
  return v === 'relevance' || v === '' ? 'relevance' : undefined;
}
