import type { CorpusWords, Doc } from './corpus-words';

/** How an entry stands to a subject it names. */
export type Standing = 'core' | 'mention';

/** Share of an entry's text, in words, in paragraphs naming the subject, that makes it about the subject. */
export const CORE_TEXT_SHARE = 0.3;
/** Times a subject must be named in an entry's text for its share to count. */
export const CORE_MIN_MENTIONS = 2;
/** Words under a heading naming the subject that make a section about it, however long the entry. */
export const CORE_SECTION_WORDS = 150;

const pad = (key: string): string => ` ${key} `;

/** What an entry's words say of one subject's names. */
export interface NameEvidence {
  title: boolean;
  /** Share of the text's words in units naming it. */
  share: number;
  /** Units naming it. */
  units: number;
  /** Times the text names it. */
  mentions: number;
  /** Words of the longest section whose heading names it, heading included. */
  section: number;
}

function occurrences(text: string, padded: readonly string[]): number {
  let n = 0;
  for (const key of padded) for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length - 1)) n++;
  return n;
}

export function evidenceOf(doc: Doc, keys: readonly string[]): NameEvidence {
  const padded = keys.map(pad);
  const names = (text: string): boolean => padded.some((k) => text.includes(k));
  let words = 0;
  let units = 0;
  let mentions = 0;
  let section = 0;
  let current: number | undefined;
  for (const unit of doc.words.units) {
    if (unit.heading) current = names(unit.words) ? 0 : undefined;
    if (current !== undefined) section = Math.max(section, (current += unit.length));
    const times = occurrences(unit.words, padded);
    if (times === 0) continue;
    units++;
    mentions += times;
    words += unit.length;
  }
  return { title: names(doc.words.title), share: doc.words.length ? words / doc.words.length : 0, units, mentions, section };
}

/**
 * Core: the entry reports progress on the subject: its title names it, a title of its project does,
 * or a substantial part of its text is about it. Mention: it names it in passing.
 */
export interface CoreThresholds {
  share: number;
  mentions: number;
  section: number;
}

export const CORE_THRESHOLDS: CoreThresholds = { share: CORE_TEXT_SHARE, mentions: CORE_MIN_MENTIONS, section: CORE_SECTION_WORDS };

export function standingOf(evidence: NameEvidence, projectTitled: boolean, t: CoreThresholds = CORE_THRESHOLDS): Standing {
  if (evidence.title || projectTitled) return 'core';
  if (evidence.mentions >= t.mentions && evidence.share >= t.share) return 'core';
  if (evidence.section >= t.section) return 'core';
  return 'mention';
}

/** Every entry naming one of the keys, with its standing. */
export function standings(
  corpus: CorpusWords,
  keys: readonly string[],
  projectTitledOf: (doc: Doc) => boolean,
  thresholds: CoreThresholds = CORE_THRESHOLDS,
): Map<number, Standing> {
  const found = new Map<number, Standing>();
  for (const key of keys) for (const i of corpus.naming(key)) found.set(i, 'mention');
  const byProject = new Map<string, number[]>();
  for (const i of found.keys()) {
    const doc = corpus.docs[i]!;
    found.set(i, standingOf(evidenceOf(doc, keys), projectTitledOf(doc), thresholds));
    byProject.set(doc.project, [...(byProject.get(doc.project) ?? []), i]);
  }
  // An effort that reports on the subject in most of its entries does so in the others naming it too.
  for (const members of byProject.values()) {
    const core = members.filter((i) => found.get(i) === 'core').length;
    if (core >= 2 && core >= members.length / 2) for (const i of members) found.set(i, 'core');
  }
  return found;
}
