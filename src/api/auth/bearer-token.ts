import { createHash, timingSafeEqual } from 'node:crypto';

export const BEARER_TOKEN_REQUIRED = 'A valid "Authorization: Bearer <token>" header is required for writes';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Checks `Authorization` headers against the API token; without a token every header fails. */
export function bearerTokenCheck(apiToken: string | null): (authorization: string | undefined) => boolean {
  const expected = apiToken === null ? null : digest(apiToken);
  return (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    // Comparing digests keeps the comparison constant-time whatever the token's length.
    return expected !== null && !!match?.[1] && timingSafeEqual(digest(match[1]), expected);
  };
}
