import 'server-only';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { BusListener, ClassBus } from './bus';
import type { StoredEvent } from './types';

// The fan-out between instances: each change is announced on one Redis channel (just the
// class code and event id: streams read the event itself from the store), and each instance
// hands the announcements to its own open streams.

const CHANNEL = 'lab:class:changed';

export class RedisBus implements ClassBus {
  private readonly local = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly publisher: Redis,
    subscriber: Redis,
  ) {
    void subscriber.subscribe(CHANNEL);
    subscriber.on('message', (_channel: string, message: string) => {
      const [code, id] = message.split(' ');
      this.local.emit(code, { id: Number(id) });
    });
  }

  publish(code: string, stored: StoredEvent): void {
    this.publisher
      .publish(CHANNEL, `${code} ${stored.id}`)
      .catch((error: unknown) => console.error(error));
  }

  subscribe(code: string, listener: BusListener): () => void {
    this.local.on(code, listener);
    return () => void this.local.off(code, listener);
  }
}
