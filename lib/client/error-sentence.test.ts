import { describe, expect, it } from 'vitest';
import { errorSentence } from './error-sentence';

describe('errorSentence', () => {
  it('leaves a sentence that already says when to retry as it is (no second "try again")', () => {
    const limited = 'Too many runs started from this browser in the last minute; try again in 3 s.';
    expect(errorSentence(limited, 3)).toBe(limited);
  });

  it('capitalises and ends with one full stop', () => {
    expect(errorSentence('python3 is not available on this server; use engine=node')).toBe(
      'Python3 is not available on this server; use engine=node.',
    );
    expect(errorSentence('the run took longer than 60 s and was stopped..')).toBe(
      'The run took longer than 60 s and was stopped.',
    );
  });

  it('names the wait of a vague retry, or adds it once when the reason has none', () => {
    expect(errorSentence('all server threads are busy; try again in a few seconds', 5)).toBe(
      'All server threads are busy; try again in 5 s.',
    );
    expect(errorSentence('waited too long in the queue; the server is very busy', 15)).toBe(
      'Waited too long in the queue; the server is very busy; try again in 15 s.',
    );
  });

  it('says the server’s terse reasons in plain words', () => {
    expect(errorSentence('invalid query')).toBe('The server did not accept these settings.');
  });
});
