import 'server-only';
import type { ClassSlide } from './schemas';
import type {
  ClassPrediction,
  ClassAnswer,
  ClassRun,
  ClassStudent,
  StoredEvent,
  TeacherView,
} from './types';

// Where classes live: one interface, an embedded SQLite file by default (one room, one
// server) and Redis when LAB_REDIS_URL is set (several instances). Every change is stored
// with the event that announces it, in one step, so a stream that resumes from an event id
// never misses or repeats a change.

/** A class row as the routes need it. */
export interface ClassRecord {
  code: string;
  teacherHash: string;
  createdAt: number;
  liveUntil: number;
  keepUntil: number;
  closedAt: number | null;
  namesShown: boolean;
  slide: ClassSlide | null;
}

/** A student found by the token in their cookie. */
export interface StudentRecord extends ClassStudent {
  code: string;
}

export interface ClassStore {
  /** Stores a new class; false when the code is taken (the caller draws another). */
  createClass(record: ClassRecord): Promise<boolean>;
  getClass(code: string): Promise<ClassRecord | null>;
  /** Adds a student, or null when the class is full. */
  addStudent(
    code: string,
    tokenHash: string,
    nickname: string,
    now: number,
    max: number,
  ): Promise<{ student: ClassStudent; event: StoredEvent } | null>;
  studentByToken(code: string, tokenHash: string): Promise<StudentRecord | null>;
  setSlide(code: string, slide: ClassSlide): Promise<StoredEvent>;
  /** One per student and question: a second one replaces the first. */
  putPrediction(code: string, prediction: ClassPrediction): Promise<StoredEvent>;
  putAnswer(code: string, answer: ClassAnswer): Promise<StoredEvent>;
  hasRun(code: string, questionId: string): Promise<boolean>;
  /** One per question: the teacher's latest run of it. */
  putRun(code: string, run: ClassRun): Promise<StoredEvent>;
  setNamesShown(code: string, shown: boolean): Promise<StoredEvent>;
  close(code: string, at: number, keepUntil: number): Promise<StoredEvent>;
  /** Everything the teacher sees (and exports). */
  teacherView(code: string): Promise<TeacherView | null>;
  /** Events after `afterId`, oldest first, at most `limit`. */
  eventsAfter(code: string, afterId: number, limit: number): Promise<StoredEvent[]>;
  /** Deletes the classes whose keep time has passed; returns how many. */
  deleteExpired(now: number): Promise<number>;
}

/** The teacher's view of a class: its record and what its students sent. */
export function teacherViewOf(
  record: ClassRecord,
  parts: Pick<TeacherView, 'lastEventId' | 'students' | 'predictions' | 'answers' | 'runs'>,
): TeacherView {
  return {
    role: 'teacher',
    code: record.code,
    createdAt: record.createdAt,
    liveUntil: record.liveUntil,
    keepUntil: record.keepUntil,
    closedAt: record.closedAt,
    slide: record.slide,
    namesShown: record.namesShown,
    ...parts,
  };
}
