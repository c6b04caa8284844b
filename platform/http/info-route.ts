import { errorResponse } from './errors';

/**
 * GET for a lab's `/info`: what this server can run (engines, interpreters, limits), computed
 * per request because an interpreter may be installed while the server runs; never cached.
 */
export function infoRoute<T>(info: () => Promise<T>): { GET: () => Promise<Response> } {
  return {
    async GET() {
      try {
        return Response.json(await info(), { headers: { 'Cache-Control': 'no-store' } });
      } catch (error) {
        return errorResponse(error);
      }
    },
  };
}
