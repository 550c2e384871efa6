import type pg from 'pg';
import type { FactEventType, FactValues } from '../../domain/facts/fact-events.js';
import { ACTUAL_MODALITIES } from '../../domain/facts/modality-class.js';
import type { ReadClocks } from '../read-query/clocks.js';
import { checkpointsBetween, MOST_EVENTS_BETWEEN, ReadModelChanges } from '../read-query/read-model-changes.js';
import { type Page, type PageCursor, toPage } from '../read-query/page-cursor.js';
import { liveSchema } from '../runner/generation.js';
import { type FactEventRecord, type FactState, foldFact } from './fact-history.js';
import { factsProjection } from './facts.projection.js';
import type { IsoDate } from './valid-time.js';

const S = liveSchema(factsProjection);

export interface FactFilter {
  readonly type?: FactEventType;
  readonly actor?: string;
  readonly target?: string;
  /** Facts whose valid-time span reaches into [validFrom, validTo]. */
  readonly validFrom?: IsoDate;
  readonly validTo?: IsoDate;
  /** Facts between these countries (two or more), or involving the one given. */
  readonly countries?: readonly string[];
  /** Only facts in an actual modality: done, announced or ordered, not proposed, rejected, ... */
  readonly actualOnly?: boolean;
  /** Leave out facts every report of which has been retracted. */
  readonly supportedOnly?: boolean;
}

/** What lists over many facts need: the values and the counts, without the provenance. */
export interface FactSnapshot {
  readonly factId: string;
  readonly type: FactEventType;
  readonly values: FactValues;
  readonly documentCount: number;
  readonly status: FactState['status'];
}

interface FactRow {
  fact_id: string;
  type: FactEventType;
  sort_key: string;
  values: FactValues;
  document_count: number;
  withdrawn_known_at: Date | null;
}

