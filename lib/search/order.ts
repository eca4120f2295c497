import type { RowTerms, Scored } from './rank';

/** Compares two scored positions (indices into a `Scored`): negative when `a` ranks first. */
export type Order = (a: number, b: number) => number;

/** Tunables of the order; the defaults are what the judged queries were tuned with. */
export const ORDERING = {
  /**
   * How much a row loses for each query word it lacks: its score is multiplied by the share of
   * words it matched (exact forms counting fully, prefixes and other forms half) to this power.
   * A soft "all words before some": a row holding every word of a short query comes first
   * unless another is far stronger on fewer ("laptop suspend" is about suspending).
   */
  coordination: 1,
  /**
   * The same for a question, whose words are the asker's rather than the entries' ("where does
   * the RISC-V port stand"): its words' scores are summed, whichever a row lacks.
   */
  questionCoordination: 0,
  /**
   * Aboutness: each row gains this share of its project's evidence (the mean of the project's
   * two best scores), so the entries of a project that is about the query come before passing
   * mentions elsewhere, its weaker reports included. (Marking a project's later entries down
   * instead, for variety, lost recall on every judged set; `collapse` gives one per project.)
   * A project's report in other words than the reader's ("TrustedBSD Audit" for "security event
   * auditing") lacks some of the query's words: at 0.4 an entry of another project holding them
   * all in passing still came first, so the blind set's tuning half lost recall on both its folds.
   */
  projectEvidence: 0.55,
  /**
   * The same for the subjects whose main timeline holds a row (the best of them), for a query in
   * the reader's own words, naming nothing ("full disk encryption", "storage replication between
   * machines"): the subject its best entries are on (GELI, HAST) is what it asks about, and its
   * other entries, written in the writers' words, come before passing uses of the reader's.
   */
  subjectEvidence: 0.7,
  /**
   * A subject's evidence is weighed by the share of its entries the query reaches, to this
   * power: "large pages" reaches most superpages entries and a few of the VM's many, so it is
   * about superpages. A broad subject one strong entry happens to be on says little.
   */
  subjectReach: 0.5,
  /**
   * A team's quarterly report (the Foundation's, release engineering's, core's) or a
   * documentation report (a translation team's, the handbook's) covers many things in a few
   * lines each: where no query word is in its title or its people, its score is multiplied by
   * this, so the entries about the thing come before the passing mentions of it.
   */
  roundupPassingMention: 0.6,
  /**
   * A row whose title is the query, word for word (function words and words in most entries,
   * "FreeBSD", aside), gains this share of its score: "Ports Collection" is the answer to
   * "ports collection" before "Ports Collection Accessibility Colors".
   */
  exactTitle: 0.3,
};

/**
 * Marks up, in place, the positions whose row's title words (in `titleTerms`: the index's
 * terms of the title, common ones aside) are the query's words: each title word one of a query
 * word's forms, and each query word in the title. `wordOfTerm` is scratch as long as the
 * vocabulary, all zero, and left so: a term's word + 1 is read there rather than from a map, once
 * per match of every search.
 */
export function markUpExactTitles(scored: Scored, score: Float64Array, titleTerms: RowTerms, words: readonly (readonly number[])[], wordOfTerm: Int32Array): void {
  if (ORDERING.exactTitle === 0 || words.length === 0) return;
  words.forEach((termIds, w) => {
    for (const t of termIds) if (wordOfTerm[t] === 0) wordOfTerm[t] = w + 1;
  });
  try {
    // The words a title covered, stamped with its position + 1 rather than a set per row.
    const coveredAt = new Int32Array(words.length);
    const { offsets, terms } = titleTerms;
    for (let i = 0; i < scored.count; i++) {
      const row = scored.rows[i] ?? 0;
      const from = offsets[row] ?? 0;
      const to = offsets[row + 1] ?? 0;
      if (to === from || to - from < words.length) continue;
      let covered = 0;
      let exact = true;
      for (let k = from; k < to; k++) {
        const w = (wordOfTerm[terms[k] ?? 0] ?? 0) - 1;
        if (w < 0) {
          exact = false;
          break;
        }
        if (coveredAt[w] !== i + 1) {
          coveredAt[w] = i + 1;
          covered++;
        }
      }
      if (exact && covered === words.length) score[i] = roundScore((score[i] ?? 0) * (1 + ORDERING.exactTitle));
    }
  } finally {
    for (const termIds of words) for (const t of termIds) wordOfTerm[t] = 0;
  }
}

