import pg from 'pg';

/**
 * `pool.query` for statements the server may refuse as a matter of course (an append's
 * conflict): a refusal keeps its connection. pg-pool's own `query` releases the client with
 * the error, which destroys it, so every conflict cost the next query a new connection: a
 * backend start, cold caches, every statement parsed and planned again. On a hot stream that
 * was most of the time (see docs/benchmarks.md, "A hot stream"). An error the server reported
 * leaves the connection usable (it answers ReadyForQuery before the next statement); any other
 * error drops it, as `pool.query` does.
 */
export async function refusableQuery<R extends pg.QueryResultRow>(
  pool: pg.Pool,
  config: pg.QueryConfig,
): Promise<pg.QueryResult<R>> {
  const client = await pool.connect();
  try {
    const result = await client.query<R>(config);
    client.release();
    return result;
  } catch (error) {
    client.release(error instanceof pg.DatabaseError ? undefined : (error as Error));
    throw error;
  }
}
