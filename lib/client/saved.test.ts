import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

/** A Storage whose methods may be made to throw, like a full or blocked browser storage. */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    full: false,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

let local: ReturnType<typeof fakeStorage>;
let saved: typeof import('./saved');
const schema = z.array(z.object({ id: z.string() }));
const isList = (data: unknown): data is z.infer<typeof schema> => z.safeParse(schema, data).success;

beforeEach(async () => {
  local = fakeStorage();
  vi.stubGlobal('window', { localStorage: local, sessionStorage: fakeStorage() });
  vi.resetModules();
  saved = await import('./saved');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('saved browser data', () => {
  it('reads back what it saved', () => {
    saved.save('local', 'k', [{ id: 'a' }]);
    expect(local.items.get('k')).toBe('{"v":1,"data":[{"id":"a"}]}');
    expect(saved.loadSaved('local', 'k', isList)).toEqual([{ id: 'a' }]);
  });

  it.each([
    '[{}]',
    '[null]',
    '"abcdef"',
    '{"length":3}',
    'not json',
    '{"v":1,"data":[{"id":1}]}',
    '{"v":2,"data":[]}',
    '[{"id":"a"}]',
  ])('drops %s with a warning', async (raw) => {
    local.items.set('k', raw);
    expect(saved.loadSaved('local', 'k', isList)).toBeNull();
    expect(local.items.has('k')).toBe(false);
    expect(console.warn).toHaveBeenCalledOnce();
  });

  it('keeps a value in memory when storage is full', () => {
    local.full = true;
    expect(() => saved.save('local', 'k', [{ id: 'b' }])).not.toThrow();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/QuotaExceededError/));
    expect(saved.loadSaved('local', 'k', isList)).toEqual([{ id: 'b' }]);
  });

  it('works in memory when storage is blocked (reading it throws)', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(saved.loadSaved('local', 'k', isList)).toBeNull();
    saved.save('local', 'k', [{ id: 'c' }]);
    expect(saved.loadSaved('local', 'k', isList)).toEqual([{ id: 'c' }]);
  });
});
