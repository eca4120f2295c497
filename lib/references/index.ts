// What entries cite: every URL and wiki page, the work they mention (reviews, problem reports,
// commits, man pages, ports), and which entries (and so projects) cite each.
export { buildCitationIndex, mostCitedOfKind, resolveWikiPage, workKey, type CitationIndex, type WikiLookups, type WikiResolution } from './citations';
export { findWorkReferences, workReference, WORK_KINDS, WORK_KIND_NAMES, type WorkKind, type WorkReference } from './work';
export { getCitationIndex } from './site';
export { wikiAncestry, wikiKey, wikiPageOf, wikiWords } from './wiki';
export { PORT_CATEGORIES, withoutPortCategories } from './ports';
