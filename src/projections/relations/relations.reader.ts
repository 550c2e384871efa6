import type pg from 'pg';
import { factSnapshots } from '../facts/facts.reader.js';
import { factsProjection } from '../facts/facts.projection.js';
import { type ReadClocks, today } from '../read-query/clocks.js';
import { liveSchema } from '../runner/generation.js';
import { relationsState, type RelationsState } from './relations-state.js';

const S = liveSchema(factsProjection);

/**
 * The state of relations between two countries (order-insensitive) at the clocks asked;
 * validAt defaults to today. Facts of every valid time are read: the fold needs later ones too
 * (a mission known only from its closure was open before).
 *
 * Folding a busy pair's facts costs milliseconds, and dashboards ask for the same pairs again
 * and again, so states are cached. A cached state is reused only while the facts read model is
 * unchanged: same generation (a rebuild swaps in a new schema) and same checkpoint (every write
 * moves it in the same transaction).
 */
export class RelationsReader {
  private readonly cache = new Map<string, { version: string; state: RelationsState }>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly capacity = 256,
  ) {}

  async read(a: string, b: string, clocks: ReadClocks): Promise<RelationsState> {
    const countries = [a, b].sort() as [string, string];
    const validAt = clocks.validAt ?? today();
    const key = `${countries.join('-')}|${validAt}|${clocks.knownAt?.toISOString() ?? ''}`;
    const version = await this.readModelVersion();
    const cached = this.cache.get(key);
    if (cached?.version === version) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached.state;
    }
    const filter = { countries, actualOnly: true, supportedOnly: true };
    const { snapshots } = await factSnapshots(this.pool, filter, { validAt: null, knownAt: clocks.knownAt }, null);
    const state = relationsState(countries, validAt, snapshots);
    this.cache.delete(key);
    this.cache.set(key, { version, state });
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    return state;
  }

  private async readModelVersion(): Promise<string> {
    const { rows } = await this.pool.query<{ version: string }>(
      `SELECT '${S}'::regnamespace::oid || ':' || transaction_id || ':' || global_position AS version FROM ${S}.checkpoint`,
    );
    return rows[0]!.version;
  }
}
