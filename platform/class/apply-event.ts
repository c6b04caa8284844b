import type { ClassEvent, ClassView, StoredEvent } from './types';

// A page keeps its copy of the class up to date by applying each streamed event to the view
// it fetched. Pure, so the teacher's screens and the students' phones agree by construction.

function upsert<T>(list: T[], item: T, same: (a: T) => boolean): T[] {
  const index = list.findIndex(same);
  if (index === -1) return [...list, item];
  return list.map((existing, i) => (i === index ? item : existing));
}

function applyChange<V extends ClassView>(view: V, event: ClassEvent): V {
  switch (event.type) {
    case 'slide':
      return { ...view, slide: event.slide };
    case 'run':
      return {
        ...view,
        runs: upsert(view.runs, event.run, (r) => r.questionId === event.run.questionId),
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
        students: upsert(view.students, event.student, (s) => s.id === event.student.id),
      };
    case 'prediction': {
      const p = event.prediction;
      return {
        ...view,
        predictions: upsert(
          view.predictions,
          p,
          (q) => q.studentId === p.studentId && q.questionId === p.questionId,
        ),
      };
    }
    case 'answer': {
      const a = event.answer;
      return {
        ...view,
        answers: upsert(
          view.answers,
          a,
          (b) => b.studentId === a.studentId && b.questionId === a.questionId,
        ),
      };
    }
    case 'names':
      return { ...view, namesShown: event.shown };
  }
}

/** The view after `stored`; an event the view already has (a replay after reconnecting) changes nothing. */
export function applyEvent<V extends ClassView>(view: V, stored: StoredEvent): V {
  if (stored.id <= view.lastEventId) return view;
  return { ...applyChange(view, stored.event), lastEventId: stored.id };
}
