import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './newsledger-api.js';

export type { components, paths } from './newsledger-api.js';

/**
 * A typed client of the Newsledger API: paths, parameters, bodies and answers (error
 * answers included) are checked by TypeScript against the OpenAPI description the types were
 * generated from (`npm run openapi:types`). Pass `token` for writes.
 */
export function createNewsledgerClient(baseUrl: string, token?: string): Client<paths> {
  return createClient<paths>({ baseUrl, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}
