'use client';

import { useServerInfo } from '@/components/lab-shell/use-server-info';
import type { IoInfo } from '@/labs/io/contract';
import type { IoEngine } from '@/labs/io/contract';
import { EngineChoice } from '@/components/lab-shell/engine-choice';

/** Which engines this server has for the I/O lab, and their versions: asked once per visit. */
export function useIoInfo() {
  return useServerInfo<IoInfo>('/api/experiments/io/info');
}

/** The engine a run gets: the one chosen if the server has it, else the server's best (CPython where it can). */
export function effectiveIoEngine(chosen: string, info: IoInfo | undefined): IoEngine {
  if (info?.engines.includes(chosen as IoEngine)) return chosen as IoEngine;
  return info?.default_engine ?? 'node';
}

/**
 * The engine the next run gets, and `engineForRun()`, which waits for the server's answer when
 * a reader presses Run before it has come (else that run would go to Node.js unasked).
 */
export function useIoEngine(chosen: string) {
  const { data: info, error, mutate } = useIoInfo();
  const engineForRun = async () =>
    effectiveIoEngine(chosen, info ?? (error ? undefined : await mutate().catch(() => undefined)));
  return { info, engine: effectiveIoEngine(chosen, info), engineForRun };
}

/**
 * CPython runs the Python files the page shows (httpx, a real ThreadPoolExecutor, one asyncio
 * loop); Node.js runs their JavaScript twins. Offers only what the server has, and says in one
 * line what to install when CPython is missing.
 */
export function IoEnginePicker({
  chosen,
  onChange,
  disabled,
  idPrefix,
}: {
  chosen: string;
  onChange: (engine: IoEngine) => void;
  disabled: boolean;
  idPrefix: string;
}) {
  const { data: info, error } = useIoInfo();
  const engine = effectiveIoEngine(chosen, info);
  const choices = (info?.engines ?? ['node']).map((id) => ({
    value: id,
    label:
      id === 'cpython' && info?.python
        ? `CPython ${info.python.version} · httpx ${info.python.httpx}`
        : `Node.js ${info?.node.version ?? ''}`.trim(),
    hint:
      id === 'cpython'
        ? 'the Python files shown on this page, on real threads and one asyncio loop'
        : 'the JavaScript twins: worker threads and one event loop',
  }));
  const missing = error
    ? 'Could not ask the server which engines it has; runs use Node.js.'
    : (info?.missing?.replaceAll('`', '') ?? null);
  return (
    <EngineChoice
      name={`${idPrefix}-engine`}
      choices={choices}
      value={engine}
      onChange={(value) => onChange(value as IoEngine)}
      disabled={disabled}
      missing={missing}
      loading={!info && !error}
    />
  );
}
