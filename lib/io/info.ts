import 'server-only';
import { findHttpxPython, HOW_TO_GET_HTTPX } from './cpython-engine';
import { HTTPX_POOL_LIMIT } from './ideal';
import type { IoEngine } from './types';

/** What the I/O lab can run on this server: the answer of GET /api/experiments/io/info. */
export interface IoInfo {
  engines: readonly IoEngine[];
  default_engine: IoEngine;
  python: { version: string; httpx: string } | null;
  node: { version: string };
  /** One line on what to install when CPython cannot run here. */
  missing: string | null;
  httpx_pool_limit: number;
}

export async function ioInfo(): Promise<IoInfo> {
  const python = await findHttpxPython();
  return {
    engines: python ? ['cpython', 'node'] : ['node'],
    default_engine: python ? 'cpython' : 'node',
    python: python && { version: python.version, httpx: python.httpx },
    node: { version: process.version.replace(/^v/, '') },
    missing: python ? null : HOW_TO_GET_HTTPX,
    httpx_pool_limit: HTTPX_POOL_LIMIT,
  };
}
