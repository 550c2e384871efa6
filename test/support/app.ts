import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { ExpressHttpAdapter } from '../../src/api/express-http-adapter.js';
import { configureHttpApp } from '../../src/api/http-app.js';
import { AppModule } from '../../src/app.module.js';
import { loadSettings, type Settings } from '../../src/config/settings.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly http: TestAgent;
  readonly db: TestDatabase;
  readonly settings: Settings;
  /** `Authorization` header value that writes need. */
  readonly auth: string;
  close(): Promise<void>;
}

/**
 * Boots the whole service, exactly as main.ts configures it, against a fresh database (or
 * `database`, dropped on close). `env` overrides settings (e.g. NEWSLEDGER_SEED_ON_START=true, KAFKA_BROKERS).
 */
export async function createTestApp(env: Record<string, string> = {}, database?: TestDatabase): Promise<TestApp> {
  const db = database ?? (await createTestDatabase(2));
  const settings = loadSettings({
    NEWSLEDGER_API_TOKEN: TEST_TOKEN,
    NEWSLEDGER_SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(settings, { url: db.url })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>(new ExpressHttpAdapter(), { logger: ['error', 'warn'] });
  configureHttpApp(app);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    settings,
    auth: `Bearer ${TEST_TOKEN}`,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
