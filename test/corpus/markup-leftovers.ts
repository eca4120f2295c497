import type { Html, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const markdown = unified().use(remarkParse).use(remarkGfm);
const TAG = /<\/?(?:p|tt|ul|ol|li|a|em|pre|br|table|td|tr|b|i|code|strong|url|emph|sponsor|span|div|img|h\d)\b[^>]*>/i;

/**
 * Upstream markup left in Markdown prose (code may show anything): raw HTML, entities and
 * XHTML tags; in AsciiDoc-era text also `link:…[` macros, `{attribute}` references and ` +`
 * line continuations (in 2009 a DTrace probe is legitimately named `vfs:vop:{vopname}:entry`).
 */
export function markupLeftovers(text: string, options: { asciidoc: boolean }): string[] {
  const found: string[] = [];
  visit(markdown.parse(text), (node) => {
    if (node.type === 'html') found.push(`raw HTML ${(node as Html).value.slice(0, 50)}`);
    if (node.type !== 'text') return;
    const value = (node as Text).value;
    const excerpt = value.slice(0, 60);
    if (/&(?:[a-z][\w.-]*|#\d+|#x[0-9a-f]+);/i.test(value)) found.push(`entity in "${excerpt}"`);
    if (TAG.test(value)) found.push(`tag in "${excerpt}"`);
    if (/link:\S*\[/.test(value)) found.push(`AsciiDoc link macro in "${excerpt}"`);
    if (options.asciidoc && /\{[a-zA-Z][\w-]*\}/.test(value)) found.push(`unexpanded attribute in "${excerpt}"`);
    if (options.asciidoc && /(^| )\+$/m.test(value)) found.push(`line continuation in "${excerpt}"`);
  });
  return found;
}