/** Scores are kept to three decimals: closer ones count as ties, which recency then breaks. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Each scored position's ranking score: its score, coordinated by the query words it matched. */
export function rankingScores(scored: Scored, question = false): Float64Array {
  const power = question ? ORDERING.questionCoordination : ORDERING.coordination;
  const out = new Float64Array(scored.count);
  const words = Math.max(1, scored.words);
  for (let i = 0; i < scored.count; i++) {
    const share = ((scored.matched[i] ?? 0) + (scored.exact[i] ?? 0)) / (2 * words);
    out[i] = roundScore((scored.scores[i] ?? 0) * share ** power);
  }
  return out;
}

/**
 * Marks down, in place, the positions of roundups (`roundup[row]`: team and documentation
 * reports) that `named` rejects (whose title and people hold no query word). `named` is asked
 * only about roundups, which are few, rather than built for every row a query word names.
 */
export function markDownPassingMentions(scored: Scored, score: Float64Array, roundup: Uint8Array, named: (row: number) => boolean): void {
  for (let i = 0; i < scored.count; i++) {
    const row = scored.rows[i] ?? 0;
    if (roundup[row] && !named(row)) score[i] = (score[i] ?? 0) * ORDERING.roundupPassingMention;
  }
}

/**
 * Adds to each position's score `ORDERING.projectEvidence` of its project's evidence, in place.
 * `projectOf` gives a row's project number (-1 for none), `projects` how many there are.
 */
export function addProjectEvidence(scored: Scored, score: Float64Array, projectOf: Int32Array, projects: number): void {
  const share = ORDERING.projectEvidence;
  if (share === 0) return;
  const best = new Float64Array(projects);
  const second = new Float64Array(projects);
  for (let i = 0; i < scored.count; i++) {
    const p = projectOf[scored.rows[i] ?? 0] ?? -1;
    const s = score[i] ?? 0;
    if (p < 0) continue;
    if (s > (best[p] ?? 0)) {
      second[p] = best[p] ?? 0;
      best[p] = s;
    } else if (s > (second[p] ?? 0)) second[p] = s;
  }
  for (let i = 0; i < scored.count; i++) {
    const p = projectOf[scored.rows[i] ?? 0] ?? -1;
    if (p >= 0) score[i] = roundScore((score[i] ?? 0) + (share * ((best[p] ?? 0) + (second[p] ?? 0))) / 2);
  }
}

/** Rows' groups as compressed rows: the groups of row r are `groups[offsets[r]..offsets[r+1]]`. */
export interface RowGroups {
  offsets: Int32Array;
  groups: Int32Array;
  count: number;
  /** Each group's number of rows (those a search's filters let through, for that search). */
  sizes: Int32Array;
}

/**
 * Adds to each position's score `ORDERING.subjectEvidence` of the best evidence among its
 * subjects (each the mean of its two best scores, weighed by the share of its rows scored), in place.
 */
export function addSubjectEvidence(scored: Scored, score: Float64Array, subjects: RowGroups): void {
  const share = ORDERING.subjectEvidence;
  if (share === 0 || subjects.count === 0) return;
  const best = new Float64Array(subjects.count);
  const second = new Float64Array(subjects.count);
  const reached = new Int32Array(subjects.count);
  for (let i = 0; i < scored.count; i++) {
    const r = scored.rows[i] ?? 0;
    const s = score[i] ?? 0;
    for (let k = subjects.offsets[r] ?? 0; k < (subjects.offsets[r + 1] ?? 0); k++) {
      const g = subjects.groups[k] ?? 0;
      reached[g] = (reached[g] ?? 0) + 1;
      if (s > (best[g] ?? 0)) {
        second[g] = best[g] ?? 0;
        best[g] = s;
      } else if (s > (second[g] ?? 0)) second[g] = s;
    }
  }
  const evidence = new Float64Array(subjects.count);
  for (let g = 0; g < subjects.count; g++) {
    if ((reached[g] ?? 0) > 0) evidence[g] = (((best[g] ?? 0) + (second[g] ?? 0)) / 2) * ((reached[g] ?? 0) / Math.max(1, subjects.sizes[g] ?? 1)) ** ORDERING.subjectReach;
  }
  for (let i = 0; i < scored.count; i++) {
    const r = scored.rows[i] ?? 0;
    let most = 0;
    for (let k = subjects.offsets[r] ?? 0; k < (subjects.offsets[r + 1] ?? 0); k++) most = Math.max(most, evidence[subjects.groups[k] ?? 0] ?? 0);
    score[i] = roundScore((score[i] ?? 0) + share * most);
  }
}

