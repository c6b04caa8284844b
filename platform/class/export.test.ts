import { describe, expect, it } from 'vitest';
import { classCsv, classJson } from './export';
import type { TeacherView } from './types';

const view: TeacherView = {
  role: 'teacher',
  code: 'ABC234',
  createdAt: Date.UTC(2026, 11, 7, 9),
  liveUntil: 0,
  keepUntil: 0,
  closedAt: null,
  slide: null,
  lastEventId: 9,
  namesShown: false,
  students: [
    { id: 1, nickname: '=HYPERLINK("x")' },
    { id: 2, nickname: 'Bo "the" Builder' },
  ],
  predictions: [
    {
      studentId: 1,
      questionId: 's4',
      guesses: { async: 120, threads: 300 },
      at: Date.UTC(2026, 11, 7, 9, 5),
    },
  ],
  answers: [{ studentId: 2, questionId: 'q1', option: 0, at: Date.UTC(2026, 11, 7, 9, 6) }],
  runs: [{ questionId: 's4', measured: { async: 104.5 }, at: Date.UTC(2026, 11, 7, 9, 7) }],
};

describe('class export', () => {
  it('writes one CSV row per guess, answer and measurement, with formulas defused and quotes doubled', () => {
    const lines = classCsv(view).trimEnd().split('\r\n');
    expect(lines).toEqual([
      '"kind","question","student","nickname","strategy_or_option","value","at"',
      `"prediction","s4","1","'=HYPERLINK(""x"")","async","120","2026-12-07T09:05:00.000Z"`,
      `"prediction","s4","1","'=HYPERLINK(""x"")","threads","300","2026-12-07T09:05:00.000Z"`,
      '"answer","q1","2","Bo ""the"" Builder","0","1","2026-12-07T09:06:00.000Z"',
      '"measured","s4","","","async","104.5","2026-12-07T09:07:00.000Z"',
    ]);
  });

  it('gives the JSON without the stream bookkeeping', () => {
    const json = classJson(view);
    expect(json).not.toHaveProperty('lastEventId');
    expect(json.runs).toEqual(view.runs);
    expect(json.createdAt).toBe('2026-12-07T09:00:00.000Z');
  });
});
