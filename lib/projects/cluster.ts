import { settleContests } from './contests';
import { findContinuations, leftoverContinuations } from './continuity';
import { EntryGroups } from './entry-groups';
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

/** A team's address in common: the same team's report, whoever writes it this time. */
const SHARED_ROLE = 0.4;
/** One person's next report, on something its text, links or title carry on. */
const CONTINUES = 0.2;
/** Different hands, nothing of a team's in common: look-alike titles are different efforts. */
const STRANGERS = 0.8;
/** The share of both entries' names the continuing person must make up to be a main hand of each. */
const MAIN_HANDS = 0.5;
/** Text in common that makes a shared hand of two names each a continuation: what "corroborated" asks of text. */
const SHARED_HAND_TEXT = 0.15;
/** How much time apart counts when a team address or one person's continuation joins two entries. */
const TEAM_TIME = 0.3;

/** How many reports apart one hand's last entry and the next hand's first may be: about a year. */
const HANDOFF_REPORTS = 4;

/** Groups joined by this many links of at least this score, each too weak alone, are one thread. */
const SUPPORTING_LINKS = 3;
const SUPPORTING_SCORE = 0.35;
/**
 * Fewer links suffice when one group ends before the other begins, within `HANDOFF_REPORTS`: a
 * renamed thread reads as one part, then the other. Two efforts side by side, or one report
 * sitting inside another effort's years, need all of `SUPPORTING_LINKS`.
 */
const SEQUENTIAL_SUPPORTING_LINKS = 2;
/** Entries of each group those links must come from, unless one group follows on from the other. */
const SUPPORTING_ENTRIES = 2;

/**
 * One score from the signals. A title alone may join entries, unless nothing else about them
 * agrees (a generic title reused for other work); links, text and people add up; a team address
 * or one person's continuation add more; different hands with no team in common count against.
 * The further apart two entries are in time, the more they must agree, except that a team or a
 * person carrying on is expected to report for years.
 */
