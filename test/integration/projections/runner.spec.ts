import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { NewEvent, StoredEvent } from '../../../src/event-store/event-store.port.js';
import { acquireRebuildLock, RebuildInProgressError, rebuildProjections } from '../../../src/projections/rebuild/rebuild.js';
import { applyLiveBatch } from '../../../src/projections/runner/apply-batch.js';
import { readCheckpoint } from '../../../src/projections/runner/checkpoint.js';
import { generationSql, liveSchema } from '../../../src/projections/runner/generation.js';
import type { Projection } from '../../../src/projections/runner/projection.js';
import { ProjectionRunner } from '../../../src/projections/runner/projection-runner.js';
import { createProjectionFixture, lastPosition, type ProjectionFixture } from './projection-fixture.js';

/** A minimal read model: one row per event it sees, and a failure where an event asks for one. */
function probeProjection(name: string): Projection {
  return {
    name,
    eventTypes: new Set(['Probed', 'ProbeFails']),
    tables: (s) => `CREATE TABLE ${s}.seen (event_id uuid PRIMARY KEY, n integer NOT NULL)`,
    indexes: (s) => `CREATE INDEX seen_by_n ON ${s}.seen (n)`,
    async apply(client: pg.ClientBase, s: string, events: readonly StoredEvent[]) {
      for (const event of events) {
        await client.query(`INSERT INTO ${s}.seen VALUES ($1, $2) ON CONFLICT DO NOTHING`, [event.eventId, event.data.n]);
        if (event.type === 'ProbeFails' && event.data.failFor === name) throw new Error('probe failure');
      }
    },
  };
}

const probed = (n: number): NewEvent => ({ eventId: randomUUID(), type: 'Probed', schemaVersion: 1, data: { n } });
const failing = (n: number, failFor: string): NewEvent => ({
  eventId: randomUUID(),
  type: 'ProbeFails',
  schemaVersion: 1,
  data: { n, failFor },
});
const probes = (from: number, count: number) => Array.from({ length: count }, (_, i) => probed(from + i));

