import { loadSettings } from '../../../src/config/settings.js';

describe('settings from the environment', () => {
  it('given nothing set, when loaded, then the documented defaults, the token left to the data directory', () => {
    const s = loadSettings({});
    expect(s).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: null,
      dataDir: '.data',
      embeddedPgPort: 54329,
      kafkaBrokers: null,
      kafkaTopic: 'newsledger.events',
      kafkaPartitions: 3,
      seedOnStart: true,
      logLevel: 'log',
      apiToken: null,
      sseMaxClients: 100,
      readToken: null,
      livePublic: true,
      sseIdleTimeoutMs: 30_000,
    });
  });

  it('given a read token and no NEWSLEDGER_LIVE_PUBLIC, when loaded, then the live feed needs a token', () => {
    expect(loadSettings({ NEWSLEDGER_READ_TOKEN: 'another-long-secret-token' }).livePublic).toBe(false);
    expect(loadSettings({ NEWSLEDGER_READ_TOKEN: 'another-long-secret-token', NEWSLEDGER_LIVE_PUBLIC: 'true' }).livePublic).toBe(true);
    expect(loadSettings({ NEWSLEDGER_LIVE_PUBLIC: 'false' }).livePublic).toBe(false);
  });

  it('given every variable, when loaded, then each is read', () => {
    const s = loadSettings({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/news',
      KAFKA_BROKERS: 'k1:9092, k2:9093',
      NEWSLEDGER_API_TOKEN: 'a-long-enough-secret-token',
      NEWSLEDGER_SEED_ON_START: 'false',
      LOG_LEVEL: 'debug',
      NEWSLEDGER_SSE_MAX_CLIENTS: '5',
      NEWSLEDGER_READ_TOKEN: 'another-long-secret-token',
      NEWSLEDGER_LIVE_PUBLIC: 'true',
      NEWSLEDGER_SSE_IDLE_TIMEOUT_MS: '2500',
    });
    expect(s).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://u:p@db:5432/news',
      kafkaBrokers: ['k1:9092', 'k2:9093'],
      apiToken: 'a-long-enough-secret-token',
      seedOnStart: false,
      logLevel: 'debug',
      sseMaxClients: 5,
      readToken: 'another-long-secret-token',
      livePublic: true,
      sseIdleTimeoutMs: 2500,
    });
  });

  it.each([
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be a whole number from 0 to 65535, got "70000"'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'Invalid configuration: DATABASE_URL must start with postgres:// or postgresql://, got "mysql://"'],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ KAFKA_BROKERS: 'localhost' }, /KAFKA_BROKERS must be a comma-separated list of host:port, got "localhost"/],
    [{ NEWSLEDGER_API_TOKEN: 'short' }, /NEWSLEDGER_API_TOKEN must be at least 16 characters/],
    [{ NEWSLEDGER_READ_TOKEN: 'short' }, /NEWSLEDGER_READ_TOKEN must be at least 16 characters/],
    [{ NEWSLEDGER_SSE_IDLE_TIMEOUT_MS: '10' }, /NEWSLEDGER_SSE_IDLE_TIMEOUT_MS must be a whole number from 100 to 3600000/],
    [{ NEWSLEDGER_SEED_ON_START: 'maybe' }, /NEWSLEDGER_SEED_ON_START must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of error, warn, log, debug, verbose/],
    [{ NEWSLEDGER_KAFKA_TOPIC: 'bad topic' }, /NEWSLEDGER_KAFKA_TOPIC must be a Kafka topic name/],
  ])('given %j, when loaded, then one line naming the variable', (env, message) => {
    expect(() => loadSettings(env)).toThrow(message);
  });
});
