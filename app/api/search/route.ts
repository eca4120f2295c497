import { endpointResponse } from '../../../lib/content';
import { answerSearchRequest, getSearchEngine } from '../../../lib/search';

export function GET(request: Request): Response {
  return endpointResponse(answerSearchRequest(new URL(request.url).searchParams, getSearchEngine()), request);
}
