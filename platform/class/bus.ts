import 'server-only';
import { EventEmitter } from 'node:events';
import type { StoredEvent } from './types';

// Fan-out of a class's changes to the streams open on this server. With Redis the same
// interface carries them between instances (redis-bus.ts). A listener learns that the class
// changed (and up to which id); streams read the events themselves from the store.

export type BusListener = (change: { id: number }) => void;

export interface ClassBus {
  publish(code: string, stored: StoredEvent): void;
  subscribe(code: string, listener: BusListener): () => void;
}

export class LocalBus implements ClassBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(code: string, stored: StoredEvent): void {
    this.emitter.emit(code, stored);
  }

  subscribe(code: string, listener: BusListener): () => void {
    this.emitter.on(code, listener);
    return () => void this.emitter.off(code, listener);
  }
}
