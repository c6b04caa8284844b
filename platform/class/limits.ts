// A class's fixed bounds, shared by the server's validation (schemas.ts) and the pages, which
// use them without loading the validation library.

/** Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
export const MAX_STUDENTS = 200;
export const MAX_NICKNAME = 24;
/** Longest guess or measurement: ten minutes, far beyond any lab's bounds. */
export const MAX_MS = 600_000;

const JOIN_CODE = new RegExp(`^[${JOIN_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A join code as typed (any case, spaces around it), normalised; null when it cannot be one. */
export function parseJoinCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return JOIN_CODE.test(code) ? code : null;
}
