import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import pg from 'pg';

/** A statement as the service sent it, replayable on another pool. */
export interface RecordedQuery {
  readonly text: string;
  readonly values?: readonly unknown[];
  readonly name?: string;
  readonly rowMode?: 'array';
}

const requestQueries = new AsyncLocalStorage<RecordedQuery[]>();

/**
 * Records the SQL each request makes the service send, for the read API bench's floor of "the
 * same SQL run directly". Every pg client's query is wrapped (in the bench's service process
 * only); a query belongs to the request whose async context sent it, so requests must come one
 * at a time while recording (a query waiting for a pooled client could resume in another's).
 */
export function sqlRecordingMiddleware(onRequest: (path: string, queries: RecordedQuery[]) => void, recording: () => boolean) {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const queries = requestQueries.getStore();
    if (queries) {
      const recorded = toRecorded(args[0], args[1]);
      if (recorded) queries.push(recorded);
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!recording()) return next();
    const queries: RecordedQuery[] = [];
    response.on('finish', () => onRequest(request.originalUrl, queries));
    requestQueries.run(queries, next);
  };
}

function toRecorded(config: unknown, values: unknown): RecordedQuery | null {
  if (typeof config === 'string') return { text: config, values: Array.isArray(values) ? values : undefined };
  if (typeof config !== 'object' || config === null || !('text' in config)) return null;
  const c = config as { text: string; values?: unknown[]; name?: string; rowMode?: string };
  return { text: c.text, values: c.values ?? (Array.isArray(values) ? values : undefined), name: c.name, rowMode: c.rowMode === 'array' ? 'array' : undefined };
}
