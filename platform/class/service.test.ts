import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '@/platform/http/errors';
import { applyEvent } from './apply-event';
import { LocalBus } from './bus';
import { JOIN_ALPHABET, MAX_STUDENTS } from './schemas';
import { ClassService, KEEP_MS, LIVE_MS } from './service';
import { SqliteClassStore } from './sqlite-store';
import { RedisClassStore } from './redis-store';
import type { ClassStore } from './store';

const labSlide = {
  index: 3,
  title: 'Fetch ten URLs',
  prompt: {
    kind: 'predict' as const,
    id: 's3',
    title: 'Fetch ten URLs',
    variants: [
      { id: 'sequential', label: 'Sequential' },
      { id: 'async', label: 'Async' },
    ],
  },
};

// The same behaviour from both stores: SQLite always; Redis when a server is given
// (LAB_TEST_REDIS_URL, which .ci/run sets after starting one).
const redisUrl = process.env.LAB_TEST_REDIS_URL;
const redis = redisUrl ? new Redis(redisUrl) : null;
afterAll(() => redis?.disconnect());

const stores: [string, () => ClassStore][] = [['SQLite', () => new SqliteClassStore(':memory:')]];
if (redis) stores.push(['Redis', () => new RedisClassStore(redis)]);

function setup(storeOf: () => ClassStore = stores[0][1]) {
  const store = storeOf();
  const bus = new LocalBus();
  return { store, bus, service: new ClassService(store, bus) };
}

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe.each(stores)('class service on %s', (name, storeOf) => {
  it('makes codes without look-alikes and stores only a hash of the teacher secret', async () => {
    const { service, store } = setup(storeOf);
    const { record, secret } = await service.create();
    expect(record.code).toMatch(new RegExp(`^[${JOIN_ALPHABET}]{6}$`));
    expect(JOIN_ALPHABET).not.toMatch(/[01OIL]/);
    expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect((await store.getClass(record.code))!.teacherHash).not.toContain(secret);
    expect(await service.isTeacher(record.code, secret)).toBe(true);
    expect(await service.isTeacher(record.code, secret.slice(1) + 'x')).toBe(false);
    expect(await service.isTeacher(record.code, null)).toBe(false);
  });

  it('keeps the last prediction of each student and question, and fans each change out', async () => {
    const { service, bus, store } = setup(storeOf);
    const { record } = await service.create();
    const heard: number[] = [];
    bus.subscribe(record.code, ({ id }) => heard.push(id));
    await service.teacherAct(record.code, { action: 'slide', slide: labSlide });
    const { student, token } = await service.join(record.code, 'Ada');
    const me = (await service.student(record.code, token))!;
    expect(me.id).toBe(student.id);
    await service.studentAct(record.code, me, {
      action: 'predict',
      questionId: 's3',
      guesses: { sequential: 900 },
    });
    await service.studentAct(record.code, me, {
      action: 'predict',
      questionId: 's3',
      guesses: { sequential: 1000, async: 120 },
    });
    const view = await service.teacherView(record.code);
    expect(view.predictions).toEqual([
      expect.objectContaining({ studentId: me.id, guesses: { sequential: 1000, async: 120 } }),
    ]);
    const stored = await store.eventsAfter(record.code, 0, 100);
    expect(heard).toEqual(stored.map((e) => e.id));
    expect(stored.map((e) => e.event.type)).toEqual([
      'slide',
      'student',
      'prediction',
      'prediction',
    ]);
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
  });

  it('refuses guesses for another question or strategy, and options out of range', async () => {
    const { service } = setup(storeOf);
    const { record } = await service.create();
    await service.teacherAct(record.code, { action: 'slide', slide: labSlide });
    const { token } = await service.join(record.code, '');
    const me = (await service.student(record.code, token))!;
    const predict = (questionId: string, guesses: Record<string, number>) =>
      status(service.studentAct(record.code, me, { action: 'predict', questionId, guesses }));
    expect(await predict('s4', { async: 1 })).toBe(409);
    expect(await predict('s3', { threads: 1 })).toBe(400);
    expect(
      await status(
        service.studentAct(record.code, me, { action: 'answer', questionId: 's3', option: 0 }),
      ),
    ).toBe(400);
    await service.teacherAct(record.code, {
      action: 'slide',
      slide: {
        index: 4,
        title: 'Quiz',
        prompt: { kind: 'choice', id: 'q1', text: 'Which?', options: ['a', 'b'] },
      },
    });
    expect(
      await status(
        service.studentAct(record.code, me, { action: 'answer', questionId: 'q1', option: 2 }),
      ),
    ).toBe(400);
    expect(
      await status(
        service.studentAct(record.code, me, { action: 'answer', questionId: 'q1', option: 1 }),
      ),
    ).toBe(200);
  });

  it('holds at most 200 students', async () => {
    const { service } = setup(storeOf);
    const { record } = await service.create();
    for (let i = 0; i < MAX_STUDENTS; i++) await service.join(record.code, '');
    expect(await status(service.join(record.code, 'late'))).toBe(409);
  });

  it('shows a student only their own answers, and the run to everyone', async () => {
    const { service } = setup(storeOf);
    const { record } = await service.create();
    await service.teacherAct(record.code, { action: 'slide', slide: labSlide });
    const a = (await service.student(record.code, (await service.join(record.code, 'A')).token))!;
    const b = (await service.student(record.code, (await service.join(record.code, 'B')).token))!;
    await service.studentAct(record.code, a, {
      action: 'predict',
      questionId: 's3',
      guesses: { async: 100 },
    });
    await service.studentAct(record.code, b, {
      action: 'predict',
      questionId: 's3',
      guesses: { async: 300 },
    });
    await service.teacherAct(record.code, {
      action: 'run',
      questionId: 's3',
      measured: { sequential: 1010, async: 104 },
    });
    const view = await service.studentView(record.code, a);
    expect(view.predictions.map((p) => p.studentId)).toEqual([a.id]);
    expect(view.runs[0].measured.async).toBe(104);
    // Once measured, guessing is over.
    expect(
      await status(
        service.studentAct(record.code, a, {
          action: 'predict',
          questionId: 's3',
          guesses: { async: 104 },
        }),
      ),
    ).toBe(409);
    expect(view).not.toHaveProperty('students');
  });

  it('streams a run: each update replaces the last, the strategies still running are marked until the end', async () => {
    const { service } = setup(storeOf);
    const { record } = await service.create();
    await service.teacherAct(record.code, { action: 'slide', slide: labSlide });
    const progress = await service.teacherAct(record.code, {
      action: 'run',
      questionId: 's3',
      measured: { sequential: 420 },
      running: ['sequential'],
    });
    expect(progress.event).toMatchObject({ type: 'run', run: { running: ['sequential'] } });
    expect((await service.teacherView(record.code)).runs).toMatchObject([
      { measured: { sequential: 420 }, running: ['sequential'] },
    ]);
    await service.teacherAct(record.code, {
      action: 'run',
      questionId: 's3',
      measured: { sequential: 1010 },
    });
    const [run] = (await service.teacherView(record.code)).runs;
    expect(run.measured).toEqual({ sequential: 1010 });
    expect(run).not.toHaveProperty('running');
  });

  // Redis expires keys by the real clock, so this one travels in time on SQLite only.
  it.skipIf(name === 'Redis')(
    'goes read-only after 12 h or when closed, and is deleted 7 days later',
    async () => {
      const { service, store } = setup(storeOf);
      const { record } = await service.create(0);
      expect(await status(service.join(record.code, '', LIVE_MS + 1))).toBe(410);
      expect((await service.teacherView(record.code, LIVE_MS + 1)).code).toBe(record.code);
      expect(await status(service.teacherView(record.code, LIVE_MS + KEEP_MS))).toBe(404);
      await service.create(LIVE_MS + KEEP_MS); // creating cleans up
      expect(await store.getClass(record.code)).toBeNull();

      const { record: early } = await service.create(100);
      await service.teacherAct(early.code, { action: 'close' }, 200);
      expect(await status(service.join(early.code, '', 300))).toBe(410);
      expect((await store.getClass(early.code))!.keepUntil).toBe(200 + KEEP_MS);
    },
  );

  it('replays exactly the events after an id, and a page applies them once', async () => {
    const { service, store } = setup(storeOf);
    const { record } = await service.create();
    const before = await service.teacherView(record.code);
    await service.teacherAct(record.code, { action: 'slide', slide: labSlide });
    await service.join(record.code, 'Bo');
    await service.teacherAct(record.code, { action: 'names', shown: true });
    const events = await store.eventsAfter(record.code, before.lastEventId, 100);
    expect(events.map((e) => e.event.type)).toEqual(['slide', 'student', 'names']);
    let view = before;
    for (const e of [...events, ...events]) view = applyEvent(view, e);
    expect(view.students).toHaveLength(1);
    expect(view.namesShown).toBe(true);
    expect(view).toEqual(await service.teacherView(record.code));
    expect(await store.eventsAfter(record.code, events[1].id, 100)).toEqual([events[2]]);
  });
});
