import { BadRequestException, type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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
  const openApi = new DocumentBuilder()
    .setTitle('Newsledger')
    .setDescription(
      'An append-only ledger of what the news reported. Reads accept validAt (the world on a date) and knownAt (what had been reported by a time).',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'docs-json' });
  return app;
}

function flatten(errors: readonly ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
