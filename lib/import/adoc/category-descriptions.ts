import { asciidocReportUrl } from '../upstream-urls';
import { AdocLog, loadAdoc, withAdocLog } from './asciidoctor';
import { cleanText, convertBodyHtml } from './html';
import { normalizeSource } from './source';

const ATTRIBUTE_ENTRY_RX = /^:([A-Za-z0-9_][\w-]*):(?:[ \t]+(.*))?$/;

/**
 * `categories-desc.adoc` is included into every report page, and all report pages sit at the
 * same depth, so any report's URL resolves its relative links (`../../administration/`) alike.
 */
const REPORT_PAGE_URL = asciidocReportUrl('2021-01-2021-03');

/**
 * Reads upstream's `categories-desc.adoc`: attribute name (lowercased, as AsciiDoc attribute
 * names are case-insensitive: `freebsd-team-reports-desc`) → its text as one line of Markdown,
 * links made absolute. Values continued with a trailing ` \` are joined.
 */
export async function parseCategoryDescriptions(text: string, baseUrl: string = REPORT_PAGE_URL): Promise<Map<string, string>> {
  const raw = new Map<string, string>();
  const lines = normalizeSource(text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = ATTRIBUTE_ENTRY_RX.exec(lines[i] ?? '');
    if (!m?.[1]) continue;
    let value = (m[2] ?? '').trimEnd();
    while (/\s[\\+]$/.test(value) && i + 1 < lines.length) {
      value = `${value.slice(0, -1).trimEnd()} ${(lines[++i] ?? '').trim()}`;
    }
    raw.set(m[1].toLowerCase(), value.trim());
  }
  const out = new Map<string, string>();
  for (const [name, value] of raw) out.set(name, await adocToInlineMarkdown(value, baseUrl));
  return out;
}

/** A short piece of AsciiDoc (a description, an introduction) as Markdown; log messages discarded. */
export async function adocToMarkdown(source: string, baseUrl: string, log: AdocLog = new AdocLog()): Promise<string> {
  return withAdocLog(log, async () => {
    const doc = await loadAdoc(source);
    return convertBodyHtml(await doc.convert(), baseUrl).markdown;
  });
}

/** Same, on one line (category descriptions are short paragraphs). */
export async function adocToInlineMarkdown(source: string, baseUrl: string, log?: AdocLog): Promise<string> {
  return cleanText(await adocToMarkdown(source, baseUrl, log));
}
