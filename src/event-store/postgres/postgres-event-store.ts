import type pg from 'pg';
import { LOG_START, type AppendOptions, type EventStore, type NewEvent } from '../event-store.port.js';
import { AppendNotifier } from './append-notifier.js';
import { createAppender } from './appender.js';
import { hasUnreadAfter, readCursorAt, readHeadPosition, readLogPage, readLogPageAs } from './global-log.js';
import { JSON_TEXT_EVENTS } from './stored-event-row.js';
import { NotificationListener } from './notification-listener.js';
import {
  readExistingStreams,
  readStreamEvents,
  readStreamHeads,
  readStreamIdsStartingWith,
  readStreamIdsStartingWithAny,
  readStreams,
  readStreamVersion,
} from './streams.js';
import { startSubscription, type SubscriptionSource } from './subscription.js';

export interface PostgresEventStoreOptions {
  /** NOTIFY channel raised after appends that write; subscriptions LISTEN on it. */
  readonly notifyChannel?: string;
  /** Least time between two NOTIFYs of this store (ms); appends in between share one. */
  readonly notifyIntervalMs?: number;
  /** Subscription poll interval when no notification arrives (ms). */
  readonly pollIntervalMs?: number;
  /** Default page size of readAll and of subscription batches. */
  readonly batchSize?: number;
  /** Where LISTEN/NOTIFY trouble is reported (subscriptions poll meanwhile, and it reconnects). */
  readonly onNotifyError?: (error: unknown) => void;
}

export const DEFAULT_NOTIFY_CHANNEL = 'newsledger_events';
const DEFAULT_POLL_INTERVAL_MS = 1000;
const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_NOTIFY_INTERVAL_MS = 10;

/**
 * The event store on PostgreSQL. Needs the schema of `eventStoreMigrations` applied (see
 * migrations-runner.ts). Every method takes connections from `pool` for one statement; subscriptions
 * share one extra connection for LISTEN while any of them runs.
 */
export function createPostgresEventStore(pool: pg.Pool, options: PostgresEventStoreOptions = {}): EventStore {
  const notifyChannel = options.notifyChannel ?? DEFAULT_NOTIFY_CHANNEL;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const reportNotifyError =
    options.onNotifyError ?? ((error: unknown) => console.error('Event store LISTEN/NOTIFY:', error));
  const listener = new NotificationListener(pool, notifyChannel, pollIntervalMs, reportNotifyError);
  const notifier = new AppendNotifier(
    pool,
    notifyChannel,
    options.notifyIntervalMs ?? DEFAULT_NOTIFY_INTERVAL_MS,
    listener.wakeAll,
    reportNotifyError,
  );

  const appendAll = createAppender(pool, () => notifier.appended());
  const subscriptionSource = <E>(readPage: SubscriptionSource<E>['readPage']): SubscriptionSource<E> => ({
    readPage,
    hasUnreadAfter: (after) => hasUnreadAfter(pool, after),
    listen: (waker) => listener.add(waker),
    unlisten: (waker) => listener.remove(waker),
  });

  return {
    async append(streamId: string, events: readonly NewEvent[], appendOptions: AppendOptions = {}) {
      const [result] = await appendAll([{ streamId, events, expectedVersion: appendOptions.expectedVersion }]);
      return result!;
    },
    appendMany: appendAll,
    readStream: (streamId, readOptions) => readStreamEvents(pool, streamId, readOptions),
    streamVersion: (streamId) => readStreamVersion(pool, streamId),
    streamIdsStartingWith: (prefix, limit = 1000) => readStreamIdsStartingWith(pool, prefix, limit),
    existingStreams: (streamIds) => readExistingStreams(pool, streamIds),
    readStreams: (streamIds) => readStreams(pool, streamIds),
    readStreamHeads: (streamIds) => readStreamHeads(pool, streamIds),
    streamIdsStartingWithAny: (prefixes, limit = 1000) => readStreamIdsStartingWithAny(pool, prefixes, limit),
    readAll: (readOptions = {}) =>
      readLogPage(pool, readOptions.after ?? LOG_START, readOptions.limit ?? batchSize, readOptions.types),
    cursorAt: (position) => readCursorAt(pool, position),
    headPosition: () => readHeadPosition(pool),
    subscribe: (subscribeOptions) =>
      startSubscription(subscriptionSource((after, limit, types) => readLogPage(pool, after, limit, types)), subscribeOptions, {
        batchSize,
        pollIntervalMs,
      }),
    subscribeJson: (subscribeOptions) =>
      startSubscription(
        subscriptionSource((after, limit, types) => readLogPageAs(pool, after, limit, types, JSON_TEXT_EVENTS)),
        subscribeOptions,
        { batchSize, pollIntervalMs },
      ),
  };
}
