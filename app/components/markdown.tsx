import { getEntryAliases, getKnowledgeBase } from '../../lib/content';
import { renderMarkdown } from '../../lib/content/render';
import { cachedUpstreamCatalog, upstreamLinkTarget, type UpstreamCatalog } from '../../lib/site/upstream-urls';

/**
 * HTML already rendered, per knowledge base (its catalog), by heading level and text: one text
 * shows on several pages (an entry's on its report's, its own, its project's), and `/tasks`,
 * made on each request, rendered thirty projects' tasks every time (most of its 30 ms, in micromark).
 */
const rendered = new WeakMap<UpstreamCatalog, Map<string, string>>();

/**
 * Markdown from the content folder as HTML. The one place that inserts HTML unescaped, and it
 * only ever inserts renderMarkdown's sanitized output. Links to upstream's report pages lead to
 * this site's pages of those reports.
 */
export function Markdown({ text, minHeadingLevel, className }: { text: string; minHeadingLevel?: number; className?: string }) {
  if (text.trim() === '') return null;
  const catalog = cachedUpstreamCatalog(getKnowledgeBase(), getEntryAliases());
  let cache = rendered.get(catalog);
  if (!cache) rendered.set(catalog, (cache = new Map()));
  const key = `${minHeadingLevel ?? 1}\n${text}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = renderMarkdown(text, { minHeadingLevel, localHref: (href) => upstreamLinkTarget(href, catalog), reachableScrollers: true });
    cache.set(key, html);
  }
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
