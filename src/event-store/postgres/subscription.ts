import {
  LOG_START,
  type LogCursor,
  type ReadAllPage,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port.js';
import { Wakeup } from './wakeup.js';

export interface SubscriptionSource<E = StoredEvent> {
  readPage(after: LogCursor, limit: number, types?: ReadonlySet<string>): Promise<ReadAllPage<E>>;
  /** Rows after the cursor exist, readable or still behind an open transaction. */
  hasUnreadAfter(after: LogCursor): Promise<boolean>;
  listen(waker: () => void): Promise<void>;
  unlisten(waker: () => void): Promise<void>;
}

export interface SubscriptionDefaults {
  readonly batchSize: number;
  readonly pollIntervalMs: number;
}

// While rows after the cursor exist but the read found none (an open transaction hides them),
// re-read soon rather than after a full poll interval: its commit may never be notified (it
// need not be an append).
const HELD_BACK_FIRST_RETRY_MS = 5;
const HELD_BACK_LAST_RETRY_MS = 250;

/**
 * Catch-up then live: reads pages after the cursor until the log is exhausted, then waits for a
 * notification (or the poll interval) and reads again. The cursor moves only after the handler
 * resolved, so a batch is delivered again after a crash rather than lost. A handler error ends
 * the subscription; a read error is reported and retried after the poll interval.
 */
export function startSubscription<E>(
  source: SubscriptionSource<E>,
  options: SubscribeOptions<E>,
  defaults: SubscriptionDefaults,
): Subscription {
  const batchSize = options.batchSize ?? defaults.batchSize;
  const pollIntervalMs = options.pollIntervalMs ?? defaults.pollIntervalMs;
  const report = options.onError ?? reportToConsole;
  const wakeup = new Wakeup();
  const waker = (): void => wakeup.signal();
  let cursor = options.after ?? LOG_START;
  let stopped = false;

  async function run(): Promise<void> {
    await source.listen(waker).catch(report);
    let heldBackRetryMs = HELD_BACK_FIRST_RETRY_MS;
    try {
      while (!stopped) {
        wakeup.clear();
        let page: ReadAllPage<E>;
        try {
          page = await source.readPage(cursor, batchSize, options.types);
        } catch (error) {
          report(error);
          await wakeup.wait(pollIntervalMs);
          continue;
        }
        if (stopped) break;
        if (page.scanned > 0) {
          try {
            await options.handler(page.events, page.next);
          } catch (error) {
            report(error);
            break;
          }
          cursor = page.next;
          heldBackRetryMs = HELD_BACK_FIRST_RETRY_MS;
          continue;
        }
        if (await source.hasUnreadAfter(cursor).catch((error: unknown) => (report(error), false))) {
          await wakeup.wait(heldBackRetryMs);
          heldBackRetryMs = Math.min(heldBackRetryMs * 2, HELD_BACK_LAST_RETRY_MS, pollIntervalMs);
        } else {
          await wakeup.wait(pollIntervalMs);
        }
      }
    } finally {
      await source.unlisten(waker).catch(report);
    }
  }

  const done = run();
  return {
    done,
    stop() {
      stopped = true;
      wakeup.signal();
      return done;
    },
  };
}

function reportToConsole(error: unknown): void {
  console.error('Event store subscription:', error);
}
