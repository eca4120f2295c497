// What the `feed` package leaves to its caller. It writes titles, summaries and content as
// CDATA marked `type="html"`, so plain text must be escaped as HTML first, and a `]]>` inside
// would end the CDATA early (xml-js splits only the first one). It writes attribute values
// with only `"` escaped. And XML 1.0 forbids most control characters and lone surrogates,
// which no feed parser accepts.
import { escapeHtml } from '../content';

// The control characters are the point of this pattern.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters XML 1.0 cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Plain text as HTML, for a `type="html"` title or summary. */
export function textAsHtml(text: string): string {
  return escapeHtml(xmlSafe(text));
}

/**
 * HTML made safe to sit in CDATA: `]]>` can only occur in text or attribute values, where
 * `]]&gt;` means the same to an HTML parser.
 */
export function htmlForCdata(html: string): string {
  return xmlSafe(html).replaceAll(']]>', ']]&gt;');
}

/** A value for an attribute the `feed` package writes without escaping `&` and `<`. */
export function attributeValue(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
