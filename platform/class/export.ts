import { finishedOf, type TeacherView } from './types';

// A class's results for the teacher's records: one row per prediction guess, per answer and
// per measured strategy. Nicknames are the students' own words, so every CSV field is quoted,
// and a field starting with = + - @ is prefixed with ' so a spreadsheet does not run it.

const HEADER = ['kind', 'question', 'student', 'nickname', 'strategy_or_option', 'value', 'at'];

function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function classCsv(view: TeacherView): string {
  const names = new Map(view.students.map((s) => [s.id, s.nickname]));
  const iso = (at: number) => new Date(at).toISOString();
  const rows: (string | number)[][] = [];
  for (const p of view.predictions) {
    for (const [strategy, ms] of Object.entries(p.guesses)) {
      rows.push([
        'prediction',
        p.questionId,
        p.studentId,
        names.get(p.studentId) ?? '',
        strategy,
        ms,
        iso(p.at),
      ]);
    }
  }
  for (const a of view.answers) {
    rows.push([
      'answer',
      a.questionId,
      a.studentId,
      names.get(a.studentId) ?? '',
      a.option,
      1,
      iso(a.at),
    ]);
  }
  for (const r of view.runs) {
    for (const [strategy, ms] of Object.entries(finishedOf(r)))
      rows.push(['measured', r.questionId, '', '', strategy, ms, iso(r.at)]);
  }
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The JSON export: the teacher's whole view, minus the stream bookkeeping. */
export function classJson(view: TeacherView) {
  return {
    code: view.code,
    createdAt: new Date(view.createdAt).toISOString(),
    closedAt: view.closedAt === null ? null : new Date(view.closedAt).toISOString(),
    students: view.students,
    predictions: view.predictions,
    answers: view.answers,
    runs: view.runs,
  };
}
