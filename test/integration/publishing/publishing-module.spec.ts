import { type DynamicModule, type INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { HealthModule } from '../../../src/api/health/health.module.js';
import { PG_POOL } from '../../../src/config/database.tokens.js';
import { loadSettings } from '../../../src/config/settings.js';
import { SETTINGS } from '../../../src/config/settings.tokens.js';
import { EVENT_STORE } from '../../../src/event-store/index.js';
import { PublishingModule } from '../../../src/publishing/publishing.module.js';
import { describeWithKafka, kafkaBrokers } from '../../support/kafka.js';
import { createLedger, type Ledger, newEvents, readLog, uniqueTopic, waitFor } from './fixture.js';

const TIMEOUT_MS = 120_000;

/** What the application's own modules provide globally: settings, the pool and the store. */
@Module({})
class Infrastructure {
  static with(ledger: Ledger, env: Record<string, string>): DynamicModule {
    const providers = [
      { provide: SETTINGS, useValue: loadSettings(env) },
      { provide: PG_POOL, useValue: ledger.db.pool },
      { provide: EVENT_STORE, useValue: ledger.store },
    ];
    return { module: Infrastructure, global: true, providers, exports: providers.map((p) => p.provide) };
  }
}

async function startApp(ledger: Ledger, env: Record<string, string>): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [Infrastructure.with(ledger, env), PublishingModule, HealthModule],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('PublishingModule without Kafka', () => {
  let ledger: Ledger;
  let app: INestApplication | undefined;

  beforeEach(async () => {
    ledger = await createLedger();
  });

  afterEach(async () => {
    await app?.close();
    await ledger.db.drop();
  });

  it('given no KAFKA_BROKERS, when asked, then publishing is disabled and /health does not report Kafka', async () => {
    app = await startApp(ledger, {});
    await request(app.getHttpServer()).get('/publishing').expect(200, { enabled: false });
    const health = await request(app.getHttpServer()).get('/health').expect(200);
    expect(Object.keys(health.body.details)).toEqual(['database']);
  }, TIMEOUT_MS);

  it('given a broker nobody answers on, when the app starts, then it starts at once, keeps appending and reports Kafka down', async () => {
    const started = performance.now();
    app = await startApp(ledger, { KAFKA_BROKERS: '127.0.0.1:1' });
    expect(performance.now() - started).toBeLessThan(3000);
    await ledger.store.append('story-no-kafka', newEvents(7));

    await waitFor('the relay to fail, with the appended events readable', async () => {
      const { body } = await request(app!.getHttpServer()).get('/publishing');
      return body.state === 'retrying' && body.headPosition === '7';
    });
    const { body } = await request(app.getHttpServer()).get('/publishing').expect(200);
    expect(body).toMatchObject({ enabled: true, topic: 'newsledger.events', checkpoint: null, headPosition: '7', lagEvents: 7 });
    expect(body.lastError.message).toMatch(/ECONNREFUSED|Connection/);
    const health = await request(app.getHttpServer()).get('/health').expect(503);
    expect(health.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(health.body.checks.kafka).toEqual({ status: 'down', message: 'unreachable', responseTime: expect.any(Number) });
  }, TIMEOUT_MS);
});

describeWithKafka('PublishingModule with Kafka', () => {
  const brokers = kafkaBrokers() ?? [];
  let ledger: Ledger;
  let app: INestApplication | undefined;

  beforeEach(async () => {
    ledger = await createLedger();
  });

  afterEach(async () => {
    await app?.close();
    await ledger.db.drop();
  });

  it('given KAFKA_BROKERS, when events are appended, then GET /publishing shows the checkpoint at the head and no lag', async () => {
    app = await startApp(ledger, { KAFKA_BROKERS: brokers.join(','), NEWSLEDGER_KAFKA_TOPIC: uniqueTopic() });
    await ledger.store.append('story-module', newEvents(25));
    const last = (await readLog(ledger.store, 25)).at(-1)!;

    await waitFor('the checkpoint to reach the head', async () => {
      const { body } = await request(app!.getHttpServer()).get('/publishing');
      return body.checkpoint?.globalPosition === last.globalPosition.toString();
    });
    const { body } = await request(app.getHttpServer()).get('/publishing').expect(200);
    expect(body).toMatchObject({
      enabled: true,
      state: 'publishing',
      checkpoint: { globalPosition: last.globalPosition.toString(), transactionId: last.transactionId.toString() },
      headPosition: last.globalPosition.toString(),
      lagEvents: 0,
      publishedSinceStart: 25,
      failedAttempts: 0,
      lastError: null,
    });
    const health = await request(app.getHttpServer()).get('/health').expect(200);
    expect(health.body.details.kafka).toMatchObject({ status: 'up' });
  }, TIMEOUT_MS);
});
