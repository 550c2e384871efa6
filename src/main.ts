import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ExpressHttpAdapter } from './api/express-http-adapter.js';
import { configureHttpApp } from './api/http-app.js';
import { AppModule } from './app.module.js';
import { type DatabaseConnection, openDatabase } from './config/database-connection.js';
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

  let database: DatabaseConnection;
  try {
    database = await openDatabase(settings, (line) => logger.log(line));
  } catch (error) {
    logger.error((error as Error).message);
    process.exit(1);
  }

  try {
    const app = await NestFactory.create<NestExpressApplication>(
      // The pool closes first on SIGTERM/SIGINT, then the embedded server stops.
      AppModule.forRoot(settings, { url: database.url, onShutdown: () => database.close() }),
      new ExpressHttpAdapter(),
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
    await database.close();
    process.exit(1);
  }
}

function levelsUpTo(level: Settings['logLevel']) {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}

void bootstrap();
