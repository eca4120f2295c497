import type { SearchSort } from './result-options';
import type { EntrySummaryJson } from '../content';
import type { ContactKind } from '../model';

/** The fields of a search row, in the order the index and the ranking see them. */
export const SEARCH_FIELDS = ['title', 'people', 'references', 'links', 'category', 'report', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * One entry as the search sees it: the fields every entry's JSON carries (its id as `entryId`),
 * plain text per field, and what the filters need.
 */
export interface SearchRow extends Omit<EntrySummaryJson, 'id'> {
  entryId: string;
  /** The title of the project it belongs to, as readers know it; null where the project is only a slug. */
  projectTitle: string | null;
  /** The report's period, `YYYY-MM`. */
  period: { start: string; end: string };
  /** Slugs of the people named as contacts. */
  people: string[];
  /** Slugs of the subjects whose main timeline holds the entry (lib/subjects). */
  subjects: string[];
  /** Plain text of each field: never Markdown or HTML. */
  fields: Record<SearchField, string>;
}

/** A validated search request: what `/api/search` and `kb search` accept. */
export interface SearchQuery {
  /** The query as typed; may hold quoted phrases. */
  text: string;
  /** Inclusive bounds, `YYYY-MM`: entries whose report period overlaps them. */
  from?: string;
  to?: string;
  /** Category key. */
  category?: string;
  /** Person slug. */
  person?: string;
  limit: number;
  offset: number;
  /** One result per project, its best entry. */
  collapse?: boolean;
  /** Newest entries first rather than best matches (still only the matching ones). */
  sort?: SearchSort;
}

/** One result, as `/api/search` gives it: an entry's JSON fields, its snippet and score. */
export interface SearchResult extends EntrySummaryJson {
  /** The title of its project (`project` is the slug); null where none is known. */
  projectTitle: string | null;
  /** Plain text around the best match, HTML-escaped, the matched words in `<mark>`. */
  snippet: string;
  score: number;
}

export interface SearchFacets {
  /** Matching entries per year their report covers, e.g. `{"2014": 3}`: what `from=Y&to=Y` finds, so one report spanning two years counts in both. */
  years: Record<string, number>;
  /** Matching entries per category key. */
  categories: Record<string, number>;
}

/** A subject as a search names it: enough for a card above the results and a link to its page. */
export interface SubjectCard {
  slug: string;
  title: string;
  url: string;
  span: { first: number; last: number };
  /** Entries on its main timeline, and the projects they come from. */
  entries: number;
  projects: number;
  /**
   * Why it is shown: the query names it ("zfs"), or most of the first ten results are on its
   * timeline ("security event auditing": Audit), `results` of the `firstResults` looked at.
   */
  via: 'query' | 'results';
  results?: number;
  firstResults?: number;
}

/** The `/api/search` response body. */
export interface SearchResponse {
  query: string;
  total: number;
  tookMs: number;
  results: SearchResult[];
  facets: SearchFacets;
  /** The query with misspelled words corrected, when any were: "showing results for …". */
  correctedQuery?: string;
  /**
   * With a quoted phrase: how many of `total` hold every phrase as written. They come first;
   * the rest hold its words apart or in other forms, ranked as the query unquoted would.
   */
  phraseTotal?: number;
  /** The subject the query names ("zfs", "SR-IOV"), or most of its first results follow, on the first page: shown above the results. */
  subject?: SubjectCard;
  /** For a question asking who ("who works on wifi"): the contacts its first results name, on the first page. */
  people?: PeopleAnswer;
  /**
   * The period a year or a quarter standing among the query's words names ("zfs 2019", "bhyve
   * 2015 Q3"): searched as `from`/`to` would be, those words no longer required of an entry.
   * `applied` is false where the request gave `from` or `to`, which win, and where nothing in
   * the period matched (`widened`). `literal` is the query
   * with those words quoted: the same search over all years, the number a word again.
   */
  queryPeriod?: QueryPeriodNote;
}

/** The people a question asking who is answered with: the contacts on two or more of its first results. */
export interface PeopleAnswer {
  people: {
    slug: string;
    name: string;
    kind: ContactKind;
    url: string;
    /** On how many of the first results they are a contact, and the years those results span. */
    results: number;
    span: { first: number; last: number };
  }[];
  firstResults: number;
}

export interface QueryPeriodNote {
  /** The words as typed: "2019", "Q3 2019". */
  typed: string;
  /** The period as a reader says it: "2019", "2019 Q3", "2018 to 2020". */
  label: string;
  /** Inclusive bounds, `YYYY-MM`. */
  from: string;
  to: string;
  applied: boolean;
  /** Nothing in the period matched, so the results are `literal`'s: the number a word, all years searched. */
  widened?: true;
  literal: string;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
/** Longer queries are refused rather than searched: nobody types this much into a search box. */
export const MAX_QUERY_LENGTH = 500;
