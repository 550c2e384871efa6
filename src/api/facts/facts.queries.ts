import { Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import { type FactFilter, findFact, listFacts } from '../../projections/facts/facts.reader.js';
import type { ReadClocks } from '../../projections/read-query/clocks.js';
import type { Page, PageCursor } from '../../projections/read-query/page-cursor.js';
import { type FactJson, toFactJson } from './fact-json.js';

export class ListFactsQuery extends Query<Page<FactJson>> {
  constructor(
    readonly filter: FactFilter,
    readonly clocks: ReadClocks,
    readonly page: { after: PageCursor | null; limit: number },
  ) {
    super();
  }
}

export class GetFactQuery extends Query<FactJson> {
  constructor(
    readonly id: string,
    readonly knownAt: Date | null,
  ) {
    super();
  }
}

@QueryHandler(ListFactsQuery)
export class ListFactsHandler implements IQueryHandler<ListFactsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ filter, clocks, page }: ListFactsQuery): Promise<Page<FactJson>> {
    const facts = await listFacts(this.pool, filter, clocks, page);
    return { items: facts.items.map(toFactJson), next: facts.next };
  }
}

@QueryHandler(GetFactQuery)
export class GetFactHandler implements IQueryHandler<GetFactQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ id, knownAt }: GetFactQuery): Promise<FactJson> {
    const fact = await findFact(this.pool, id, knownAt);
    if (!fact) {
      throw new NotFoundException(knownAt ? `Fact ${id} was not known at ${knownAt.toISOString()}` : `Fact ${id} does not exist`);
    }
    return toFactJson(fact);
  }
}

export const FACT_QUERY_HANDLERS = [ListFactsHandler, GetFactHandler];
