// The ports tree's layout: a port is `<category>/<name>`, and the category is a shelf, not a thing.

/** The ports tree's physical categories: `<category>/<port>` is a port origin. */
export const PORT_CATEGORIES = [
  'accessibility', 'arabic', 'archivers', 'astro', 'audio', 'benchmarks', 'biology', 'cad', 'chinese',
  'comms', 'converters', 'databases', 'deskutils', 'devel', 'dns', 'editors', 'emulators', 'finance',
  'french', 'ftp', 'games', 'german', 'graphics', 'hebrew', 'hungarian', 'irc', 'japanese', 'java',
  'korean', 'lang', 'mail', 'math', 'misc', 'multimedia', 'net', 'net-im', 'net-mgmt', 'net-p2p', 'news',
  'polish', 'ports-mgmt', 'portuguese', 'print', 'russian', 'science', 'security', 'shells', 'sysutils',
  'textproc', 'ukrainian', 'vietnamese', 'www', 'x11', 'x11-clocks', 'x11-drivers', 'x11-fm',
  'x11-fonts', 'x11-servers', 'x11-themes', 'x11-toolkits', 'x11-wm',
];

const CATEGORY_OF_ORIGIN = new RegExp(`(?<![\\w.-])(?:${PORT_CATEGORIES.join('|')})/(?=[a-z0-9])`, 'gi');

/**
 * A text with the category of each port origin taken out ("lang/gcc" → "gcc", also inside a URL
 * path): where names are counted, "lang" and "sysutils" name no thing an entry is about.
 */
export function withoutPortCategories(text: string): string {
  return text.replace(CATEGORY_OF_ORIGIN, '');
}

/**
 * Languages of the documentation repository's trees (ISO 639-1), which shelve each translation
 * of the web site under `www/<language>` — a path beside the ports' `www/` shelf, not a port.
 */
const DOC_TREE_LANGUAGES = [
  'bn', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hr', 'hu', 'id', 'it', 'ja', 'ko',
  'mn', 'nb', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'tr', 'uk', 'vi', 'zh',
];

/** `www/ja`, `www/zh_CN`, `www/ja_JP.eucJP`: a language's part of the web site's tree. */
const DOC_TREE_PATH = new RegExp(`^www/(?:${DOC_TREE_LANGUAGES.join('|')})(?:_[A-Z]{2}(?:\\.[\\w-]+)?)?$`);

/** Whether what reads as a port origin is a path of the documentation's web tree. */
export function isDocTreePath(origin: string): boolean {
  return DOC_TREE_PATH.test(origin);
}
