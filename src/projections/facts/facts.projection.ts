import type pg from 'pg';
import { FACT_EVENT_TYPES } from '../../domain/facts/fact-events.js';
import type { StoredEvent } from '../../event-store/event-store.port.js';
import { knownTimeOf } from '../runner/known-time.js';
import type { Projection } from '../runner/projection.js';
import { documentOf, type FactEventRecord, type FactState, foldFact } from './fact-history.js';
import { validSpan } from './valid-time.js';

/**
 * Facts with provenance, corroboration, disputes and history. `fact_event` keeps every fact
 * event with its known time: reads at knownAt fold those rows. `fact` holds the fold of all of
 * them, with the typed columns that filters, the timeline and relations query in SQL.
 */
export const factsProjection: Projection = {
  name: 'facts',
  eventTypes: new Set<string>([...FACT_EVENT_TYPES, 'FactCorroborated', 'FactDisputed', 'FactRetracted']),

  tables: (s) => `
    CREATE TABLE ${s}.fact_event (
      fact_id text NOT NULL,
      event_id uuid NOT NULL,
      type text NOT NULL,
      transaction_id bigint NOT NULL,
      global_position bigint NOT NULL,
      known_time timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      document_id text,
      data json NOT NULL,
      PRIMARY KEY (fact_id, event_id)
    );
    CREATE TABLE ${s}.fact (
      fact_id text PRIMARY KEY,
      type text NOT NULL,
      actor_country text NOT NULL,
      target_country text NOT NULL,
      -- the two countries in alphabetical order, e.g. 'RUS-USA': relations ask by pair
      pair text NOT NULL,
      modality text NOT NULL,
      -- the valid-time span (null: undated) and the order of the timeline (undated last)
      valid_from date,
      valid_to date,
      sort_on date NOT NULL,
      first_known_at timestamptz NOT NULL,
      withdrawn_known_at timestamptz,
      document_count integer NOT NULL,
      dispute_count integer NOT NULL,
      "values" json NOT NULL
    );
  `,

  indexes: (s) => `
    CREATE INDEX fact_by_time ON ${s}.fact (sort_on, fact_id);
    CREATE INDEX fact_by_type ON ${s}.fact (type, sort_on, fact_id);
    CREATE INDEX fact_by_actor ON ${s}.fact (actor_country, sort_on, fact_id);
    CREATE INDEX fact_by_target ON ${s}.fact (target_country, sort_on, fact_id);
    CREATE INDEX fact_by_pair ON ${s}.fact (pair, sort_on, fact_id);
  `,

  async apply(client: pg.ClientBase, s: string, events: readonly StoredEvent[]): Promise<void> {
    const incoming = events.map(toRecord);
    const factIds = [...new Set(incoming.map((record) => record.factId))];
    // Earlier events of the touched facts; new facts have none, so this is mostly index probes.
    const earlier = await loadFactEvents(client, s, factIds);
    await insertFactEvents(client, s, incoming);

    const byFact = new Map<string, Map<string, FactEventRecord>>();
    for (const record of [...earlier, ...incoming]) {
      const records = byFact.get(record.factId) ?? new Map<string, FactEventRecord>();
      if (!records.has(record.eventId)) records.set(record.eventId, record);
      byFact.set(record.factId, records);
    }
    const states = factIds.flatMap((factId) => {
      const state = foldFact([...(byFact.get(factId)?.values() ?? [])]);
      return state ? [state] : [];
    });
    await upsertFacts(client, s, states);
  },
};

function toRecord(event: StoredEvent): FactEventRecord {
  const factId = (event.data as { factId?: unknown }).factId;
  if (typeof factId !== 'string') throw new Error(`${event.type} event ${event.eventId} has no factId`);
  return {
    factId,
    eventId: event.eventId,
    type: event.type,
    transactionId: event.transactionId,
    globalPosition: event.globalPosition,
    knownTime: knownTimeOf(event),
    recordedAt: event.recordedAt,
    documentId: documentOf(event.type, event.data),
    data: event.data,
  };
}

interface FactEventRow {
  fact_id: string;
  event_id: string;
  type: string;
  transaction_id: string;
  global_position: string;
  known_time: Date;
  recorded_at: Date;
  document_id: string | null;
  data: unknown;
}

