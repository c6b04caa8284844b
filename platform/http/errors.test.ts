import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, errorResponse, issuesOf } from './errors';

afterEach(() => vi.restoreAllMocks());

describe('errorResponse', () => {
  it('turns an ApiError into its status, headers and {error, issues}', async () => {
    const response = errorResponse(
      new ApiError(429, 'busy', [{ path: 'count', message: 'too many' }], { 'Retry-After': '5' }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: 'busy',
      issues: [{ path: 'count', message: 'too many' }],
    });
  });

  it('answers 499 for a cancelled request, without logging', async () => {
    const log = vi.spyOn(console, 'error');
    const response = errorResponse(new DOMException('The operation was aborted.', 'AbortError'));
    expect(response.status).toBe(499);
    expect(await response.json()).toEqual({ error: 'request cancelled', issues: [] });
    expect(log).not.toHaveBeenCalled();
  });

  it('answers 500 for anything else, logs it and hides the details', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = errorResponse(new Error('secret path /etc/passwd'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal error', issues: [] });
    expect(text).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('issuesOf', () => {
  it('flattens zod issues to {path, message}, with (query) for the whole query', () => {
    const result = z
      .strictObject({ a: z.object({ b: z.number() }) })
      .safeParse({ a: { b: 'x' }, c: 1 });
    expect(result.success).toBe(false);
    const issues = issuesOf(result.error!);
    expect(issues).toContainEqual({ path: 'a.b', message: expect.any(String) });
    expect(issues).toContainEqual({ path: '(query)', message: expect.stringContaining('"c"') });
  });
});

describe('ApiError across module copies', () => {
  it('is recognised by errorResponse from another copy of the module (as the warm-up bundle has)', async () => {
    vi.resetModules();
    // A second instance of the module, as a second bundle would hold.
    const copy = (await import(
      /* @vite-ignore */ `./errors.ts?copy=${Date.now()}`
    )) as typeof import('./errors');
    expect(copy.ApiError).not.toBe(ApiError);
    const response = errorResponse(
      new copy.ApiError(429, 'queue full', [], { 'Retry-After': '10' }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(new copy.ApiError(400, 'x')).toBeInstanceOf(ApiError);
    expect(new Error('x')).not.toBeInstanceOf(ApiError);
  });
});
