import { stemmer } from 'stemmer';
import type { Vocabulary } from './vocabulary';

/** Words stemmed: plain lowercase words long enough to have an ending ("audits", not "ufs"). */
const STEMMABLE = /^[a-z]{4,}$/;
/** The most a variant's length may differ: an inflection ("audit", "auditing"), not a derivation. */
const MAX_ENDING_CHANGE = 3;

/**
 * The vocabulary's words grouped by their Porter stem, so that a reader's "auditing" also finds
 * the writers' "audit" and "audits". Built once per vocabulary.
 */
export class Stems {
  private readonly byStem = new Map<string, number[]>();

  constructor(private readonly vocabulary: Vocabulary) {
    vocabulary.terms.forEach((term, id) => {
      if (!STEMMABLE.test(term)) return;
      const stem = stemmer(term);
      const ids = this.byStem.get(stem);
      if (ids) ids.push(id);
      else this.byStem.set(stem, [id]);
    });
  }

  /**
   * The other words of `term`'s stem, the most frequent first: only those of about its length,
   * since a stem also joins words of another meaning ("virtualization" and "virtual").
   */
  variantsOf(term: string): number[] {
    if (!STEMMABLE.test(term)) return [];
    const self = this.vocabulary.idOf(term);
    const near = (id: number): boolean => Math.abs((this.vocabulary.terms[id] ?? '').length - term.length) <= MAX_ENDING_CHANGE;
    const ids = (this.byStem.get(stemmer(term)) ?? []).filter((id) => id !== self && near(id));
    return ids.sort((a, b) => (this.vocabulary.df[b] ?? 0) - (this.vocabulary.df[a] ?? 0));
  }
}
