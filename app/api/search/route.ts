import { answerSearchRequest, getSearchEngine, searchResponseHeaders } from '../../../lib/search';

export function GET(request: Request): Response {
  const { status, body } = answerSearchRequest(new URL(request.url).searchParams, getSearchEngine());
  return Response.json(body, { status, headers: searchResponseHeaders(status) });
}
