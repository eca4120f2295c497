/**
 * Function words: too common to tell entries apart. They stay in the text (phrases and
 * entry lengths count them) but not in the index.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'has', 'have',
  'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'their', 'this', 'to',
  'was', 'were', 'which', 'will', 'with',
]);

/**
 * Words that shape a question rather than name its subject ("who works on …", "what is the
 * latest on …"). In a query they may add to a score, but a result need not contain them.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  'about', 'any', 'anyone', 'can', 'current', 'currently', 'did', 'do', 'does', 'done', 'doing',
  'find', 'going', 'happened', 'happening', 'how', 'i', 'latest', 'me', 'my', 'new', 'news',
  'progress', 'recent', 'show', 'someone', 'state', 'status', 'there', 'what', 'whats', 'when',
  'where', 'who', 'whom', 'why', 'work', 'worked', 'working', 'works', 'you',
]);
