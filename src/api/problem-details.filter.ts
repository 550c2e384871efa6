import { type ArgumentsHost, BadRequestException, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../config/database-unavailable.js';
import { DomainError } from '../domain/shared/domain-error.js';
import { EventIdConflictError, WrongExpectedVersionError } from '../event-store/event-store.port.js';

export interface FieldErrors {
  readonly field: string;
  readonly messages: string[];
}

/**
 * RFC 9457 problem details; every error the API returns has this shape. Every 4xx carries
 * `errors` (docs/api.md): one item per input at fault, empty when no single input is.
 */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly errors?: readonly FieldErrors[];
  readonly [extension: string]: unknown;
}

/** A 400 naming the one input at fault: the query parameter, path parameter or header. */
export function invalidInput(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, errors: [{ field, messages: [message] }] });
}

/** Domain error codes to HTTP statuses, in one place. Unlisted codes are 422. */
const DOMAIN_STATUS: Readonly<Record<string, number>> = {
  NOT_FOUND: HttpStatus.NOT_FOUND,
  PARSE_ERROR: HttpStatus.UNPROCESSABLE_ENTITY,
  SEED_QUOTE_MISMATCH: HttpStatus.UNPROCESSABLE_ENTITY,
};

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const problem = this.toProblem(exception, request.originalUrl ?? request.url);
    if (problem.status === HttpStatus.SERVICE_UNAVAILABLE) this.logger.warn(`${request.method} ${problem.instance}: ${String(exception)}`);
    else if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    sendProblem(response, problem);
  }

  private toProblem(exception: unknown, instance: string): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const payload = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const message = payload.message ?? body;
      return {
        ...problem(status, Array.isArray(message) ? 'The request is invalid' : String(message), instance),
        ...(Array.isArray(payload.errors) ? { errors: payload.errors as ProblemDetails['errors'] } : {}),
      };
    }
    if (exception instanceof WrongExpectedVersionError) {
      return { ...problem(HttpStatus.CONFLICT, exception.message, instance), code: exception.code };
    }
    if (exception instanceof EventIdConflictError) {
      return { ...problem(HttpStatus.CONFLICT, exception.message, instance), code: exception.code };
    }
    if (exception instanceof DomainError) return domainProblem(exception, instance);
    // body-parser's errors (too large, malformed JSON) carry their own 4xx status.
    const status = (exception as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) return problem(status, (exception as Error).message, instance);
    if (isDatabaseUnavailable(exception)) {
      return problem(HttpStatus.SERVICE_UNAVAILABLE, 'The database is unavailable; retry shortly', instance);
    }
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, 'An unexpected error occurred', instance);
  }
}

/** The problem a broken domain rule is answered with, alone or as one item of a batch. */
export function domainProblem(
  error: { readonly code: string; readonly message: string; readonly details: Readonly<Record<string, unknown>> },
  instance: string,
): ProblemDetails {
  const status = DOMAIN_STATUS[error.code] ?? HttpStatus.UNPROCESSABLE_ENTITY;
  return { ...problem(status, error.message, instance), code: error.code, ...error.details };
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** `field` names the input at fault (a parameter, a header, `body`) for a 4xx that has one. */
export function problem(status: number, detail: string, instance: string, field?: string): ProblemDetails {
  const base = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, instance };
  if (status < 400 || status >= 500) return base;
  return { ...base, errors: field === undefined ? [] : [{ field, messages: [detail] }] };
}

/** Seconds a client is asked to wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5;

/** Answers with `problem`; also used by the middleware that runs before Nest's filters can. */
export function sendProblem(response: Response, details: ProblemDetails): void {
  // A handler that knows better (a read waiting for its projection) has set its own.
  if (details.status === HttpStatus.SERVICE_UNAVAILABLE && !response.hasHeader('Retry-After')) {
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  }
  response.status(details.status).type('application/problem+json').send(JSON.stringify(details));
}