/** The order of ranking scores, then the more recent report; the row number makes it total. */
export function orderOf(scored: Scored, score: ArrayLike<number>, recency: ArrayLike<number>): Order {
  return (a, b) => {
    const ra = scored.rows[a] ?? 0;
    const rb = scored.rows[b] ?? 0;
    return (score[b] ?? 0) - (score[a] ?? 0) || (recency[rb] ?? 0) - (recency[ra] ?? 0) || ra - rb;
  };
}

/** The more recent report first, then the ranking score: "where does it stand now". */
export function newestFirst(scored: Scored, score: ArrayLike<number>, recency: ArrayLike<number>): Order {
  return (a, b) => {
    const ra = scored.rows[a] ?? 0;
    const rb = scored.rows[b] ?? 0;
    return (recency[rb] ?? 0) - (recency[ra] ?? 0) || (score[b] ?? 0) - (score[a] ?? 0) || ra - rb;
  };
}

/** The best position of each group (positions without a group stand alone), in no particular order. */
export function bestPerGroup(positions: readonly number[], groupOf: (position: number) => string | null, order: Order): number[] {
  const best = new Map<string, number>();
  const alone: number[] = [];
  for (const p of positions) {
    const group = groupOf(p);
    if (group === null) alone.push(p);
    else {
      const had = best.get(group);
      if (had === undefined || order(p, had) < 0) best.set(group, p);
    }
  }
  return [...best.values(), ...alone];
}

/**
 * The first `k` positions in order. A page needs only its own rows sorted: for a small `k` a
 * bounded insertion is linear in the candidates, where sorting them all is not.
 */
export function topPositions(positions: readonly number[], k: number, order: Order): number[] {
  if (k <= 0 || positions.length === 0) return [];
  if (k * 4 >= positions.length) return [...positions].sort(order).slice(0, k);
  const top: number[] = [];
  for (const p of positions) {
    const last = top[top.length - 1];
    if (top.length === k && last !== undefined && order(p, last) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(top[mid] ?? p, p) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, p);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Scored positions and their ranking scores. */
export interface Ranked {
  scored: Scored;
  score: Float64Array;
}

/**
 * `first`'s positions, then those of `then` that `keep` accepts and whose rows `first` lacks,
 * as one ranked set; `firstCount` says where `then`'s begin. Each keeps the scores its own
 * query gave it.
 */
export function appendRanked(first: Ranked, then: Ranked, keep: (position: number) => boolean): Ranked & { firstCount: number } {
  const inFirst = new Set(first.scored.rows.subarray(0, first.scored.count));
  const added: number[] = [];
  for (let p = 0; p < then.scored.count; p++) if (keep(p) && !inFirst.has(then.scored.rows[p] ?? -1)) added.push(p);
  const count = first.scored.count + added.length;
  const pick = <T extends Int32Array | Uint8Array | Float64Array>(make: new (n: number) => T, a: T, b: T): T => {
    const out = new make(count);
    out.set(a.subarray(0, first.scored.count));
    added.forEach((p, i) => (out[first.scored.count + i] = b[p] ?? 0));
    return out;
  };
  const scored: Scored = {
    count,
    words: first.scored.words,
    rows: pick(Int32Array, first.scored.rows, then.scored.rows),
    matched: pick(Uint8Array, first.scored.matched, then.scored.matched),
    exact: pick(Uint8Array, first.scored.exact, then.scored.exact),
    scores: pick(Float64Array, first.scored.scores, then.scored.scores),
    matchedTerms: (row) => (inFirst.has(row) ? first.scored : then.scored).matchedTerms(row),
  };
  return { scored, score: pick(Float64Array, first.score, then.score), firstCount: first.scored.count };
}

/** `order`, except that every position below `firstCount` comes before every other. */
export function firstFirst(order: Order, firstCount: number): Order {
  return (a, b) => Number(a >= firstCount) - Number(b >= firstCount) || order(a, b);
}
