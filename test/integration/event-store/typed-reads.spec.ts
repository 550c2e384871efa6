import { LOG_START } from '../../../src/event-store/event-store.port.js';
import { createStoreFixture, newEvent, type StoreFixture } from './event-store-fixture.js';

describe('event store: reading the global log for some event types', () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await createStoreFixture();
    await f.store.append('doc-1', [newEvent('DocumentIngested', { text: 'x'.repeat(10_000) })]);
    await f.store.append('fact-1', [newEvent('DiplomatsExpelled', { n: 1 }), newEvent('FactCorroborated', { n: 2 })]);
    await f.store.append('doc-2', [newEvent('DocumentIngested', { text: 'y' })]);
  });
  afterAll(() => f.db.drop());

  it('given mixed types, when read for some types, then only those, and the cursor passes the rest', async () => {
    const types = new Set(['DiplomatsExpelled', 'FactCorroborated']);
    const page = await f.store.readAll({ after: LOG_START, limit: 10, types });
    expect(page.events.map((e) => e.type)).toEqual(['DiplomatsExpelled', 'FactCorroborated']);
    expect(page.events.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(page.scanned).toBe(4);
    const all = await f.store.readAll({ after: LOG_START, limit: 10 });
    expect(page.next).toEqual(all.next);
    const rest = await f.store.readAll({ after: page.next, limit: 10, types });
    expect(rest).toEqual({ events: [], next: page.next, scanned: 0 });
  });

  it('given a page of only other types, when read, then no events but the cursor moves on', async () => {
    const page = await f.store.readAll({ after: LOG_START, limit: 1, types: new Set(['FactCorroborated']) });
    expect(page.events).toEqual([]);
    expect(page.scanned).toBe(1);
    expect(page.next).not.toEqual(LOG_START);
  });
});
