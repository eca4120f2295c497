import { personPath } from '../routes';
import { parseReportId } from '../model/report-id';
import type { PeopleIndex, Person } from '../model';
import { QUESTION_WORDS } from './stopwords';
import { parseQuery } from './query';
import type { PeopleAnswer, SearchQuery, SearchResponse } from './types';

const ASKS_WHO: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);

/**
 * Whether a query asks who about something ("who works on wifi", "whom do I ask about bhyve"):
 * what the reader wants is people, not only entries. "who" alone, or with question words only,
 * names nothing to answer about.
 */
export function asksWho(text: string): boolean {
  // Read as the search reads the query: a quoted "who" is a word looked for ("the “who is who” list"), an excluded one is not wanted.
  const { words, phrases } = parseQuery(text);
  const terms = [...words.map((w) => w.group.term), ...phrases.flatMap((p) => p.groups.map((g) => g.term))];
  return words.some((w) => ASKS_WHO.has(w.group.term)) && terms.some((t) => !ASKS_WHO.has(t) && !QUESTION_WORDS.has(t));
}

/** How many of the first results are looked at, and on how many a contact must be to be named: one signature is not yet an answer. */
const FIRST_RESULTS = 10;
const MIN_RESULTS = 2;
const MAX_PEOPLE = 5;

/** The year a report starts in; 0 for what is no report id (never in a knowledge base, which refuses them). */
function yearOf(reportId: string): number {
  const parsed = parseReportId(reportId);
  return parsed ? Number(parsed.period.start.slice(0, 4)) : 0;
}

/**
 * The contacts of the first results, those on two of them or more, most results first and,
 * as many, the more recent first: with the years of those results, so that an answer from
 * 2006 reads as one.
 */
export function peopleOfResults(results: readonly { id: string; report: string }[], people: Pick<PeopleIndex, 'byEntryId'>): PeopleAnswer | undefined {
  const first = results.slice(0, FIRST_RESULTS);
  const found = new Map<string, { person: Person; years: number[] }>();
  for (const result of first) {
    const year = yearOf(result.report);
    // A mailing list is where to ask, not who: the question is answered by people and teams.
    for (const person of (people.byEntryId.get(result.id) ?? []).filter((p) => p.kind !== 'list')) {
      const seen = found.get(person.slug) ?? { person, years: [] };
      seen.years.push(year);
      found.set(person.slug, seen);
    }
  }
  const named = [...found.values()]
    .filter(({ years }) => years.length >= MIN_RESULTS)
    .map(({ person, years }) => ({
      slug: person.slug,
      name: person.name,
      kind: person.kind,
      url: personPath(person.slug),
      results: years.length,
      span: { first: Math.min(...years), last: Math.max(...years) },
    }))
    .sort((a, b) => b.results - a.results || b.span.last - a.span.last || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, MAX_PEOPLE);
  return named.length > 0 ? { people: named, firstResults: first.length } : undefined;
}

/** A search answer to a question asking who, with the people its first results name, on its first page only. */
export function withPeopleAnswer(response: SearchResponse, query: SearchQuery, people: Pick<PeopleIndex, 'byEntryId'>): SearchResponse {
  if (query.offset > 0 || !asksWho(query.text)) return response;
  const answer = peopleOfResults(response.results, people);
  return answer ? { ...response, people: answer } : response;
}
