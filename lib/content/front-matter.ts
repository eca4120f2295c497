import matter from 'gray-matter';

/** gray-matter runs front matter opening with `---js` through `eval`; the reports' is YAML only. */
function refuseScript(): never {
  throw new Error('front matter in JavaScript is not read (YAML only)');
}

/** A file's YAML front matter and the text after it, as gray-matter reads them, its script engine off. */
export function readFrontMatter(text: string): matter.GrayMatterFile<string> {
  // A fresh options object also keeps gray-matter from caching the parse, and every file's text with it.
  return matter(text, { excerpt: false, engines: { js: refuseScript, javascript: refuseScript } });
}
