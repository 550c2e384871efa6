import { BadRequestException, type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { ValidationError } from 'class-validator';
import helmet from 'helmet';
import type { Server } from 'node:http';
import type { Settings } from '../config/settings.js';
import { SETTINGS } from '../config/settings.tokens.js';
import { jsonBodyParser } from './json-body.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { answerClientErrorsAsProblems, authenticateWrites, rejectUnreadableUrls, requireJsonBodies } from './request-screening.js';

/**
 * Everything HTTP-wide, applied identically by main.ts and the end-to-end tests, so the
 * tests exercise the same pipes, limits and error shapes users get.
 */
export function configureHttpApp(app: NestExpressApplication): INestApplication {
  const settings = app.get<Settings>(SETTINGS);
  // In this order: nothing unauthenticated, unreadable or not JSON gets its body read.
  app.use(helmet());
  app.use(rejectUnreadableUrls);
  app.use(authenticateWrites(settings.apiToken));
  app.use(requireJsonBodies);
  app.use(jsonBodyParser());
  answerClientErrorsAsProblems(app.getHttpServer() as Server);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) =>
        new BadRequestException({ message: 'The request is invalid', errors: flatten(errors) }),
    }),
  );
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}

/**
 * The OpenAPI description served at /docs-json and written by `npm run openapi:types`. It
 * needs the controllers only, not a database: the script builds it from an app in preview mode.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Newsledger')
    .setDescription(
      'An append-only ledger of what the news reported. Reads accept validAt (the world on a date) and knownAt (what had been reported by a time). ' +
        'Every list is { items, next }, positions are decimal strings and every error is application/problem+json (docs/api.md).',
    )
    .setVersion('0.1.0')
    // The write token is an opaque random string, not a JWT: no bearerFormat.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: undefined, description: 'The write token: `npm run token`' })
    .build();
  return SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
}

function flatten(errors: readonly ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // Rules that fail for one reason share their message ("from must be a version number" for IsInt and Min): say it once.
    const own = error.constraints ? [{ field, messages: [...new Set(Object.values(error.constraints))] }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
