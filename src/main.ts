import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ExpressHttpAdapter } from './api/express-http-adapter.js';
import { configureHttpApp } from './api/http-app.js';
import { AppModule } from './app.module.js';
import { type ApiToken, resolveApiToken } from './config/api-token.js';
import { type DatabaseConnection, openDatabase } from './config/database-connection.js';
import { acquireInstanceLock, type InstanceLock } from './config/instance-lock.js';
import { loadSettings, type Settings } from './config/settings.js';
import { assertPortFree, describeListenError, oneLine } from './config/startup-errors.js';
import { createLogger } from './observability/logging.js';

/** Start-up failures are one plain line on stderr, naming what to change, and a non-zero exit. */
function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function bootstrap(): Promise<void> {
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (error) {
    fail((error as Error).message, 2);
  }
  const logger = createLogger(settings.logLevel);

  let lock: InstanceLock;
  let token: ApiToken;
  let database: DatabaseConnection;
  try {
    lock = await acquireInstanceLock(settings.dataDir);
    await assertPortFree(settings.port, settings.host);
    token = await resolveApiToken(settings);
    database = await openDatabase(settings, (line) => logger.info(line));
  } catch (error) {
    fail(oneLine(error));
  }

  try {
    const app = await NestFactory.create<NestExpressApplication>(
      // The pool closes first on SIGTERM/SIGINT, then the embedded server stops, then the lock goes.
      AppModule.forRoot(
        { ...settings, apiToken: token.value },
        { url: database.url, onShutdown: () => database.close().finally(() => lock.release()) },
      ),
      new ExpressHttpAdapter(),
      // abortOnError: false, so a failing module rejects here (one line) instead of aborting.
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(Logger));
    configureHttpApp(app);
    await app.listen(settings.port, settings.host).catch((error: unknown) => {
      throw new Error(describeListenError(error, settings));
    });
    const { port } = app.getHttpServer().address() as AddressInfo;
    await lock.setPort(port);
    logger.info(
      token.created
        ? `No NEWSLEDGER_API_TOKEN set; generated a write token and stored it in ${token.source}: ${token.value} (print it again with npm run token)`
        : `Writes need the bearer token from ${token.source} (print it with npm run token)`,
    );
    logger.info(`Listening on http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${port} (API docs at /docs)`);
  } catch (error) {
    await database.close().catch(() => undefined);
    fail(oneLine(error));
  }
}

void bootstrap();
