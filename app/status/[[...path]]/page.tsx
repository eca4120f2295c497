import { notFound, permanentRedirect } from 'next/navigation';
import { getEntryAliases, getKnowledgeBase } from '../../../lib/content';
import { cachedUpstreamCatalog, upstreamRedirectTarget } from '../../../lib/site/upstream-urls';

type Props = { params: Promise<{ path?: string[] }> };

/**
 * Upstream's `/status/…` addresses (report pages, AsciiDoc entry pages, the index): a 308 to
 * their page here, or the normal 404 page. A page rather than a route handler for that 404.
 */
export default async function UpstreamStatusRedirect({ params }: Props): Promise<never> {
  const { path = [] } = await params;
  const target = upstreamRedirectTarget(['status', ...path], cachedUpstreamCatalog(getKnowledgeBase(), getEntryAliases()));
  if (target === null) notFound();
  permanentRedirect(target);
}
