import { beforeAll, describe, expect, it } from 'vitest';

// The class API end to end through its handlers, on an in-memory database: who may do what,
// and that bad input is a clear 4xx, never a 500.

type Handlers = typeof import('./handlers');
let api: Handlers;
beforeAll(async () => {
  process.env.LAB_CLASS_DB = ':memory:';
  api = await import('./handlers');
});

const params = (code: string) => ({ params: Promise.resolve({ code }) });
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0];

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://127.0.0.1/api/class${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-lab-peer': '10.9.9.9', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function newClass() {
  const response = await api.createClass(
    new Request('http://127.0.0.1/api/class', { method: 'POST' }),
  );
  expect(response.status).toBe(201);
  const { code } = (await response.json()) as { code: string };
  const teacher = cookieOf(response);
  expect(response.headers.get('set-cookie')).toMatch(new RegExp(`HttpOnly; SameSite=Strict`));
  expect(response.headers.get('set-cookie')).toContain(`Path=/api/class/${code}`);
  return { code, teacher };
}

describe('class API handlers', () => {
  it('lets only the teacher act as teacher and export, and only joined students answer', async () => {
    const { code, teacher } = await newClass();
    const slide = {
      action: 'slide',
      slide: {
        index: 1,
        title: 'Q',
        prompt: { kind: 'choice', id: 'q1', text: 'Which?', options: ['a', 'b'] },
      },
    };
    expect((await api.teacherAction(post(`/${code}/teacher`, slide), params(code))).status).toBe(
      403,
    );
    expect(
      (await api.teacherAction(post(`/${code}/teacher`, slide, { Cookie: teacher }), params(code)))
        .status,
    ).toBe(200);

    const answer = { action: 'answer', questionId: 'q1', option: 1 };
    expect((await api.studentAction(post(`/${code}/student`, answer), params(code))).status).toBe(
      401,
    );
    const joined = await api.studentAction(
      post(`/${code}/student`, { action: 'join', nickname: '<i>Ada</i>' }),
      params(code),
    );
    expect(joined.status).toBe(201);
    const student = cookieOf(joined);
    expect(
      (await api.studentAction(post(`/${code}/student`, answer, { Cookie: student }), params(code)))
        .status,
    ).toBe(200);
    // A student's cookie is not a teacher's.
    expect(
      (
        await api.teacherAction(
          post(
            `/${code}/teacher`,
            { action: 'close' },
            { Cookie: student.replace('student', 'teacher') },
          ),
          params(code),
        )
      ).status,
    ).toBe(403);

    const exportUrl = (format: string) =>
      new Request(`http://127.0.0.1/api/class/${code}/export?format=${format}`, {
        headers: { Cookie: teacher },
      });
    expect(
      (
        await api.exportClass(
          new Request(`http://127.0.0.1/api/class/${code}/export?format=csv`),
          params(code),
        )
      ).status,
    ).toBe(403);
    const csv = await api.exportClass(exportUrl('csv'), params(code));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('"answer","q1","1","<i>Ada</i>","1"');
    expect((await api.exportClass(exportUrl('xml'), params(code))).status).toBe(400);

    const view = await (
      await api.getClass(
        new Request(`http://127.0.0.1/api/class/${code}`, { headers: { Cookie: student } }),
        params(code),
      )
    ).json();
    expect(view.role).toBe('student');
    expect(view).not.toHaveProperty('students');
  });

  it('answers bad input with 4xx and a reason', async () => {
    const { code, teacher } = await newClass();
    const statuses = await Promise.all(
      [
        '{"action":',
        '[]',
        { action: 'join', nickname: 42 },
        { action: 'predict', questionId: '../x', guesses: { a: 1 } },
        { action: 'answer', questionId: 'q', option: 1.5 },
        { action: 'answer', questionId: 'q', option: 0, extra: 1 },
      ].map(async (body) => {
        const response = await api.studentAction(
          post(`/${code}/student`, body, { Cookie: teacher }),
          params(code),
        );
        const json = await response.json();
        expect(json.error).toEqual(expect.any(String));
        return response.status;
      }),
    );
    expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true);
    expect(
      (
        await api.teacherAction(
          post(
            `/${code}/teacher`,
            { action: 'run', questionId: 's1', measured: { a: -1 } },
            { Cookie: teacher },
          ),
          params(code),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await api.getClass(
          new Request('http://127.0.0.1/api/class/not-a-code'),
          params('not-a-code'),
        )
      ).status,
    ).toBe(404);
  });

  it('refuses an address after 20 wrong codes, even for a right one', async () => {
    const { code } = await newClass();
    const from = (c: string) =>
      new Request(`http://127.0.0.1/api/class/${c}`, { headers: { 'x-lab-peer': '10.7.7.7' } });
    for (let i = 0; i < 20; i++)
      expect((await api.getClass(from('ZZZZZZ'), params('ZZZZZZ'))).status).toBe(404);
    const refused = await api.getClass(from('ZZZZZZ'), params('ZZZZZZ'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await api.getClass(from(code), params(code))).status).toBe(429);
  });
});
