import {
  type BeforeApplicationShutdown,
  Controller,
  Get,
  Inject,
  Logger,
  Query,
  Req,
  Res,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../../config/database-unavailable.js';
import type { Settings } from '../../config/settings.js';
import { SETTINGS } from '../../config/settings.tokens.js';
import { envelopeJsonText } from '../../event-store/envelope-json.js';
import { type EventStore, LOG_START, type LogCursor } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { bearerTokenCheck } from '../auth/bearer-token.js';
import { ApiProblems } from '../openapi/problem-responses.js';
import { invalidInput } from '../problem-details.filter.js';

const HEARTBEAT_MS = 15_000;
// Events read per batch for one client: a client that reads slowly holds at most this many.
const BATCH_SIZE = 16;

@ApiTags('events')
@Controller('events')
export class LiveEventsController implements BeforeApplicationShutdown {
  private readonly logger = new Logger('LiveEvents');
  private readonly open = new Set<() => Promise<void>>();
  /** Clients admitted, counted from the moment they arrive (before their stream opens). */
  private clients = 0;
  private readonly admits: (authorization: string | undefined) => boolean;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    const [api, read] = [bearerTokenCheck(settings.apiToken), bearerTokenCheck(settings.readToken)];
    this.admits = settings.livePublic ? () => true : (authorization) => api(authorization) || read(authorization);
  }

  @Get('live')
  @ApiOperation({
    summary: 'Server-Sent Events: every envelope as it is appended',
    description:
      'Each message has `id` = the global position and `data` = the envelope JSON. On reconnect the browser sends Last-Event-ID and the stream resumes right after that event, in commit order, without gaps or repeats. Without it the stream starts at the head of the log. ' +
      'Open like every read, unless a read token is configured (NEWSLEDGER_READ_TOKEN) or NEWSLEDGER_LIVE_PUBLIC=false: then it needs `Authorization: Bearer` with the read token or the API token. A client that leaves what it was sent unread for NEWSLEDGER_SSE_IDLE_TIMEOUT_MS (default 30 s) is disconnected; it may reconnect with Last-Event-ID.',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Global position of the last event received' })
  @ApiQuery({ name: 'after', required: false, description: 'Same as Last-Event-ID, for clients that cannot set headers; 0 = from the start' })
  @ApiOkResponse({
    description: 'Frames `id: <globalPosition>` and `data: <envelope JSON>`, as GET /events items',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiBearerAuth()
  @ApiProblems(400)
  @ApiProblems([
    401,
    'No `Authorization: Bearer` with the read token (NEWSLEDGER_READ_TOKEN) or the API token, and the feed is closed (a read token configured, or NEWSLEDGER_LIVE_PUBLIC=false)',
  ])
  @ApiProblems([503, 'NEWSLEDGER_SSE_MAX_CLIENTS clients are connected already; Retry-After'])
  async live(
    @Req() request: Request,
    @Res() response: Response,
    @Query('after') after?: string,
  ): Promise<void> {
    // Before the capacity check: an anonymous client learns nothing, not even whether the feed is full.
    if (!this.admits(request.headers.authorization)) {
      throw new UnauthorizedException('The live feed needs "Authorization: Bearer <token>" with the read token or the API token');
    }
    if (this.clients >= this.settings.sseMaxClients) {
      throw new ServiceUnavailableException(`The live feed has its maximum of ${this.settings.sseMaxClients} clients; retry later`);
    }
    // Read here, not with @Headers: that would declare the header a second time, as required.
    const lastEventId = request.header('last-event-id');
    this.clients++;
    let from: LogCursor;
    try {
      from = await this.resumeCursor(lastEventId ?? after, lastEventId !== undefined ? 'Last-Event-ID' : 'after');
    } catch (error) {
      this.clients--;
      throw error;
    }
    // Gone while its cursor was looked up: 'close' has fired already and would never end it.
    if (request.socket.destroyed) {
      this.clients--;
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const send = stallWatch(response, this.settings.sseIdleTimeoutMs);
    send('retry: 2000\n\n');

    let closed = false;
    const subscription = this.store.subscribe({
      after: from,
      batchSize: BATCH_SIZE,
      // While the database is away every client retries its read each poll; readiness and the
      // pool already report the outage, so one stack trace per client and poll would only flood the log.
      onError: (error) => {
        if (!isDatabaseUnavailable(error)) this.logger.error(`Live feed: ${error instanceof Error ? error.message : String(error)}`);
      },
      handler: async (events) => {
        for (const event of events) {
          if (closed) return;
          const frame = `id: ${event.globalPosition}\ndata: ${envelopeJsonText(event)}\n\n`;
          if (!send(frame)) await drainedOrClosed(response);
        }
      },
    });
    const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
    const close = async (): Promise<void> => {
      if (closed) return;
      closed = true;
      this.clients--;
      clearInterval(heartbeat);
      this.open.delete(close);
      await subscription.stop();
      response.end();
    };
    this.open.add(close);
    request.on('close', () => void close());
    response.on('close', () => void close());
  }

  /** Open streams would keep the HTTP server from closing, and their subscriptions the pool. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.open].map((close) => close()));
  }

  private async resumeCursor(lastSeen: string | undefined, field: string): Promise<LogCursor> {
    if (lastSeen === undefined || lastSeen === '') {
      const head = await this.store.headPosition();
      return head === 0n ? LOG_START : ((await this.store.cursorAt(head)) ?? LOG_START);
    }
    if (!/^\d{1,18}$/.test(lastSeen)) throw invalidInput(field, `${field} must be a global position (a whole number)`);
    const position = BigInt(lastSeen);
    if (position === 0n) return LOG_START;
    const cursor = await this.store.cursorAt(position);
    if (!cursor) throw invalidInput(field, `No event at position ${position} to resume after`);
    return cursor;
  }
}

/**
 * Writes to a live client, and drops the client when what it was sent stays unread for
 * `timeoutMs`: a client that stops reading would otherwise hold its slot, its subscription and
 * its unsent batch for as long as it keeps the connection open.
 */
function stallWatch(response: Response, timeoutMs: number): (frame: string) => boolean {
  let stalled: NodeJS.Timeout | null = null;
  const drained = (): void => {
    if (stalled !== null) clearTimeout(stalled);
    stalled = null;
  };
  response.on('drain', drained);
  response.on('close', drained);
  return (frame) => {
    if (response.destroyed) return true;
    const flushed = response.write(frame);
    if (!flushed && stalled === null) stalled = setTimeout(() => response.destroy(), timeoutMs);
    return flushed;
  };
}

function drainedOrClosed(response: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
