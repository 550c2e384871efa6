import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

class FieldErrorDto {
  @ApiProperty({ example: 'limit', description: 'The input at fault: a parameter, a body field (a.b.0.c), a header, `body` or `url`' })
  field!: string;
  @ApiProperty({ type: [String], example: ['limit must be from 1 to 1000'] })
  messages!: string[];
}

/** RFC 9457 problem details, the body of every error (docs/api.md). */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'about:blank' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ example: 'limit must be from 1 to 1000' }) detail!: string;
  @ApiProperty({ example: '/events?limit=0', description: 'The request answered' }) instance!: string;
  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description: 'On every 4xx: one item per input at fault, empty when no single input is',
  })
  errors?: readonly FieldErrorDto[];
  @ApiPropertyOptional({ description: 'A stable code: a parse error (422), a version conflict (409)', example: 'MALFORMED_LINE' })
  code?: string;
  @ApiPropertyOptional({ description: 'On a 422 of POST /documents: why the text cannot be read', example: 'MALFORMED_LINE' })
  parseError?: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'On a 422 of POST /documents: the line at fault, from 1; null when it is on none' })
  line?: number | null;
}

const DEFAULT_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'A parameter, header or body field is malformed; `errors` names it',
  401: 'Missing or wrong bearer token (WWW-Authenticate: Bearer); the body is never read',
  404: 'No such resource (at the clocks asked)',
  409: 'A write conflicted with another',
  413: 'Body over 1 MiB',
  415: 'Body not application/json (never read)',
  422: 'The body is well-formed but cannot be used',
  503: 'The database is unavailable, or the service is not ready; Retry-After says when to try again',
};

/**
 * Declares error answers as problem+json bodies, each with the ProblemDetails schema, so a
 * generated client types them. `statuses` maps a status to its own description where the
 * default above is not precise enough.
 */
export function ApiProblems(...statuses: (number | readonly [number, string])[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((entry) => {
      const [status, description] = typeof entry === 'number' ? [entry, DEFAULT_DESCRIPTIONS[entry] ?? 'Error'] : entry;
      return ApiResponse({
        status,
        description,
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
        ...(status === 503 ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
      });
    }),
  );
}
