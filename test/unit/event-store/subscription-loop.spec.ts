import { LOG_START, type LogCursor, type ReadAllPage, type StoredEvent } from '../../../src/event-store/event-store.port.js';
import { startSubscription, type SubscriptionSource } from '../../../src/event-store/postgres/subscription.js';

const POLL_MS = 60_000;
const empty = (after: LogCursor): ReadAllPage => ({ events: [], next: after, scanned: 0 });

function sourceWith(pages: ReadAllPage[], unread: (after: LogCursor) => boolean): SubscriptionSource & { asked: LogCursor[] } {
  const asked: LogCursor[] = [];
  return {
    asked,
    readPage: async (after) => pages.shift() ?? empty(after),
    hasUnreadAfter: async (after) => (asked.push(after), unread(after)),
    listen: async () => undefined,
    unlisten: async () => undefined,
  };
}

const event = { eventId: 'e1', globalPosition: 7n, transactionId: 3n } as unknown as StoredEvent;
const page: ReadAllPage = { events: [event], next: { transactionId: 3n, globalPosition: 7n }, scanned: 1 };

describe('subscription loop', () => {
  it('given a read that found nothing while rows lie after the cursor, when the next read finds them, then they are delivered without waiting for the poll interval', async () => {
    const source = sourceWith([empty(LOG_START), page], () => true);
    const received: StoredEvent[] = [];
    const subscription = startSubscription(source, { handler: async (events) => void received.push(...events) }, { batchSize: 10, pollIntervalMs: POLL_MS });
    const deadline = Date.now() + 2_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await subscription.stop();
    expect(received).toEqual([event]);
    expect(source.asked[0]).toEqual(LOG_START);
  });

  it('given nothing after the cursor, when the read finds nothing, then it waits for a signal or the poll interval and asks at its own cursor', async () => {
    const source = sourceWith([page], () => false);
    const subscription = startSubscription(source, { handler: async () => undefined }, { batchSize: 10, pollIntervalMs: POLL_MS });
    await new Promise((r) => setTimeout(r, 100));
    await subscription.stop();
    expect(source.asked).toEqual([page.next]);
  });
});
