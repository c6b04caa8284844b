// The one sentence a lab shows when a run fails: the server's reason as a reader reads it.

/** The server's terse reasons, said in words a reader can act on. */
const PLAIN: Record<string, string> = {
  'invalid query': 'The server did not accept these settings',
  'internal error':
    'The server failed on its side; try again, and tell the site’s authors if it keeps failing',
};

const VAGUE_RETRY = /try again (shortly|later|in a few seconds)/i;

/**
 * `message` as one sentence: capitalised, ending in a full stop, and saying once when to try
 * again when the server said (`retryAfterS`, from Retry-After): a vague "try again shortly"
 * becomes "try again in 5 s"; a reason that already names the time is left as it is.
 */
export function errorSentence(message: string, retryAfterS: number | null = null): string {
  const trimmed = message.trim().replace(/\.+$/, '');
  let text = PLAIN[trimmed.toLowerCase()] ?? trimmed;
  if (retryAfterS) {
    const when = `try again in ${retryAfterS} s`;
    if (VAGUE_RETRY.test(text)) text = text.replace(VAGUE_RETRY, when);
    else if (!/try again/i.test(text)) text = `${text}; ${when}`;
  }
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
