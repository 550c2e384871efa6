import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from '../../config/database-pool.js';

/**
 * Readiness asks the database on a connection of its own, outside the pool: a pool busy with
 * requests (or waiting on a slow one) says nothing about whether the database is up, and the
 * probe must not queue behind it. One connection, reused; concurrent probes share one query.
 */
export class DatabaseProbe {
  private client: pg.Client | null = null;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly connectionString: string) {}

  check(): Promise<void> {
    this.inFlight ??= this.query().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async query(): Promise<void> {
    const client = this.client ?? (await this.connect());
    try {
      await client.query('select 1');
    } catch (error) {
      if (this.client === client) await this.close();
      throw error;
    }
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // A lost connection is found by the next probe's query; the event must not crash the process.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }
}
