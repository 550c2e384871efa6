import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiNotModifiedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { JsonBody } from '../projections/read-query/json-body.js';

/**
 * Sends a ready JsonBody, or 304 Not Modified when the client's If-None-Match already names
 * it. Bypasses express's res.send, which would copy and hash the body again on every request.
 */
export function sendJsonBody(request: Request, response: Response, body: JsonBody): void {
  response.setHeader('ETag', body.etag);
  // express's freshness check: If-None-Match against the ETag just set (GET and HEAD only).
  if (request.fresh) {
    response.status(304).end();
    return;
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', body.bytes.length);
  response.end(body.bytes);
}

/** OpenAPI for an endpoint answering with sendJsonBody. */
export const ConditionalGet = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'The ETag of an earlier answer: 304 without a body while the answer is still the same',
    }),
    ApiNotModifiedResponse({ description: 'The answer is the one whose ETag was sent in If-None-Match' }),
  );