export const FACT_EVENT_COLUMNS =
  'fact_id, event_id, type, transaction_id, global_position, known_time, recorded_at, document_id, data';

export const fromFactEventRow = (row: FactEventRow): FactEventRecord => ({
  factId: row.fact_id,
  eventId: row.event_id,
  type: row.type,
  transactionId: BigInt(row.transaction_id),
  globalPosition: BigInt(row.global_position),
  knownTime: row.known_time,
  recordedAt: row.recorded_at,
  documentId: row.document_id,
  data: row.data,
});

/** Every stored event of the given facts (in no particular order). */
export async function loadFactEvents(
  client: pg.ClientBase | pg.Pool,
  s: string,
  factIds: readonly string[],
  knownAt?: Date,
): Promise<FactEventRecord[]> {
  if (factIds.length === 0) return [];
  const { rows } = await client.query<FactEventRow>(
    `SELECT ${FACT_EVENT_COLUMNS} FROM ${s}.fact_event
     WHERE fact_id = ANY($1::text[]) AND ($2::timestamptz IS NULL OR known_time <= $2)`,
    [factIds, knownAt?.toISOString() ?? null],
  );
  return rows.map(fromFactEventRow);
}

async function insertFactEvents(client: pg.ClientBase, s: string, records: readonly FactEventRecord[]): Promise<void> {
  const rows = records.map((record) => ({
    fact_id: record.factId,
    event_id: record.eventId,
    type: record.type,
    transaction_id: record.transactionId.toString(),
    global_position: record.globalPosition.toString(),
    known_time: record.knownTime.toISOString(),
    recorded_at: record.recordedAt.toISOString(),
    document_id: record.documentId,
    data: record.data,
  }));
  await client.query(
    `INSERT INTO ${s}.fact_event (${FACT_EVENT_COLUMNS})
     SELECT ${FACT_EVENT_COLUMNS}
     FROM json_to_recordset($1::json) AS r(fact_id text, event_id uuid, type text, transaction_id bigint, global_position bigint,
       known_time timestamptz, recorded_at timestamptz, document_id text, data json)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

async function upsertFacts(client: pg.ClientBase, s: string, states: readonly FactState[]): Promise<void> {
  if (states.length === 0) return;
  const rows = states.map((state) => {
    const span = validSpan(state.values.validTime);
    const countries = [state.values.actor.country, state.values.target.country];
    return {
      fact_id: state.factId,
      type: state.type,
      actor_country: countries[0],
      target_country: countries[1],
      pair: [...countries].sort().join('-'),
      modality: state.values.modality,
      valid_from: span?.from ?? null,
      valid_to: span?.to ?? null,
      sort_on: span?.from ?? 'infinity',
      first_known_at: state.firstKnownAt.toISOString(),
      withdrawn_known_at: state.withdrawnKnownAt?.toISOString() ?? null,
      document_count: state.documentCount,
      dispute_count: state.disputes.length,
      values: state.values,
    };
  });
  await client.query(
    `INSERT INTO ${s}.fact AS f (fact_id, type, actor_country, target_country, pair, modality, valid_from, valid_to, sort_on,
       first_known_at, withdrawn_known_at, document_count, dispute_count, "values")
     SELECT fact_id, type, actor_country, target_country, pair, modality, valid_from, valid_to, sort_on,
       first_known_at, withdrawn_known_at, document_count, dispute_count, "values"
     FROM json_to_recordset($1::json) AS r(fact_id text, type text, actor_country text, target_country text, pair text,
       modality text, valid_from date, valid_to date, sort_on date, first_known_at timestamptz, withdrawn_known_at timestamptz,
       document_count integer, dispute_count integer, "values" json)
     ON CONFLICT (fact_id) DO UPDATE SET
       actor_country = excluded.actor_country, target_country = excluded.target_country, pair = excluded.pair,
       modality = excluded.modality, valid_from = excluded.valid_from, valid_to = excluded.valid_to, sort_on = excluded.sort_on,
       first_known_at = excluded.first_known_at, withdrawn_known_at = excluded.withdrawn_known_at,
       document_count = excluded.document_count, dispute_count = excluded.dispute_count, "values" = excluded."values"`,
    [JSON.stringify(rows)],
  );
}