export function combine(s: Similarity, reportsApart: number, continuation = false): number {
  const corroborated = s.people > 0 || s.roles > 0 || s.links > 0 || s.text >= 0.15;
  // A continuation says "same work" only when the shared person is the main one and the content
  // carries on. One of two names each is a main hand too, but a weaker sign of one hand's work
  // (a co-author's other effort): then the words must carry on as well.
  const carriesOn = s.text >= 0.2 || s.links >= 0.3 || s.title >= 0.3;
  const mainHand = s.people >= 0.5 || (s.commonHands >= MAIN_HANDS && s.text >= SHARED_HAND_TEXT);
  const continues = continuation && mainHand && carriesOn;
  let evidence = 0.55 * s.title * (corroborated ? 1 : 0.85) + 0.3 * s.links + 0.15 * s.people + 0.4 * s.text;
  evidence += SHARED_ROLE * s.roles + (continues ? CONTINUES : 0);
  if (s.strangers) evidence *= STRANGERS;
  const weight = s.roles > 0 || continuation ? TEAM_TIME : 1;
  return evidence / (1 + (weight * Math.max(0, reportsApart - 1)) / 40);
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
    for (const p of [...s.people, ...s.roles]) post(`p:${p}`, i);
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

/** A pair scored as one person's continuation, whatever `findContinuations` found: see `joinLeftoverContinuations`. */
export function continuationScorer(signals: readonly EntrySignals[], rarity: Rarity): (a: number, b: number) => number {
  return (a, b) => {
    const [first, second] = signals[a]!.entry.id < signals[b]!.entry.id ? [a, b] : [b, a];
    return combine(similarity(first, second, rarity), Math.abs(signals[a]!.reportIndex - signals[b]!.reportIndex), true);
  };
}

/** Every candidate pair scored, strongest first (ties in entry order, so the result is deterministic). */
export function scorePairs(signals: readonly EntrySignals[], rarity: Rarity = measureRarity(signals)): Link[] {
  const n = signals.length;
  const continuations = findContinuations(signals);
  const links: Link[] = [];
  for (const key of candidatePairs(signals, rarity)) {
    const a = Math.floor(key / n);
    const b = key % n;
    // Compared in id order: a title's words are matched against the other's, and sums in another
    // order differ in the last bits, so the order the entries came in must not pick the side.
    const [first, second] = signals[a]!.entry.id < signals[b]!.entry.id ? [a, b] : [b, a];
    const score = combine(similarity(first, second, rarity), Math.abs(signals[a]!.reportIndex - signals[b]!.reportIndex), continuations.has(key));
    if (score >= RELATED) links.push({ a, b, score });
  }
  // Ties broken by entry ids, so the order the entries came in changes nothing.
  const id = (i: number): string => signals[i]!.entry.id;
  const key = (l: Link): string => (id(l.a) < id(l.b) ? `${id(l.a)} ${id(l.b)}` : `${id(l.b)} ${id(l.a)}`);
  return links.sort((x, y) => y.score - x.score || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

/**
 * Joins entries into groups, strongest link first, never putting two entries of one report in a
 * group; then joins groups that several weaker links agree on and that share a person or a team
 * address, work that changed hands under one title, an entry alone in a report its thread
 * skipped, and (given `continuationScore`, a pair's score as one person's continuation) a
 * person's line of work carried on beside their other threads. Returns the group of each entry
 * (the index of one member).
 */
export function clusterEntries(signals: readonly EntrySignals[], links: readonly Link[], continuationScore?: (a: number, b: number) => number): number[] {
  const groups = new EntryGroups(signals);
  for (const { a, b, score } of links) {
    if (score < SAME_PROJECT) break;
    groups.join(a, b);
  }
  joinSupportedGroups(groups, links, signals);
  joinHandoffs(groups, signals);
  joinGapFillers(groups, links, signals);
  if (continuationScore) joinLeftoverContinuations(groups, signals, continuationScore);
  return settleContests(
    signals.map((_, i) => groups.find(i)),
    signals,
    strongPartners(links),
  );
}

/** Per entry, the entries it is linked to strongly enough to join on that link alone. */
function strongPartners(links: readonly Link[]): Map<number, number[]> {
  const partners = new Map<number, number[]>();
  for (const { a, b, score } of links) {
    if (score < SAME_PROJECT) break;
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  return partners;
}

/** A group's entries at either end of its time span. */
function groupEnds(groups: EntryGroups, signals: readonly EntrySignals[]): Map<number, { first: number; last: number }> {
  const ends = new Map<number, { first: number; last: number }>();
  signals.forEach((s, i) => {
    const group = groups.find(i);
    const had = ends.get(group);
    ends.set(group, {
      first: had && signals[had.first]!.reportIndex <= s.reportIndex ? had.first : i,
      last: had && signals[had.last]!.reportIndex >= s.reportIndex ? had.last : i,
    });
  });
  return ends;
}

/**
 * Work that changed hands: a group whose last entry's title the next group takes up as its
 * first, within `HANDOFF_REPORTS` reports, in other hands (a port one developer reported on until
 * one report and another from a few reports later; in the same hands they would have joined
 * already). Neither group reports while the other does, so two efforts running side by side
 * under one title stay apart.
 */
function joinHandoffs(groups: EntryGroups, signals: readonly EntrySignals[]): void {
  const ends = groupEnds(groups, signals);
  const startingWith = new Map<string, number[]>();
  for (const { first } of ends.values()) {
    const key = signals[first]!.titleKey;
    const list = startingWith.get(key);
    if (list) list.push(first);
    else startingWith.set(key, [first]);
  }
  for (const { last } of ends.values()) {
    for (const first of startingWith.get(signals[last]!.titleKey) ?? []) {
      const gap = signals[first]!.reportIndex - signals[last]!.reportIndex;
      if (gap >= 1 && gap <= HANDOFF_REPORTS) groups.join(last, first);
    }
  }
}

/**
 * One person's other line of work carried on beside threads that go on (continuity.ts), scored as
 * a continuation (`continuationScore`, `combine` with `continuation`) and joined when that is
 * strong enough alone, as the person's only entry of two reports would be.
 */
function joinLeftoverContinuations(groups: EntryGroups, signals: readonly EntrySignals[], continuationScore: (a: number, b: number) => number): void {
  const key = ([a, b]: [number, number]): string => `${signals[a]!.entry.id} ${signals[b]!.entry.id}`;
  // In id order: which of two pairs competing for one report joins must not depend on the input order.
  const pairs = leftoverContinuations(signals, (i) => groups.find(i)).sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  for (const [a, b] of pairs) {
    if (groups.find(a) !== groups.find(b) && continuationScore(a, b) >= SAME_PROJECT) groups.join(a, b);
  }
}

/** Two entries name a person or a team address in common. */
function shareHand(x: EntrySignals, y: EntrySignals): boolean {
  return x.people.some((p) => y.people.includes(p)) || x.roles.some((r) => y.roles.includes(r));
}

/**
 * A thread that skipped a report, and an entry of that report left alone: each link between them
 * is too weak to join on (a version in the title, a report on one milestone), but the entry
 * resembles the thread's reports both just before and just after its own, as the missing report
 * would. An entry alone with links (any kept, at least `RELATED`) into one group on both sides of
 * its report, each to an entry within `HANDOFF_REPORTS` that shares a hand with it, joins that
 * group; of several, the one it has most such links to. An effort of one report beside a long
 * thread resembles it on one side, or years away, or in other hands.
 */
function joinGapFillers(groups: EntryGroups, links: readonly Link[], signals: readonly EntrySignals[]): void {
  const sizes = new Map<number, number>();
  // Each group named by its first entry id, and entries taken in id order: ties and competing
  // entries go the same way whatever order the entries came in.
  const firstId = new Map<number, string>();
  signals.forEach((s, i) => {
    const group = groups.find(i);
    sizes.set(group, (sizes.get(group) ?? 0) + 1);
    const had = firstId.get(group);
    if (had === undefined || s.entry.id < had) firstId.set(group, s.entry.id);
  });
  const byId = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  const sides = new Map<number, Map<number, { before: number; after: number }>>();
  for (const { a, b } of links) {
    for (const [alone, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const [at, otherAt] = [signals[alone]!.reportIndex, signals[other]!.reportIndex];
      if (sizes.get(groups.find(alone)) !== 1 || Math.abs(at - otherAt) > HANDOFF_REPORTS || !shareHand(signals[alone]!, signals[other]!)) continue;
      const group = groups.find(other);
      const byGroup = sides.get(alone) ?? new Map<number, { before: number; after: number }>();
      sides.set(alone, byGroup);
      const found = byGroup.get(group) ?? { before: 0, after: 0 };
      if (otherAt < at) found.before++;
      else found.after++;
      byGroup.set(group, found);
    }
  }
  for (const alone of [...sides.keys()].sort((x, y) => byId(signals[x]!.entry.id, signals[y]!.entry.id))) {
    const candidates = [...sides.get(alone)!]
      .filter(([, { before, after }]) => before > 0 && after > 0)
      .sort((x, y) => y[1].before + y[1].after - (x[1].before + x[1].after) || byId(firstId.get(x[0])!, firstId.get(y[0])!));
    // A thread that has an entry of this report already skipped none: the next one may have.
    for (const [group] of candidates) if (groups.join(alone, group)) break;
  }
}

/** Links of at least `SUPPORTING_SCORE` between two groups, and the entries of each they come from. */
interface Support {
  a: number;
  b: number;
  count: number;
  entriesA: Set<number>;
  entriesB: Set<number>;
  /** Every link joins titles of which one keeps all the other's words (keepsName). */
  namesKept: boolean;
}

/** One title keeps every word of the other's ("Gizmo Sprocket", then "Gizmo, Sprocket and Cogwheel"): the effort's name carried on. */
function keepsName(x: EntrySignals, y: EntrySignals): boolean {
  const [few, many] = x.titleTerms.length <= y.titleTerms.length ? [x, y] : [y, x];
  return few.titleTerms.length > 0 && few.titleTerms.every((t) => many.titleTerms.includes(t));
}

/**
 * A renamed thread whose every link is weak (new title, new words) still has many of them: each
 * entry of one part resembles several of the other. Parts with enough such links between them and
 * someone in common are joined, most links first, until nothing changes. Parts side by side or
 * years apart need their links to come from two entries of each at least: one entry resembling
 * each of a thread's reports under one title (the same person's other effort with a word of that
 * title) is one resemblance, counted once per report, not several; unless each of those titles
 * keeps every word of the other's, the effort's name carried on years later.
 */
function joinSupportedGroups(groups: EntryGroups, links: readonly Link[], signals: readonly EntrySignals[]): void {
  for (let joined = true; joined; ) {
    joined = false;
    const support = new Map<string, Support>();
    for (const { a, b, score } of links) {
      if (score < SUPPORTING_SCORE) break;
      const [ga, gb] = [groups.find(a), groups.find(b)];
      if (ga === gb) continue;
      const key = ga < gb ? `${ga} ${gb}` : `${gb} ${ga}`;
      const found = support.get(key) ?? { a: ga, b: gb, count: 0, entriesA: new Set<number>(), entriesB: new Set<number>(), namesKept: true };
      found.count++;
      found.namesKept &&= keepsName(signals[a]!, signals[b]!);
      found.entriesA.add(ga === found.a ? a : b);
      found.entriesB.add(ga === found.a ? b : a);
      support.set(key, found);
    }
    const hands = groups.handsByGroup();
    const ends = groupEnds(groups, signals);
    const enough = (s: Support): boolean =>
      followsOn(ends.get(s.a)!, ends.get(s.b)!, signals) ? s.count >= SEQUENTIAL_SUPPORTING_LINKS : s.count >= SUPPORTING_LINKS && (s.namesKept || Math.min(s.entriesA.size, s.entriesB.size) >= SUPPORTING_ENTRIES);
    const candidates = [...support.values()]
      .filter((s) => enough(s) && [...hands.get(s.a)!].some((h) => hands.get(s.b)!.has(h)))
      .sort((x, y) => y.count - x.count);
    for (const { a, b } of candidates) if (groups.join(a, b)) joined = true;
  }
}

/** One group's reports all come before the other's, and the second begins within `HANDOFF_REPORTS` of the first's end. */
function followsOn(x: { first: number; last: number }, y: { first: number; last: number }, signals: readonly EntrySignals[]): boolean {
  const at = (i: number): number => signals[i]!.reportIndex;
  const [early, late] = at(x.first) <= at(y.first) ? [x, y] : [y, x];
  const gap = at(late.first) - at(early.last);
  return gap >= 1 && gap <= HANDOFF_REPORTS;
}
