import 'server-only';
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_HEADER } from './client-address';
import { RAW_QUERY_HEADER } from './query';

const holder = globalThis as typeof globalThis & { __concurrencyLabStamps?: boolean };

/**
 * Writes what route handlers cannot otherwise know into headers of each request, replacing
 * whatever the client sent, before the framework sees it (Node's `http.server.request.start`
 * channel is published just before the server's 'request' event): the socket's address (a Web
 * `Request` has no socket) and the query string as it arrived (the framework drops a
 * `__proto__` parameter on its way to the route, so that one would pass unseen).
 */
export function stampRequests(): void {
  if (holder.__concurrencyLabStamps) return;
  holder.__concurrencyLabStamps = true;
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    stamp(request, PEER_HEADER, socket.remoteAddress);
    const url = request.url ?? '';
    const query = url.indexOf('?');
    stamp(request, RAW_QUERY_HEADER, query === -1 ? undefined : url.slice(query + 1));
  });
}

function stamp(request: IncomingMessage, header: string, value: string | undefined) {
  if (value) request.headers[header] = value;
  else delete request.headers[header];
}
