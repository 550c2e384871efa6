import type pg from 'pg';
import type { Projection } from './projection.js';

/**
 * Every projection keeps its read model in its own schema, one "generation" of it: the live
 * one (`read_<name>`) that queries use, and during a rebuild a fresh one (`read_<name>__next`)
 * that replaces it with two schema renames in one transaction. The checkpoint lives inside the
 * generation, so a swap moves the read model and the position it reflects together.
 */
export const liveSchema = (projection: Projection): string => `read_${projection.name}`;
export const nextSchema = (projection: Projection): string => `read_${projection.name}__next`;
const retiredSchema = (projection: Projection): string => `read_${projection.name}__old`;

const NAME = /^[a-z][a-z0-9_]{0,40}$/;

/** Names go into SQL identifiers, so only plain lowercase names are allowed. */
function assertProjectionName(name: string): void {
  if (!NAME.test(name)) throw new Error(`Projection name "${name}" must match ${NAME}`);
}

/** SQL creating an empty generation positioned at the start of the log. */
export function generationSql(projection: Projection, schema: string, options: { indexes: boolean }): string {
  assertProjectionName(projection.name);
  return `
    CREATE SCHEMA ${schema};
    CREATE TABLE ${schema}.checkpoint (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      transaction_id bigint NOT NULL,
      global_position bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO ${schema}.checkpoint (transaction_id, global_position) VALUES (0, 0);
    ${projection.tables(schema)};
    ${options.indexes ? projection.indexes(schema) : ''};
  `;
}

/**
 * An empty generation for a rebuild: without secondary indexes (built once after the bulk
 * load) and, for a projection without a bulk replay, unlogged (a crash loses only a rebuild,
 * which starts over), so the replay writes no WAL row by row. `finishGeneration` (or
 * `setLogged` and `indexAndAnalyze`) makes it an ordinary generation before the swap.
 */
export async function createGeneration(client: pg.ClientBase, projection: Projection, schema: string): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.query(generationSql(projection, schema, { indexes: false }));
  // A projection with a bulk replay loads with COPY, whose WAL costs less than SET LOGGED's
  // rewrite of every table at the end (and is written while the replay is busy anyway).
  if (projection.replay) return;
  for (const table of await tablesOf(client, schema)) await client.query(`ALTER TABLE ${schema}.${table} SET UNLOGGED`);
}

/** Logged again, indexed and analyzed: ready to serve. */
export async function finishGeneration(client: pg.ClientBase, projection: Projection, schema: string): Promise<void> {
  await setLogged(client, schema);
  await client.query(projection.indexes(schema));
  for (const table of await tablesOf(client, schema)) await client.query(`ANALYZE ${schema}.${table}`);
}

/** Every table of the generation logged (a no-op for those that already are). */
export async function setLogged(client: pg.ClientBase, schema: string): Promise<void> {
  for (const table of await tablesOf(client, schema)) await client.query(`ALTER TABLE ${schema}.${table} SET LOGGED`);
}

/**
 * finishGeneration's indexes and ANALYZE for a generation nobody reads yet (the caller has
 * committed its rows), two statements at a time on connections of their own, so the server
 * builds them side by side without taking the whole pool. `tables` limits it to the indexes
 * and statistics of those tables (a rebuild indexes tables whose rows are complete while
 * others are still being written).
 */
export async function indexAndAnalyze(
  pool: pg.Pool,
  projection: Projection,
  schema: string,
  tables?: (table: string) => boolean,
): Promise<void> {
  const wanted = tables ?? (() => true);
  const indexes = projection
    .indexes(schema)
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0 && wanted(indexedTable(statement, schema)));
  await twoAtATime(pool, indexes);
  const { rows } = await pool.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1', [schema]);
  await twoAtATime(
    pool,
    rows.filter(({ tablename }) => wanted(tablename)).map(({ tablename }) => `ANALYZE ${schema}.${tablename}`),
  );
}

function indexedTable(statement: string, schema: string): string {
  const table = new RegExp(`\\bON\\s+${schema}\\.(\\w+)`, 'i').exec(statement)?.[1];
  if (table === undefined) throw new Error(`Index statement names no table of ${schema}: ${statement}`);
  return table;
}

async function twoAtATime(pool: pg.Pool, statements: readonly string[]): Promise<void> {
  const queue = [...statements];
  const worker = async (): Promise<void> => {
    for (let statement = queue.shift(); statement !== undefined; statement = queue.shift()) await pool.query(statement);
  };
  await Promise.all([worker(), worker()]);
}

async function tablesOf(client: pg.ClientBase, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1', [schema]);
  return rows.map((row) => row.tablename);
}

/**
 * Replaces the live generation with the rebuilt one. Renaming schemas takes no lock that
 * readers wait on: a query running against the old tables finishes there, the next one
 * resolves `read_<name>` to the new tables. The caller holds the projection's write lock.
 */
export async function swapGenerations(client: pg.ClientBase, projection: Projection): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${retiredSchema(projection)} CASCADE`);
  await client.query(`ALTER SCHEMA ${liveSchema(projection)} RENAME TO ${retiredSchema(projection)}`);
  await client.query(`ALTER SCHEMA ${nextSchema(projection)} RENAME TO ${liveSchema(projection)}`);
}

/** After the swap has committed; waits for queries still reading the old tables. */
export async function dropRetired(client: pg.ClientBase, projection: Projection): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${retiredSchema(projection)} CASCADE`);
}
