import 'server-only';
import { findInterpreters, publicInterpreter } from '@/platform/process/interpreters';
import type { BlockingInfo } from '../contract';

/** The interpreters this server can run the blocking lab on (looked up once, cached). */
export async function blockingInfo(): Promise<BlockingInfo> {
  const { python } = await findInterpreters();
  return { python: publicInterpreter(python), node: { version: process.version } };
}
