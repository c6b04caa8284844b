import type { ClassSlide } from './schemas';

// The class as its two kinds of viewers see it, and the events that change it. Shared by the
// server (which builds them) and the pages (which apply them as they arrive).

export type Guesses = Record<string, number>;

export interface ClassStudent {
  id: number;
  /** Empty when the student gave none. */
  nickname: string;
}

export interface ClassPrediction {
  studentId: number;
  questionId: string;
  guesses: Guesses;
  at: number;
}

export interface ClassAnswer {
  studentId: number;
  questionId: string;
  option: number;
  at: number;
}

export interface ClassRun {
  questionId: string;
  measured: Guesses;
  /**
   * Strategies the teacher's run is still measuring, streamed while it runs: for these,
   * `measured` is how far the server's measurement has got so far, not a result.
   */
  running?: string[];
  at: number;
}

/** A run's finished measurements: the strategies that are no longer running. */
export function finishedOf(run: ClassRun): Guesses {
  const running = new Set(run.running ?? []);
  return Object.fromEntries(Object.entries(run.measured).filter(([id]) => !running.has(id)));
}

/** One change, as the event stream sends it. `teacher` events never reach students. */
export type ClassEvent =
  | { type: 'slide'; slide: ClassSlide }
  | { type: 'student'; student: ClassStudent }
  | { type: 'prediction'; prediction: ClassPrediction }
  | { type: 'answer'; answer: ClassAnswer }
  | { type: 'run'; run: ClassRun }
  | { type: 'names'; shown: boolean }
  | { type: 'closed'; at: number };

const TEACHER_ONLY: ReadonlySet<ClassEvent['type']> = new Set([
  'student',
  'prediction',
  'answer',
  'names',
]);

/** True for the events a student's stream carries. */
export function forStudents(event: ClassEvent): boolean {
  return !TEACHER_ONLY.has(event.type);
}

/** An event with its place in the class's history (the SSE id, for `Last-Event-ID`). */
export interface StoredEvent {
  id: number;
  event: ClassEvent;
}

interface ClassTimes {
  code: string;
  createdAt: number;
  /** Students can join and answer until then (unless closed earlier). */
  liveUntil: number;
  /** The summary is kept (read-only) until then; then it is deleted. */
  keepUntil: number;
  closedAt: number | null;
  slide: ClassSlide | null;
  runs: ClassRun[];
  /** The last event so far: a stream opened with this id misses nothing. */
  lastEventId: number;
}

export interface TeacherView extends ClassTimes {
  role: 'teacher';
  namesShown: boolean;
  students: ClassStudent[];
  predictions: ClassPrediction[];
  answers: ClassAnswer[];
}

export interface StudentView extends ClassTimes {
  role: 'student';
  me: ClassStudent | null;
  predictions: ClassPrediction[];
  answers: ClassAnswer[];
}

export type ClassView = TeacherView | StudentView;

/** True while the class takes joins and answers. */
export function isLive(
  view: Pick<ClassTimes, 'closedAt' | 'liveUntil'>,
  now = Date.now(),
): boolean {
  return view.closedAt === null && now < view.liveUntil;
}
