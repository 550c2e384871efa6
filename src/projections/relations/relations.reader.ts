import type pg from 'pg';
import { factChanges, type FactsRead, factSnapshots, touches } from '../facts/facts.reader.js';
import { factsProjection } from '../facts/facts.projection.js';
import { type ReadClocks, today } from '../read-query/clocks.js';
import { type JsonBody, jsonBody } from '../read-query/json-body.js';
import { readModelVersion, VersionedCache } from '../read-query/versioned-cache.js';
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
 * moves it in the same transaction), or changed only in facts of other pairs (see ReadModelChanges).
 */
export class RelationsReader {
  private readonly cache: VersionedCache<{ state: RelationsState; body?: JsonBody }, FactsRead>;

  constructor(
    private readonly pool: pg.Pool,
    capacity = 256,
  ) {
    this.cache = new VersionedCache(capacity);
  }

  async read(a: string, b: string, clocks: ReadClocks): Promise<RelationsState> {
    return (await this.entry(a, b, clocks)).state;
  }

  /**
   * The state as the JSON of `toJson(state)`, cached with it: a busy pair's state is large
   * (every expulsion and sanction is listed), and serializing it costs more than reading it.
   */
  async readBody(a: string, b: string, clocks: ReadClocks, toJson: (state: RelationsState) => unknown): Promise<JsonBody> {
    const entry = await this.entry(a, b, clocks);
    entry.body ??= jsonBody(toJson(entry.state));
    return entry.body;
  }

  private async entry(a: string, b: string, clocks: ReadClocks): Promise<{ state: RelationsState; body?: JsonBody }> {
    const countries = [a, b].sort() as [string, string];
    const validAt = clocks.validAt ?? today();
    const key = `${countries.join('-')}|${validAt}|${clocks.knownAt?.toISOString() ?? ''}`;
    const changes = factChanges(this.pool);
    const version = await readModelVersion(this.pool, S);
    await changes.observe(version);
    const cached = this.cache.get(key, version, (since, read) => changes.unchanged(since, version, touches(read)));
    if (cached) return cached;
    const filter = { countries, actualOnly: true, supportedOnly: true };
    const { snapshots, factIds } = await factSnapshots(this.pool, filter, { validAt: null, knownAt: clocks.knownAt }, null);
    const entry = { state: relationsState(countries, validAt, snapshots) };
    this.cache.set(key, version, entry, { filter, factIds });
    return entry;
  }
}
