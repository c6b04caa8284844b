import 'server-only';
import type { z } from 'zod';
import { ApiError, issuesOf } from '@/platform/http/errors';
import { classBackend } from './backend';
import { joinCodeSchema } from './schemas';
import { ClassService, KEEP_MS, LIVE_MS } from './service';

// The HTTP side of a class, shared by its routes: the join code in the path, bounded JSON
// bodies, and the two cookies (teacher, student), scoped to the class's own API path.

/** Bodies are small JSON documents; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 8 * 1024;

export const TEACHER_COOKIE = 'lab_class_teacher';
export const STUDENT_COOKIE = 'lab_class_student';

export function classService(): ClassService {
  const { store, bus } = classBackend();
  return new ClassService(store, bus);
}

/** The route's `[code]`, normalised (upper case), or 404: a malformed code names no class. */
export function codeParam(raw: string): string {
  const parsed = joinCodeSchema.safeParse(raw);
  if (!parsed.success)
    throw new ApiError(404, 'No class has this code. Check it with your teacher.');
  return parsed.data;
}

const tooLarge = () => new ApiError(413, `The body is limited to ${MAX_BODY_BYTES} bytes.`);

/** The body as text, read no further than the limit (a body without a length is cut off too). */
async function boundedText(request: Request): Promise<string> {
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The request's JSON body checked against `schema`: 413 when too large, 400 with the issues when wrong. */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
    throw new ApiError(415, 'Send JSON (Content-Type: application/json).');
  }
  const text = await boundedText(request);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(400, 'Invalid request.', issuesOf(parsed.error));
  return parsed.data;
}

/** The value of cookie `name` in the request, if any. */
export function cookieValue(request: Request, name: string): string | null {
  const match = new RegExp(`(?:^|;\\s*)${name}=([\\w-]{1,100})(?:;|$)`).exec(
    request.headers.get('cookie') ?? '',
  );
  return match ? match[1] : null;
}

/** A secret cookie that only the class's API ever receives, never readable by scripts. */
export function secretCookie(
  request: Request,
  name: string,
  value: string,
  code: string,
  maxAgeMs: number,
): string {
  // Secure over HTTPS; a room's server on plain http (phones on the LAN) must still get it.
  const secure =
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto') === 'https';
  return `${name}=${value}; Path=/api/class/${code}; Max-Age=${Math.floor(maxAgeMs / 1000)}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export const TEACHER_COOKIE_MS = LIVE_MS + KEEP_MS;
export const STUDENT_COOKIE_MS = LIVE_MS;

/** Refuses a request without the class's teacher secret (403; the class exists, the caller is not its teacher). */
export async function requireTeacher(request: Request, code: string): Promise<void> {
  if (!(await classService().isTeacher(code, cookieValue(request, TEACHER_COOKIE)))) {
    throw new ApiError(403, 'Only the teacher who started this class can do this.');
  }
}

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;
