import { renderMarkdown } from '../../lib/content/render';

/**
 * Markdown from the content folder as HTML. The one place that inserts HTML unescaped, and it
 * only ever inserts renderMarkdown's sanitized output.
 */
export function Markdown({ text, minHeadingLevel, className }: { text: string; minHeadingLevel?: number; className?: string }) {
  if (text.trim() === '') return null;
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(text, { minHeadingLevel }) }} />;
}
