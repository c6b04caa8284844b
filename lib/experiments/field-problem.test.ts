import { describe, expect, it } from 'vitest';
import { fieldProblem } from './field-problem';

describe('fieldProblem', () => {
  const count = { min: 1, max: 1000 };

  it('accepts a number in range, and a blank (the server default applies)', () => {
    expect(fieldProblem(count, '10')).toBeNull();
    expect(fieldProblem(count, ' 1000 ')).toBeNull();
    expect(fieldProblem(count, '')).toBeNull();
  });

  it('refuses a number out of range, naming the range in one sentence', () => {
    expect(fieldProblem(count, '5000')).toBe('Enter a whole number from 1 to 1000.');
    expect(fieldProblem(count, '0')).toBe('Enter a whole number from 1 to 1000.');
  });

  it('refuses a fraction where a whole number is asked, and text in a number field', () => {
    expect(fieldProblem(count, '2.5')).toBe('Enter a whole number from 1 to 1000.');
    expect(fieldProblem(count, 'ten')).toBe('Enter a whole number from 1 to 1000.');
  });

  it('takes fractions where the step allows them, and says only the bounds it has', () => {
    expect(fieldProblem({ min: 0, max: 1, step: 0.05 }, '0.2')).toBeNull();
    expect(fieldProblem({ min: 0, max: 1, step: 0.05 }, '2')).toBe('Enter a number from 0 to 1.');
    expect(fieldProblem({ min: 0 }, '-1')).toBe('Enter a whole number of at least 0.');
  });

  it('leaves free text alone', () => {
    expect(fieldProblem({ text: true }, 'any seed')).toBeNull();
  });
});
