import { STOPWORDS } from '../stopwords';
import { normalizeForPhrase, tokenizeGroups } from '../tokenize';
import type { Vocabulary } from './vocabulary';

/** Another name of what a query says, as the index holds it. */
export interface AliasName {
  /** The index terms a row must hold: a word's term, or an identifier's parts where it is not indexed whole. */
  termIds: number[];
  /** For a name of several words: its phrase form, which a row's text must contain. */
  phrase?: string;
}

/** Where a query names something by one of its names: words `[start, end)` of the query's key words. */
export interface AliasSpan {
  start: number;
  end: number;
  others: AliasName[];
}

/** A name's key: its words' terms without function words, as a query's words are compared. */
function keyTerms(name: string): string[] {
  return tokenizeGroups(name)
    .map((g) => g.term)
    .filter((t) => !STOPWORDS.has(t));
}

/**
 * The aliases the corpus defines (`lib/aliases`), resolved against the index's vocabulary: a
 * query that names a thing one way also finds rows that name it the other way. Only the pairs
 * the corpus gives are used, never chains of them: "VM" is virtual memory in some entries and a
 * virtual machine in others, which does not make the two one thing.
 */
export class AliasTable {
  /** For the first key term of a name, each name starting with it and that name's other names. */
  private readonly byFirst = new Map<string, { key: string[]; others: AliasName[] }[]>();

  /**
   * `pairs` as `[short, long]`. A name whose every term is in more than `commonShare` of the
   * rows says nothing ("host", "web"): it is neither looked for nor looked up.
   */
  constructor(pairs: readonly (readonly [string, string])[], vocabulary: Vocabulary, rowCount: number, commonShare = 0.2) {
    const resolved = new Map<string, AliasName | null>();
    const resolve = (name: string): AliasName | null => {
      const cached = resolved.get(name);
      if (cached !== undefined) return cached;
      const groups = tokenizeGroups(name).filter((g) => !STOPWORDS.has(g.term));
      const termIds: number[] = [];
      for (const g of groups) {
        const id = vocabulary.idOf(g.term);
        const parts = g.parts.filter((p) => !STOPWORDS.has(p)).map((p) => vocabulary.idOf(p));
        if (id >= 0) termIds.push(id);
        else if (parts.length > 0 && parts.every((p) => p >= 0)) termIds.push(...parts);
        else termIds.length = 0;
        if (termIds.length === 0) break;
      }
      const rare = termIds.some((t) => (vocabulary.df[t] ?? 0) <= rowCount * commonShare);
      const out = termIds.length > 0 && rare ? { termIds, ...(groups.length > 1 ? { phrase: normalizeForPhrase(name) } : {}) } : null;
      resolved.set(name, out);
      return out;
    };
    const add = (from: string, to: string): void => {
      const key = keyTerms(from);
      const other = resolve(to);
      if (key.length === 0 || !other || !resolve(from) || key.join(' ') === keyTerms(to).join(' ')) return;
      const list = this.byFirst.get(key[0] ?? '') ?? [];
      const same = list.find((n) => n.key.join(' ') === key.join(' '));
      if (same) {
        if (!same.others.some((o) => o.termIds.join() === other.termIds.join())) same.others.push(other);
      } else list.push({ key, others: [other] });
      this.byFirst.set(key[0] ?? '', list);
    };
    for (const [short, long] of pairs) {
      add(short, long);
      add(long, short);
    }
  }

  /** Every run of `terms` (a query's key words, in order) that is a whole name, with its other names. */
  spansOf(terms: readonly string[]): AliasSpan[] {
    const spans: AliasSpan[] = [];
    terms.forEach((term, start) => {
      for (const name of this.byFirst.get(term) ?? []) {
        if (name.key.every((t, i) => terms[start + i] === t)) spans.push({ start, end: start + name.key.length, others: name.others });
      }
    });
    return spans;
  }
}
