import { createTestDatabase } from '../../support/database.js';

describe('test database support', () => {
  it('given DATABASE_URL, when a test database is created, then it is empty and usable', async () => {
    const db = await createTestDatabase(1);
    try {
      const { rows } = await db.pool.query<{ n: string }>(
        "select count(*) as n from information_schema.tables where table_schema = 'public'",
      );
      expect(rows[0]?.n).toBe('0');
    } finally {
      await db.drop();
    }
  });
});
