export { readAdocReport, type AdocReportInput } from './read-adoc-report';
export { parseCategoryDescriptions } from './category-descriptions';
export { readAdocEntry, type RawAdocEntry, type AdocEntryInput } from './read-adoc-entry';
export { gitCommitLink, manPageLink, packageLink, type MacroLink } from './macros';
