import type { DependencyHealth } from './dependency-health.js';
import { createKafka } from './kafka-client.js';

/**
 * Asks the broker for its cluster description with a fresh, short-lived admin client, so the
 * answer reflects the broker now rather than a connection the relay may still be retrying.
 */
export class KafkaHealth implements DependencyHealth {
  readonly name = 'kafka';

  constructor(
    private readonly brokers: readonly string[],
    private readonly timeoutMs = 1500,
  ) {}

  async check(): Promise<{ up: boolean; error?: string }> {
    const admin = createKafka(this.brokers, 'newsledger-health', {
      connectionTimeout: this.timeoutMs,
      requestTimeout: this.timeoutMs,
      retry: { retries: 0 },
    }).admin();
    try {
      await admin.connect();
      await admin.describeCluster();
      return { up: true };
    } catch (error) {
      return { up: false, error: `${(error as Error).name}: ${(error as Error).message}` };
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
