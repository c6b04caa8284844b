import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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

// The default store: one SQLite file (LAB_CLASS_DB, default .data/class.sqlite), so a server
// restart in the middle of a class loses nothing. better-sqlite3 is synchronous; each call is
// a few microseconds, and every change with its event is one transaction.

const SCHEMA = `
create table if not exists classes (
  code text primary key, teacher_hash text not null, created_at integer not null,
  live_until integer not null, keep_until integer not null, closed_at integer,
  names_shown integer not null default 0, slide text
);
create table if not exists students (
  id integer primary key, code text not null references classes(code) on delete cascade,
  token_hash text not null unique, nickname text not null, joined_at integer not null
);
create index if not exists students_code on students(code);
create table if not exists predictions (
  code text not null references classes(code) on delete cascade, student_id integer not null,
  question_id text not null, guesses text not null, at integer not null,
  primary key (code, student_id, question_id)
);
create table if not exists answers (
  code text not null references classes(code) on delete cascade, student_id integer not null,
  question_id text not null, option integer not null, at integer not null,
  primary key (code, student_id, question_id)
);
create table if not exists runs (
  code text not null references classes(code) on delete cascade, question_id text not null,
  measured text not null, running text, at integer not null, primary key (code, question_id)
);
create table if not exists events (
  id integer primary key autoincrement, code text not null references classes(code) on delete cascade,
  body text not null
);
create index if not exists events_code on events(code, id);
`;

interface ClassRow {
  code: string;
  teacher_hash: string;
  created_at: number;
  live_until: number;
  keep_until: number;
  closed_at: number | null;
  names_shown: number;
  slide: string | null;
}

const toRecord = (row: ClassRow): ClassRecord => ({
  code: row.code,
  teacherHash: row.teacher_hash,
  createdAt: row.created_at,
  liveUntil: row.live_until,
  keepUntil: row.keep_until,
  closedAt: row.closed_at,
  namesShown: row.names_shown === 1,
  slide: row.slide ? (JSON.parse(row.slide) as ClassSlide) : null,
});

/** The database file: LAB_CLASS_DB, else .data/class.sqlite under the working directory. */
export function classDbPath(): string {
  return (
    process.env.LAB_CLASS_DB ||
    path.join(/* turbopackIgnore: true */ process.cwd(), '.data', 'class.sqlite')
  );
}

export class SqliteClassStore implements ClassStore {
  private readonly db: Database.Database;

