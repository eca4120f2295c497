import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowCrossOrigin } from './cross-origin';
import { answerNotModified } from './not-modified';
import { keepOneLocation } from './one-location';
import { limitPageCaching } from './page-caching';
import { answerOtherMethod, isReadMethod } from './request-method';
import { setSecurityHeaders } from './security-headers';

/**
 * What every answer of the site's server (server.ts) starts with, in this order: the headers all
 * answers carry (security, at most one Location, no page kept by caches for a year, CORS on the API and feeds), set before anything
 * writes; a method other than GET and HEAD answered here; a conditional request made ready to be
 * answered 304. Whether the request is still to be answered.
 */
export function beginAnswer(request: IncomingMessage, response: ServerResponse): boolean {
  setSecurityHeaders(response);
  keepOneLocation(response);
  limitPageCaching(response);
  allowCrossOrigin(request, response);
  if (!isReadMethod(request.method)) {
    answerOtherMethod(request, response);
    return false;
  }
  answerNotModified(request, response);
  return true;
}
