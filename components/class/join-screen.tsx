'use client';

import { useSyncExternalStore } from 'react';
import { useDeckClass } from './deck-class';
import { QrCode } from './qr-code';
import { joinUrl, readableJoinUrl } from './join-url';

const noSubscribe = () => () => {};

/** Over the audience window's slides while the teacher shows it: how to join the class. */
export function JoinScreen() {
  const deckClass = useDeckClass();
  // The URL needs window.location: known only after hydration.
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  if (!deckClass?.code || deckClass.overlay !== 'join' || !deckClass.live || !hydrated) return null;
  const { code, view } = deckClass;
  const joined = view?.students.length ?? 0;
  return (
    <section
      aria-label="Join the class"
      data-testid="join-screen"
      className="fixed inset-0 z-30 flex items-center justify-center bg-white p-6 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100"
    >
      <div className="grid max-w-5xl items-center gap-10 md:grid-cols-[1fr_auto]">
        <div>
          <h2 className="text-3xl font-semibold md:text-4xl">Join the class on your phone</h2>
          <p className="mt-6 text-xl text-zinc-700 md:text-2xl dark:text-zinc-300">Open</p>
          <p
            className="mt-1 font-mono text-2xl font-semibold break-all md:text-4xl"
            data-testid="join-url"
          >
            {readableJoinUrl(code)}
          </p>
          <p className="mt-6 text-xl text-zinc-700 md:text-2xl dark:text-zinc-300">
            or enter the code
          </p>
          <p
            className="mt-1 font-mono text-6xl font-bold tracking-[0.2em] md:text-8xl"
            data-testid="join-code"
          >
            {code}
          </p>
          <p
            className="mt-8 text-xl text-zinc-700 md:text-2xl dark:text-zinc-300"
            aria-live="polite"
            data-testid="join-count"
          >
            {joined === 1 ? '1 student has joined' : `${joined} students have joined`}
          </p>
        </div>
        <QrCode
          text={joinUrl(code)}
          label={`QR code for ${readableJoinUrl(code)}`}
          className="size-64 rounded-lg md:size-80"
        />
      </div>
    </section>
  );
}
