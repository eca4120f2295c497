export { groupByNormalizedTitle, normalizeTitle, type Project } from './naive';
