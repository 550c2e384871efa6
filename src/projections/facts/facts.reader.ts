import type pg from 'pg';
import type { FactEventType, FactValues } from '../../domain/facts/fact-events.js';
import { ACTUAL_MODALITIES } from '../../domain/facts/modality-class.js';
import type { ReadClocks } from '../read-query/clocks.js';
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
  const asked = 'SELECT fact_id, NULL::text AS sort_key, n FROM unnest($1::text[]) WITH ORDINALITY AS a(fact_id, n)';
  return foldAll(await factsWithEvents(pool, asked, [[...new Set(factIds)]]), knownAt);
}

/** Facts in valid-time order, each with its whole story. */
export async function listFacts(
  pool: pg.Pool,
  filter: FactFilter,
  clocks: ReadClocks,
  page: { after: PageCursor | null; limit: number },
): Promise<Page<FactState>> {
  const { text, params } = selectFactsSql(filter, clocks, page, false);
  const asked = `SELECT fact_id, sort_key, row_number() OVER (ORDER BY sort_key::date, fact_id) AS n FROM (${text}) page`;
  const facts = await factsWithEvents(pool, asked, params);
  const states = foldAll(facts, clocks.knownAt);
  return toPage(states, page.limit, (state) => ({ date: facts.get(state.factId)!.sortKey!, id: state.factId }));
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
): Promise<{ snapshots: FactSnapshot[]; cursors: Map<string, PageCursor> }> {
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
    return { snapshots, cursors };
  }
  const states = await factStates(pool, rows.map((row) => row.fact_id), clocks.knownAt);
  return { snapshots: states, cursors };
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
