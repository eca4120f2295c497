import { markdownToReadableText } from '../content/readable-text';
import { compareReportIds, type Entry } from '../model';
import { findAcronymDefinitions } from './acronyms';
import { driverOfLink } from './driver-links';
import { findParentheticals } from './parentheticals';
import type { AliasEvidence, AliasPair } from './types';

/** A long form that makes up less than this share of its short form's definitions is a stray reading. */
const MIN_SHARE_OF_DEFINITIONS = 1 / 3;
const MARKDOWN_LINK = /\[([^\]\n]{1,200})\]\(([^)\s]+)\)/g;

/** Names compared as one: case, spacing and accents aside. */
export function aliasKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

class Tally {
  private readonly pairs = new Map<string, AliasPair>();

  add(evidence: AliasEvidence, short: string, long: string, entryId: string): void {
    const key = `${evidence}\u0000${aliasKey(short)}\u0000${aliasKey(long)}`;
    const pair = this.pairs.get(key) ?? { short, long, evidence, count: 0, entryIds: [] };
    this.pairs.set(key, pair);
    pair.count++;
    pair.entryIds.push(entryId);
  }

  values(): AliasPair[] {
    return [...this.pairs.values()];
  }
}

/**
 * The aliases the corpus itself establishes: acronyms it defines, names it gives in parentheses
 * as one thing (written both ways round, or with "or", "aka", "formerly"), and man pages its links
 * tie to a driver directory of another name. No list of names is written by hand. The result is
 * sorted: it does not depend on the order of the entries. `readableTexts`, when given, are the
 * entries' bodies through `markdownToReadableText`, so that a caller who has them saves the work.
 */
export function mineAliases(entries: readonly Entry[], readableTexts?: readonly string[]): AliasPair[] {
  const tally = new Tally();
  const parentheticals = new Map<string, { outside: string; inside: string; marked: boolean; entryId: string }[]>();
  entries.forEach((entry, index) => {
    const text = `${entry.title}\n${readableTexts?.[index] ?? markdownToReadableText(entry.body)}\n${entry.tasks.join('\n')}`;
    for (const [short, long] of findAcronymDefinitions(text)) tally.add('acronym', short, long, entry.id);
    for (const p of findParentheticals(text)) {
      const key = [aliasKey(p.outside), aliasKey(p.inside)].sort().join('\u0000');
      parentheticals.set(key, [...(parentheticals.get(key) ?? []), { ...p, entryId: entry.id }]);
    }
    const links = [...entry.links.map((l) => [l.text, l.url] as const), ...[...entry.body.matchAll(MARKDOWN_LINK)].map((m) => [m[1]!, m[2]!] as const)];
    for (const [linkText, url] of links) {
      const pair = driverOfLink(linkText, url);
      if (pair) tally.add('driver', pair[0], pair[1], entry.id);
    }
  });
  for (const seen of parentheticals.values()) {
    const bothWays = new Set(seen.map((p) => aliasKey(p.outside))).size === 2;
    if (!bothWays && !seen.some((p) => p.marked)) continue;
    for (const p of seen) tally.add('parenthetical', p.outside, p.inside, p.entryId);
  }
  const byTime = (a: string, b: string): number => compareReportIds(a.split('/')[0]!, b.split('/')[0]!) || (a < b ? -1 : a > b ? 1 : 0);
  return keepLeadingReadings(tally.values())
    .map((p) => ({ ...p, entryIds: [...new Set(p.entryIds)].sort(byTime) }))
    .sort(comparePairs);
}

/** Of the long forms given for one acronym, those that make up a fair share of its definitions. */
function keepLeadingReadings(pairs: AliasPair[]): AliasPair[] {
  const definitions = new Map<string, number>();
  for (const p of pairs) if (p.evidence === 'acronym') definitions.set(aliasKey(p.short), (definitions.get(aliasKey(p.short)) ?? 0) + p.count);
  return pairs.filter((p) => p.evidence !== 'acronym' || p.count >= MIN_SHARE_OF_DEFINITIONS * definitions.get(aliasKey(p.short))!);
}

function comparePairs(a: AliasPair, b: AliasPair): number {
  const ka = `${aliasKey(a.short)}\u0000${aliasKey(a.long)}\u0000${a.evidence}`;
  const kb = `${aliasKey(b.short)}\u0000${aliasKey(b.long)}\u0000${b.evidence}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
