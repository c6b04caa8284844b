import 'server-only';
import type { Redis } from 'ioredis';
import type { ClassSlide } from './schemas';
import { teacherViewOf, type ClassRecord, type ClassStore, type StudentRecord } from './store';
import type {
  ClassAnswer,
  ClassEvent,
  ClassPrediction,
  ClassRun,
  StoredEvent,
  TeacherView,
} from './types';

// The store for several instances (LAB_REDIS_URL): every class is a handful of keys under
// `lab:class:<code>`, each expiring with the class. A change and its event are written by
// one Lua script, which also draws the event's id, so ids follow the order of the changes
// and a stream that reads "everything after id N" can never skip one. (Scripts name keys
// they derive from the code, so this is for a single Redis server, not a Redis Cluster.)

const key = (code: string, part = '') => `lab:class:${code}${part}`;

/** INCR the event id, run the change's commands, add the event, renew expiry; returns the id. */
const APPEND = `
local id = redis.call('INCR', KEYS[1])
for _, command in ipairs(cjson.decode(ARGV[2])) do redis.call(unpack(command)) end
redis.call('ZADD', KEYS[2], id, id .. ' ' .. ARGV[1])
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
redis.call('PEXPIREAT', KEYS[2], ARGV[3])
return id`;

/** Adds a student unless the class is full: returns the new id, or 0. */
const JOIN = `
if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
local id = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[1], id, ARGV[2])
redis.call('HSET', KEYS[2], ARGV[3], id)
for i = 1, 3 do redis.call('PEXPIREAT', KEYS[i], ARGV[4]) end
return id`;

type Command = (string | number)[];

const parseAll = <T>(hash: Record<string, string>): T[] =>
  Object.values(hash).map((value) => JSON.parse(value) as T);

export class RedisClassStore implements ClassStore {
  /** When each class's keys expire (its first keep time), so writes can renew it. */
  private readonly expiry = new Map<string, number>();

  constructor(private readonly redis: Redis) {}

  private async expireAt(code: string): Promise<number> {
    const known = this.expiry.get(code);
    if (known) return known;
    const stored = Number(await this.redis.hget(key(code), 'expireAt'));
    if (this.expiry.size > 10_000) this.expiry.clear();
    this.expiry.set(code, stored);
    return stored;
  }

  /** Runs `commands` and stores `event` atomically; `commands` may touch only this class's keys. */
  private async append(code: string, event: ClassEvent, commands: Command[]): Promise<StoredEvent> {
    const until = await this.expireAt(code);
    const touched = commands.map((c) => c[1] as string);
    const withExpiry = [...commands, ...[...new Set(touched)].map((k) => ['PEXPIREAT', k, until])];
    const id = (await this.redis.eval(
      APPEND,
      2,
      key(code, ':seq'),
      key(code, ':events'),
      JSON.stringify(event),
      JSON.stringify(withExpiry),
      until,
    )) as number;
    return { id, event };
  }

  async createClass(r: ClassRecord): Promise<boolean> {
    const created = await this.redis.hsetnx(key(r.code), 'teacherHash', r.teacherHash);
    if (!created) return false;
    await this.redis
      .multi()
      .hset(key(r.code), {
        createdAt: r.createdAt,
        liveUntil: r.liveUntil,
        keepUntil: r.keepUntil,
        expireAt: r.keepUntil,
        namesShown: 0,
      })
      .pexpireat(key(r.code), r.keepUntil)
      .exec();
    this.expiry.set(r.code, r.keepUntil);
    return true;
  }

  async getClass(code: string): Promise<ClassRecord | null> {
    const h = await this.redis.hgetall(key(code));
    if (!h.teacherHash || !h.createdAt) return null;
    return {
      code,
      teacherHash: h.teacherHash,
      createdAt: Number(h.createdAt),
      liveUntil: Number(h.liveUntil),
      keepUntil: Number(h.keepUntil),
      closedAt: h.closedAt ? Number(h.closedAt) : null,
      namesShown: h.namesShown === '1',
      slide: h.slide ? (JSON.parse(h.slide) as ClassSlide) : null,
    };
  }

