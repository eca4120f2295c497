// Threading: entries of all reports grouped into projects. `threadProjects` does the grouping;
// `projectsOf` applies a content folder's corrections and published slugs; `getProjectIndex` is
// the site's memo of it. The rest are what pages, feeds and the API make of projects.
export { threadProjects, type PinPlace, type ThreadOptions } from './thread';
export { getOpenTasks, getProjectIndex, projectsOf, threadOptionsOf } from './site';
export { restoreProjects, snapshotProjects } from './snapshot';
export { parseCorrections, readCorrections, type Corrections, type LoadedCorrections } from './corrections';
export { publishProjectSlugs } from './publish';
export { distinctTitles } from './naming';
export { buildProjectTimeline, summarizeProject, projectNeighbours, projectListRows, type ProjectTimeline, type ProjectSummary, type ProjectNeighbours, type ProjectListRow } from './timeline';
export { projectToJson, projectSummaryToJson, type ProjectJson, type ProjectSummaryJson } from './json';
export { answerProjectRequest, projectAddress } from './endpoint';
