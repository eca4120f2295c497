export { loadKnowledgeBase, type KnowledgeBase } from './load';
export { checkKnowledgeBase, markdownLinkTargets } from './check';
export { resolveContentDir, REPORT_FILE, PROJECTS_FILE } from './paths';
export { serializeEntry, serializeReport, parseEntryFile, parseReportFile } from './serialize';
export { writeReportFolder } from './write';
export { getEntryRedirects, getKnowledgeBase } from './site';
export { entryToJson, type EntryJson, type EntrySummaryJson } from './json';
export { markdownToPlainText, type PlainText } from './plain-text';
export { excerptOf } from './excerpt';
