import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { fromLoopback } from './client-address';

/**
 * True for the operator: a request from this machine, or one that carries
 * `Authorization: Bearer <LAB_OPERATOR_TOKEN>` (when that variable is set, 16 characters or more).
 */
export function mayReadDetails(request: Request): boolean {
  if (fromLoopback(request)) return true;
  const token = process.env.LAB_OPERATOR_TOKEN;
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token || token.length < 16 || !given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}
