import pg from 'pg';

/** How long a query waits for a connection before it fails (and is answered 503). */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The service's pool, supervised: losing the database never crashes the process. Every client
 * keeps an 'error' listener for its whole life, also while checked out (pg-pool only listens
 * while a client is idle, and a checked-out client whose server dies between two queries
 * would otherwise emit an unhandled 'error'). Such a client is no longer queryable: its next
 * query fails, and the pool drops it when it is released. New connections are made on demand,
 * so the pool reconnects by itself once the database is back.
 */
export function createSupervisedPool(options: {
  url: string;
  size: number;
  onConnectionLost: (error: Error) => void;
}): pg.Pool {
  const pool = new pg.Pool({ connectionString: options.url, max: options.size, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on('error', options.onConnectionLost);
  pool.on('connect', (client) => client.on('error', options.onConnectionLost));
  return pool;
}
