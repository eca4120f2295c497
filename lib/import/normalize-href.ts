import { resolveUrl } from './html-to-markdown';
import type { ReaderNote } from './types';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i;
// `www.FreeBSDFoundation.org`, `people.freebsd.org/~x/`: a host written without its scheme,
// which a browser would have resolved as a relative path on the report's page.
const BARE_HOST = /^(?:www|ftp)\.[^\s/]+(?:\/\S*)?$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|edu)(?:\/\S*)?$/i;

/** Schemes that run code where a link is followed: no status report links to one, and a tool using the API might. */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data):/i;

/** Whether a link target names its scheme (`https:`, `mailto:`, `ircs:` …). */
export function hasScheme(href: string): boolean {
  return HAS_SCHEME.test(href);
}

/**
 * A link target with the white space that line wrapping put inside it removed, and a warning
 * saying so: no URL holds white space, and a browser would request `%20` where the author
 * broke the line. White space at either end is dropped silently, as browsers drop it. The one
 * rule for every link an XML or HTML report writes, in its Links and in its text alike.
 */
export function unwrapHref(written: string, line: number | undefined, notes: ReaderNote[]): string {
  const trimmed = written.trim();
  if (!/\s/.test(trimmed)) return trimmed;
  const href = trimmed.replace(/\s+/g, '');
  // One space for each run, so that the message stays on one line as the HTML page wrapped it.
  notes.push({ severity: 'warning', line, message: `link "${trimmed.replace(/\s+/g, ' ')}" contains white space; read as ${href}` });
  return href;
}

/**
 * The absolute URL an upstream author meant by a link target as written in the Links of an
 * entry: white space from line wrapping removed, a bare address read as `mailto:`, a bare host
 * as `http://`, anything else relative resolved against the report's page. Each repair is a
 * warning, so the XML reader and the HTML reader of one report repair and report alike. A
 * `javascript:`, `vbscript:` or `data:` target is dropped (undefined), with a warning.
 */
export function normalizeHref(written: string, baseUrl: string, line: number | undefined, notes: ReaderNote[]): string | undefined {
  const href = unwrapHref(written, line, notes);
  // Browsers skip what precedes a scheme's first letter (control characters, spaces).
  if (SCRIPT_SCHEME.test(href.replace(/^[^a-z]+/i, ''))) {
    notes.push({ severity: 'warning', line, message: `link "${href}" would run a script; dropped` });
    return undefined;
  }
  if (HAS_SCHEME.test(href)) return href;
  if (BARE_EMAIL.test(href)) {
    notes.push({ severity: 'warning', line, message: `link "${href}" is an address without a scheme; read as mailto:${href}` });
    return `mailto:${href}`;
  }
  if (BARE_HOST.test(href)) {
    notes.push({ severity: 'warning', line, message: `link "${href}" is a host name without a scheme; read as http://${href}` });
    return `http://${href}`;
  }
  return resolveUrl(href, baseUrl);
}
