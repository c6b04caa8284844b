// Browser side of the experiment protocol: GET with `Accept: text/event-stream`, hand each
// event to the caller as it arrives, resolve with the final `done` data.
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { errorSentence } from './error-sentence';

export interface ExperimentIssue {
  path: string;
  message: string;
}

/** Why a run did not finish, in words a reader can act on (one sentence: see errorSentence). */
export class ExperimentError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    readonly issues: ExperimentIssue[] = [],
    readonly retryAfterS: number | null = null,
  ) {
    super(message);
  }
}

export interface ExperimentEvent {
  event: string;
  data: unknown;
}

async function errorFrom(response: Response): Promise<ExperimentError> {
  const retryAfter = Number(response.headers.get('retry-after')) || null;
  const fallback = `the server answered HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: string; issues?: ExperimentIssue[] };
    return new ExperimentError(
      errorSentence(body.error ?? fallback, retryAfter),
      response.status,
      body.issues ?? [],
      retryAfter,
    );
  } catch {
    return new ExperimentError(
      errorSentence(fallback, retryAfter),
      response.status,
      [],
      retryAfter,
    );
  }
}

/**
 * Runs the experiment at `path` (a same-origin API path with its query) and streams its
 * events into `onEvent`. Resolves with the `done` event's data; rejects with an
 * ExperimentError (or an AbortError when `signal` aborts).
 */
export async function streamExperiment<Done>(
  path: string,
  { signal, onEvent }: { signal?: AbortSignal; onEvent?: (event: ExperimentEvent) => void },
): Promise<Done> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'text/event-stream' },
      signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ExperimentError(
      'Could not reach the server; check that it is running and that you are online.',
    );
  }
  if (!response.ok || !response.body) throw await errorFrom(response);

  const events = response.body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const event = { event: value.event ?? 'message', data: JSON.parse(value.data) as unknown };
      if (event.event === 'error') {
        throw new ExperimentError(
          errorSentence((event.data as { error?: string }).error ?? 'the run failed on the server'),
        );
      }
      onEvent?.(event);
      if (event.event === 'done') return event.data as Done;
    }
  } catch (error) {
    if (signal?.aborted || error instanceof ExperimentError) throw error;
    throw new ExperimentError('The connection to the server broke off during the run.');
  } finally {
    // Stop reading (and let the server notice) whether we finished, failed or were cancelled.
    await reader.cancel().catch(() => undefined);
  }
  throw new ExperimentError('The run ended before it reported a result.');
}
