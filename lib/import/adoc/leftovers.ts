/** Something of the AsciiDoc source that survived into the Markdown, where it should not have. */
export interface Leftover {
  message: string;
  line?: number;
}

/** Markdown without its code: fenced blocks and inline code spans hold literal text on purpose. */
export function stripMarkdownCode(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/(`+)[^`]*?\1/g, '');
}

const ATTRIBUTE_REF_RX = /\{([A-Za-z0-9_][\w-]*)\}/g;
const LINK_MACRO_RX = /\blink:\S*\[/g;
const CONTINUATION_RX = /(?:^|\s)\+$/m;

const unescapeMarkdown = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * Finds AsciiDoc left in converted Markdown: an unexpanded `{attribute}` (Asciidoctor leaves
 * references to undefined attributes as they are), a `link:…[` macro it did not recognise, a `+`
 * line continuation. Inside code they are literal text (`network.ethernets.{id}.mtu`) and fine.
 * Each is reported with the first source line that contains it.
 */
export function findLeftovers(markdown: string, source: string): Leftover[] {
  const text = stripMarkdownCode(markdown);
  const found: Leftover[] = [];
  const lineOf = (needle: string): number | undefined => {
    const index = source.split('\n').findIndex((l) => l.includes(needle));
    return index >= 0 ? index + 1 : undefined;
  };
  const add = (message: string, needle: string): void => {
    const line = lineOf(needle);
    found.push(line === undefined ? { message } : { message, line });
  };
  for (const m of new Set([...text.matchAll(ATTRIBUTE_REF_RX)].map((x) => x[0]))) {
    add(`unexpanded attribute reference ${m} left in the text`, m);
  }
  // The Markdown escapes the macro's punctuation (`https\://…\[`), which the source does not have.
  for (const m of new Set([...text.matchAll(LINK_MACRO_RX)].map((x) => unescapeMarkdown(x[0])))) {
    add(`unconverted link macro ${m}… left in the text`, m);
  }
  if (CONTINUATION_RX.test(text)) found.push({ message: 'a "+" line continuation left in the text' });
  return found;
}
