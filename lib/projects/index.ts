// Threading: entries of all reports grouped into projects. `threadProjects` is the one entry point;
// `getProjectIndex` is the site's memo of it over the content folder.
export { groupByNormalizedTitle, normalizeTitle } from './naive';
export { threadProjects } from './thread';
export { getProjectIndex } from './site';
export type { Project, ProjectIndex } from './types';
