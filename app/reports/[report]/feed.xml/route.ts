import { feedResponse, reportFeedIds, siteReportFeed } from '../../../../lib/feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): Array<{ report: string }> {
  return reportFeedIds().map((report) => ({ report }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ report: string }> }): Promise<Response> {
  const { report } = await params;
  return feedResponse(siteReportFeed(report));
}
