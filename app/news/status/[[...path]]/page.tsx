import { notFound, permanentRedirect } from 'next/navigation';
import { getEntryAliases, getKnowledgeBase } from '../../../../lib/content';
import { cachedUpstreamCatalog, upstreamRedirectTarget } from '../../../../lib/site/upstream-urls';

type Props = { params: Promise<{ path?: string[] }> };

/** The legacy site's `/news/status/…` addresses: a 308 to their page here, or the normal 404 page. */
export default async function LegacyNewsStatusRedirect({ params }: Props): Promise<never> {
  const { path = [] } = await params;
  const target = upstreamRedirectTarget(['news', 'status', ...path], cachedUpstreamCatalog(getKnowledgeBase(), getEntryAliases()));
  if (target === null) notFound();
  permanentRedirect(target);
}
