import 'server-only';
import { Redis } from 'ioredis';
import { LocalBus, type ClassBus } from './bus';
import { RedisBus } from './redis-bus';
import { RedisClassStore } from './redis-store';
import { SqliteClassStore } from './sqlite-store';
import type { ClassStore } from './store';

// One store and one bus per server process. Kept on globalThis: the server bundles some
// modules more than once, and two copies must not open two databases or two buses.

interface Backend {
  store: ClassStore;
  bus: ClassBus;
}

const holder = globalThis as typeof globalThis & { __concurrencyLabClass?: Backend };

/** Redis when LAB_REDIS_URL is set (several instances share classes), else a SQLite file. */
function createBackend(): Backend {
  const url = process.env.LAB_REDIS_URL;
  if (!url) return { store: new SqliteClassStore(), bus: new LocalBus() };
  const commands = new Redis(url, { maxRetriesPerRequest: 2 });
  // A subscribed connection can do nothing else: the bus gets its own.
  return { store: new RedisClassStore(commands), bus: new RedisBus(commands, new Redis(url)) };
}

export function classBackend(): Backend {
  return (holder.__concurrencyLabClass ??= createBackend());
}
