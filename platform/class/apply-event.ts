import type { ClassEvent, ClassView, StoredEvent } from './types';

// A page keeps its copy of the class up to date by applying each streamed event to the view
// it fetched. Pure, so the teacher's screens and the students' phones agree by construction.

/** `list` with `item` in place of the entry `same` matches, or added at the end. */
function upsert<T>(list: T[], item: T, same: (a: T, b: T) => boolean): T[] {
  const index = list.findIndex((existing) => same(existing, item));
  if (index === -1) return [...list, item];
  return list.map((existing, i) => (i === index ? item : existing));
}

type StudentQuestion = { studentId: number; questionId: string };

/** One prediction or answer per student per question: the last one counts. */
const sameQuestion = (a: StudentQuestion, b: StudentQuestion) =>
  a.studentId === b.studentId && a.questionId === b.questionId;

function applyChange<V extends ClassView>(view: V, event: ClassEvent): V {
  switch (event.type) {
    case 'slide':
      return { ...view, slide: event.slide };
    case 'run':
      return {
        ...view,
        runs: upsert(view.runs, event.run, (a, b) => a.questionId === b.questionId),
      };
    case 'closed':
      return { ...view, closedAt: event.at };
    default:
      if (view.role !== 'teacher') return view;
  }
  switch (event.type) {
    case 'student':
      return {
        ...view,
        students: upsert(view.students, event.student, (a, b) => a.id === b.id),
      };
    case 'prediction':
      return { ...view, predictions: upsert(view.predictions, event.prediction, sameQuestion) };
    case 'answer':
      return { ...view, answers: upsert(view.answers, event.answer, sameQuestion) };
    case 'names':
      return { ...view, namesShown: event.shown };
  }
}

/** The view after `stored`; an event the view already has (a replay after reconnecting) changes nothing. */
export function applyEvent<V extends ClassView>(view: V, stored: StoredEvent): V {
  if (stored.id <= view.lastEventId) return view;
  return { ...applyChange(view, stored.event), lastEventId: stored.id };
}
