'use client';

import { useEffect, useState } from 'react';
import { applyEvent } from '@/platform/class/apply-event';
import type { ClassEvent, ClassView } from '@/platform/class/types';
import { ClassRequestError, classPath, getClassView } from './class-api';

/** The connection to a class, as a page shows it. */
export type ClassLink = 'connecting' | 'live' | 'reconnecting';

const EVENT_TYPES: ClassEvent['type'][] = [
  'slide',
  'student',
  'prediction',
  'answer',
  'run',
  'names',
  'closed',
];

/**
 * A class kept up to date: fetched once, then changed by its event stream. The browser's
 * EventSource reconnects by itself (after a server restart too) and sends Last-Event-ID, so
 * the server replays exactly what was missed. `reload` refetches (after this page's own change).
 */
export function useClassView<V extends ClassView>(code: string | null, version = 0) {
  const [view, setView] = useState<V | null>(null);
  const [error, setError] = useState<ClassRequestError | null>(null);
  const [link, setLink] = useState<ClassLink>('connecting');

  useEffect(() => {
    if (!code) return;
    let source: EventSource | null = null;
    let stopped = false;
    const open = async () => {
      source?.close();
      try {
        const fetched = (await getClassView(code)) as V;
        if (stopped) return;
        setView(fetched);
        setError(null);
        source = new EventSource(`${classPath(code)}/events?after=${fetched.lastEventId}`);
        source.onopen = () => setLink('live');
        source.onerror = () => setLink('reconnecting');
        for (const type of EVENT_TYPES) {
          source.addEventListener(type, (message) => {
            const event = JSON.parse((message as MessageEvent<string>).data) as ClassEvent;
            const id = Number((message as MessageEvent).lastEventId);
            setView((current) => (current ? applyEvent(current, { id, event }) : current));
          });
        }
        // Too far behind to replay: start again from a fresh view.
        source.addEventListener('reset', () => void open());
      } catch (caught) {
        if (!stopped)
          setError(
            caught instanceof ClassRequestError
              ? caught
              : new ClassRequestError(0, 'The class could not be reached.'),
          );
      }
    };
    void open();
    return () => {
      stopped = true;
      source?.close();
    };
  }, [code, version]);

  return { view: code ? view : null, error: code ? error : null, link };
}
