import { envelopeJsonText, envelopeJsonTextOf, toEnvelopeJson } from '../../../src/event-store/envelope-json.js';
import { LOG_START, type StoredEventJson } from '../../../src/event-store/event-store.port.js';
import { jsonTextOf } from '../../../src/event-store/json-text.js';
import { createStoreFixture, newEvent, type StoreFixture } from './event-store-fixture.js';

describe('event store: events read back keep what was stored', () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await createStoreFixture();
    await f.store.append('fact-1', [
      { ...newEvent('DiplomatsExpelled', { quote: 'Ä "35" \\ diplomats', counts: [{ n: 35 }] }), metadata: { knownAt: '2016-12-29T21:00:00Z' } },
    ]);
  });
  afterAll(() => f.db.drop());

  it('given a stored event, when read from the log or its stream, then data and metadata carry their stored JSON text', async () => {
    const { rows } = await f.db.pool.query<{ data: string; metadata: string }>('SELECT data::text AS data, metadata::text AS metadata FROM events');
    const [fromLog] = (await f.store.readAll({ after: LOG_START, limit: 10 })).events;
    const [fromStream] = await f.store.readStream('fact-1');
    for (const event of [fromLog!, fromStream!]) {
      expect(jsonTextOf(event.data)).toBe(rows[0]!.data);
      expect(jsonTextOf(event.metadata)).toBe(rows[0]!.metadata);
      expect(JSON.parse(envelopeJsonText(event))).toEqual(toEnvelopeJson(event));
    }
  });

  it('given a stored event, when read, then its recorded time is the stored one to the millisecond', async () => {
    const { rows } = await f.db.pool.query<{ ms: string }>(
      "SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS ms FROM events",
    );
    const [event] = (await f.store.readAll({ after: LOG_START, limit: 10, types: new Set(['DiplomatsExpelled']) })).events;
    expect(event!.recordedAt.toISOString()).toBe(rows[0]!.ms);
  });

  it('given a stored event, when followed with its JSON left as text, then it carries the stored text and writes the same envelope', async () => {
    const { rows } = await f.db.pool.query<{ data: string; metadata: string }>('SELECT data::text AS data, metadata::text AS metadata FROM events');
    const [parsed] = (await f.store.readAll({ after: LOG_START, limit: 10 })).events;
    const received: StoredEventJson[] = [];
    const subscription = f.store.subscribeJson({ after: LOG_START, handler: async (events) => void received.push(...events) });
    while (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await subscription.stop();
    const [event] = received;
    expect(event!.dataJson).toBe(rows[0]!.data);
    expect(event!.metadataJson).toBe(rows[0]!.metadata);
    expect(envelopeJsonTextOf(event!)).toBe(envelopeJsonText(parsed!));
    expect(JSON.parse(envelopeJsonTextOf(event!))).toEqual(toEnvelopeJson(parsed!));
  });
});
