import { Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import { factChanges, type FactFilter, type FactsRead, findFact, listFacts, touches } from '../../projections/facts/facts.reader.js';
import type { ReadClocks } from '../../projections/read-query/clocks.js';
import { type JsonBody, jsonBody } from '../../projections/read-query/json-body.js';
import type { Page, PageCursor } from '../../projections/read-query/page-cursor.js';
import { readModelVersion, VersionedCache } from '../../projections/read-query/versioned-cache.js';
import { factsProjection } from '../../projections/facts/facts.projection.js';
import { liveSchema } from '../../projections/runner/generation.js';
import { type FactJson, toFactJson } from './fact-json.js';

/** Answers with a Page<FactJson> ready to send: pages are cached serialized, per facts read-model version. */
export class ListFactsQuery extends Query<JsonBody> {
  constructor(
    readonly filter: FactFilter,
    readonly clocks: ReadClocks,
    readonly page: { after: PageCursor | null; limit: number },
  ) {
    super();
  }
}

/** One page of facts as objects, for exports that go through every page. Not cached: an export reads each page once. */
export class ExportFactsPageQuery extends Query<Page<FactJson>> {
  constructor(
    readonly filter: FactFilter,
    readonly clocks: ReadClocks,
    readonly page: { after: PageCursor | null; limit: number },
  ) {
    super();
  }
}

/** The fact, or where it went: a fact merged into another (FactsMerged) is read as the survivor. */
export type FoundFact = { readonly fact: FactJson } | { readonly mergedInto: string };

export class GetFactQuery extends Query<FoundFact> {
  constructor(
    readonly id: string,
    readonly knownAt: Date | null,
  ) {
    super();
  }
}

/**
 * Dashboards ask for the same pages again and again, and a page costs milliseconds (every
 * fact's events are folded and it is large), so pages are cached as JSON bytes while the facts
 * read model is unchanged (same generation and checkpoint, see readModelVersion), or changed
 * only in facts the page's filter cannot hold and it did not read (see ReadModelChanges).
 */
@QueryHandler(ListFactsQuery)
export class ListFactsHandler implements IQueryHandler<ListFactsQuery> {
  private readonly cache = new VersionedCache<JsonBody, FactsRead>(256);

  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ filter, clocks, page }: ListFactsQuery): Promise<JsonBody> {
    const key = JSON.stringify([filter, clocks, page]);
    const changes = factChanges(this.pool);
    const version = await readModelVersion(this.pool, FACTS_SCHEMA);
    await changes.observe(version);
    const cached = this.cache.get(key, version, (since, read) => changes.unchanged(since, version, touches(read)));
    if (cached !== undefined) return cached;
    const facts = await listFacts(this.pool, filter, clocks, page);
    const body = jsonBody({ items: facts.items.map(toFactJson), next: facts.next } satisfies Page<FactJson>);
    this.cache.set(key, version, body, { filter, factIds: facts.factIds });
    return body;
  }
}

const FACTS_SCHEMA = liveSchema(factsProjection);

@QueryHandler(ExportFactsPageQuery)
export class ExportFactsPageHandler implements IQueryHandler<ExportFactsPageQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ filter, clocks, page }: ExportFactsPageQuery): Promise<Page<FactJson>> {
    const facts = await listFacts(this.pool, filter, clocks, page);
    return { items: facts.items.map(toFactJson), next: facts.next };
  }
}

@QueryHandler(GetFactQuery)
export class GetFactHandler implements IQueryHandler<GetFactQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ id, knownAt }: GetFactQuery): Promise<FoundFact> {
    const fact = await findFact(this.pool, id, knownAt);
    if (!fact) {
      throw new NotFoundException(knownAt ? `Fact ${id} was not known at ${knownAt.toISOString()}` : `Fact ${id} does not exist`);
    }
    return fact.mergedInto === null ? { fact: toFactJson(fact) } : { mergedInto: fact.mergedInto };
  }
}

export const FACT_QUERY_HANDLERS = [ListFactsHandler, ExportFactsPageHandler, GetFactHandler];
