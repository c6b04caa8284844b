import 'server-only';
import { z } from 'zod';
import { ApiError, errorResponse } from '@/platform/http/errors';
import { classBackend } from './backend';
import { classCsv, classJson } from './export';
import {
  NO_STORE,
  STUDENT_COOKIE,
  STUDENT_COOKIE_MS,
  TEACHER_COOKIE,
  TEACHER_COOKIE_MS,
  classService,
  codeParam,
  cookieValue,
  readBody,
  requireTeacher,
  secretCookie,
} from './http';
import { guardedLookup, limitStudent } from './join-guard';
import { studentActionSchema, teacherActionSchema } from './schemas';
import { classEventStream, resumeId } from './stream';

// The class API's handlers; the files under app/api/class only export them.

type CodeParams = { params: Promise<{ code: string }> };

function handle(body: () => Promise<Response>): Promise<Response> {
  return body().catch(errorResponse);
}

/** POST /api/class: starts a class; the teacher's secret comes back as an httpOnly cookie only. */
export function createClass(request: Request): Promise<Response> {
  return handle(async () => {
    const { record, secret } = await classService().create();
    const response = Response.json(
      { code: record.code, liveUntil: record.liveUntil },
      { status: 201, headers: NO_STORE },
    );
    response.headers.append(
      'Set-Cookie',
      secretCookie(request, TEACHER_COOKIE, secret, record.code, TEACHER_COOKIE_MS),
    );
    return response;
  });
}

/** GET /api/class/<code>: the class as the caller may see it (teacher, joined student, or visitor). */
export function getClass(request: Request, { params }: CodeParams): Promise<Response> {
  return handle(async () => {
    const service = classService();
    const code = codeParam((await params).code);
    await guardedLookup(request, () => service.find(code));
    if (await service.isTeacher(code, cookieValue(request, TEACHER_COOKIE))) {
      return Response.json(await service.teacherView(code), { headers: NO_STORE });
    }
    const me = await service.student(code, cookieValue(request, STUDENT_COOKIE));
    return Response.json(await service.studentView(code, me), { headers: NO_STORE });
  });
}

/** POST /api/class/<code>/student: join, predict or answer. */
export function studentAction(request: Request, { params }: CodeParams): Promise<Response> {
  return handle(async () => {
    const service = classService();
    const code = codeParam((await params).code);
    await guardedLookup(request, () => service.find(code));
    const action = await readBody(request, studentActionSchema);
    if (action.action === 'join') {
      const { student, token } = await service.join(code, action.nickname);
      const response = Response.json({ student }, { status: 201, headers: NO_STORE });
      response.headers.append(
        'Set-Cookie',
        secretCookie(request, STUDENT_COOKIE, token, code, STUDENT_COOKIE_MS),
      );
      return response;
    }
    const me = await service.student(code, cookieValue(request, STUDENT_COOKIE));
    if (!me) throw new ApiError(401, 'Join the class first.');
    limitStudent(code, me.id, request);
    const stored = await service.studentAct(code, me, action);
    return Response.json({ eventId: stored.id }, { headers: NO_STORE });
  });
}

/** POST /api/class/<code>/teacher: slide changes, runs, names on/off, close (teacher's cookie only). */
export function teacherAction(request: Request, { params }: CodeParams): Promise<Response> {
  return handle(async () => {
    const code = codeParam((await params).code);
    await requireTeacher(request, code);
    const action = await readBody(request, teacherActionSchema);
    const stored = await classService().teacherAct(code, action);
    return Response.json({ eventId: stored.id }, { headers: NO_STORE });
  });
}

/** GET /api/class/<code>/events: the live stream (teacher events only with the teacher's cookie). */
export function classEvents(request: Request, { params }: CodeParams): Promise<Response> {
  return handle(async () => {
    const service = classService();
    const code = codeParam((await params).code);
    await guardedLookup(request, () => service.find(code));
    const teacher = await service.isTeacher(code, cookieValue(request, TEACHER_COOKIE));
    const { store, bus } = classBackend();
    return classEventStream({
      code,
      afterId: resumeId(request),
      role: teacher ? 'teacher' : 'student',
      store,
      bus,
      signal: request.signal,
    });
  });
}

const exportQuery = z.strictObject({ format: z.enum(['csv', 'json']) });

/** GET /api/class/<code>/export?format=csv|json: the teacher's download, also after the class. */
export function exportClass(request: Request, { params }: CodeParams): Promise<Response> {
  return handle(async () => {
    const code = codeParam((await params).code);
    await requireTeacher(request, code);
    const query = exportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new ApiError(400, 'Ask for format=csv or format=json.');
    const view = await classService().teacherView(code);
    const name = `class-${code}-${new Date(view.createdAt).toISOString().slice(0, 10)}`;
    const disposition = {
      ...NO_STORE,
      'Content-Disposition': `attachment; filename="${name}.${query.data.format}"`,
    };
    if (query.data.format === 'json')
      return Response.json(classJson(view), { headers: disposition });
    return new Response(classCsv(view), {
      headers: { ...disposition, 'Content-Type': 'text/csv; charset=utf-8' },
    });
  });
}
