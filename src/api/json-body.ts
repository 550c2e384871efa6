import express, { type RequestHandler } from 'express';
import { problem, sendProblem } from './problem-details.filter.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Deeper JSON is refused before it is parsed: validation and transformation recurse per level. */
export const MAX_JSON_DEPTH = 32;
export const JSON_TYPES = ['application/json', 'application/*+json'];

/** A client error whose message may be shown: it names a rule, never echoes the body. */
class BodyRejected extends Error {
  readonly status = 400;
}

/** Nesting depth of a JSON text, in one pass: brackets inside strings do not count. */
export function jsonDepth(text: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return deepest;
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Text the ledger could not store faithfully: PostgreSQL refuses NUL, UTF-8 has no lone surrogates. */
export const isStorableText = (text: string): boolean => text.isWellFormed() && !text.includes('\0');

function screen(this: unknown, key: string, value: unknown): unknown {
  if (PROTOTYPE_KEYS.has(key)) throw new BodyRejected(`The key "${key}" is not allowed`);
  if (!isStorableText(key) || (typeof value === 'string' && !isStorableText(value))) {
    throw new BodyRejected(`The body contains ${key ? `in "${key}" ` : ''}a NUL character or a lone UTF-16 surrogate`);
  }
  return value;
}

/**
 * express.json with every limit of the API edge: size, nesting depth, prototype keys, and
 * strings PostgreSQL can store. Its errors are answered here as problem+json, since they
 * happen before Nest's exception filter is in play.
 */
export function jsonBodyParser(): RequestHandler {
  const parse = express.json({
    limit: MAX_BODY_BYTES,
    type: JSON_TYPES,
    reviver: screen,
    verify: (_request, _response, buffer) => {
      if (jsonDepth(buffer) > MAX_JSON_DEPTH) throw new BodyRejected(`The body is nested more than ${MAX_JSON_DEPTH} levels deep`);
    },
  });
  return (request, response, next) =>
    parse(request, response, (error?: unknown) => {
      if (!error) return next();
      const instance = request.originalUrl;
      if (error instanceof BodyRejected) return sendProblem(response, problem(400, error.message, instance, 'body'));
      const status = (error as { status?: number }).status ?? 400;
      const detail =
        status === 413
          ? `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`
          : status === 415
            ? 'The body must be UTF-8 JSON'
            : 'The body is not valid JSON';
      sendProblem(response, problem(status, detail, instance, 'body'));
    });
}
