import type pg from 'pg';

/**
 * One LISTEN connection shared by all subscriptions of a store: it is held while at least one
 * subscription runs and given back when the last one stops. Notifications only wake the
 * subscriptions early; they read the log themselves, so a lost connection costs latency (they
 * fall back to polling until it is re-established), never events.
 */
export class NotificationListener {
  private readonly wakers = new Set<() => void>();
  private client: pg.PoolClient | undefined;
  private transition: Promise<void> = Promise.resolve();
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly channel: string,
    private readonly reconnectDelayMs: number,
    private readonly reportError: (error: unknown) => void,
  ) {}

  add(waker: () => void): Promise<void> {
    this.wakers.add(waker);
    return this.serialize(() => this.connectIfNeeded());
  }

  remove(waker: () => void): Promise<void> {
    this.wakers.delete(waker);
    return this.serialize(() => this.disconnectIfUnused());
  }

  /** Wakes every subscription of this store, as a notification would. */
  readonly wakeAll = (): void => {
    for (const wake of this.wakers) wake();
  };

  private readonly onConnectionError = (error: Error): void => {
    const client = this.client;
    if (!client) return;
    this.client = undefined;
    this.detach(client);
    client.release(error);
    this.reportError(error);
    this.wakeAll();
    this.scheduleReconnect();
  };

  // Connect and disconnect never overlap, so a quick stop/start cannot leak a connection.
  private serialize(operation: () => Promise<void>): Promise<void> {
    const next = this.transition.then(operation);
    this.transition = next.catch(() => undefined);
    return next;
  }

  private async connectIfNeeded(): Promise<void> {
    if (this.client || this.wakers.size === 0) return;
    const client = await this.pool.connect();
    client.on('notification', this.wakeAll);
    client.on('error', this.onConnectionError);
    try {
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
    } catch (error) {
      this.detach(client);
      client.release(error instanceof Error ? error : true);
      throw error;
    }
    this.client = client;
  }

  private async disconnectIfUnused(): Promise<void> {
    if (this.wakers.size > 0) return;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    if (!client) return;
    this.client = undefined;
    try {
      await client.query('UNLISTEN *');
      this.detach(client);
      client.release();
    } catch (error) {
      this.detach(client);
      client.release(error instanceof Error ? error : true);
    }
  }

  private scheduleReconnect(): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.serialize(() => this.connectIfNeeded()).catch((error: unknown) => {
        this.reportError(error);
        this.scheduleReconnect();
      });
    }, this.reconnectDelayMs);
    this.reconnectTimer.unref();
  }

  private detach(client: pg.PoolClient): void {
    client.off('notification', this.wakeAll);
    client.off('error', this.onConnectionError);
  }
}
