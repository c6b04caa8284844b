import { describe, expect, it } from 'vitest';
import { deckChannelName, parseDeckMessage } from './messages';

describe('parseDeckMessage', () => {
  it('accepts the four well-formed kinds', () => {
    expect(parseDeckMessage({ kind: 'scroll', index: 2, fraction: 0.5 })).toEqual({
      kind: 'scroll',
      index: 2,
      fraction: 0.5,
    });
    expect(parseDeckMessage({ kind: 'state', index: 3, blackout: false, step: 2 })).toEqual({
      kind: 'state',
      index: 3,
      blackout: false,
      step: 2,
    });
    expect(parseDeckMessage({ kind: 'hello', role: 'presenter' })).toEqual({
      kind: 'hello',
      role: 'presenter',
    });
    expect(parseDeckMessage({ kind: 'app', topic: 'io:run', payload: { a: 1 } })).toEqual({
      kind: 'app',
      topic: 'io:run',
      payload: { a: 1 },
    });
  });

  it('rejects anything else', () => {
    for (const data of [
      null,
      'state',
      { kind: 'state', index: -1, blackout: false, step: 0 },
      { kind: 'state', index: 1.5, blackout: false, step: 0 },
      { kind: 'state', index: 1, blackout: false },
      { kind: 'state', index: 1, blackout: false, step: -1 },
      { kind: 'state', index: 1 },
      { kind: 'hello', role: 'admin' },
      { kind: 'scroll', index: 2, fraction: 1.5 },
      { kind: 'scroll', index: 2, fraction: Number.NaN },
      { kind: 'app', topic: '' },
      { kind: 'app', topic: 7 },
      { kind: 'other' },
    ]) {
      expect(parseDeckMessage(data), JSON.stringify(data)).toBeNull();
    }
  });

  it('names one channel per section', () => {
    expect(deckChannelName('gil')).not.toBe(deckChannelName('concurrent-io'));
  });
});
