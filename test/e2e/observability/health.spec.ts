import pg from 'pg';
import type { TestApp } from '../../support/app.js';
import { createSeededApp } from '../read-api/seeded-app.js';

describe('health through @nestjs/terminus', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createSeededApp();
  });
  afterAll(() => t.close());

  it('given the process runs, when liveness is asked, then 200 whatever else', async () => {
    const { body } = await t.http.get('/health/live').expect(200);
    expect(body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
  });

  it.each(['/health/ready', '/health'])('given the database up and the projections caught up, when %s is asked, then 200 with every check up', async (path) => {
    const { body } = await t.http.get(path).expect(200);
    expect(body.status).toBe('ok');
    expect(body.details.database).toMatchObject({ status: 'up' });
    expect(body.details.projections.status).toBe('up');
    for (const projection of Object.values(body.details.projections.projections) as { caughtUp: boolean; lag: number }[]) {
      expect(projection).toEqual({ caughtUp: true, lag: 0 });
    }
  });

  it('given the projections cannot answer, when readiness is asked, then 503 problem+json with Retry-After naming them, and 200 again once they can', async () => {
    const blocker = new pg.Client({ connectionString: t.db.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE read_facts.checkpoint IN ACCESS EXCLUSIVE MODE');
      const res = await t.http.get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.body).toMatchObject({ status: 503, detail: 'Not ready: projections', checks: { database: { status: 'up' }, projections: { status: 'down' } } });
      await t.http.get('/health/live').expect(200);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    await t.http.get('/health/ready').expect(200);
  });
});
