// The search: rows from entries (rows.ts), the one FlexSearch index (create-index.ts), postings
// and ranking (postings.ts, plan.ts, rank.ts, order.ts), snippets, parameters, and the engine.
export { createSearchEngine, createEngineFromData, type SearchEngine } from './search';
export { buildSearchData, rowContextOf, type SearchData } from './data';
export { getSearchEngine } from './site';
export { loadOrBuildSearchData, resolveSearchCacheDir } from './cache';
export { snapshotSearchData, restoreSearchData, type SearchSnapshot } from './snapshot';
export { parseSearchParams, type ParsedParams, type ParamsInput, type ParamLabels, type ParamName } from './params';
export { buildSearchRows, type RowContext } from './rows';
export { tokenize, tokenizeGroups, foldText, type TokenGroup } from './tokenize';
export { Speller } from './vocabulary/spell';
export { buildSnippet, snippetToHtml, type Snippet } from './snippet';
export * from './types';
export { answerSearchRequest } from './endpoint';
export { serveSearchApi } from './http';
