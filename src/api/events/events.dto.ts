import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const MAX_EVENTS_LIMIT = 1000;
const POSITION = /^\d{1,18}$/;

class EventsLimitQuery {
  @ApiPropertyOptional({ description: `Page size, 1..${MAX_EVENTS_LIMIT}; default 100`, minimum: 1, maximum: MAX_EVENTS_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be from 1 to ${MAX_EVENTS_LIMIT}` })
  @Max(MAX_EVENTS_LIMIT, { message: `limit must be from 1 to ${MAX_EVENTS_LIMIT}` })
  limit?: number;
}

export class EventsQuery extends EventsLimitQuery {
  @ApiPropertyOptional({ description: 'Global position of the last event already seen (0 = from the start), a decimal string', example: '0' })
  @IsOptional()
  @Matches(POSITION, { message: 'after must be a global position: a whole number as this API returns it' })
  after?: string;

  @ApiPropertyOptional({ description: 'The `next` value of the previous page (wins over `after`)' })
  @IsOptional()
  @Matches(POSITION, { message: 'cursor must be a value returned as "next" by this API' })
  cursor?: string;
}

export class StreamEventsQuery extends EventsLimitQuery {
  @ApiPropertyOptional({ description: 'First stream version to return (default: the first, or the last going backwards)', example: '1' })
  @IsOptional()
  @Matches(POSITION, { message: 'fromVersion must be a stream version: a whole number' })
  fromVersion?: string;

  @ApiPropertyOptional({ description: 'The `next` value of the previous page (wins over `fromVersion`)' })
  @IsOptional()
  @Matches(POSITION, { message: 'cursor must be a value returned as "next" by this API' })
  cursor?: string;

  @ApiPropertyOptional({ enum: ['forwards', 'backwards'], default: 'forwards' })
  @IsOptional()
  @IsIn(['forwards', 'backwards'], { message: 'direction must be forwards or backwards' })
  direction?: 'forwards' | 'backwards';
}

export class EnvelopeDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'StaffReductionOrdered' }) type!: string;
  @ApiProperty({ example: 1 }) schemaVersion!: number;
  @ApiProperty() streamId!: string;
  @ApiProperty({ example: '1', pattern: '^\\d+$', description: 'Version in its stream, a decimal string' }) streamVersion!: string;
  @ApiProperty({ example: '42', pattern: '^\\d+$', description: 'Position in the global log, a decimal string' }) globalPosition!: string;
  @ApiProperty({ example: '1207', pattern: '^\\d+$', description: 'The log is ordered by (transactionId, globalPosition)' }) transactionId!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s data; its shape is given by `type` and `schemaVersion`' })
  data!: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'knownAt (when the reporting became public, or null), correlationId, causationId, source',
  })
  metadata!: Record<string, unknown>;
}

export class EnvelopePageDto {
  @ApiProperty({ type: [EnvelopeDto] }) items!: EnvelopeDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null when nothing follows now' })
  next!: string | null;
}
