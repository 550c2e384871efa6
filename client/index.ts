import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './newsledger-api.js';

export type { components, paths } from './newsledger-api.js';

/**
 * A typed client of the Newsledger API: paths, parameters, bodies and answers (error
 * answers included) are checked by TypeScript against the OpenAPI description the types were
 * generated from (`npm run openapi:types`). Pass `token` for writes.
 */
export function createNewsledgerClient(baseUrl: string, token?: string): Client<paths, JsonMedia> {
  return createClient<paths, JsonMedia>({ baseUrl, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

/** The answers this client reads: JSON and problem+json. The CSV and NDJSON exports are for downloads. */
type JsonMedia = 'application/json' | 'application/problem+json';
