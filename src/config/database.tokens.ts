/** The application's pg.Pool, provided by DatabaseModule. */
export const PG_POOL = Symbol('PG_POOL');
