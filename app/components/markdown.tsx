import { getEntryRedirects, getKnowledgeBase } from '../../lib/content';
import { renderMarkdown } from '../../lib/content/render';
import { cachedUpstreamCatalog, upstreamLinkTarget } from '../../lib/site/upstream-urls';

/**
 * Markdown from the content folder as HTML. The one place that inserts HTML unescaped, and it
 * only ever inserts renderMarkdown's sanitized output. Links to upstream's report pages lead to
 * this site's pages of those reports.
 */
export function Markdown({ text, minHeadingLevel, className }: { text: string; minHeadingLevel?: number; className?: string }) {
  if (text.trim() === '') return null;
  const catalog = cachedUpstreamCatalog(getKnowledgeBase(), getEntryRedirects());
  const html = renderMarkdown(text, { minHeadingLevel, localHref: (href) => upstreamLinkTarget(href, catalog) });
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
