import { ProjectionRunnerService } from '../../../src/projections/projection-runner.service.js';
import { createTestApp, type TestApp } from '../../support/app.js';

/** The whole service on a fresh database, seeded at start-up, with the read models caught up. */
export async function createSeededApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await createTestApp({ NEWSLEDGER_SEED_ON_START: 'true', ...env });
  const { rows } = await t.db.pool.query<{ last: string }>('SELECT max(global_position) AS last FROM events');
  await t.app.get(ProjectionRunnerService).waitUntilCaughtUp({ position: BigInt(rows[0]!.last) });
  return t;
}
