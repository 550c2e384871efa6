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
    const { rows } = await f.db.pool.query<{ data: string; metadata: string }>('SELECT data::text AS data, metadata::text AS metadata FROM events ORDER BY global_position LIMIT 1');
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
    const { rows } = await f.db.pool.query<{ data: string; metadata: string }>('SELECT data::text AS data, metadata::text AS metadata FROM events ORDER BY global_position LIMIT 1');
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

  it('given events recorded at the edges of a millisecond and across the years, when read, then each recorded time is the stored one cut to the millisecond', async () => {
    // Rows written directly, as an older service could have: the store computes the
    // milliseconds in SQL, and the edges are where rounding would show.
    await f.db.pool.query(`
      INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, recorded_at)
      SELECT 'clock-edges', row_number() OVER (ORDER BY t), gen_random_uuid(), 'ClockTested', 1, '{}', t
        FROM (SELECT unnest(ARRAY[
                timestamptz '1970-01-01 00:00:00.000999+00', '2026-12-03 12:00:00+00', '2026-12-03 12:00:00.999999+00',
                '2026-12-03 12:00:00.123+00', '2026-12-03 12:00:00.122999+00', '2099-12-31 23:59:59.999999+00',
                '2100-01-01 00:00:00.000001+00', '2150-06-01 08:30:00.456789+00']) AS t
              UNION ALL
              SELECT timestamptz '1970-01-01 00:00:00+00' + (random() * 130 * 365 * 86400 * 1e6)::bigint * interval '1 microsecond'
                FROM generate_series(1, 2000)) AS times`);
    const { rows } = await f.db.pool.query<{ ms: string }>(
      `SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ms
         FROM events WHERE stream_id = 'clock-edges' ORDER BY stream_version`,
    );

    const read = await f.store.readStream('clock-edges');

    expect(read.map((event) => event.recordedAt.toISOString())).toEqual(rows.map((row) => row.ms));
  });
});
