import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { ReadClocks } from '../../projections/read-query/clocks.js';
import type { JsonBody } from '../../projections/read-query/json-body.js';
import type { RelationsState } from '../../projections/relations/relations-state.js';
import { RelationsReader } from '../../projections/relations/relations.reader.js';

export type RelationsJson = RelationsState & { readonly knownAt: string | null };

/** Answers with a RelationsJson ready to send: states are cached serialized (see RelationsReader). */
export class GetRelationsQuery extends Query<JsonBody> {
  constructor(
    readonly a: string,
    readonly b: string,
    readonly clocks: ReadClocks,
  ) {
    super();
  }
}

@QueryHandler(GetRelationsQuery)
export class GetRelationsHandler implements IQueryHandler<GetRelationsQuery> {
  private readonly reader: RelationsReader;

  constructor(@Inject(PG_POOL) pool: pg.Pool) {
    this.reader = new RelationsReader(pool);
  }

  async execute({ a, b, clocks }: GetRelationsQuery): Promise<JsonBody> {
    const knownAt = clocks.knownAt?.toISOString() ?? null;
    return this.reader.readBody(a, b, clocks, (state) => ({ ...state, knownAt }) satisfies RelationsJson);
  }
}
