/**
 * Words that never start or end a subject's name: English function words and the words report
 * titles use for any work ("update", "support", "status"). Not a list of subjects: a word here
 * can still sit inside a name ("Summer of Code").
 */
export const NOT_A_NAME = new Set([
  'a', 'about', 'after', 'aka', 'all', 'an', 'and', 'are', 'as', 'at', 'based', 'be', 'between', 'beyond', 'both', 'by', 'can', 'for',
  'from', 'has', 'have', 'how', 'in', 'into', 'is', 'it', 'its', 'more', 'new', 'next', 'non', 'now', 'of', 'on', 'or', 'other',
  'etc', 'our', 'over', 'per', 'the', 'their', 'this', 'to', 'towards', 'under', 'up', 'using', 'via', 'vs', 'what', 'with', 'without',
  'freebsd', 'update', 'updates', 'updated', 'status', 'report', 'reports', 'support', 'supported', 'project', 'projects', 'work',
  'progress', 'improvement', 'improvements', 'improved', 'improving', 'changes', 'news', 'ongoing', 'latest', 'initial', 'current',
  'team', 'quarterly', 'q1', 'q2', 'q3', 'q4', 'summary', 'various', 'misc', 'miscellaneous', 'some', 'several', 'first', 'second',
  'port', 'porting', 'ported', 'ports', 'add', 'adding', 'added', 'fixes', 'fix', 'fixing', 'issues', 'new', 'use', 'make',
]);
