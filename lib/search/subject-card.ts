import { namesSomething, parseQuery, withoutExcluded, type QueryWord } from './query';
import type { SearchQuery, SearchResponse, SubjectCard } from './types';
import { subjectPath } from '../routes';
import { withoutPortCategories } from '../references';
import { isCommonWord } from '../words';
import type { Subject, SubjectIndex } from '../model';
import { summarizeSubject } from '../subjects';
import { MAN_SECTION, nameKey } from '../subjects/words';

/** Words around a name that do not change what the query names: "FreeBSD ZFS", "zfs on freebsd". */
const AROUND = /^(?:freebsd )?(.*?)(?: (?:on|in|for) freebsd)?$/;

/**
 * Whether a name found inside a longer query is written as a name: several words, or a word the
 * search reads as naming something (`namesSomething`: "quuxvisor", "zfs", "Wine"). A plain word
 * ("tier", "audio") in a longer query is the reader's word, not a subject they name.
 */
function writtenAsName(key: string, words: readonly QueryWord[]): boolean {
  if (key.includes(' ')) return true;
  const typed = words.find((w) => w.group.term === key);
  return typed ? namesSomething(typed) : !isCommonWord(key);
}

const runTogether = new WeakMap<ReadonlyMap<string, Subject>, Map<string, Subject>>();

/**
 * Subjects by their names of several words written as one ("sriov" for SR-IOV, "linuxkpi"), as
 * readers type them; a name that could be two subjects' is neither's.
 */
function namesRunTogether(index: Pick<SubjectIndex, 'byName'>): Map<string, Subject> {
  let names = runTogether.get(index.byName);
  if (!names) {
    const found = new Map<string, Subject | null>();
    for (const [name, subject] of index.byName) {
      if (!name.includes(' ')) continue;
      const together = name.replaceAll(' ', '');
      const before = found.get(together);
      found.set(together, before === undefined || before === subject ? subject : null);
    }
    names = new Map([...found].flatMap(([name, subject]) => (subject ? [[name, subject] as const] : [])));
    runTogether.set(index.byName, names);
  }
  return names;
}

/** How many of the first results are on a subject's timeline. */
function resultsOn(subject: Subject, results: readonly { id: string }[], index: Pick<SubjectIndex, 'byEntryId'>): number {
  return results.slice(0, FIRST_RESULTS).filter(({ id }) => index.byEntryId.get(id)?.includes(subject)).length;
}

/**
 * The subject a query names: the whole query ("zfs", "FreeBSD ZFS", "lang/python"), else the longest name
 * written as a name inside it ("where does the RISC-V port stand", "bhyve live migration").
 * Where two names are as long, the one more of the first results follow ("arm64 bhyve": bhyve,
 * whose timeline holds nine of them, not the larger arm64, which holds one), then the larger.
 */
function namedSubject(query: string, index: Pick<SubjectIndex, 'byName' | 'byEntryId'>, results: readonly { id: string }[]): Subject | undefined {
  // A port origin names its port, not its shelf: "lang/python" is Python. A word the reader
  // excludes ("bhyve -arm64") names what they do not want.
  const text = withoutPortCategories(withoutExcluded(query));
  // A man page's section is not a word of its name: "freebsd-update(8)" names freebsd-update.
  const written = nameKey(text.replace(/"/g, ' ').replace(MAN_SECTION, ' '));
  // "FreeBSD" around a name is the reader's, unless it is the name's own: freebsd-update(8).
  const key = written.replace(AROUND, '$1');
  const whole = (written ? index.byName.get(written) : undefined) ?? (key ? index.byName.get(key) : undefined) ?? (key ? namesRunTogether(index).get(key.replaceAll(' ', '')) : undefined);
  if (whole) return whole;
  const words = key.split(' ');
  const typed = parseQuery(text).words;
  for (let length = words.length - 1; length >= 1; length--) {
    const found: Subject[] = [];
    for (let at = 0; at + length <= words.length; at++) {
      const name = words.slice(at, at + length).join(' ');
      const subject = index.byName.get(name);
      if (subject && writtenAsName(name, typed)) found.push(subject);
    }
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      const followed = new Map(found.map((s) => [s, resultsOn(s, results, index)]));
      return found.sort((a, b) => followed.get(b)! - followed.get(a)! || b.entries.length - a.entries.length || (a.slug < b.slug ? -1 : 1))[0];
    }
  }
  return undefined;
}

/**
 * Of the first ten results, how many must be on one subject's timeline for the card to name it:
 * most of them. A reader's words ("security event auditing") may name no subject while the
 * results all follow one (Audit), whose timeline holds the rest of what they look for.
 */
const RESULTS_ON_SUBJECT = 7;
const FIRST_RESULTS = 10;

function cardOf(subject: Subject, via: SubjectCard['via']): SubjectCard {
  const { span, entryCount, projectCount } = summarizeSubject(subject);
  return { slug: subject.slug, title: subject.title, url: subjectPath(subject.slug), span, entries: entryCount, projects: projectCount, via };
}

/** The card of the subject a query names, if it names one; its first results tell two names apart. */
export function subjectNamedBy(text: string, index: Pick<SubjectIndex, 'byName' | 'byEntryId'>, results: readonly { id: string }[] = []): SubjectCard | undefined {
  const subject = namedSubject(text, index, results);
  return subject && cardOf(subject, 'query');
}

/** The card of the subject most of the first ten results are on the timeline of, if one is; the larger between two. */
export function subjectOfResults(results: readonly { id: string }[], index: Pick<SubjectIndex, 'byEntryId'>): SubjectCard | undefined {
  const first = results.slice(0, FIRST_RESULTS);
  const counts = new Map<Subject, number>();
  for (const { id } of first) for (const s of index.byEntryId.get(id) ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  const [best] = [...counts]
    .filter(([, n]) => n >= RESULTS_ON_SUBJECT)
    .sort(([a, n], [b, m]) => m - n || b.entries.length - a.entries.length || (a.slug < b.slug ? -1 : 1));
  return best && { ...cardOf(best[0], 'results'), results: best[1], firstResults: first.length };
}

/** A search answer with the subject its query names, else the one its first results follow, on its first page only. */
export function withSubjectCard(response: SearchResponse, query: SearchQuery, index: Pick<SubjectIndex, 'byName' | 'byEntryId'>): SearchResponse {
  if (query.offset > 0) return response;
  const subject = subjectNamedBy(response.correctedQuery ?? query.text, index, response.results) ?? subjectOfResults(response.results, index);
  return subject ? { ...response, subject } : response;
}
