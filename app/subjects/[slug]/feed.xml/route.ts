import { feedResponse, siteSubjectFeed, subjectFeedSlugs } from '../../../../lib/feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): Array<{ slug: string }> {
  return subjectFeedSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return feedResponse(siteSubjectFeed(slug));
}
