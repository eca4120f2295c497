import { endpointResponse, unknownApiAnswer } from '../../../lib/content';

// Any /api path no route of DESIGN.md answers: a tool asking for JSON gets JSON, not the HTML 404 page.
export async function GET(request: Request, { params }: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  return endpointResponse(unknownApiAnswer((await params).path ?? []), request);
}
