import { createStoreFixture, newEvents, uniqueStream, type StoreFixture } from './event-store-fixture.js';

describe('event store: the events table is append-only', () => {
  let fixture: StoreFixture;

  beforeAll(async () => {
    fixture = await createStoreFixture({ poolSize: 2 });
    await fixture.store.append(uniqueStream(), newEvents(3));
  });
  afterAll(() => fixture.db.drop());

  it.each([
    ['UPDATE', "UPDATE events SET type = 'Rewritten'"],
    ['UPDATE', 'UPDATE events SET type = type WHERE false'],
    ['DELETE', 'DELETE FROM events'],
    ['DELETE', 'DELETE FROM events WHERE false'],
    ['TRUNCATE', 'TRUNCATE events'],
  ])('given stored events, when running %s (%s), then the database refuses it', async (operation, sql) => {
    await expect(fixture.db.pool.query(sql)).rejects.toMatchObject({
      code: 'ES405',
      message: `events are append-only: ${operation} refused`,
    });
    const { rows } = await fixture.db.pool.query<{ n: string; types: string[] }>(
      'SELECT count(*) AS n, array_agg(DISTINCT type) AS types FROM events',
    );
    expect(rows[0]).toEqual({ n: '3', types: ['SomethingHappened'] });
  });
});
