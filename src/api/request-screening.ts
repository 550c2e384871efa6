import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RequestHandler } from 'express';
import { BEARER_TOKEN_REQUIRED, bearerTokenCheck } from './auth/bearer-token.js';
import { isStorableText, JSON_TYPES } from './json-body.js';
import { problem, sendProblem } from './problem-details.filter.js';

/*
 * Checks that run on every request before its body is read or Nest routes it. Their answers
 * are problem+json like every other error, sent directly: Nest's exception filter only sees
 * errors thrown inside its own handlers.
 */

/** Path and query must decode to text the ledger can store: no NUL, well-formed UTF-8. */
export const rejectUnreadableUrls: RequestHandler = (request, response, next) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(request.url);
  } catch {
    return sendProblem(response, problem(400, 'The URL is not valid percent-encoded UTF-8', request.originalUrl, 'url'));
  }
  if (!isStorableText(decoded)) {
    return sendProblem(response, problem(400, 'The URL contains a NUL character or a lone UTF-16 surrogate', request.originalUrl, 'url'));
  }
  next();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every write needs the API token, checked before a byte of its body is read. */
export function authenticateWrites(apiToken: string | null): RequestHandler {
  const matches = bearerTokenCheck(apiToken);
  return (request, response, next) => {
    if (SAFE_METHODS.has(request.method) || matches(request.headers.authorization)) return next();
    response.setHeader('WWW-Authenticate', 'Bearer');
    sendProblem(response, problem(401, BEARER_TOKEN_REQUIRED, request.originalUrl, 'Authorization'));
  };
}

/** Bodies are JSON only: anything else (a form, text, multipart) is refused unread. */
export const requireJsonBodies: RequestHandler = (request, response, next) => {
  const hasBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  if (!hasBody || request.is(JSON_TYPES)) return next();
  sendProblem(response, problem(415, 'Request bodies must be application/json', request.originalUrl, 'Content-Type'));
};

/**
 * Errors Node's HTTP parser finds before a request exists (headers over the limit, a
 * malformed request line), answered as problem+json instead of Node's bare status line.
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const detail =
      status === 431 ? 'The request headers are too large' : status === 408 ? 'The request took too long to arrive' : 'The request is malformed';
    const body = JSON.stringify(problem(status, detail, '', status === 431 ? 'headers' : status === 408 ? undefined : 'request'));
    socket.end(
      `HTTP/1.1 ${status} ${problem(status, '', '').title}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
