/** Every environment variable the service reads; documented in the README's configuration table. */
export interface Settings {
  readonly port: number;
  readonly host: string;
  /** Null means: start the embedded PostgreSQL. */
  readonly databaseUrl: string | null;
  readonly databasePoolSize: number;
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  /** NEWSLEDGER_API_TOKEN; null means the one stored in the data directory (config/api-token.ts). */
  readonly apiToken: string | null;
  readonly kafkaBrokers: readonly string[] | null;
  readonly kafkaTopic: string;
  readonly kafkaPartitions: number;
  readonly seedOnStart: boolean;
  readonly logLevel: LogLevel;
  /** Concurrent GET /events/live clients; more are answered 503. */
  readonly sseMaxClients: number;
  /** NEWSLEDGER_READ_TOKEN: a token that opens the live feed and nothing else; null: none. */
  readonly readToken: string | null;
  /**
   * NEWSLEDGER_LIVE_PUBLIC: the live feed without a token (for the web page's browsers). By
   * default it is open like every other read, unless a read token is configured: then it needs one.
   */
  readonly livePublic: boolean;
  /** How long a live client may leave what it was sent unread before it is dropped. */
  readonly sseIdleTimeoutMs: number;
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A configuration value is wrong; the message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadSettings(env: Env = process.env): Settings {
  const token = secret(env, 'NEWSLEDGER_API_TOKEN');
  const readToken = secret(env, 'NEWSLEDGER_READ_TOKEN');
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: optional(env, 'HOST') ?? '0.0.0.0',
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    databasePoolSize: integer(env, 'NEWSLEDGER_DB_POOL_SIZE', 10, 1, 200),
    dataDir: optional(env, 'NEWSLEDGER_DATA_DIR') ?? '.data',
    embeddedPgPort: integer(env, 'NEWSLEDGER_EMBEDDED_PG_PORT', 54329, 1024, 65535),
    apiToken: token,
    kafkaBrokers: brokers(env, 'KAFKA_BROKERS'),
    kafkaTopic: topic(env, 'NEWSLEDGER_KAFKA_TOPIC', 'newsledger.events'),
    kafkaPartitions: integer(env, 'NEWSLEDGER_KAFKA_PARTITIONS', 3, 1, 1000),
    seedOnStart: boolean(env, 'NEWSLEDGER_SEED_ON_START', true),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'log'),
    sseMaxClients: integer(env, 'NEWSLEDGER_SSE_MAX_CLIENTS', 100, 1, 10_000),
    readToken,
    livePublic: boolean(env, 'NEWSLEDGER_LIVE_PUBLIC', readToken === null),
    sseIdleTimeoutMs: integer(env, 'NEWSLEDGER_SSE_IDLE_TIMEOUT_MS', 30_000, 100, 3_600_000),
  };
}

function secret(env: Env, name: string): string | null {
  const value = optional(env, name);
  if (value !== null && value.length < 16) throw new ConfigError(name, 'must be at least 16 characters long');
  return value;
}

function optional(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase() ?? null;
  if (raw === null) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function postgresUrl(env: Env, name: string): string | null {
  const raw = optional(env, name);
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      name,
      'is not a valid URL (expected postgres://user:password@host:port/database, with special characters in the user or password percent-encoded)',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (!url.hostname) throw new ConfigError(name, 'names no host (expected postgres://user:password@host:port/database)');
  return raw;
}

function brokers(env: Env, name: string): string[] | null {
  const raw = optional(env, name);
  if (raw === null) return null;
  const list = raw.split(',').map((b) => b.trim());
  for (const broker of list) {
    if (!/^[\w.\-[\]:]+:\d{1,5}$/.test(broker)) {
      throw new ConfigError(name, `must be a comma-separated list of host:port, got "${broker}"`);
    }
  }
  return list;
}

function topic(env: Env, name: string, fallback: string): string {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!/^[\w.-]{1,249}$/.test(raw)) {
    throw new ConfigError(name, `must be a Kafka topic name (letters, digits, . _ -), got "${raw}"`);
  }
  return raw;
}
