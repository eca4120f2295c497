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

/**
 * First words that make a query a question ("who wrote …", "when did … move …", "is there …").
 */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'what', 'whats', 'when', 'where', 'which', 'why', 'how',
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'has', 'have', 'will', 'should',
]);

/**
 * Verbs a question asks about its subject with ("who wrote the automounter", "why was gcc
 * removed"): in a question they say what the asker wants to know, not what the entry is about,
 * so a result need not contain them. Words that are also nouns here ("port", "ports",
 * "support", "switch", "make", "go") stay: they often name the subject ("the arm64 port").
 */
export const QUESTION_VERBS: ReadonlySet<string> = new Set([
  'add', 'added', 'adding', 'begin', 'began', 'begun', 'change', 'changed', 'create', 'created',
  'develop', 'developed', 'developing', 'develops', 'drop', 'dropped', 'fix', 'fixed', 'fixing',
  'implement', 'implemented', 'implementing', 'introduce', 'introduced',
  'lead', 'leads', 'led', 'maintain', 'maintained', 'maintaining', 'maintains', 'made',
  'move', 'moved', 'moving', 'ported', 'porting', 'remove', 'removed',
  'removing', 'replace', 'replaced', 'replacing', 'retire', 'retired', 'start', 'started',
  'stop', 'stopped', 'switched', 'write', 'writes', 'writing', 'written', 'wrote',
]);
