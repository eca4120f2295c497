import type { CorpusWords, Doc } from './corpus-words';

/** How an entry stands to a subject it names. */
export type Standing = 'core' | 'mention';

/**
 * Share of an entry's text, in words, in paragraphs naming the subject, that makes it about the
 * subject when its first paragraph names it too (what an entry opens with is what it is about)...
 */
const CORE_TEXT_SHARE = 0.25;
/** ...or, whatever it opens with, when they make up half of it. */
const CORE_TEXT_MAJORITY = 0.5;
/** Times a subject must be named in an entry's text for its share to count. */
const CORE_MIN_MENTIONS = 2;
/**
 * Times a text naming the subject in a quarter of it must name it to be about it, whatever it opens
 * with: a report on a new installer that names bsdinstall in ten paragraphs of twenty is about it.
 */
const CORE_MANY_MENTIONS = 5;
/** Words under a heading naming the subject that make a section about it, however long the entry. */
const CORE_SECTION_WORDS = 150;
/**
 * Share of an effort's entries naming the subject that, once on its timeline (two at least),
 * bring the others: a team whose reports name OpenJDK in every quarter and are about it in a
 * few of them is following it in the rest, in a line or two each.
 */
const EFFORT_CORE_SHARE = 0.25;
/**
 * Share of all an effort's entries that, once on the timeline (by their text or by the share
 * above), bring the rest, though they do not name the subject: a team that reports on porting a
 * driver in every quarter but one, and that quarter calls it by what it does ("the wireless
 * work"), reports on it all the same. Three in four: an effort that often reports on something
 * else is no such team.
 */
const EFFORT_WHOLE_SHARE = 0.75;
/**
 * Words that, just before a name, give it as an example of something larger: "boards such as X",
 * "guests including X", "tools like X". An entry naming a subject mostly so reports on the larger
 * thing, whatever share of its text the paragraphs naming it make. "e.g." is `e g` as words.
 */
const EXAMPLE_WORDS = ['including', 'such as', 'e g', 'like', 'for example', 'for instance'];
/**
 * Share of an entry's mentions of a subject that, given as examples, show it is about something
 * else: half, as a text reporting on a subject names it for itself at least as often as it cites it.
 */
const EXAMPLE_SHARE = 0.5;

const pad = (key: string): string => ` ${key} `;

/** What an entry's words say of one subject's names. */
export interface NameEvidence {
  title: boolean;
  /**
   * The file name its author gave it names it: in the AsciiDoc reports authors file each entry
   * under a short name of what it reports on ("iwlwifi" for "Intel wireless update"), a title as
   * telling as the one shown, where a longer title names the larger effort instead.
   */
  filed: boolean;
  /** Share of the text's words in units naming it. */
  share: number;
  /** Units naming it. */
  units: number;
  /** Times the text names it. */
  mentions: number;
  /** Words of the longest section whose heading names it, heading included. */
  section: number;
  /** The entry's first paragraph names it: what an entry opens with is what it is about. */
  lead: boolean;
  /** Times the text gives it as an example ("such as", "including" it). */
  examples: number;
}

/**
 * Times a text names any of the keys (padded, longest first): one name written once counts once,
 * though several keys ("google", "google summer of code") match it.
 */
function occurrences(text: string, padded: readonly string[]): number {
  const taken: [number, number][] = [];
  for (const key of padded) {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length - 1)) {
      // The padding spaces are shared by neighbours; a name is the words between them.
      const [from, to] = [at + 1, at + key.length - 1];
      if (!taken.some(([f, t]) => from < t && f < to)) taken.push([from, to]);
    }
  }
  return taken.length;
}

export function evidenceOf(doc: Doc, keys: readonly string[]): NameEvidence {
  const padded = keys.map(pad).sort((a, b) => b.length - a.length);
  const names = (text: string): boolean => padded.some((k) => text.includes(k));
  let asExample: string[] | undefined;
  let examples = 0;
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
    // Built only once an entry names it: most entries read do not.
    asExample ??= EXAMPLE_WORDS.flatMap((word) => keys.map((key) => pad(`${word} ${key}`))).sort((a, b) => b.length - a.length);
    examples += occurrences(unit.words, asExample);
  }
  const first = doc.words.units[0];
  return { title: names(doc.words.title), filed: names(doc.words.fileName), share: doc.words.length ? words / doc.words.length : 0, units, mentions, section, lead: first !== undefined && names(first.words), examples };
}

/**
 * Core: the entry reports progress on the subject: its title names it, or the file name its
 * author gave it, or its project's titles do, or a substantial part of its text is about it.
 * Mention: it names it in passing, or mostly as an example of something else.
 */
export function standingOf(evidence: NameEvidence, projectTitled: boolean): Standing {
  if (evidence.title || evidence.filed || projectTitled) return 'core';
  if (evidence.examples > 0 && evidence.examples >= EXAMPLE_SHARE * evidence.mentions) return 'mention';
  if (evidence.mentions >= CORE_MIN_MENTIONS && evidence.share >= CORE_TEXT_SHARE && (evidence.lead || evidence.share >= CORE_TEXT_MAJORITY || evidence.mentions >= CORE_MANY_MENTIONS)) return 'core';
  if (evidence.section >= CORE_SECTION_WORDS) return 'core';
  return 'mention';
}

/**
 * Where each entry naming a subject stands, and which of its core entries stand there only
 * because their effort reports on the subject elsewhere: those say what the effort is about,
 * not what their own text is, so two subjects one effort reports on share them without being one.
 */
export class Standings extends Map<number, Standing> {
  readonly byEffort = new Set<number>();
}

/**
 * Every entry naming one of the keys (but the partial ones, which only add to what the others
 * found), or filed under one (`NameEvidence.filed`: its text need not name it), with its standing.
 */
export function standings(corpus: CorpusWords, keys: readonly string[], projectTitledOf: (doc: Doc) => boolean, partial: ReadonlySet<string> = new Set()): Standings {
  const found = new Standings();
  for (const key of keys) if (!partial.has(key)) for (const i of [...corpus.naming(key), ...corpus.filed(key)]) found.set(i, 'mention');
  const byProject = new Map<string, number[]>();
  for (const i of found.keys()) {
    const doc = corpus.docs[i]!;
    found.set(i, standingOf(evidenceOf(doc, keys), projectTitledOf(doc)));
    byProject.set(doc.project, [...(byProject.get(doc.project) ?? []), i]);
  }
  // An effort that reports on the subject in several of its entries does so in the others naming it too.
  for (const members of byProject.values()) {
    const core = members.filter((i) => found.get(i) === 'core').length;
    if (core < 2 || core < members.length * EFFORT_CORE_SHARE) continue;
    for (const i of members) {
      if (found.get(i) === 'mention') found.byEffort.add(i);
      found.set(i, 'core');
    }
  }
  // And one that reports on it in nearly all its entries does so in those that do not name it.
  for (const [project, members] of byProject) {
    const all = corpus.projectEntries(project);
    const core = members.filter((i) => found.get(i) === 'core').length;
    if (core < 2 || core < all.length * EFFORT_WHOLE_SHARE) continue;
    for (const i of all) {
      if (found.has(i)) continue;
      found.byEffort.add(i);
      found.set(i, 'core');
    }
  }
  return found;
}
