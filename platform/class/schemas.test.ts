import { describe, expect, it } from 'vitest';
import {
  joinCodeSchema,
  nicknameSchema,
  studentActionSchema,
  teacherActionSchema,
} from './schemas';

describe('class input validation', () => {
  it('accepts join codes in any case and refuses look-alikes and other lengths', () => {
    expect(joinCodeSchema.parse(' abc234 ')).toBe('ABC234');
    for (const bad of ['ABC23', 'ABC2345', 'ABCD0E', 'ABCDIE', 'ABC/..', ''])
      expect(joinCodeSchema.safeParse(bad).success).toBe(false);
  });

  it('bounds nicknames and keeps them as plain text', () => {
    expect(nicknameSchema.parse('  <b>Ada</b> ')).toBe('<b>Ada</b>');
    expect(nicknameSchema.safeParse('x'.repeat(25)).success).toBe(false);
    expect(nicknameSchema.safeParse('a\u0000b').success).toBe(false);
    expect(nicknameSchema.safeParse('a\u202eb').success).toBe(false);
  });

  it('takes one finite guess per strategy, 1 to 8 of them', () => {
    const predict = (guesses: unknown) =>
      studentActionSchema.safeParse({ action: 'predict', questionId: 's3', guesses }).success;
    expect(predict({ async: 120 })).toBe(true);
    expect(predict({ '3.2-uvicorn': 6000 })).toBe(true); // the Django lab's cases
    expect(predict({})).toBe(false);
    expect(predict({ async: -1 })).toBe(false);
    expect(predict({ async: 1e9 })).toBe(false);
    expect(predict({ async: '120' })).toBe(false);
    expect(predict({ 'Async!': 1 })).toBe(false);
    expect(predict(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`v${i}`, 1])))).toBe(
      false,
    );
  });

  it('refuses unknown fields and actions', () => {
    expect(
      studentActionSchema.safeParse({ action: 'join', nickname: 'a', admin: true }).success,
    ).toBe(false);
    expect(teacherActionSchema.safeParse({ action: 'drop' }).success).toBe(false);
    expect(
      teacherActionSchema.safeParse({
        action: 'slide',
        slide: {
          index: 0,
          title: 't',
          prompt: { kind: 'choice', id: 'q', text: 'x', options: ['only one'] },
        },
      }).success,
    ).toBe(false);
  });
});
