import type { Choice } from './choice-field';

/**
 * The two engines as options of a lab's settings (ChoiceField), each with the lab's own line on
 * what runs there; CPython's adds that the server needs python3 for it.
 */
export function engineOptions(hints: {
  node: string;
  cpython: string;
}): Record<'node' | 'cpython', Choice> {
  return {
    node: { value: 'node', label: 'Node', hint: hints.node },
    cpython: {
      value: 'cpython',
      label: 'CPython',
      hint: `${hints.cpython}; needs python3 on the server`,
    },
  };
}
