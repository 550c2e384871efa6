import { createHash } from 'node:crypto';

/**
 * A JSON answer ready to send as it is: its bytes and a strong entity tag over them. Cached
 * answers are kept in this form so that serving one again costs no serialization, no string
 * to bytes conversion and no hashing; a fresh buffer of a large body per request also made the
 * garbage collector run mark-compacts under load (see docs/benchmarks.md, bench:api).
 */
export interface JsonBody {
  readonly bytes: Buffer;
  readonly etag: string;
}

export function jsonBody(value: unknown): JsonBody {
  const bytes = Buffer.from(JSON.stringify(value));
  return { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url')}"` };
}
