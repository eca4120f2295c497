import type { Entry } from '../model';
import type { CitedLink } from './types';

/**
 * A URL reduced to what tells two citations of one page apart: `http` and `https` are one,
 * the host's case and a trailing slash do not count. Query and fragment do.
 */
export function linkIdentity(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed.replace(/\/+$/, '');
  }
  const { protocol } = parsed;
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'ftp:') return trimmed.toLowerCase();
  const scheme = protocol === 'ftp:' ? 'ftp:' : '';
  // URL lowercases the host and drops default ports itself.
  return `${scheme}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`;
}

/** Every link the entries cite, one per `linkIdentity`, counted once per citing entry. */
export function citedLinks(entries: readonly Pick<Entry, 'links'>[]): CitedLink[] {
  const byIdentity = new Map<string, CitedLink & { order: number }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const link of entry.links) {
      const identity = linkIdentity(link.url);
      const cited = byIdentity.get(identity);
      if (!cited) {
        byIdentity.set(identity, { url: link.url.trim(), text: link.text.trim(), count: 1, order: byIdentity.size });
        seen.add(identity);
        continue;
      }
      // Later citations win: the latest spelling and text are the most likely to still work.
      cited.url = link.url.trim();
      if (link.text.trim()) cited.text = link.text.trim();
      if (!seen.has(identity)) cited.count++;
      seen.add(identity);
    }
  }
  return [...byIdentity.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ url, text, count }) => ({ url, text, count }));
}
