import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { ExpressHttpAdapter } from '../api/express-http-adapter.js';
import { createOpenApiDocument } from '../api/http-app.js';
import { OPENAPI_TYPES_FILE, openApiTypes } from '../api/openapi/openapi-types.js';
import { AppModule } from '../app.module.js';
import { loadSettings } from '../config/settings.js';
import { runCli } from './run-cli.js';

/**
 * `npm run openapi:types`: regenerates client/newsledger-api.d.ts from the controllers. Preview
 * mode builds the module graph without instantiating a provider, so no database is needed.
 */
await runCli('openapi:types', async ({ log }) => {
  const app = await NestFactory.create(AppModule.forRoot(loadSettings({}), { url: 'postgres://unused' }), new ExpressHttpAdapter(), {
    preview: true,
    logger: false,
  });
  await writeFile(OPENAPI_TYPES_FILE, await openApiTypes(createOpenApiDocument(app)));
  log(`Wrote ${OPENAPI_TYPES_FILE}`);
});