describe('projection runner', () => {
  let fixture: ProjectionFixture;
  let pool: pg.Pool;

  beforeAll(async () => {
    fixture = await createProjectionFixture();
    pool = fixture.pool;
  });
  afterAll(() => fixture.db.drop());

  async function install(projection: Projection): Promise<void> {
    await pool.query(generationSql(projection, liveSchema(projection), { indexes: true }));
  }

  const seenCount = async (projection: Projection): Promise<number> =>
    Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${liveSchema(projection)}.seen`)).rows[0]!.n);

  /** Counted in the table: events another transaction's snapshot still hides count too. */
  const written = async (projection: Projection): Promise<number> =>
    Number(
      (await pool.query<{ n: string }>('SELECT count(*) AS n FROM events WHERE type = ANY($1)', [[...projection.eventTypes]])).rows[0]!.n,
    );

  it('given a batch whose apply fails, when it is applied, then neither rows nor checkpoint move', async () => {
    const probe = probeProjection('probe_atomic');
    await install(probe);
    const stream = `probe-${randomUUID()}`;
    await fixture.store.append(stream, [probed(1), failing(2, probe.name)]);
    const events = await fixture.store.readStream(stream);

    await expect(applyLiveBatch(pool, probe, liveSchema(probe), events)).rejects.toThrow('probe failure');

    expect(await seenCount(probe)).toBe(0);
    expect(await readCheckpoint(pool, liveSchema(probe))).toMatchObject({ transactionId: 0n, globalPosition: 0n });
  });

  it('given a batch already applied, when it is handed over again, then nothing changes', async () => {
    const probe = probeProjection('probe_idempotent');
    await install(probe);
    const stream = `probe-${randomUUID()}`;
    await fixture.store.append(stream, probes(1, 3));
    const events = await fixture.store.readStream(stream);

    expect(await applyLiveBatch(pool, probe, liveSchema(probe), events)).toBe(3);
    const checkpoint = await readCheckpoint(pool, liveSchema(probe));
    expect(await applyLiveBatch(pool, probe, liveSchema(probe), events)).toBe(0);
    expect(await applyLiveBatch(pool, probe, liveSchema(probe), events.slice(1))).toBe(0);

    expect(await seenCount(probe)).toBe(3);
    expect(await readCheckpoint(pool, liveSchema(probe))).toEqual(checkpoint);
    expect(checkpoint).toMatchObject({ transactionId: events[2]!.transactionId, globalPosition: events[2]!.globalPosition });
  });

  it('given events before start, when the runner starts, then it catches up and then follows live appends', async () => {
    const probe = probeProjection('probe_follow');
    await install(probe);
    await fixture.store.append(`probe-${randomUUID()}`, probes(1, 40));
    const runner = new ProjectionRunner(pool, fixture.store, [probe], { batchSize: 7, pollIntervalMs: 50 });
    runner.start();
    try {
      await runner.waitUntilCaughtUp({ position: await lastPosition(pool) });
      const caughtUp = await seenCount(probe);
      expect(caughtUp).toBe(await written(probe));

      await Promise.all([1, 2, 3, 4].map((w) => fixture.store.append(`probe-live-${w}-${randomUUID()}`, probes(100 * w, 5))));
      await runner.waitUntilCaughtUp({ position: await lastPosition(pool) });
      expect(await seenCount(probe)).toBe(caughtUp + 20);
    } finally {
      await runner.stop();
    }
  }, 60_000);

  it('given a failing event, when the runner meets it, then it retries without moving past it', async () => {
    const probe = probeProjection('probe_retry');
    await install(probe);
    const errors: unknown[] = [];
    const runner = new ProjectionRunner(pool, fixture.store, [probe], {
      pollIntervalMs: 50,
      retryDelayMs: 20,
      onError: (_, error) => errors.push(error),
    });
    runner.start();
    try {
      const poison = failing(1, probe.name);
      await fixture.store.append(`probe-${randomUUID()}`, [poison]);
      for (let i = 0; i < 100 && errors.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(errors.length).toBeGreaterThanOrEqual(2);
      const { rows } = await pool.query(`SELECT 1 FROM ${liveSchema(probe)}.seen WHERE event_id = $1`, [poison.eventId]);
      expect(rows).toHaveLength(0);
    } finally {
      await runner.stop();
    }
  });

  it('given live traffic, when a projection is rebuilt, then the old generation serves until an atomic swap', async () => {
    const probe = probeProjection('probe_swap');
    await install(probe);
    await fixture.store.append(`probe-${randomUUID()}`, probes(1, 500));
    const runner = new ProjectionRunner(pool, fixture.store, [probe], { pollIntervalMs: 20 });
    runner.start();
    await runner.waitUntilCaughtUp({ position: await lastPosition(pool) });

    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await fixture.store.append(`probe-during-${randomUUID()}`, probes(10_000 + i * 3, 3));
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const counts: number[] = [];
    const readErrors: unknown[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        await seenCount(probe).then((n) => counts.push(n), (error: unknown) => readErrors.push(error));
      }
    })();

    const phases: string[] = [];
    const lock = await acquireRebuildLock(pool, [probe]);
    try {
      await expect(acquireRebuildLock(pool, [probe])).rejects.toBeInstanceOf(RebuildInProgressError);
      await rebuildProjections(pool, fixture.store, [probe], { batchSize: 50, progressIntervalMs: 0, onProgress: (p) => phases.push(p.phase) });
    } finally {
      await lock.release();
    }
    writing = false;
    await writer;
    await runner.waitUntilCaughtUp({ position: await lastPosition(pool) });
    reading = false;
    await reader;
    await runner.stop();

    expect(readErrors).toEqual([]);
    // Readers never saw the half-built generation: counts only grow.
    expect(counts.every((n, i) => i === 0 || n >= counts[i - 1]!)).toBe(true);
    expect(counts[0]).toBeGreaterThanOrEqual(500);
    expect(phases).toEqual(expect.arrayContaining(['replaying', 'indexing', 'swapping', 'done']));
    expect(await seenCount(probe)).toBe(await written(probe));
    const { rows } = await pool.query(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'read_probe_swap%' ORDER BY 1`,
    );
    expect(rows.map((r: { nspname: string }) => r.nspname)).toEqual(['read_probe_swap']);
    const { rows: indexes } = await pool.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'read_probe_swap'`);
    expect(indexes.map((r: { indexname: string }) => r.indexname)).toContain('seen_by_n');
  }, 60_000);
});
