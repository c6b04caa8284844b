import 'server-only';
import { LocalBus, type ClassBus } from './bus';
import { SqliteClassStore } from './sqlite-store';
import type { ClassStore } from './store';

// One store and one bus per server process. Kept on globalThis: the server bundles some
// modules more than once, and two copies must not open two databases or two buses.

interface Backend {
  store: ClassStore;
  bus: ClassBus;
}

const holder = globalThis as typeof globalThis & { __concurrencyLabClass?: Backend };

function createBackend(): Backend {
  return { store: new SqliteClassStore(), bus: new LocalBus() };
}

export function classBackend(): Backend {
  return (holder.__concurrencyLabClass ??= createBackend());
}
