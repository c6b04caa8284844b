'use client';

/** The address students type or scan: this site's origin, /join/ and the code. */
export function joinUrl(code: string): string {
  return `${window.location.origin}/join/${code}`;
}

/** The same without the scheme, shorter to read off a projector. */
export function readableJoinUrl(code: string): string {
  return joinUrl(code).replace(/^https?:\/\//, '');
}
