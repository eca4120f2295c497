import type { KnowledgeBase } from '../content';
import { DOCUMENTATION_CATEGORY, TEAM_REPORTS_CATEGORY } from '../model/categories';
import { categoryFamilies, compareReportIds, monthNumber, yearsOfPeriod } from '../model';
import { buildSearchData, type SearchData } from './data';
import { planQuery, type Lexicon, type QueryPlan } from './plan';
import { hasSeveralKeyWords, inReadersWords, parseQuery, unquoted } from './query';
import { addProjectEvidence, addSubjectEvidence, type RowGroups, appendRanked, bestPerGroup, markDownPassingMentions, markUpExactTitles, firstFirst, newestFirst, orderOf, rankingScores, topPositions, type Ranked } from './order';
import { isCommonTerm, namedBy, namingTermsByRow, RowScratch, scoreRows, titleTermsByRow, type Scored } from './rank';
import type { RowContext } from './rows';
import type { ParamLabels } from './params';
import { buildSnippet, SNIPPET_LENGTH, snippetToHtml } from './snippet';
import { foldText } from './tokenize';
import { periodLabel, readQueryPeriod } from './query-period';
import { AliasTable } from './vocabulary/aliases';
import { Speller } from './vocabulary/spell';
import { Stems } from './vocabulary/stems';
import { Compounds } from './vocabulary/compounds';
import type { SearchFacets, SearchQuery, SearchResponse, SearchResult } from './types';

const ROUNDUP_CATEGORIES: ReadonlySet<string> = new Set([TEAM_REPORTS_CATEGORY, DOCUMENTATION_CATEGORY]);

export interface SearchEngine {
  search(query: SearchQuery): SearchResponse;
  /** What is wrong with the query's category or person, when it names none the index knows: a typo is not "no results". */
  filterError(query: SearchQuery, label?: ParamLabels): string | undefined;
  /** The family a category key is searched as ("userland" is "userland-programs"); an unknown key is its own. */
  categoryFamily(key: string): string;
  /** Number of entries searched. */
  readonly size: number;
  readonly data: SearchData;
}

