import { reportStartYear, type Entry } from '../model';
import { entryWords, type EntryWords } from './words';

/** One entry as the subject finder reads it. */
export interface Doc {
  index: number;
  entry: Entry;
  words: EntryWords;
  /** Its project's slug. */
  project: string;
  year: number;
  /** Title, text, links and tasks together, padded: where ` name ` is looked for. */
  all: string;
  /** Its text with the Markdown stripped, as written (case kept). */
  readable: string;
}

function addTo(lists: Map<string, number[]>, key: string, index: number): void {
  const list = lists.get(key);
  if (list) list.push(index);
  else lists.set(key, [index]);
}

/** The entries' words, and which entries hold each word: phrase lookups without reading every entry. */
export class CorpusWords {
  readonly docs: Doc[];
  private readonly postings = new Map<string, number[]>();
  private readonly cache = new Map<string, readonly number[]>();
  private members: Map<string, number[]> | undefined;
  private fileNames: Map<string, number[]> | undefined;

  constructor(entries: readonly Entry[], projectOf: (entry: Entry) => string) {
    this.docs = entries.map((entry, index) => {
      const words = entryWords(entry);
      const all = `${words.title}${words.units.map((u) => u.words).join('')}${words.links}${words.tasks}`.replace(/ {2,}/g, ' ');
      return { index, entry, words, project: projectOf(entry), year: reportStartYear(entry.report), all, readable: words.readable };
    });
    for (const doc of this.docs) {
      for (const word of new Set(doc.all.split(' '))) if (word) addTo(this.postings, word, doc.index);
    }
  }

  /** Entries naming a name (its key: words joined by spaces) anywhere, in entry order. */
  naming(key: string): readonly number[] {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const words = key.split(' ');
    const lists = words.map((w) => this.postings.get(w) ?? []).sort((a, b) => a.length - b.length);
    const [shortest, ...rest] = lists;
    const others = rest.map((l) => new Set(l));
    const padded = ` ${key} `;
    const found = (shortest ?? []).filter((i) => others.every((s) => s.has(i)) && (words.length === 1 || this.docs[i]!.all.includes(padded)));
    this.cache.set(key, found);
    return found;
  }

  /** Entries filed under a file name that names a name (`EntryWords.fileName`), in entry order. */
  filed(key: string): readonly number[] {
    if (!this.fileNames) {
      this.fileNames = new Map();
      for (const doc of this.docs) for (const word of new Set(doc.words.fileName.split(' '))) if (word) addTo(this.fileNames, word, doc.index);
    }
    const padded = ` ${key} `;
    return (this.fileNames.get(key.split(' ')[0]!) ?? []).filter((i) => this.docs[i]!.words.fileName.includes(padded));
  }

  /** Entries whose title names a name. */
  titled(key: string): number[] {
    const padded = ` ${key} `;
    return this.naming(key).filter((i) => this.docs[i]!.words.title.includes(padded));
  }

  /** How many entries a project has. */
  projectSize(project: string): number {
    return this.projectEntries(project).length;
  }

  /** A project's entries, in entry order. */
  projectEntries(project: string): readonly number[] {
    if (!this.members) {
      this.members = new Map();
      for (const d of this.docs) addTo(this.members, d.project, d.index);
    }
    return this.members.get(project) ?? [];
  }

  /** How many entries hold a word anywhere. */
  frequency(word: string): number {
    return this.postings.get(word)?.length ?? 0;
  }

  /** Every distinct word of every entry. */
  vocabulary(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Every distinct word of every title. */
  titleWords(): Set<string> {
    return new Set(this.docs.flatMap((d) => d.words.title.split(' ').filter(Boolean)));
  }
}

