import { describe, expect, it } from 'vitest';
import { labExperimentSpec } from './lab-experiment-spec';
import { typedDefaults } from './typed-defaults';
import { labQueryString } from './use-url-settings';

type Event = { kind: 'task'; id: number } | { kind: 'lag'; ms: number };

const spec = labExperimentSpec<'a' | 'b', { tasks: string; seed: string }, Event, { all: Event[] }>(
  {
    lab: 'demo',
    query: (mode, settings) => labQueryString({ mode }, settings),
    events: {
      task: (data) => ({ kind: 'task', id: (data as { id: number }).id }),
      lag: (data) => ({ kind: 'lag', ms: data as number }),
    },
    finalEvents: (result) => result.all,
  },
);

describe('labExperimentSpec', () => {
  it('asks the lab’s route for one variant with the settings that are not blank', () => {
    expect(spec.topic).toBe('experiment:demo');
    expect(spec.path('b', { tasks: ' 3 ', seed: '' })).toBe('/api/experiments/demo?mode=b&tasks=3');
  });

  it('keeps the streamed events it has a mapping for and drops the others', () => {
    expect(spec.eventsOf({ event: 'task', data: { id: 2 } })).toEqual([{ kind: 'task', id: 2 }]);
    expect(spec.eventsOf({ event: 'lag', data: 4.5 })).toEqual([{ kind: 'lag', ms: 4.5 }]);
    expect(spec.eventsOf({ event: 'done', data: {} })).toEqual([]);
    // A name every object has is not an event the lab asked for.
    expect(spec.eventsOf({ event: 'toString', data: {} })).toEqual([]);
    expect(spec.finalEvents?.({ all: [{ kind: 'lag', ms: 1 }] })).toEqual([{ kind: 'lag', ms: 1 }]);
  });
});

describe('typedDefaults', () => {
  it('turns each numeric default into the text a settings field holds, in order', () => {
    const typed = typedDefaults({ tasks: 10, delay_ms: 200, block_ms: 1_000 });
    expect(typed).toEqual({ tasks: '10', delay_ms: '200', block_ms: '1000' });
    expect(Object.keys(typed)).toEqual(['tasks', 'delay_ms', 'block_ms']);
  });
});
