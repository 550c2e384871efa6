import { BadRequestException, type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { ValidationError } from 'class-validator';
import { ProblemDetailsFilter } from './problem-details.filter.js';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Everything HTTP-wide, applied identically by main.ts and the end-to-end tests, so the
 * tests exercise the same pipes, limits and error shapes users get.
 */
export function configureHttpApp(app: NestExpressApplication): INestApplication {
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
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
