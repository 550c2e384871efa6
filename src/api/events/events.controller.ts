import { BadRequestException, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toEnvelopeJson } from '../../event-store/envelope-json.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { MAX_PAGE_BYTES, readEnvelopePage } from './byte-bounded-page.js';

const MAX_LIMIT = 1000;

@ApiTags('events')
@Controller()
export class EventsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('events')
  @ApiOperation({
    summary: 'Page through the global log in commit order',
    description:
      `Returns full envelopes. Pass the \`next\` value of a page as \`after\` to get the next one; no event is skipped or repeated even when writers commit out of position order. A page holds at most \`limit\` events and at most ${MAX_PAGE_BYTES / 1024 / 1024} MiB of envelopes (a single larger event gets a page of its own), so it may hold fewer than \`limit\` before the end of the log.`,
  })
  @ApiQuery({ name: 'after', required: false, description: 'Global position of the last event already seen (0 = from the start)' })
  @ApiQuery({ name: 'limit', required: false, description: `1..${MAX_LIMIT}, default 100` })
  @ApiOkResponse({ description: '{ events: Envelope[], next: string } (positions are decimal strings)' })
  async readAll(@Res() response: Response, @Query('after') after?: string, @Query('limit') limit?: string): Promise<void> {
    const afterPosition = parsePosition(after, 'after');
    const pageSize = parseLimit(limit);
    const cursor = afterPosition === 0n ? undefined : await this.store.cursorAt(afterPosition);
    if (cursor === null) throw new BadRequestException(`No event at position ${afterPosition}: "after" must be a position returned by this API`);
    const page = await readEnvelopePage(this.store, cursor, pageSize);
    // The envelopes are JSON texts already; the page is written around them, not serialized again.
    const next = JSON.stringify((page.lastPosition ?? afterPosition).toString());
    response.type('application/json').send(`{"events":[${page.envelopes.join(',')}],"next":${next}}`);
  }

  @Get('streams/:streamId/events')
  @ApiOperation({ summary: "Read one stream's events in version order" })
  @ApiParam({ name: 'streamId', example: 'story-2017-07-30-russian-president-vladimir-putin-expels-755' })
  @ApiQuery({ name: 'fromVersion', required: false, description: 'First stream version to return (default 1)' })
  @ApiQuery({ name: 'limit', required: false, description: `1..${MAX_LIMIT}, default 100` })
  @ApiQuery({ name: 'direction', required: false, enum: ['forwards', 'backwards'] })
  async readStream(
    @Param('streamId') streamId: string,
    @Query('fromVersion') fromVersion?: string,
    @Query('limit') limit?: string,
    @Query('direction') direction?: string,
  ) {
    if (direction !== undefined && direction !== 'forwards' && direction !== 'backwards') {
      throw new BadRequestException('"direction" must be forwards or backwards');
    }
    const from = fromVersion === undefined ? undefined : parsePosition(fromVersion, 'fromVersion');
    const events = await this.store.readStream(streamId, { fromVersion: from, limit: parseLimit(limit), direction });
    return { streamId, events: events.map(toEnvelopeJson) };
  }
}

function parsePosition(value: string | undefined, name: string): bigint {
  if (value === undefined || value === '') return 0n;
  if (!/^\d{1,18}$/.test(value)) throw new BadRequestException(`"${name}" must be a non-negative whole number`);
  return BigInt(value);
}

function parseLimit(value: string | undefined): number {
  if (value === undefined || value === '') return 100;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new BadRequestException(`"limit" must be a whole number from 1 to ${MAX_LIMIT}`);
  }
  return n;
}
