'use client';

/** The address students type or scan: this site's origin, /join/ and the code. */
export function joinUrl(code: string): string {
  return `${window.location.origin}/join/${code}`;
}

/** The same without the scheme, shorter to read off a projector. */
export function readableJoinUrl(code: string): string {
  return joinUrl(code).replace(/^https?:\/\//, '');
}

/** True when this page was opened through a loopback address, which students' phones cannot reach. */
export function onLoopback(): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(window.location.hostname);
}
