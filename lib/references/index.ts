// What entries cite: every URL and wiki page, and which entries (and so projects) cite each.
export { buildCitationIndex, resolveWikiPage, type CitationIndex, type WikiResolution } from './citations';
export { getCitationIndex } from './site';
export { wikiAncestry, wikiKey, wikiPageOf } from './wiki';
