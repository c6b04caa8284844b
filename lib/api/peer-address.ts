import 'server-only';
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_HEADER } from './client-address';

const holder = globalThis as typeof globalThis & { __concurrencyLabPeerStamp?: boolean };

/**
 * Writes each request's socket address into its `x-lab-peer` header, replacing whatever the
 * client sent, before the framework sees the request (Node's `http.server.request.start`
 * channel is published just before the server's 'request' event). Route handlers get a Web
 * `Request` without the socket; this is how they learn the real peer.
 */
export function stampPeerAddresses(): void {
  if (holder.__concurrencyLabPeerStamp) return;
  holder.__concurrencyLabPeerStamp = true;
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    if (socket.remoteAddress) request.headers[PEER_HEADER] = socket.remoteAddress;
    else delete request.headers[PEER_HEADER];
  });
}
