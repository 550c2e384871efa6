import type pg from 'pg';

/**
 * The version of a read model: its generation (a rebuild swaps in a new schema, with a new oid)
 * and its checkpoint, which every write moves in its own transaction. Anything computed from the
 * read model at one version stays right while the version is the same.
 *
 * Every caller in one turn of the event loop shares one query, sent at the end of that turn:
 * it starts after each of them asked, so none can miss a change committed before it asked.
 * Under load many requests are parsed in the same turn; they then cost the server one
 * round trip instead of one each.
 */
export function readModelVersion(pool: pg.Pool, schema: string): Promise<string> {
  let pending = inTurn.get(pool);
  if (!pending) inTurn.set(pool, (pending = new Map()));
  let version = pending.get(schema);
  if (!version) {
    version = endOfTurn().then(() => {
      pending.delete(schema);
      return queryVersion(pool, schema);
    });
    pending.set(schema, version);
  }
  return version;
}

const inTurn = new WeakMap<pg.Pool, Map<string, Promise<string>>>();

const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function queryVersion(pool: pg.Pool, schema: string): Promise<string> {
  // Not a prepared statement: a swap renames schemas, and a prepared statement would go on
  // reading the tables (and the schema oid) it was planned against.
  const { rows } = await pool.query<{ version: string }>(
    `SELECT '${schema}'::regnamespace::oid || ':' || transaction_id || ':' || global_position AS version FROM ${schema}.checkpoint`,
  );
  return rows[0]!.version;
}

/**
 * A small LRU of values computed from a read model, each reused at the version it was computed
 * at, or at a later one when `stillRight` says nothing it was computed from changed since
 * (see ReadModelChanges); it then counts as computed at the later version.
 */
export class VersionedCache<T, D = undefined> {
  private readonly entries = new Map<string, { version: string; value: T; dependsOn: D }>();

  constructor(private readonly capacity = 256) {}

  get(key: string, version: string, stillRight?: (since: string, dependsOn: D) => boolean): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.version !== version) {
      if (!stillRight?.(entry.version, entry.dependsOn)) return undefined;
      entry.version = version;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: string, value: T, ...dependsOn: D extends undefined ? [] : [D]): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value, dependsOn: dependsOn[0] as D });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
