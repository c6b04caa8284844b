/** The two engines a lab may run on: the server's CPython, or Node.js. */
export type EngineName = 'cpython' | 'node';

export const ENGINE_LABEL: Record<EngineName, string> = { cpython: 'CPython', node: 'Node.js' };

/** "CPython 3.11.2" for the engine a run reports; runs saved before runs named it ran on Node.js. */
export function engineLabel(engine: { name: EngineName; version: string } | undefined): string {
  return engine ? `${ENGINE_LABEL[engine.name]} ${engine.version}` : ENGINE_LABEL.node;
}
