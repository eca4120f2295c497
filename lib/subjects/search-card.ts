import type { SearchQuery, SearchResponse, SubjectCard } from '../search/types';
import { subjectPath } from '../site/routes';
import { summarizeSubject } from './timeline';
import type { SubjectIndex } from './types';
import { nameKey } from './words';

/** Words around a name that do not change what the query names: "FreeBSD ZFS", "zfs on freebsd". */
const AROUND = /^(?:freebsd )?(.*?)(?: (?:on|in|for) freebsd)?$/;

/** The subject a query names, if it names one and nothing else. */
export function subjectNamedBy(text: string, index: Pick<SubjectIndex, 'byName'>): SubjectCard | undefined {
  const key = nameKey(text.replace(/"/g, ' ')).replace(AROUND, '$1');
  const subject = key ? index.byName.get(key) : undefined;
  if (!subject) return undefined;
  const { span, entryCount, projectCount } = summarizeSubject(subject);
  return { slug: subject.slug, title: subject.title, url: subjectPath(subject.slug), span, entries: entryCount, projects: projectCount };
}

/** A search answer with the subject its query names, on its first page only. */
export function withSubjectCard(response: SearchResponse, query: SearchQuery, index: Pick<SubjectIndex, 'byName'>): SearchResponse {
  if (query.offset > 0) return response;
  const subject = subjectNamedBy(response.correctedQuery ?? query.text, index);
  return subject ? { ...response, subject } : response;
}
