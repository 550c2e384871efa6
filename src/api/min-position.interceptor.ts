import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type pg from 'pg';
import { from, type Observable, switchMap } from 'rxjs';
import { PG_POOL } from '../config/database.tokens.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { EVENT_STORE } from '../event-store/event-store.tokens.js';
import { PROJECTIONS } from '../projections/projections.js';
import { waitForPosition } from '../projections/read-query/min-position.js';
import { invalidInput } from './problem-details.filter.js';

/** How long a read waits for the read models to reach `minPosition` before answering 503. */
export const MIN_POSITION_WAIT_MS = 5_000;
export const MIN_POSITION_HEADER = 'min-position';

const WHOLE_NUMBER = /^\d{1,18}$/;

/**
 * Read your writes: a write answers the global position of its last event; a read given that
 * position (`minPosition` query parameter or `Min-Position` header) answers only once every
 * read model has applied it, waiting at most MIN_POSITION_WAIT_MS, then 503 with Retry-After.
 */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const raw = request.query['minPosition'] ?? request.headers[MIN_POSITION_HEADER];
    if (raw === undefined) return next.handle();
    if (typeof raw !== 'string' || !WHOLE_NUMBER.test(raw)) {
      throw invalidInput('minPosition', 'minPosition must be a global position: a whole number, as writes answer it');
    }
    return from(this.waitFor(BigInt(raw), context.switchToHttp().getResponse<Response>())).pipe(switchMap(() => next.handle()));
  }

  private async waitFor(position: bigint, response: Response): Promise<void> {
    if (await waitForPosition(this.pool, this.store, PROJECTIONS, position, Date.now() + MIN_POSITION_WAIT_MS)) return;
    response.setHeader('Retry-After', '1');
    throw new ServiceUnavailableException(`The read models have not reached position ${position} yet; retry shortly`);
  }
}
