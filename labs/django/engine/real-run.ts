import 'server-only';
import { z } from 'zod';
import type { StreamEvent } from '@/platform/http/sse';
import { djangoServer } from './real-servers';
import { DJANGO_SERVERS, DJANGO_VERSIONS } from '../contract';

/** `?django=3.2|4.2&server=runserver|uvicorn`: two names from fixed lists, nothing else. */
export const realDjangoQuery = z.strictObject({
  django: z.enum(DJANGO_VERSIONS),
  server: z.enum(DJANGO_SERVERS),
});

export type RealDjangoParams = z.output<typeof realDjangoQuery>;

/** One Node request in flight; the ten sub-requests run inside the Django server. */
export const realDjangoCost = () => 1;

/** One request to the essay's aggregated view on a warm real Django server; its result is the `done` event. */
export async function* runRealDjango(
  params: RealDjangoParams,
  signal: AbortSignal,
): AsyncGenerator<StreamEvent> {
  const server = await djangoServer(params.django, params.server);
  yield { event: 'done', data: await server.run(signal) };
}
