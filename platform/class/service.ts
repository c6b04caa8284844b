import 'server-only';
import { ApiError } from '@/platform/http/errors';
import type { ClassBus } from './bus';
import { MAX_STUDENTS, type StudentAction, type TeacherAction } from './schemas';
import { hashToken, newJoinCode, newToken, tokenMatches } from './secrets';
import type { ClassRecord, ClassStore, StudentRecord } from './store';
import {
  isLive,
  type ClassStudent,
  type StoredEvent,
  type StudentView,
  type TeacherView,
} from './types';

// What a class does, apart from HTTP: the routes authenticate and parse, then call these.

export const LIVE_MS = 12 * 60 * 60 * 1000;
export const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

const notFound = () => new ApiError(404, 'No class has this code. Check it with your teacher.');

export class ClassService {
  constructor(
    private readonly store: ClassStore,
    private readonly bus: ClassBus,
  ) {}

  private async stored(event: Promise<StoredEvent>, code: string): Promise<StoredEvent> {
    const done = await event;
    this.bus.publish(code, done);
    return done;
  }

  /** A new class and its teacher's secret (only its hash is stored). Old classes are cleaned up first. */
  async create(now = Date.now()): Promise<{ record: ClassRecord; secret: string }> {
    await this.store.deleteExpired(now);
    const secret = newToken();
    for (let attempt = 0; attempt < 10; attempt++) {
      const record: ClassRecord = {
        code: newJoinCode(),
        teacherHash: hashToken(secret),
        createdAt: now,
        liveUntil: now + LIVE_MS,
        keepUntil: now + LIVE_MS + KEEP_MS,
        closedAt: null,
        namesShown: false,
        slide: null,
      };
      if (await this.store.createClass(record)) return { record, secret };
    }
    throw new ApiError(503, 'Could not find a free join code; try again.');
  }

  /** The class, or 404; a class past its keep time is gone even before it is deleted. */
  async find(code: string, now = Date.now()): Promise<ClassRecord> {
    const record = await this.store.getClass(code);
    if (!record || record.keepUntil <= now) throw notFound();
    return record;
  }

  async isTeacher(code: string, secret: string | null): Promise<boolean> {
    const record = await this.store.getClass(code);
    return !!record && tokenMatches(secret, record.teacherHash);
  }

  /** The student whose cookie holds `token`, or null. */
  async student(code: string, token: string | null): Promise<StudentRecord | null> {
    return token ? this.store.studentByToken(code, hashToken(token)) : null;
  }

  async join(
    code: string,
    nickname: string,
    now = Date.now(),
  ): Promise<{ student: ClassStudent; token: string }> {
    requireLive(await this.find(code, now), now);
    const token = newToken();
    const added = await this.store.addStudent(code, hashToken(token), nickname, now, MAX_STUDENTS);
    if (!added) throw new ApiError(409, `This class is full (${MAX_STUDENTS} students).`);
    this.bus.publish(code, added.event);
    return { student: added.student, token };
  }

  /** A prediction or an answer, checked against the question on the teacher's current slide. */
  async studentAct(
    code: string,
    student: StudentRecord,
    action: Exclude<StudentAction, { action: 'join' }>,
    now = Date.now(),
  ) {
    const record = await this.find(code, now);
    requireLive(record, now);
    const prompt = record.slide?.prompt;
    if (!prompt || prompt.id !== action.questionId) {
      throw new ApiError(409, 'The teacher has moved on: this question is no longer open.');
    }
    if (action.action === 'predict') {
      if (prompt.kind !== 'predict')
        throw new ApiError(400, 'This question takes one of its options, not guesses.');
      if (await this.store.hasRun(code, prompt.id)) {
        throw new ApiError(409, 'The teacher has run this lab: guesses are closed.');
      }
      const known = new Set(prompt.variants.map((v) => v.id));
      const unknown = Object.keys(action.guesses).filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new ApiError(
          400,
          'Guesses must be for this lab’s strategies.',
          unknown.map((id) => ({ path: `guesses.${id}`, message: 'not a strategy of this lab' })),
        );
      }
      const prediction = {
        studentId: student.id,
        questionId: prompt.id,
        guesses: action.guesses,
        at: now,
      };
      return this.stored(this.store.putPrediction(code, prediction), code);
    }
    if (prompt.kind !== 'choice')
      throw new ApiError(400, 'This question takes guesses in ms, not an option.');
    if (action.option >= prompt.options.length) {
      throw new ApiError(400, 'No such option.', [
        { path: 'option', message: `0 to ${prompt.options.length - 1}` },
      ]);
    }
    const answer = { studentId: student.id, questionId: prompt.id, option: action.option, at: now };
    return this.stored(this.store.putAnswer(code, answer), code);
  }

  async teacherAct(code: string, action: TeacherAction, now = Date.now()): Promise<StoredEvent> {
    const record = await this.find(code, now);
    requireLive(record, now);
    switch (action.action) {
      case 'slide':
        return this.stored(this.store.setSlide(code, action.slide), code);
      case 'run':
        return this.stored(
          this.store.putRun(code, {
            questionId: action.questionId,
            measured: action.measured,
            ...(action.running?.length ? { running: action.running } : {}),
            at: now,
          }),
          code,
        );
      case 'names':
        return this.stored(this.store.setNamesShown(code, action.shown), code);
      case 'close':
        return this.stored(this.store.close(code, now, now + KEEP_MS), code);
    }
  }

  async teacherView(code: string, now = Date.now()): Promise<TeacherView> {
    await this.find(code, now);
    const view = await this.store.teacherView(code);
    if (!view) throw notFound();
    return view;
  }

  /** What one student may see: the slide, the runs, and their own answers; nobody else's. */
  async studentView(
    code: string,
    me: StudentRecord | null,
    now = Date.now(),
  ): Promise<StudentView> {
    const view = await this.teacherView(code, now);
    return {
      role: 'student',
      code: view.code,
      createdAt: view.createdAt,
      liveUntil: view.liveUntil,
      keepUntil: view.keepUntil,
      closedAt: view.closedAt,
      slide: view.slide,
      runs: view.runs,
      lastEventId: view.lastEventId,
      me: me ? { id: me.id, nickname: me.nickname } : null,
      predictions: me ? view.predictions.filter((p) => p.studentId === me.id) : [],
      answers: me ? view.answers.filter((a) => a.studentId === me.id) : [],
    };
  }
}

function requireLive(record: ClassRecord, now: number): void {
  if (!isLive(record, now))
    throw new ApiError(410, 'This class has ended; its summary is read-only.');
}