/** The query with each corrected word put in place of the word as typed. */
function correctedText(text: string, corrections: QueryPlan['corrections']): string {
  let out = text;
  for (const c of [...corrections].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.term + out.slice(c.end);
  return out;
}

/**
 * Matches per label (year, category): each row counted under its label's index and the `more`
 * after it. A year's count is what `from=Y&to=Y` finds, so an entry whose report spans two years
 * counts in both (the year counts may add up to more than the total). Typed arrays, not a list
 * per row: this runs over every match of every search.
 */
function countLabels(positions: readonly number[], scoredRows: Int32Array, labelOf: Uint16Array, labels: readonly string[], more?: Uint8Array): Record<string, number> {
  const counts = new Uint32Array(labels.length);
  for (const p of positions) {
    const row = scoredRows[p] ?? 0;
    const label = labelOf[row] ?? 0;
    for (let i = label; i <= label + (more?.[row] ?? 0); i++) counts[i] = (counts[i] ?? 0) + 1;
  }
  const out: Record<string, number> = {};
  counts.forEach((n, i) => {
    if (n > 0) out[labels[i] ?? ''] = n;
  });
  return out;
}

/** A search engine over prepared data: ranking, filters, collapsing, facets, snippets. */
export function createEngineFromData(data: SearchData): SearchEngine {
  const { rows, postings } = data;
  const start = Int32Array.from(rows, (r) => monthNumber(r.period.start));
  const end = Int32Array.from(rows, (r) => monthNumber(r.period.end));
  // Recency is the timelines' order (`compareReportIds`: by start, then end), so that newest first
  // is a timeline turned round: a developer summit in May 2013 comes before 2013's second quarter.
  const reportIds = [...new Set(rows.map((r) => r.report))].sort(compareReportIds);
  const rankOfReport = new Map(reportIds.map((id, i) => [id, i]));
  const reportRank = Int32Array.from(rows, (r) => rankOfReport.get(r.report) ?? 0);
  const terms = postings.vocabulary.terms;
  const titleTerms = titleTermsByRow(data);
  const namingTerms = namingTermsByRow(data);
  // Scratch for `markUpExactTitles`, kept all zero between searches.
  const wordOfTerm = new Int32Array(terms.length);
  // A search's per-row scores, released when it has its response (searches never overlap).
  const scratch = new RowScratch(postings.phraseTexts.length);
  // The query's words as a title holds them: a word most entries hold ("FreeBSD") is aside in both.
  const titleWordsOf = (plan: QueryPlan): number[][] => plan.words.map((w) => w.alternatives.flatMap((a) => a.termIds).filter((t) => !isCommonTerm(data, t))).filter((ids) => ids.length > 0);
  const speller = new Speller(postings.vocabulary);
  const lexicon: Lexicon = {
    vocabulary: postings.vocabulary,
    speller,
    aliases: new AliasTable(data.aliases, postings.vocabulary, rows.length),
    stems: new Stems(postings.vocabulary),
    compounds: new Compounds(postings.vocabulary),
  };
  // Every year of every period is a label, so the years of one period have consecutive labels.
  const yearLabels = [...new Set(rows.flatMap((r) => yearsOfPeriod(r.period)))].sort();
  const yearSpan = { first: Number(yearLabels[0] ?? 0), last: Number(yearLabels.at(-1) ?? -1) };
  const yearOf = Uint16Array.from(rows, (r) => yearLabels.indexOf(r.period.start.slice(0, 4)));
  const moreYearsOf = Uint8Array.from(rows, (r) => yearsOfPeriod(r.period).length - 1);
  // Counted and filtered by family: the reports' renamed categories are one to a reader.
  const familyOf = categoryFamilies(rows);
  const categoryKeys = new Set(rows.map((r) => r.category));
  const categoryLabels = [...new Set([...categoryKeys].map(familyOf))].sort();
  const categoryOf = Uint16Array.from(rows, (r) => categoryLabels.indexOf(familyOf(r.category)));
  const projectNumbers = new Map<string, number>();
  const projectOf = Int32Array.from(rows, (r) => (r.project === null ? -1 : (projectNumbers.get(r.project) ?? projectNumbers.set(r.project, projectNumbers.size).size - 1)));
  // Each row's subjects, numbered: read per query by `addSubjectEvidence`.
  const subjectNumbers = new Map<string, number>();
  const subjectOffsets = new Int32Array(rows.length + 1);
  const subjectList: number[] = [];
  rows.forEach((r, i) => {
    for (const slug of r.subjects) subjectList.push(subjectNumbers.get(slug) ?? subjectNumbers.set(slug, subjectNumbers.size).size - 1);
    subjectOffsets[i + 1] = subjectList.length;
  });
  // A subject's rows a search's filters let through: its reach is the share of those it matched,
  // so that a year or a category does not make every subject look broad.
  const subjectSizesWithin = (filter: (row: number) => boolean): Int32Array => {
    const sizes = new Int32Array(subjectNumbers.size);
    for (let r = 0; r < rows.length; r++) {
      if (!filter(r)) continue;
      for (let k = subjectOffsets[r] ?? 0; k < (subjectOffsets[r + 1] ?? 0); k++) sizes[subjectList[k] ?? 0] = (sizes[subjectList[k] ?? 0] ?? 0) + 1;
    }
    return sizes;
  };
  const subjectsOfRow: RowGroups = { offsets: subjectOffsets, groups: Int32Array.from(subjectList), count: subjectNumbers.size, sizes: subjectSizesWithin(() => true) };
  // Teams' and documentation reports cover many things a line each: a mention there is in passing.
  const roundup = Uint8Array.from(rows, (r) => (ROUNDUP_CATEGORIES.has(r.category) ? 1 : 0));
  // Folded once here rather than per result: snippets search the folded body.
  const foldedBodies = rows.map((r) => foldText(r.fields.body));

  const snippetOf = (r: number, termIds: number[]): string => {
    const row = rows[r];
    if (!row) return '';
    const words = [...new Set(termIds)].map((id) => terms[id] ?? '');
    let snippet = buildSnippet(row.fields.body, words, SNIPPET_LENGTH, foldedBodies[r]);
    if (snippet.marks.length === 0) {
      // Where the body does not match, a match among the people or references says why the
      // entry came up; link targets would only show URLs, so the body's start serves better.
      for (const field of ['people', 'references'] as const) {
        const other = buildSnippet(row.fields[field], words);
        if (other.marks.length > 0) {
          snippet = other;
          break;
        }
      }
    }
    return snippetToHtml(snippet);
  };

  const filterOf = (query: SearchQuery): ((row: number) => boolean) | undefined => {
    if (!query.from && !query.to && !query.category && !query.person) return undefined;
    const from = query.from ? monthNumber(query.from) : Number.NEGATIVE_INFINITY;
    const to = query.to ? monthNumber(query.to) : Number.POSITIVE_INFINITY;
    const category = query.category ? familyOf(query.category) : undefined;
    return (r) => {
      const row = rows[r];
      if (!row || (end[r] ?? 0) < from || (start[r] ?? 0) > to) return false;
      if (category !== undefined && categoryLabels[categoryOf[r] ?? -1] !== category) return false;
      return !query.person || row.people.includes(query.person);
    };
  };

  /** The rows holding any of the terms a query excludes (`-word`), or none. */
  const holding = (terms: readonly string[]): Set<number> => {
    const out = new Set<number>();
    for (const term of terms) {
      const id = postings.vocabulary.idOf(term);
      if (id >= 0) for (let i = postings.offsets[id] ?? 0; i < (postings.offsets[id + 1] ?? 0); i++) out.add(postings.rows[i] ?? -1);
    }
    return out;
  };

  /** The query's filters, and its excluded words: a word written `-zfs` keeps out the entries holding it. */
  const withoutExcluded = (filter: ((row: number) => boolean) | undefined, excluded: readonly string[]): ((row: number) => boolean) | undefined => {
    const out = holding(excluded);
    if (out.size === 0) return filter;
    return (r) => !out.has(r) && (filter?.(r) ?? true);
  };

  /** No words but filters: every entry they let through, newest first (a browse, not a search). */
  const browse = (accept: (row: number) => boolean): Scored => {
    const picked = Int32Array.from(rows.keys()).filter(accept);
    return {
      count: picked.length,
      words: 0,
      rows: picked,
      matched: new Uint8Array(picked.length),
      exact: new Uint8Array(picked.length),
      scores: new Float64Array(picked.length),
      matchedTerms: () => [],
    };
  };

  /** `readersWords`: the query names nothing (`inReadersWords`), so the subjects of its best rows say what it is about. */
  const rank = (plan: QueryPlan, filter: ((row: number) => boolean) | undefined, browsing: boolean, readersWords = false): Ranked => {
    const scored = plan.words.length === 0 && filter && browsing ? browse(filter) : scoreRows(plan, data, filter, scratch);
    const score = rankingScores(scored, plan.question);
    if (plan.words.length > 0) {
      addProjectEvidence(scored, score, projectOf, projectNumbers.size);
      if (readersWords) addSubjectEvidence(scored, score, filter ? { ...subjectsOfRow, sizes: subjectSizesWithin(filter) } : subjectsOfRow);
      markDownPassingMentions(scored, score, roundup, namedBy(plan, namingTerms));
      if (!plan.question) markUpExactTitles(scored, score, titleTerms, titleWordsOf(plan), wordOfTerm);
    }
    return { scored, score };
  };

  const search = (query: SearchQuery): SearchResponse => {
    try {
      return searchWithScratch(query);
    } finally {
      scratch.release();
    }
  };

  const searchWithScratch = (asked: SearchQuery, readsPeriod = true): SearchResponse => {
    const started = performance.now();
    // A year typed among the words is the period the reader means. Given `from` or `to` win over
    // it rather than intersect with it: they are a choice made after the query was typed (a year
    // facet clicked under "zfs 2019"), and intersecting would turn a click on 2018 into no
    // results. The year's words leave the query either way, so that the facets' counts stay
    // what clicking them finds.
    const period = readsPeriod ? readQueryPeriod(asked.text, yearSpan) : undefined;
    const applied = period !== undefined && asked.from === undefined && asked.to === undefined;
    const query: SearchQuery = !period ? asked : applied ? { ...asked, text: period.rest, from: period.from, to: period.to } : { ...asked, text: period.rest };
    const parsed = parseQuery(query.text);
    const plan = planQuery(parsed, lexicon);
    const filters = filterOf(query);
    const filter = withoutExcluded(filters, parsed.excluded);
    // Filters alone list their entries; an excluded word alone lists nothing.
    const browsing = filters !== undefined;
    const readersWords = inReadersWords(parsed);
    const exact = rank(plan, filter, browsing, readersWords);
    // A quoted phrase's entries come first, as written; the entries holding all its words apart
    // or in other forms ("build reproducibly" for "reproducible builds") follow rather than
    // being lost, as the same query unquoted ranks them.
    const apart = parsed.phrases.some(hasSeveralKeyWords) ? rank(planQuery(parseQuery(unquoted(query.text)), lexicon), filter, browsing, readersWords) : undefined;
    const { scored, score, firstCount } = apart
      ? appendRanked(exact, apart, (p) => apart.scored.matched[p] === apart.scored.words)
      : { ...exact, firstCount: exact.scored.count };
    const order = query.sort === 'newest' ? newestFirst(scored, score, reportRank) : firstFirst(orderOf(scored, score, reportRank), firstCount);
    let positions: number[] = new Array<number>(scored.count);
    for (let i = 0; i < scored.count; i++) positions[i] = i;
    if (query.collapse) positions = bestPerGroup(positions, (p) => rows[scored.rows[p] ?? -1]?.project ?? null, order);
    const facets: SearchFacets = {
      years: countLabels(positions, scored.rows, yearOf, yearLabels, moreYearsOf),
      categories: countLabels(positions, scored.rows, categoryOf, categoryLabels),
    };
    const top = topPositions(positions, query.offset + query.limit, order);
    const results: SearchResult[] = [];
    for (const p of top.slice(query.offset)) {
      const r = scored.rows[p] ?? 0;
      const row = rows[r];
      if (!row) continue;
      results.push({
        id: row.entryId,
        report: row.report,
        slug: row.slug,
        title: row.title,
        category: row.category,
        project: row.project,
        projectTitle: row.projectTitle,
        url: row.url,
        snippet: snippetOf(r, scored.matchedTerms(r)),
        score: score[p] ?? 0,
      });
    }
    const response: SearchResponse = { query: asked.text, total: positions.length, tookMs: 0, results, facets };
    if (parsed.phrases.length > 0) response.phraseTotal = positions.filter((p) => p < firstCount).length;
    // The corrections' offsets are the typed query's too: the period's words were blanked, not cut.
    if (plan.corrections.length) response.correctedQuery = correctedText(asked.text, plan.corrections);
    if (period) response.queryPeriod = { typed: period.typed, label: periodLabel(period.from, period.to), from: period.from, to: period.to, applied, literal: period.literal };
    // Nothing in the period ("jail 2005"): the query read as before years were (the number one
    // word among the others, over all years) rather than no results and a link.
    if (period && applied && positions.length === 0 && period.rest.trim() !== '') {
      const wider = searchWithScratch(asked, false);
      return { ...wider, query: asked.text, queryPeriod: { ...response.queryPeriod!, applied: false, widened: true }, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
    }
    response.tookMs = Math.round((performance.now() - started) * 1000) / 1000;
    return response;
  };

  const people = new Set(rows.flatMap((r) => r.people));
  const filterError = (query: SearchQuery, label: ParamLabels = (name) => name): string | undefined => {
    if (query.category !== undefined && !categoryKeys.has(query.category)) return `${label('category')} "${query.category}" is none of the reports' categories (${categoryLabels.join(', ')})`;
    if (query.person !== undefined && !people.has(query.person)) return `${label('person')} "${query.person}" names no one who reported`;
    return undefined;
  };
  return { search, filterError, categoryFamily: familyOf, size: rows.length, data };
}

/** Builds a search engine over a knowledge base, once; every search then reads only memory. */
export function createSearchEngine(kb: KnowledgeBase, context?: RowContext): SearchEngine {
  return createEngineFromData(buildSearchData(kb, context));
}
