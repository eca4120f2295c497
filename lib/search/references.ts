/**
 * Identifiers a reader searches for as written: man pages (`ixgbe(4)`), port origins
 * (`sysutils/vmstated`), Phabricator reviews (`D12345`), problem reports and Subversion
 * revisions. They get a field of their own, so a match on one outweighs a passing word.
 */
import { PORT_CATEGORIES } from '../references';

const MAN_PAGE = /(?<![\w/.-])([a-z_][\w.+-]*)\((\d[a-z]{0,4})\)/gi;
const PORT_ORIGIN = new RegExp(`(?<![\\w/.-])(?:${PORT_CATEGORIES.join('|')})/[a-z0-9][\\w.+-]*[\\w+]`, 'gi');
const REVIEW = /(?<![\w/-])D(\d{3,6})\b/g;
const REVIEW_URL = /reviews\.freebsd\.org\/D(\d{3,6})/gi;
const PROBLEM_REPORT = /\bPR\s*[#:]?\s*(?:[a-z0-9-]+\/)?(\d{4,6})\b/gi;
const BUG_URL = /bugs\.freebsd\.org\/\S*?[?&]id=(\d{4,6})/gi;
const SVN_REVISION = /(?<![\w/-])r(\d{5,7})\b/g;

/** The identifiers in a text and in link targets, each once, as they are searched for. */
export function extractReferences(text: string, urls: readonly string[] = []): string[] {
  const found = new Set<string>();
  const all = [text, ...urls].join('\n');
  for (const m of all.matchAll(MAN_PAGE)) found.add(`${m[1]}(${m[2]})`.toLowerCase());
  for (const m of all.matchAll(PORT_ORIGIN)) found.add(m[0].toLowerCase());
  for (const m of text.matchAll(REVIEW)) found.add(`d${m[1]}`);
  for (const m of all.matchAll(REVIEW_URL)) found.add(`d${m[1]}`);
  for (const m of text.matchAll(PROBLEM_REPORT)) found.add(`pr${m[1]}`).add(`${m[1]}`);
  for (const m of all.matchAll(BUG_URL)) found.add(`pr${m[1]}`).add(`${m[1]}`);
  for (const m of text.matchAll(SVN_REVISION)) found.add(`r${m[1]}`);
  return [...found];
}
