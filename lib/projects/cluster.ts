import type { EntrySignals } from './signals';
import { measureRarity, similarity, type Rarity, type Similarity } from './similarity';

/** A pair of entries of different reports and how strongly they read as one project's. */
export interface Link {
  a: number;
  b: number;
  score: number;
}

/** Above this, two entries are one project's (unless they share a report); below, at most related. */
export const SAME_PROJECT = 0.5;
export const RELATED = 0.3;

/** Posting lists longer than this generate no candidates: the key is too common to mean anything. */
const MAX_POSTINGS = 120;

/**
 * One score from the signals. A title alone may join entries, unless nothing else about them
 * agrees (a generic title reused for other work); links, text and people add up; and the further
 * apart two entries are in time, the more they must agree.
 */
export function combine(s: Similarity, reportsApart: number): number {
  const corroborated = s.people > 0 || s.links > 0 || s.text >= 0.15;
  const evidence = 0.55 * s.title * (corroborated ? 1 : 0.85) + 0.3 * s.links + 0.15 * s.people + 0.4 * s.text;
  const distance = 1 + Math.max(0, reportsApart - 1) / 40;
  return evidence / distance;
}

/** Pairs worth scoring: entries sharing a title word, a link, a person, or one of their rarest words. */
export function candidatePairs(signals: readonly EntrySignals[], rarity: Rarity): Set<number> {
  const postings = new Map<string, number[]>();
  const post = (key: string, i: number): void => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  signals.forEach((s, i) => {
    for (const t of s.titleTerms) post(`t:${t}`, i);
    for (const l of s.links) post(`l:${l}`, i);
    for (const p of s.people) post(`p:${p}`, i);
    for (const word of rarity.strongestTerms[i]!.slice(0, 12)) post(`w:${word}`, i);
  });
  const n = signals.length;
  const pairs = new Set<number>();
  for (const [key, list] of postings) {
    if (list.length < 2 || (list.length > MAX_POSTINGS && !key.startsWith('p:'))) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (signals[i]!.reportIndex !== signals[j]!.reportIndex) pairs.add(i * n + j);
      }
    }
  }
  return pairs;
}

/** Every candidate pair scored, strongest first (ties in entry order, so the result is deterministic). */
export function scorePairs(signals: readonly EntrySignals[]): Link[] {
  const rarity = measureRarity(signals);
  const n = signals.length;
  const links: Link[] = [];
  for (const key of candidatePairs(signals, rarity)) {
    const a = Math.floor(key / n);
    const b = key % n;
    const s = similarity(a, b, rarity);
    const score = combine(s, Math.abs(signals[a]!.reportIndex - signals[b]!.reportIndex));
    if (score >= RELATED) links.push({ a, b, score });
  }
  // Ties broken by entry ids, so the order the entries came in changes nothing.
  const id = (i: number): string => signals[i]!.entry.id;
  const key = (l: Link): string => (id(l.a) < id(l.b) ? `${id(l.a)} ${id(l.b)}` : `${id(l.b)} ${id(l.a)}`);
  return links.sort((x, y) => y.score - x.score || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

/**
 * Joins entries into groups, strongest link first, never putting two entries of one report in a
 * group. Returns the group of each entry (the index of one member).
 */
export function clusterEntries(signals: readonly EntrySignals[], links: readonly Link[]): number[] {
  const parent = signals.map((_, i) => i);
  const reports = signals.map((s) => new Set([s.reportIndex]));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const { a, b, score } of links) {
    if (score < SAME_PROJECT) break;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const [small, large] = reports[ra]!.size <= reports[rb]!.size ? [ra, rb] : [rb, ra];
    if ([...reports[small]!].some((r) => reports[large]!.has(r))) continue;
    for (const r of reports[small]!) reports[large]!.add(r);
    parent[small] = large;
  }
  return signals.map((_, i) => find(i));
}
