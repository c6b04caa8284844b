import 'server-only';
import { ApiError } from '@/platform/http/errors';
import { clientAddress } from '@/platform/http/client-address';
import { StartLimiter, type Rate } from '@/platform/http/rate-limit';

// Join codes are short, so guessing them must be slow. Only misses count (a whole class
// behind one school NAT joins correctly at once): each address may miss 20 times at once,
// then 10 a minute; once it is out, it is refused for every code, right or wrong, until its
// bucket refills, so a guesser cannot learn anything while refused.

const MISSES: Rate = {
  perMinute: Number(process.env.LAB_CLASS_MISSES_PER_MINUTE) || 10,
  burst: Number(process.env.LAB_CLASS_MISSES_BURST) || 20,
};

export class JoinGuard {
  private readonly misses = new StartLimiter(MISSES, MISSES);
  private readonly refusedUntil = new Map<string, number>();

  /** Throws 429 while `address` is refused. */
  check(address: string, now = Date.now()): void {
    const until = this.refusedUntil.get(address) ?? 0;
    if (until > now) throw tooMany(Math.ceil((until - now) / 1000));
    this.refusedUntil.delete(address);
  }

  /** Counts a wrong code from `address`; the miss that empties its bucket is refused too. */
  miss(address: string, now = Date.now()): void {
    try {
      this.misses.take({ id: null, address, issue: null }, now);
    } catch (error) {
      const waitS = Number(error instanceof ApiError ? error.headers['Retry-After'] : 60) || 60;
      this.refusedUntil.set(address, now + waitS * 1000);
      if (this.refusedUntil.size > 10_000)
        this.refusedUntil.delete(this.refusedUntil.keys().next().value!);
      throw tooMany(waitS);
    }
  }
}

function tooMany(waitS: number): ApiError {
  return new ApiError(
    429,
    `Too many wrong class codes from this network; try again in ${waitS} s.`,
    [],
    { 'Retry-After': String(waitS) },
  );
}

const holder = globalThis as typeof globalThis & { __concurrencyLabJoinGuard?: JoinGuard };
const guard = (holder.__concurrencyLabJoinGuard ??= new JoinGuard());

/**
 * Runs `lookup` (which throws 404 for an unknown code) under the guess limit of the
 * request's address.
 */
export async function guardedLookup<T>(request: Request, lookup: () => Promise<T>): Promise<T> {
  const address = clientAddress(request);
  guard.check(address);
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) guard.miss(address);
    throw error;
  }
}

// Each answer is stored with an event every device reads, so one student cannot send them
// without end: 20 at once, then 30 a minute (a class behind one address shares a wide budget).
const ANSWERS: Rate = { perMinute: 30, burst: 20 };
const CLASS_ADDRESS: Rate = { perMinute: 6000, burst: 4000 };
const answerHolder = globalThis as typeof globalThis & { __concurrencyLabAnswers?: StartLimiter };
const answers = (answerHolder.__concurrencyLabAnswers ??= new StartLimiter(ANSWERS, CLASS_ADDRESS));

/** Takes one answer from student `id`'s budget, or throws 429. */
export function limitStudent(code: string, id: number, request: Request): void {
  try {
    answers.take({ id: `${code}:${id}`, address: clientAddress(request), issue: null });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new ApiError(
      429,
      'Too many answers in a minute; wait a little and send again.',
      [],
      error.headers,
    );
  }
}
