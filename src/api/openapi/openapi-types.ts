import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPIObject } from '@nestjs/swagger';

/** Where `npm run openapi:types` writes the client's types, and the test compares them. */
export const OPENAPI_TYPES_FILE = 'client/newsledger-api.d.ts';

const HEADER =
  '/**\n * Generated from the service\'s OpenAPI description by `npm run openapi:types` (openapi-typescript).\n' +
  ' * Do not edit: a test fails when this file no longer matches the API.\n */\n\n';

/** The TypeScript types of the API, as openapi-typescript writes them for openapi-fetch. */
export async function openApiTypes(document: OpenAPIObject): Promise<string> {
  // A copy: openapi-typescript annotates the object it is given.
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
