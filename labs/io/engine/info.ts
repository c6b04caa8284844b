import 'server-only';
import { findHttpxPython, HOW_TO_GET_HTTPX } from './cpython-engine';
import { HTTPX_POOL_LIMIT } from '../ideal';

import type { IoInfo } from '../contract';

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
