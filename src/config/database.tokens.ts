/** The application's pg.Pool, provided by DatabaseModule. */
export const PG_POOL = Symbol('PG_POOL');

/** The URL that pool connects to, for code that opens its own connections (worker threads). */
export const DATABASE_URL = Symbol('DATABASE_URL');
