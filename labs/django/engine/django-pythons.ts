import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { probePython } from '@/platform/process/python-probe';
import type { DjangoVersion } from '../contract';

// Which interpreters on this server can serve the essay's project, with which Django.

const ROOT = /* turbopackIgnore: true */ process.cwd();
/** Where `npm run setup:python` unpacks Django 4.2 from bookworm-backports. */
const DJANGO42_PATH = path.join(
  /* turbopackIgnore: true */ ROOT,
  '.python/django42/usr/lib/python3/dist-packages',
);

export const HOW_TO_GET_DJANGO =
  'Run `npm run setup:python` (Debian: `apt-get install python3-django uvicorn python3-httpx`, and Django 4.2 from bookworm-backports), then restart the server.';

export interface DjangoPython {
  command: string;
  python: string;
  django: string;
  /** Put first on PYTHONPATH (Django 4.2 unpacked beside the system's 3.2), or null. */
  pythonPath: string | null;
}

const PROBE =
  'import json, platform, django, uvicorn, httpx; print(json.dumps({"python": platform.python_version(), "django": django.get_version()}))';

/** A small environment for Python: PATH, a UTF-8 locale, the unpacked Django first when asked, and `extra`. */
export function pythonEnv(
  pythonPath: string | null,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    NODE_ENV: process.env.NODE_ENV,
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    ...(pythonPath ? { PYTHONPATH: pythonPath } : {}),
    ...extra,
  };
}

async function probe(command: string, pythonPath: string | null): Promise<DjangoPython | null> {
  const found = await probePython<{ python: string; django: string }>(command, PROBE, {
    env: pythonEnv(pythonPath),
  });
  return found && { command, pythonPath, ...found };
}

const isVersion = (version: DjangoVersion, found: string) =>
  version === '3.2' ? found.startsWith('3.') : Number(found.split('.')[0]) >= 4;

/**
 * For each Django line, the first interpreter (the .venv of `npm run setup:python`, python3 on
 * PATH, Debian's) that imports it with uvicorn and httpx: 3.2 as installed, 4.2 from the
 * unpacked bookworm-backports package put first on PYTHONPATH (or a Django ≥ 4 installed).
 */
export async function discover(): Promise<Record<DjangoVersion, DjangoPython | null>> {
  const candidates = [
    path.join(/* turbopackIgnore: true */ ROOT, '.venv/bin/python3'),
    'python3',
    '/usr/bin/python3',
  ];
  const plain = await Promise.all(candidates.map((command) => probe(command, null)));
  const unpacked = existsSync(path.join(/* turbopackIgnore: true */ DJANGO42_PATH, 'django'))
    ? await Promise.all(candidates.map((command) => probe(command, DJANGO42_PATH)))
    : [];
  const pick = (version: DjangoVersion) =>
    [...unpacked, ...plain].find((found) => found && isVersion(version, found.django)) ?? null;
  return { '3.2': pick('3.2'), '4.2': pick('4.2') };
}