class Sql {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): void {
    this.conditions.push(condition);
  }

  get whereClause(): string {
    return this.conditions.length > 0 ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

function conditions(filter: FactFilter, clocks: ReadClocks): Sql {
  const sql = new Sql();
  if (filter.type) sql.where(`type = ${sql.param(filter.type)}`);
  if (filter.actor) sql.where(`actor_country = ${sql.param(filter.actor)}`);
  if (filter.target) sql.where(`target_country = ${sql.param(filter.target)}`);
  if (filter.validFrom) sql.where(`valid_to >= ${sql.param(filter.validFrom)}::date`);
  if (filter.validTo) sql.where(`valid_from <= ${sql.param(filter.validTo)}::date`);
  if (filter.countries?.length === 1) {
    const country = sql.param(filter.countries[0]);
    sql.where(`(actor_country = ${country} OR target_country = ${country})`);
  } else if (filter.countries) {
    sql.where(`pair = ANY(${sql.param(pairsOf(filter.countries))}::text[])`);
  }
  if (filter.actualOnly) sql.where(`modality = ANY(${sql.param(ACTUAL_MODALITIES)}::text[])`);
  // Had happened by validAt: by the day it is known to have happened (see happenedFrom; old
  // facts with no anchor sort at infinity and drop out).
  if (clocks.validAt) sql.where(`sort_on <= ${sql.param(clocks.validAt)}::date`);
  if (clocks.knownAt) {
    const knownAt = sql.param(clocks.knownAt);
    sql.where(`first_known_at <= ${knownAt}`);
    // A fact merged into another is listed as the survivor, from when the merge was known.
    sql.where(`(merged_into IS NULL OR merged_known_at > ${knownAt})`);
    if (filter.supportedOnly) sql.where(`(withdrawn_known_at IS NULL OR withdrawn_known_at > ${knownAt})`);
  } else {
    sql.where('merged_into IS NULL');
    if (filter.supportedOnly) sql.where('withdrawn_known_at IS NULL');
  }
  return sql;
}

/** A fact an append touched (its events, a merge into it), with the columns filters test; null ones when it has no row yet. */
export interface FactChange {
  readonly factId: string;
  readonly type: string | null;
  readonly actor: string | null;
  readonly target: string | null;
  readonly pair: string | null;
}

/**
 * Whether a list with this filter may hold the fact, by the columns a fact keeps once it has
 * a row (type and parties never change; refining a party only adds its name). Dates, modality,
 * merges and withdrawals do change, so a fact that passes here may enter, leave or move in the
 * list: every list it passes is affected.
 */
export function mayList(filter: FactFilter, change: FactChange): boolean {
  if (change.type === null) return false;
  if (filter.type && change.type !== filter.type) return false;
  if (filter.actor && change.actor !== filter.actor) return false;
  if (filter.target && change.target !== filter.target) return false;
  if (filter.countries?.length === 1) return change.actor === filter.countries[0] || change.target === filter.countries[0];
  if (filter.countries) return pairsOf(filter.countries).includes(change.pair!);
  return true;
}

/**
 * The facts the log's fact events between two checkpoints touched, and the facts they are
 * merged into (transitively: their rows fold those events too), with their current columns.
 */
async function factChangesBetween(pool: pg.Pool, from: string, to: string): Promise<FactChange[] | null> {
  const between = checkpointsBetween(from, to);
  if (!between) return null;
  const { rows } = await pool.query<{ fact_id: string | null; type: string | null; actor_country: string | null; target_country: string | null; pair: string | null }>(
    `WITH RECURSIVE logged AS MATERIALIZED (
       SELECT e.data FROM events e
        WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
          AND (e.transaction_id, e.global_position) <= ($3::xid8, $4::bigint)
          AND e.type = ANY($5::text[])
        LIMIT $6
     ), touched(fact_id) AS (
       SELECT id FROM logged, LATERAL (VALUES (logged.data->>'factId'), (logged.data->>'mergedInto')) v(id) WHERE id IS NOT NULL
       UNION
       SELECT f.merged_into FROM ${S}.fact f JOIN touched t ON f.fact_id = t.fact_id WHERE f.merged_into IS NOT NULL
     )
     SELECT t.fact_id, f.type, f.actor_country, f.target_country, f.pair FROM touched t LEFT JOIN ${S}.fact f ON f.fact_id = t.fact_id
     UNION ALL
     -- a row of nulls when the events were too many to read: the caller cannot know what changed
     SELECT NULL, NULL, NULL, NULL, NULL WHERE (SELECT count(*) FROM logged) >= $6`,
    [...between.from, ...between.to, [...factsProjection.eventTypes], MOST_EVENTS_BETWEEN],
  );
  if (rows.some((row) => row.fact_id === null)) return null;
  return rows.map((row) => ({ factId: row.fact_id!, type: row.type, actor: row.actor_country, target: row.target_country, pair: row.pair }));
}

const changesOf = new WeakMap<pg.Pool, ReadModelChanges<FactChange>>();

/** What changed in the facts read model between the versions this process's reads saw (one tracker per pool). */
export function factChanges(pool: pg.Pool): ReadModelChanges<FactChange> {
  let changes = changesOf.get(pool);
  if (!changes) changesOf.set(pool, (changes = new ReadModelChanges((from, to) => factChangesBetween(pool, from, to))));
  return changes;
}

/** What a cached read over facts was computed from: the facts it read (with those merged into them) and its filter. */
export interface FactsRead {
  readonly filter: FactFilter;
  readonly factIds: ReadonlySet<string>;
}

/** Whether a change touches what the read was computed from. */
export const touches = (read: FactsRead) => (change: FactChange): boolean => read.factIds.has(change.factId) || mayList(read.filter, change);

/** Every unordered pair of the countries, in the form of the `pair` column. */
function pairsOf(countries: readonly string[]): string[] {
  return countries.flatMap((a, i) => countries.slice(i + 1).map((b) => [a, b].sort().join('-')));
}

/** `withValues: false` skips the values for callers that fold the events anyway. */
function selectFactsSql(
  filter: FactFilter,
  clocks: ReadClocks,
  page: { after: PageCursor | null; limit: number } | null,
  withValues: boolean,
): { text: string; params: unknown[] } {
  const sql = conditions(filter, clocks);
  if (page?.after) sql.where(`(sort_on, fact_id) > (${sql.param(page.after.date)}::date, ${sql.param(page.after.id)})`);
  const limit = page ? `LIMIT ${sql.param(page.limit + 1)}` : '';
  return {
    text: `SELECT fact_id, type, sort_on::text AS sort_key, ${withValues ? '"values"' : 'NULL AS "values"'}, document_count, withdrawn_known_at
             FROM ${S}.fact ${sql.whereClause}
            ORDER BY sort_on, fact_id ${limit}`,
    params: sql.params,
  };
}

async function selectFacts(
  pool: pg.Pool,
  filter: FactFilter,
  clocks: ReadClocks,
  page: { after: PageCursor | null; limit: number } | null,
): Promise<FactRow[]> {
  const { text, params } = selectFactsSql(filter, clocks, page, true);
  return (await pool.query<FactRow>(text, params)).rows;
}

interface FactEventRow {
  root: string;
  sort_key: string | null;
  fact_id: string | null;
  event_id: string;
  type: string;
  transaction_id: string;
  global_position: string;
  known_ms: number;
  recorded_ms: number;
  document_id: string | null;
  data: unknown;
}

/**
 * One statement for the facts `asked` selects (fact_id, sort_key, n: their order), the facts
 * merged into each (FactsMerged), transitively, and every event of them: a row per asked fact
 * and event of it (event columns null for a fact with none), in the order of n. One round trip
 * instead of three: a page read while the read model changes is read at one snapshot, and on
 * a busy server each round trip waits for a core.
 */
const FACTS_WITH_EVENTS = (asked: string): string => `
  WITH RECURSIVE asked AS MATERIALIZED (${asked}),
  member(root, fact_id) AS (
    SELECT fact_id, fact_id FROM asked
    UNION
    SELECT member.root, f.fact_id FROM ${S}.fact f JOIN member ON f.merged_into = member.fact_id
  )
  SELECT asked.fact_id AS root, asked.sort_key, e.fact_id, e.event_id, e.type, e.transaction_id, e.global_position,
         -- Times as epoch milliseconds: pg parses numbers much faster than timestamp text.
         (extract(epoch FROM e.known_time) * 1000)::float8 AS known_ms,
         (extract(epoch FROM e.recorded_at) * 1000)::float8 AS recorded_ms,
         e.document_id, e.data
    FROM asked JOIN member ON member.root = asked.fact_id
    LEFT JOIN ${S}.fact_event e ON e.fact_id = member.fact_id
   ORDER BY asked.n`;

/** The facts of the ids in $1, in their order. */
const ASKED_IDS = 'SELECT fact_id, NULL::text AS sort_key, n FROM unnest($1::text[]) WITH ORDINALITY AS a(fact_id, n)';

/** The asked facts with their sort keys and events (theirs and their merged facts'), in the order asked. */
async function factsWithEvents(pool: pg.Pool, asked: string, params: readonly unknown[]): Promise<Map<string, { sortKey: string | null; records: FactEventRecord[] }>> {
  const { rows } = await pool.query<FactEventRow>(FACTS_WITH_EVENTS(asked), params as unknown[]);
  const facts = new Map<string, { sortKey: string | null; records: FactEventRecord[] }>();
  for (const row of rows) {
    let fact = facts.get(row.root);
    if (!fact) facts.set(row.root, (fact = { sortKey: row.sort_key, records: [] }));
    if (row.fact_id === null) continue;
    fact.records.push({
      factId: row.fact_id,
      eventId: row.event_id,
      type: row.type,
      transactionId: BigInt(row.transaction_id),
      globalPosition: BigInt(row.global_position),
      knownTime: new Date(row.known_ms),
      recordedAt: new Date(row.recorded_ms),
      documentId: row.document_id,
      data: row.data,
    });
  }
  return facts;
}

/** Every fact whose row or events the answer was computed from. */
function factIdsRead(facts: ReadonlyMap<string, { records: FactEventRecord[] }>): Set<string> {
  const ids = new Set(facts.keys());
  for (const { records } of facts.values()) for (const record of records) ids.add(record.factId);
  return ids;
}

/** Folds each fact's events at knownAt; facts not known by then are left out. */
function foldAll(facts: ReadonlyMap<string, { records: FactEventRecord[] }>, knownAt: Date | null): FactState[] {
  return [...facts].flatMap(([factId, { records }]) => {
    const state = foldFact(records, knownAt ?? undefined, factId);
    return state ? [state] : [];
  });
}

/**
 * Full fact views (provenance, disputes, history) at `knownAt`, in the order of `factIds`.
 * All events are read: a fact's values come from its report even when only an earlier-published
 * corroboration is known by then. The events of facts merged into one are read with it.
 */
export async function factStates(pool: pg.Pool, factIds: readonly string[], knownAt: Date | null): Promise<FactState[]> {
  if (factIds.length === 0) return [];
  return foldAll(await factsWithEvents(pool, ASKED_IDS, [[...new Set(factIds)]]), knownAt);
}

/** Facts in valid-time order, each with its whole story. */
export async function listFacts(
  pool: pg.Pool,
  filter: FactFilter,
  clocks: ReadClocks,
  page: { after: PageCursor | null; limit: number },
): Promise<Page<FactState> & { readonly factIds: ReadonlySet<string> }> {
  const { text, params } = selectFactsSql(filter, clocks, page, false);
  const asked = `SELECT fact_id, sort_key, row_number() OVER (ORDER BY sort_key::date, fact_id) AS n FROM (${text}) page`;
  const facts = await factsWithEvents(pool, asked, params);
  const states = foldAll(facts, clocks.knownAt);
  return { ...toPage(states, page.limit, (state) => ({ date: facts.get(state.factId)!.sortKey!, id: state.factId })), factIds: factIdsRead(facts) };
}

export async function findFact(pool: pg.Pool, factId: string, knownAt: Date | null): Promise<FactState | null> {
  return (await factStates(pool, [factId], knownAt))[0] ?? null;
}

/**
 * Snapshots for reads over many facts. Without knownAt they come straight from the fact
 * rows (the fold of everything); at knownAt each fact is folded from its events known by then.
 */
export async function factSnapshots(
  pool: pg.Pool,
  filter: FactFilter,
  clocks: ReadClocks,
  page: { after: PageCursor | null; limit: number } | null,
): Promise<{ snapshots: FactSnapshot[]; cursors: Map<string, PageCursor>; factIds: ReadonlySet<string> }> {
  const rows = await selectFacts(pool, filter, clocks, page);
  const cursors = new Map(rows.map((row) => [row.fact_id, { date: row.sort_key, id: row.fact_id }]));
  if (!clocks.knownAt) {
    const snapshots = rows.map((row) => ({
      factId: row.fact_id,
      type: row.type,
      values: row.values,
      documentCount: row.document_count,
      status: row.withdrawn_known_at ? ('withdrawn' as const) : ('supported' as const),
    }));
    return { snapshots, cursors, factIds: new Set(cursors.keys()) };
  }
  const facts = await factsWithEvents(pool, ASKED_IDS, [rows.map((row) => row.fact_id)]);
  return { snapshots: foldAll(facts, clocks.knownAt), cursors, factIds: factIdsRead(facts) };
}

/**
 * How many facts each group of documents reports (a story's revisions, say), at `knownAt`: the
 * facts any of whose reports, corroborations or disputes came from one of the group's
 * documents, less those the report was moved away from; a fact merged into another by then
 * counts as that one.
 */
export async function factCountsOfDocuments(
  pool: pg.Pool,
  groups: ReadonlyMap<string, readonly string[]>,
  knownAt: Date | null,
): Promise<Map<string, number>> {
  const keys = [...groups].flatMap(([key, documents]) => documents.map(() => key));
  const documents = [...groups.values()].flat();
  if (documents.length === 0) return new Map();
  const known = (alias: string): string => `($3::timestamptz IS NULL OR ${alias}.known_time <= $3)`;
  const { rows } = await pool.query<{ key: string; facts: number }>(
    `SELECT d.key,
            count(DISTINCT CASE WHEN f.merged_into IS NOT NULL AND ($3::timestamptz IS NULL OR f.merged_known_at <= $3)
                                THEN f.merged_into ELSE e.fact_id END)::int AS facts
       FROM unnest($1::text[], $2::text[]) AS d(key, document_id)
       JOIN ${S}.fact_event e ON e.document_id = d.document_id AND e.type <> 'FactReportMoved' AND ${known('e')}
       LEFT JOIN ${S}.fact f ON f.fact_id = e.fact_id
      WHERE NOT EXISTS (SELECT 1 FROM ${S}.fact_event moved
                         WHERE moved.fact_id = e.fact_id AND moved.document_id = e.document_id
                           AND moved.type = 'FactReportMoved' AND ${known('moved')})
      GROUP BY d.key`,
    [keys, documents, knownAt],
  );
  return new Map(rows.map((row) => [row.key, row.facts]));
}