  constructor(file = classDbPath()) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    // A database made before runs were streamed lacks the column for the strategies still running.
    const runColumns = this.db.pragma('table_info(runs)') as { name: string }[];
    if (!runColumns.some((column) => column.name === 'running'))
      this.db.exec('alter table runs add column running text');
  }

  /** Runs `change` and stores `event` in one transaction; returns the stored event. */
  private withEvent(code: string, event: ClassEvent, change: () => void): StoredEvent {
    return this.db.transaction(() => {
      change();
      const { lastInsertRowid } = this.db
        .prepare('insert into events (code, body) values (?, ?)')
        .run(code, JSON.stringify(event));
      return { id: Number(lastInsertRowid), event };
    })();
  }

  async createClass(r: ClassRecord): Promise<boolean> {
    const result = this.db
      .prepare(
        'insert or ignore into classes (code, teacher_hash, created_at, live_until, keep_until) values (?, ?, ?, ?, ?)',
      )
      .run(r.code, r.teacherHash, r.createdAt, r.liveUntil, r.keepUntil);
    return result.changes === 1;
  }

  async getClass(code: string): Promise<ClassRecord | null> {
    const row = this.db.prepare('select * from classes where code = ?').get(code) as
      ClassRow | undefined;
    return row ? toRecord(row) : null;
  }

  async addStudent(code: string, tokenHash: string, nickname: string, now: number, max: number) {
    return this.db.transaction(() => {
      const { n } = this.db
        .prepare('select count(*) as n from students where code = ?')
        .get(code) as { n: number };
      if (n >= max) return null;
      const { lastInsertRowid } = this.db
        .prepare('insert into students (code, token_hash, nickname, joined_at) values (?, ?, ?, ?)')
        .run(code, tokenHash, nickname, now);
      const student = { id: Number(lastInsertRowid), nickname };
      return { student, event: this.withEvent(code, { type: 'student', student }, () => {}) };
    })();
  }

  async studentByToken(code: string, tokenHash: string): Promise<StudentRecord | null> {
    const row = this.db
      .prepare('select id, nickname, code from students where code = ? and token_hash = ?')
      .get(code, tokenHash);
    return (row as StudentRecord | undefined) ?? null;
  }

  async setSlide(code: string, slide: ClassSlide) {
    return this.withEvent(code, { type: 'slide', slide }, () => {
      this.db
        .prepare('update classes set slide = ? where code = ?')
        .run(JSON.stringify(slide), code);
    });
  }

  async putPrediction(code: string, p: ClassPrediction) {
    return this.withEvent(code, { type: 'prediction', prediction: p }, () => {
      this.db
        .prepare(
          'insert or replace into predictions (code, student_id, question_id, guesses, at) values (?, ?, ?, ?, ?)',
        )
        .run(code, p.studentId, p.questionId, JSON.stringify(p.guesses), p.at);
    });
  }

  async putAnswer(code: string, a: ClassAnswer) {
    return this.withEvent(code, { type: 'answer', answer: a }, () => {
      this.db
        .prepare(
          'insert or replace into answers (code, student_id, question_id, option, at) values (?, ?, ?, ?, ?)',
        )
        .run(code, a.studentId, a.questionId, a.option, a.at);
    });
  }

  async hasRun(code: string, questionId: string): Promise<boolean> {
    return !!this.db
      .prepare('select 1 from runs where code = ? and question_id = ?')
      .get(code, questionId);
  }

  async putRun(code: string, run: ClassRun) {
    return this.withEvent(code, { type: 'run', run }, () => {
      this.db
        .prepare(
          'insert or replace into runs (code, question_id, measured, running, at) values (?, ?, ?, ?, ?)',
        )
        .run(
          code,
          run.questionId,
          JSON.stringify(run.measured),
          run.running ? JSON.stringify(run.running) : null,
          run.at,
        );
    });
  }

  async setNamesShown(code: string, shown: boolean) {
    return this.withEvent(code, { type: 'names', shown }, () => {
      this.db.prepare('update classes set names_shown = ? where code = ?').run(shown ? 1 : 0, code);
    });
  }

  async close(code: string, at: number, keepUntil: number) {
    return this.withEvent(code, { type: 'closed', at }, () => {
      this.db
        .prepare('update classes set closed_at = ?, keep_until = ? where code = ?')
        .run(at, keepUntil, code);
    });
  }

  async teacherView(code: string): Promise<TeacherView | null> {
    const record = await this.getClass(code);
    if (!record) return null;
    const all = (sql: string) => this.db.prepare(sql).all(code) as Record<string, unknown>[];
    const { last } = this.db
      .prepare('select coalesce(max(id), 0) as last from events where code = ?')
      .get(code) as { last: number };
    return teacherViewOf(record, {
      lastEventId: last,
      students: all(
        'select id, nickname from students where code = ? order by id',
      ) as unknown as TeacherView['students'],
      predictions: all(
        'select student_id, question_id, guesses, at from predictions where code = ? order by at',
      ).map((row) => ({
        studentId: row.student_id as number,
        questionId: row.question_id as string,
        guesses: JSON.parse(row.guesses as string),
        at: row.at as number,
      })),
      answers: all(
        'select student_id, question_id, option, at from answers where code = ? order by at',
      ).map((row) => ({
        studentId: row.student_id as number,
        questionId: row.question_id as string,
        option: row.option as number,
        at: row.at as number,
      })),
      runs: all(
        'select question_id, measured, running, at from runs where code = ? order by at',
      ).map((row) => ({
        questionId: row.question_id as string,
        measured: JSON.parse(row.measured as string),
        ...(row.running ? { running: JSON.parse(row.running as string) } : {}),
        at: row.at as number,
      })),
    });
  }

  async eventsAfter(code: string, afterId: number, limit: number): Promise<StoredEvent[]> {
    const rows = this.db
      .prepare('select id, body from events where code = ? and id > ? order by id limit ?')
      .all(code, afterId, limit) as {
      id: number;
      body: string;
    }[];
    return rows.map((row) => ({ id: row.id, event: JSON.parse(row.body) as ClassEvent }));
  }

  async deleteExpired(now: number): Promise<number> {
    return this.db.prepare('delete from classes where keep_until <= ?').run(now).changes;
  }
}
