export * from './schema';
export type { Report, Entry, ContentProblem, Ledger, Project, ProjectIndex, ContactKind, Person, PeopleIndex, Subject, SubjectIndex } from './types';
export { parseReportId, reportLabel, compareReportIds, monthName, monthNumber, yearsOfPeriod, type ParsedReportId, type ReportPeriod } from './report-id';
export { findBySlug, slugify, slugWords, SlugAllocator, type SlugIndex } from './slug';
export { GENERAL_CATEGORY, UNCATEGORIZED, categoryKey, categoryFamilies } from './categories';
export { countOf } from './count';
export { problemText } from './problem';
export { reportRef, shortReportLabel, reportStartYear, formatSpan, type ReportRef } from './report-ref';
export { entriesWithIds } from './entry-ids';
