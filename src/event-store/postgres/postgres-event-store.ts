import type pg from 'pg';
import {
  LOG_START,
  WrongExpectedVersionError,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type StreamAppend,
} from '../event-store.port.js';
import {
  isRetryableAppendError,
  isTakenEventId,
  takenStreamVersionOf,
  toAppendError,
} from './append-errors.js';
import { AppendNotifier } from './append-notifier.js';
import { appendResults, appendStatement, plainAppendResult, plainAppendStatement } from './append-statement.js';
import { validateAppends } from './append-validation.js';
import { isLogHeldBack, readCursorAt, readHeadPosition, readLogPage } from './global-log.js';
import { NotificationListener } from './notification-listener.js';
import { readStreamEvents, readStreamIdsStartingWith, readStreamVersion } from './streams.js';
import { startSubscription } from './subscription.js';

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
// Each failed attempt means another append to the stream committed, so attempts run out only
// on a stream written faster than this one can read it.
const COMPLETE_APPEND_ATTEMPTS = 10;

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

  async function appendAll(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    validateAppends(appends);
    const results = await write(appends);
    if (results.some((result) => result.written)) notifier.appended();
    return results;
  }

  async function write(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const [single] = appends;
    if (appends.length !== 1 || !single || single.events.length === 0) return writeComplete(appends, false);
    try {
      const { rows } = await pool.query(plainAppendStatement(single));
      return [plainAppendResult(rows)];
    } catch (error) {
      if (!isRetryableAppendError(error)) throw error;
      return writeComplete(appends, isTakenEventId(error));
    }
  }

  async function writeComplete(appends: readonly StreamAppend[], resendCheck: boolean): Promise<AppendResult[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await pool.query(appendStatement(appends, resendCheck));
        return appendResults(rows, appends.length);
      } catch (error) {
        if (attempt < COMPLETE_APPEND_ATTEMPTS && isRetryableAppendError(error)) {
          resendCheck ||= isTakenEventId(error);
          continue;
        }
        throw await settledError(error, appends);
      }
    }
  }

  // Out of attempts while others kept taking the stream's next version: report the version
  // they left, as any conflict does.
  async function settledError(error: unknown, appends: readonly StreamAppend[]): Promise<unknown> {
    const streamId = takenStreamVersionOf(error);
    const append = appends.find((candidate) => candidate.streamId === streamId);
    if (!append) return toAppendError(error, appends);
    return new WrongExpectedVersionError(
      append.streamId,
      append.expectedVersion ?? 'any',
      await readStreamVersion(pool, append.streamId),
    );
  }

  return {
    async append(streamId: string, events: readonly NewEvent[], appendOptions: AppendOptions = {}) {
      const [result] = await appendAll([{ streamId, events, expectedVersion: appendOptions.expectedVersion }]);
      return result!;
    },
    appendMany: appendAll,
    readStream: (streamId, readOptions) => readStreamEvents(pool, streamId, readOptions),
    streamVersion: (streamId) => readStreamVersion(pool, streamId),
    streamIdsStartingWith: (prefix, limit = 1000) => readStreamIdsStartingWith(pool, prefix, limit),
    readAll: (readOptions = {}) =>
      readLogPage(pool, readOptions.after ?? LOG_START, readOptions.limit ?? batchSize),
    cursorAt: (position) => readCursorAt(pool, position),
    headPosition: () => readHeadPosition(pool),
    subscribe: (subscribeOptions) =>
      startSubscription(
        {
          readPage: (after, limit) => readLogPage(pool, after, limit),
          isHeldBack: () => isLogHeldBack(pool),
          listen: (waker) => listener.add(waker),
          unlisten: (waker) => listener.remove(waker),
        },
        subscribeOptions,
        { batchSize, pollIntervalMs },
      ),
  };
}
