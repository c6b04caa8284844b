import 'server-only';

// Where a request came from, for limits that count per address. Next.js keeps an
// `X-Forwarded-For` the client sent, so that header is believed only behind a proxy the
// operator names (LAB_TRUST_PROXY); otherwise the address is the socket's, stamped on every
// request by `stampRequests` (started from instrumentation.ts) over any value sent.

/** The header that carries the socket's address from the HTTP server to the routes. */
export const PEER_HEADER = 'x-lab-peer';

/**
 * How many proxies in front of the server append to `X-Forwarded-For`: `LAB_TRUST_PROXY=1`
 * (one proxy) or a hop count; unset or 0, none.
 */
function trustedHops(): number {
  const hops = Number(process.env.LAB_TRUST_PROXY);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one client. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The client's address: behind N trusted proxies, the N-th `X-Forwarded-For` entry from the
 * right (the one the outermost trusted proxy appended; entries left of it are the client's own
 * words); else the socket's.
 */
export function clientAddress(request: Request): string {
  const hops = trustedHops();
  if (hops > 0) {
    const chain = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (chain.length >= hops) return plain(chain[chain.length - hops]);
  }
  const peer = request.headers.get(PEER_HEADER);
  return peer ? plain(peer) : 'unknown';
}

/** True for a request from this machine (and no proxy in between). */
export function fromLoopback(request: Request): boolean {
  if (trustedHops() > 0) return false;
  const address = clientAddress(request);
  return address === '127.0.0.1' || address === '::1';
}
