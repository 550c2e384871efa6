import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PG_POOL } from '../../../src/config/database.tokens.js';
import { EventStoreModule } from '../../../src/event-store/event-store.module.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { EVENT_STORE } from '../../../src/event-store/event-store.tokens.js';
import { createStoreFixture, newEvents, uniqueStream, type StoreFixture } from './event-store-fixture.js';

describe('event store: Nest module', () => {
  let fixture: StoreFixture;

  beforeAll(async () => {
    fixture = await createStoreFixture({ poolSize: 2 });
  });
  afterAll(() => fixture.db.drop());

  it('given the application pool as PG_POOL, when the module is imported, then EVENT_STORE appends and reads on it', async () => {
    @Global()
    @Module({ providers: [{ provide: PG_POOL, useValue: fixture.db.pool }], exports: [PG_POOL] })
    class PoolModule {}

    const moduleRef = await Test.createTestingModule({ imports: [PoolModule, EventStoreModule.forPool(PG_POOL)] }).compile();
    try {
      const store = moduleRef.get<EventStore>(EVENT_STORE);
      const stream = uniqueStream();
      await store.append(stream, newEvents(2), { expectedVersion: 'no_stream' });
      expect(await store.streamVersion(stream)).toBe(2n);
    } finally {
      await moduleRef.close();
    }
  });
});
