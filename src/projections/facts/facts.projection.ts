import type pg from 'pg';
import { FACT_EVENT_TYPES, type FactEventType, type FactsMergedData, type FactValues, partyCode } from '../../domain/facts/fact-events.js';
import { upcastFactEvent } from '../../domain/facts/fact-upcast.js';
import type { StoredEvent } from '../../event-store/event-store.port.js';
import { knownTimeOf } from '../runner/known-time.js';
import { copyRows, type CopyValue } from '../runner/copy-rows.js';
import type { Projection, ProjectionReplay } from '../runner/projection.js';
import { type FactFold, foldInto } from './fact-fold.js';
import { byLogOrder, documentOf, type FactEventRecord, viewOf } from './fact-history.js';
import { happenedFrom, validSpan } from './valid-time.js';

/**
 * Facts with provenance, corroboration, disputes and history. `fact_event` keeps every fact
 * event with its known time: reads at knownAt fold those rows. `fact` holds the fold of all of
 * them (see FactFold), with the typed columns that filters, the timeline and relations query
 * in SQL. Idempotent by event id: only events that were not stored yet are folded in.
 */
export const factsProjection: Projection = {
  name: 'facts',
  eventTypes: new Set<string>([...FACT_EVENT_TYPES, 'FactCorroborated', 'FactDisputed', 'FactRetracted', 'FactReportMoved', 'FactsMerged']),

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
      -- the log's own identity of the event, and in log order: appending to this index is cheap
      PRIMARY KEY (global_position)
    );
    -- folds of facts whose events the log delivered before their report (rare; see apply)
    CREATE TABLE ${s}.fact_pending (
      fact_id text PRIMARY KEY,
      fold json NOT NULL
    );
    CREATE TABLE ${s}.fact (
      fact_id text PRIMARY KEY,
      type text NOT NULL,
      actor_country text NOT NULL,
      target_country text NOT NULL,
      -- the two countries in alphabetical order, e.g. 'RUS-USA': relations ask by pair
      pair text NOT NULL,
      modality text NOT NULL,
      -- the valid-time span (stated, or the window before the reporting publication; null only
      -- for old reports that know neither) and the order of the timeline (those last)
      valid_from date,
      valid_to date,
      sort_on date NOT NULL,
      first_known_at timestamptz NOT NULL,
      withdrawn_known_at timestamptz,
      document_count integer NOT NULL,
      dispute_count integer NOT NULL,
      "values" json NOT NULL,
      -- the rest of the fold (see FactFold), so new events fold in without re-reading history
      support json NOT NULL,
      -- set once the fact is merged into another (FactsMerged): lists leave it out from then on,
      -- and its row keeps the fold it had; the survivor's row holds both
      merged_into text,
      merged_known_at timestamptz
    );
  `,

  indexes: (s) => `
    CREATE INDEX fact_event_by_fact ON ${s}.fact_event (fact_id, transaction_id, global_position);
    CREATE INDEX fact_event_by_document ON ${s}.fact_event (document_id);
    CREATE INDEX fact_by_time ON ${s}.fact (sort_on, fact_id);
    CREATE INDEX fact_by_type ON ${s}.fact (type, sort_on, fact_id);
    CREATE INDEX fact_by_actor ON ${s}.fact (actor_country, sort_on, fact_id);
    CREATE INDEX fact_by_target ON ${s}.fact (target_country, sort_on, fact_id);
    CREATE INDEX fact_by_pair ON ${s}.fact (pair, sort_on, fact_id);
    CREATE INDEX fact_by_survivor ON ${s}.fact (merged_into) WHERE merged_into IS NOT NULL;
  `,

  async apply(client: pg.ClientBase, s: string, events: readonly StoredEvent[]): Promise<void> {
    const incoming = [...new Map(events.map((event) => [event.eventId, toRecord(event)])).values()].sort(byLogOrder);
    const { folds, pending } = await loadFoldsFollowingMerges(client, s, incoming);

    const inserted = await insertFactEvents(client, s, incoming);
    const touched = new Set<string>();
    for (const record of incoming) {
      if (!inserted.has(record.globalPosition.toString())) continue;
      for (const factId of foldInto(folds, record)) touched.add(factId);
    }
    const reported: { factId: string; fold: FactFold }[] = [];
    const unreported: { factId: string; fold: FactFold }[] = [];
    for (const factId of touched) {
      const fold = folds.get(factId)!;
      (fold.type === null ? unreported : reported).push({ factId, fold });
    }
    await upsertFacts(client, s, reported.map(({ factId, fold }) => factRow(factId, fold)));
    await savePending(
      client,
      s,
      unreported,
      reported.filter(({ factId }) => pending.has(factId)).map(({ factId }) => factId),
    );
  },

  replay: factsReplay,
};

/**
 * The rebuild's replay: every event goes into fact_event with COPY (the replay sees each event
 * once, in log order, so all of them are new), and the folds stay in memory for the whole
 * replay instead of being read back and upserted batch after batch. `finish` writes each fact
 * row once (facts still waiting for their report go to fact_pending, as `apply` leaves them).
 */
function factsReplay(s: string): ProjectionReplay {
  const folds = new Map<string, FactFold>();
  return {
    heldBack: ['fact', 'fact_pending'],
    async apply(client, events) {
      const records = events.map(toRecord);
      await copyRows(
        client,
        `${s}.fact_event`,
        FACT_EVENT_COLUMNS.split(', '),
        records.map((r): CopyValue[] => [r.factId, r.eventId, r.type, r.transactionId, r.globalPosition, r.knownTime, r.recordedAt, r.documentId, r.data as object]),
      );
      for (const record of records) foldInto(folds, record);
    },
    async finish(client) {
      const reported = function* (): Generator<CopyValue[]> {
        for (const [factId, fold] of folds) {
          if (fold.type === null) continue;
          const row = factRow(factId, fold);
          yield FACT_COLUMNS.map((column) => row[column]);
        }
      };
      await copyRows(client, `${s}.fact`, FACT_COLUMNS.map((column) => (column === 'values' ? '"values"' : column)), reported());
      const unreported = [...folds].filter(([, fold]) => fold.type === null).map(([factId, fold]): CopyValue[] => [factId, fold]);
      if (unreported.length > 0) await copyRows(client, `${s}.fact_pending`, ['fact_id', 'fold'], unreported);
      folds.clear();
    },
  };
}

function toRecord(event: StoredEvent): FactEventRecord {
  const factId = (event.data as { factId?: unknown }).factId;
  if (typeof factId !== 'string') throw new Error(`${event.type} event ${event.eventId} has no factId`);
  const knownTime = knownTimeOf(event);
  // Stored as the current schema, so reads never meet an old shape.
  const { data } = upcastFactEvent({ ...event, knownAt: knownTime.toISOString() });
  return {
    factId,
    eventId: event.eventId,
    type: event.type,
    transactionId: event.transactionId,
    globalPosition: event.globalPosition,
    knownTime,
    recordedAt: event.recordedAt,
    documentId: documentOf(event.type, data),
    data,
  };
}

const FACT_EVENT_COLUMNS =
  'fact_id, event_id, type, transaction_id, global_position, known_time, recorded_at, document_id, data';

/** Inserts the events not stored yet; returns their positions. */
async function insertFactEvents(client: pg.ClientBase, s: string, records: readonly FactEventRecord[]): Promise<Set<string>> {
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
  const { rows: inserted } = await client.query<{ global_position: string }>(
    `INSERT INTO ${s}.fact_event (${FACT_EVENT_COLUMNS})
     SELECT ${FACT_EVENT_COLUMNS}
     FROM json_to_recordset($1::json) AS r(fact_id text, event_id uuid, type text, transaction_id bigint, global_position bigint,
       known_time timestamptz, recorded_at timestamptz, document_id text, data json)
     ON CONFLICT DO NOTHING
     RETURNING global_position`,
    [JSON.stringify(rows)],
  );
  return new Set(inserted.map((row) => row.global_position));
}

type Support = Pick<FactFold, 'documents' | 'firstKnownAt' | 'latestRetractionAt' | 'disputeCount'>;

/**
 * The folds the incoming events fold into: their facts', the survivors named by FactsMerged
 * among them, and the survivors of facts merged before, transitively. Also which of them
 * wait in fact_pending.
 */
async function loadFoldsFollowingMerges(
  client: pg.ClientBase,
  s: string,
  incoming: readonly FactEventRecord[],
): Promise<{ folds: Map<string, FactFold>; pending: Map<string, FactFold> }> {
  const folds = new Map<string, FactFold>();
  const pending = new Map<string, FactFold>();
  const survivors = incoming.flatMap((record) => (record.type === 'FactsMerged' ? [(record.data as FactsMergedData).mergedInto] : []));
  const tried = new Set<string>();
  let wanted = [...new Set([...incoming.map((record) => record.factId), ...survivors])];
  while (wanted.length > 0) {
    for (const factId of wanted) tried.add(factId);
    const loaded = await loadFolds(client, s, wanted);
    const waiting = await loadPending(client, s, wanted.filter((factId) => !loaded.has(factId)));
    for (const [factId, fold] of loaded) folds.set(factId, fold);
    for (const [factId, fold] of waiting) {
      folds.set(factId, fold);
      pending.set(factId, fold);
    }
    const next = [...loaded.values(), ...waiting.values()].flatMap((fold) => (fold.mergedInto === null ? [] : [fold.mergedInto]));
    wanted = [...new Set(next)].filter((factId) => !tried.has(factId));
  }
  return { folds, pending };
}

async function loadFolds(client: pg.ClientBase, s: string, factIds: readonly string[]): Promise<Map<string, FactFold>> {
  const { rows } = await client.query<{
    fact_id: string;
    type: FactEventType;
    values: FactValues;
    support: Support;
    merged_into: string | null;
    merged_known_at: Date | null;
  }>(`SELECT fact_id, type, "values", support, merged_into, merged_known_at FROM ${s}.fact WHERE fact_id = ANY($1::text[])`, [factIds]);
  return new Map(
    rows.map((row) => [
      row.fact_id,
      {
        ...row.support,
        type: row.type,
        values: row.values,
        pending: [],
        mergedInto: row.merged_into,
        mergedKnownAt: row.merged_known_at?.toISOString() ?? null,
      },
    ]),
  );
}

/**
 * Stream order and log order can differ (a multi-stream append may take a fact's stream lock
 * after a younger transaction did), so a fact's first events can arrive before its report.
 * Their fold waits in fact_pending until the report arrives.
 */
async function loadPending(client: pg.ClientBase, s: string, factIds: readonly string[]): Promise<Map<string, FactFold>> {
  if (factIds.length === 0) return new Map();
  const { rows } = await client.query<{ fact_id: string; fold: FactFold }>(
    `SELECT fact_id, fold FROM ${s}.fact_pending WHERE fact_id = ANY($1::text[])`,
    [factIds],
  );
  return new Map(rows.map((row) => [row.fact_id, row.fold]));
}

async function savePending(
  client: pg.ClientBase,
  s: string,
  unreported: readonly { factId: string; fold: FactFold }[],
  nowReported: readonly string[],
): Promise<void> {
  if (unreported.length > 0) {
    await client.query(
      `INSERT INTO ${s}.fact_pending (fact_id, fold)
       SELECT fact_id, fold FROM json_to_recordset($1::json) AS r(fact_id text, fold json)
       ON CONFLICT (fact_id) DO UPDATE SET fold = excluded.fold`,
      [JSON.stringify(unreported.map(({ factId, fold }) => ({ fact_id: factId, fold })))],
    );
  }
  if (nowReported.length > 0) {
    await client.query(`DELETE FROM ${s}.fact_pending WHERE fact_id = ANY($1::text[])`, [nowReported]);
  }
}

const FACT_COLUMNS = [
  'fact_id', 'type', 'actor_country', 'target_country', 'pair', 'modality', 'valid_from', 'valid_to', 'sort_on',
  'first_known_at', 'withdrawn_known_at', 'document_count', 'dispute_count', 'values', 'support', 'merged_into', 'merged_known_at',
] as const;

type FactRow = Record<(typeof FACT_COLUMNS)[number], CopyValue>;

function factRow(factId: string, fold: FactFold): FactRow {
  const view = viewOf(factId, fold);
  const span = validSpan(view.values.validTime);
  // An organisation has no country: its code (org:<name>) stands in, so a bloc's facts stay queryable.
  const countries = [partyCode(view.values.actor), partyCode(view.values.target)];
  const support: Support = {
    documents: fold.documents,
    firstKnownAt: fold.firstKnownAt,
    latestRetractionAt: fold.latestRetractionAt,
    disputeCount: fold.disputeCount,
  };
  return {
    fact_id: factId,
    type: view.type,
    actor_country: countries[0],
    target_country: countries[1],
    pair: [...countries].sort().join('-'),
    modality: view.values.modality,
    valid_from: span?.from ?? null,
    valid_to: span?.to ?? null,
    // By the day it is known to have happened: a report without a date sorts at its publication.
    sort_on: happenedFrom(view.values.validTime) ?? 'infinity',
    first_known_at: fold.firstKnownAt,
    withdrawn_known_at: view.withdrawnKnownAt?.toISOString() ?? null,
    document_count: view.documentCount,
    dispute_count: fold.disputeCount,
    values: view.values,
    support,
    merged_into: fold.mergedInto,
    merged_known_at: fold.mergedKnownAt,
  };
}

async function upsertFacts(client: pg.ClientBase, s: string, rows: readonly FactRow[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO ${s}.fact AS f (fact_id, type, actor_country, target_country, pair, modality, valid_from, valid_to, sort_on,
       first_known_at, withdrawn_known_at, document_count, dispute_count, "values", support, merged_into, merged_known_at)
     SELECT fact_id, type, actor_country, target_country, pair, modality, valid_from, valid_to, sort_on,
       first_known_at, withdrawn_known_at, document_count, dispute_count, "values", support, merged_into, merged_known_at
     FROM json_to_recordset($1::json) AS r(fact_id text, type text, actor_country text, target_country text, pair text,
       modality text, valid_from date, valid_to date, sort_on date, first_known_at timestamptz, withdrawn_known_at timestamptz,
       document_count integer, dispute_count integer, "values" json, support json, merged_into text, merged_known_at timestamptz)
     ON CONFLICT (fact_id) DO UPDATE SET
       actor_country = excluded.actor_country, target_country = excluded.target_country, pair = excluded.pair,
       modality = excluded.modality, valid_from = excluded.valid_from, valid_to = excluded.valid_to, sort_on = excluded.sort_on,
       first_known_at = excluded.first_known_at, withdrawn_known_at = excluded.withdrawn_known_at,
       document_count = excluded.document_count, dispute_count = excluded.dispute_count, "values" = excluded."values",
       support = excluded.support, merged_into = excluded.merged_into, merged_known_at = excluded.merged_known_at`,
    [JSON.stringify(rows)],
  );
}
