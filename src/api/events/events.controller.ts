import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toEnvelopeJson } from '../../event-store/envelope-json.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { ApiProblems } from '../openapi/problem-responses.js';
import { invalidInput } from '../problem-details.filter.js';
import { MAX_PAGE_BYTES, readEnvelopePage } from './byte-bounded-page.js';
import { EnvelopePageDto, EventsQuery, StreamEventsQuery } from './events.dto.js';

const DEFAULT_LIMIT = 100;

@ApiTags('events')
@ApiProblems(400, 503)
@Controller()
export class EventsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('events')
  @ApiOperation({
    summary: 'Page through the global log in commit order',
    description:
      `Returns full envelopes. Pass \`next\` as \`cursor\` (or the last \`globalPosition\` seen as \`after\`) to get the next page; no event is skipped or repeated even when writers commit out of position order. A page holds at most \`limit\` events and at most ${MAX_PAGE_BYTES / 1024 / 1024} MiB of envelopes (a single larger event gets a page of its own), so it may hold fewer than \`limit\` before the end of the log. \`next\` is null once the page reaches the end of the log as it stands; to follow the log, ask again later with \`after\` = the last \`globalPosition\` received.`,
  })
  @ApiOkResponse({ type: EnvelopePageDto })
  async readAll(@Res() response: Response, @Query() query: EventsQuery): Promise<void> {
    const field = query.cursor !== undefined ? 'cursor' : 'after';
    const afterPosition = BigInt(query.cursor ?? query.after ?? '0');
    const cursor = afterPosition === 0n ? undefined : await this.store.cursorAt(afterPosition);
    if (cursor === null) throw invalidInput(field, `No event at position ${afterPosition}: "${field}" must be a position returned by this API`);
    const page = await readEnvelopePage(this.store, cursor, query.limit ?? DEFAULT_LIMIT);
    // The envelopes are JSON texts already; the page is written around them, not serialized again.
    const next = page.more && page.lastPosition !== null ? JSON.stringify(page.lastPosition.toString()) : 'null';
    response.type('application/json').send(`{"items":[${page.envelopes.join(',')}],"next":${next}}`);
  }

  @Get('streams/:streamId/events')
  @ApiOperation({
    summary: "Read one stream's events in version order",
    description: 'Pass `next` as `cursor` for the next page (a stream version); `next` is null on the last page.',
  })
  @ApiParam({ name: 'streamId', example: 'story-2017-07-30-russian-president-vladimir-putin-expels-755' })
  @ApiOkResponse({ type: EnvelopePageDto })
  async readStream(@Param('streamId') streamId: string, @Query() query: StreamEventsQuery): Promise<EnvelopePageDto> {
    const from = query.cursor ?? query.fromVersion;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const backwards = query.direction === 'backwards';
    // One event more than asked says whether a next page exists.
    const events = await this.store.readStream(streamId, {
      fromVersion: from === undefined ? undefined : BigInt(from),
      limit: limit + 1,
      direction: query.direction,
    });
    const items = events.slice(0, limit);
    const last = items.at(-1);
    const next = events.length > limit && last ? (backwards ? last.streamVersion - 1n : last.streamVersion + 1n).toString() : null;
    return { items: items.map(toEnvelopeJson), next };
  }
}
