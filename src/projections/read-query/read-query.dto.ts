import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate, parseInstant } from './clocks.js';
import { decodeCursor } from './page-cursor.js';

function textRule(name: string, test: (text: string) => boolean, message: string) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        options: { message, ...options },
        validator: { validate: (value: unknown) => typeof value === 'string' && test(value) },
      });
}

/** A calendar date, YYYY-MM-DD. */
export const IsCalendarDate = (property: string) =>
  textRule('isCalendarDate', isCalendarDate, `${property} must be a calendar date, YYYY-MM-DD (e.g. 2017-08-15)`)();

export const IsInstant = (property: string) =>
  textRule(
    'isInstant',
    (text) => parseInstant(text) !== null,
    `${property} must be an ISO 8601 time with a zone, e.g. 2017-08-10T00:00:00Z (a date alone means midnight UTC)`,
  )();

const IsPageCursor = textRule('isPageCursor', (text) => decodeCursor(text) !== null, 'cursor must be a value returned as "next" by this API');

/** Every read accepts it; the MinPositionInterceptor acts on it (see there). */
export class ReadYourWritesQuery {
  @ApiPropertyOptional({
    description:
      'Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). ' +
      'Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After.',
    example: '42',
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'minPosition must be a global position: a whole number, as writes answer it' })
  minPosition?: string;
}

export class KnownAtQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    description: 'Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC)',
    example: '2017-08-28T00:00:00Z',
  })
  @IsOptional()
  @IsInstant('knownAt')
  knownAt?: string;
}

export class ClocksQuery extends KnownAtQuery {
  @ApiPropertyOptional({ description: 'The state of the world on this date, by everything known now', example: '2017-08-15' })
  @IsOptional()
  @IsCalendarDate('validAt')
  validAt?: string;
}

const MAX_PAGE_SIZE = 200;

export class PageQuery extends ClocksQuery {
  @ApiPropertyOptional({ description: 'The `next` value of the previous page' })
  @IsOptional()
  @IsPageCursor()
  cursor?: string;

  @ApiPropertyOptional({ description: `Page size, 1..${MAX_PAGE_SIZE}; default 50 (20 for facts, which carry their whole history)` })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be from 1 to ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `limit must be from 1 to ${MAX_PAGE_SIZE}` })
  limit?: number;
}
