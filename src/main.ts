import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp } from './api/http-app.js';
import { AppModule } from './app.module.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './config/embedded-postgres.js';
import { loadSettings, type Settings } from './config/settings.js';

async function bootstrap(): Promise<void> {
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const logger = new Logger('Newsledger');

  let embedded: EmbeddedDatabase | null = null;
  if (!settings.databaseUrl) {
    logger.log(`No DATABASE_URL: starting embedded PostgreSQL in ${settings.dataDir} on port ${settings.embeddedPgPort}`);
    embedded = await startEmbeddedPostgres({ dataDir: settings.dataDir, port: settings.embeddedPgPort });
  }
  // Runs after the pool has closed on SIGTERM/SIGINT, and on a failed boot.
  const stopEmbedded = async () => {
    const db = embedded;
    embedded = null;
    await db?.stop();
  };

  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(settings, { url: settings.databaseUrl ?? embedded!.url, onShutdown: stopEmbedded }),
      { logger: [...levelsUpTo(settings.logLevel)] },
    );
    configureHttpApp(app);
    await app.listen(settings.port, settings.host);
    if (settings.apiTokenGenerated) {
      logger.log(`No NEWSLEDGER_API_TOKEN set; generated one for this run: ${settings.apiToken}`);
    }
    logger.log(`Listening on http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${settings.port} (API docs at /docs)`);
  } catch (error) {
    logger.error((error as Error).message);
    await stopEmbedded();
    process.exit(1);
  }
}

function levelsUpTo(level: Settings['logLevel']) {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}

void bootstrap();
