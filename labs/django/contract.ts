/** The Django lines the real-Django lab runs: the LTS of the essay's era, and one with per-request contexts. */
export const DJANGO_VERSIONS = ['3.2', '4.2'] as const;
export type DjangoVersion = (typeof DJANGO_VERSIONS)[number];

/** `runserver`: WSGI, a thread per request. `uvicorn`: ASGI, one event loop. */
export const DJANGO_SERVERS = ['runserver', 'uvicorn'] as const;
export type DjangoServerName = (typeof DJANGO_SERVERS)[number];

/** One call of the sync view, on the run's clock (ms since the aggregated view was requested). */
export interface RealDjangoView {
  task_id: string | null;
  start_ms: number;
  end_ms: number;
}

/** What GET /api/experiments/django answers: one request to the essay's aggregated view. */
export interface RealDjangoResult {
  /** The version Django itself reports (e.g. 3.2.25). */
  django_version: string;
  server: DjangoServerName;
  python: string;
  elapsed_ms: number;
  /** The aggregated view's HTTP status: 200, or 500 when the essay's code raised. */
  status: number;
  debug_message: string | null;
  /** The exception of a 500 (e.g. `ReadTimeout at /async/api_aggregated/`), else null. */
  error: string | null;
  /** True when this run had to start a new server because the previous one had died. */
  restarted: boolean;
  views: RealDjangoView[];
}

export interface RealDjangoInfo {
  combinations: {
    django: DjangoVersion;
    server: DjangoServerName;
    available: boolean;
    django_version: string | null;
  }[];
  python: string | null;
  /** One line on what to install, when a combination cannot run here. */
  missing: string | null;
}