  async addStudent(code: string, tokenHash: string, nickname: string, _now: number, max: number) {
    const until = await this.expireAt(code);
    const id = (await this.redis.eval(
      JOIN,
      3,
      key(code, ':students'),
      key(code, ':tokens'),
      key(code, ':student-seq'),
      max,
      nickname,
      tokenHash,
      until,
    )) as number;
    if (!id) return null;
    const student = { id, nickname };
    return { student, event: await this.append(code, { type: 'student', student }, []) };
  }

  async studentByToken(code: string, tokenHash: string): Promise<StudentRecord | null> {
    const id = await this.redis.hget(key(code, ':tokens'), tokenHash);
    if (!id) return null;
    const nickname = await this.redis.hget(key(code, ':students'), id);
    return { id: Number(id), nickname: nickname ?? '', code };
  }

  setSlide(code: string, slide: ClassSlide) {
    return this.append(code, { type: 'slide', slide }, [
      ['HSET', key(code), 'slide', JSON.stringify(slide)],
    ]);
  }

  putPrediction(code: string, p: ClassPrediction) {
    return this.append(code, { type: 'prediction', prediction: p }, [
      ['HSET', key(code, ':predictions'), `${p.studentId}:${p.questionId}`, JSON.stringify(p)],
    ]);
  }

  putAnswer(code: string, a: ClassAnswer) {
    return this.append(code, { type: 'answer', answer: a }, [
      ['HSET', key(code, ':answers'), `${a.studentId}:${a.questionId}`, JSON.stringify(a)],
    ]);
  }

  async hasRun(code: string, questionId: string): Promise<boolean> {
    return (await this.redis.hexists(key(code, ':runs'), questionId)) === 1;
  }

  putRun(code: string, run: ClassRun) {
    return this.append(code, { type: 'run', run }, [
      ['HSET', key(code, ':runs'), run.questionId, JSON.stringify(run)],
    ]);
  }

  setNamesShown(code: string, shown: boolean) {
    return this.append(code, { type: 'names', shown }, [
      ['HSET', key(code), 'namesShown', shown ? 1 : 0],
    ]);
  }

  close(code: string, at: number, keepUntil: number) {
    // Keys keep their first expiry (the later of the two); `keepUntil` decides what is shown.
    return this.append(code, { type: 'closed', at }, [
      ['HSET', key(code), 'closedAt', at, 'keepUntil', keepUntil],
    ]);
  }

  async teacherView(code: string): Promise<TeacherView | null> {
    const record = await this.getClass(code);
    if (!record) return null;
    const [students, predictions, answers, runs, last] = await Promise.all([
      this.redis.hgetall(key(code, ':students')),
      this.redis.hgetall(key(code, ':predictions')),
      this.redis.hgetall(key(code, ':answers')),
      this.redis.hgetall(key(code, ':runs')),
      this.redis.get(key(code, ':seq')),
    ]);
    const byTime = <T extends { at: number }>(list: T[]) => list.sort((a, b) => a.at - b.at);
    return teacherViewOf(record, {
      lastEventId: Number(last ?? 0),
      students: Object.entries(students)
        .map(([id, nickname]) => ({ id: Number(id), nickname }))
        .sort((a, b) => a.id - b.id),
      predictions: byTime(parseAll<ClassPrediction>(predictions)),
      answers: byTime(parseAll<ClassAnswer>(answers)),
      runs: byTime(parseAll<ClassRun>(runs)),
    });
  }

  async eventsAfter(code: string, afterId: number, limit: number): Promise<StoredEvent[]> {
    const members = await this.redis.zrangebyscore(
      key(code, ':events'),
      `(${afterId}`,
      '+inf',
      'LIMIT',
      0,
      limit,
    );
    return members.map((member) => {
      const space = member.indexOf(' ');
      return {
        id: Number(member.slice(0, space)),
        event: JSON.parse(member.slice(space + 1)) as ClassEvent,
      };
    });
  }

  async deleteExpired(): Promise<number> {
    return 0; // Redis expires a class's keys itself
  }
}
