// The browser's side of the class API: small fetch helpers with the server's JSON errors
// turned into readable messages.

import type { StudentAction, TeacherAction } from '@/platform/class/schemas';

export class ClassRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function send(path: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(path, { ...init, cache: 'no-store' });
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok)
    throw new ClassRequestError(
      response.status,
      body?.error ?? `The server answered ${response.status}.`,
    );
  return body;
}

const post = (path: string, body: unknown) =>
  send(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

export const classPath = (code: string) => `/api/class/${encodeURIComponent(code)}`;

export async function startClass(): Promise<string> {
  const { code } = (await send('/api/class', { method: 'POST' })) as { code: string };
  return code;
}

export const getClassView = (code: string) => send(classPath(code), { method: 'GET' });
export const teacherSend = (code: string, action: TeacherAction) =>
  post(`${classPath(code)}/teacher`, action);
export const studentSend = (code: string, action: StudentAction) =>
  post(`${classPath(code)}/student`, action);
