// Subjects: what readers and the wiki name (bhyve, ZFS, SR-IOV), followed through every project
// that reported on it. `buildSubjects` is the one entry point; `subjectsOf` adds a content folder's
// corrections (`subjects.yml`) and published slugs; `getSubjectIndex` is the site's memo.
export { buildSubjects, type SubjectOptions } from './build';
export { subjectsOf, subjectOptionsOf, getSubjectIndex } from './site';
export { restoreSubjects, snapshotSubjects } from './snapshot';
export { publishSubjectSlugs } from './publish';
export { parseSubjectCorrections, readSubjectCorrections, type SubjectCorrections, type LoadedSubjectCorrections } from './corrections';
export { buildSubjectTimeline, summarizeSubject, subjectListRows, type SubjectTimeline, type SubjectSummary, type SubjectListRow, type SubjectLane } from './timeline';
export { subjectSummaryToJson, subjectToJson, type SubjectJson, type SubjectSummaryJson } from './json';
export { answerSubjectRequest } from './endpoint';
