/**
 * The event store port. Everything outside src/event-store/postgres talks to the ledger
 * through these types only, so the domain, projections, the relay and the CLIs never
 * see SQL or pg.
 */

/** Where an append expects the stream to be. */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | bigint;

/** Metadata carried by every event: the known-time clock and the causal chain. */
export interface EventMetadata {
  readonly correlationId?: string;
  readonly causationId?: string;
  /** When the reporting became public (ISO 8601), if known. */
  readonly knownAt?: string | null;
  /** Where the event came from: a document id, 'seed', 'api', 'extractor@1.2.0', ... */
  readonly source?: string;
  readonly [key: string]: unknown;
}

/** An event as the domain hands it to the store. */
export interface NewEvent<TData = Record<string, unknown>> {
  /** UUID; deterministic ids make re-sending the same event a no-op. */
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: TData;
  readonly metadata?: EventMetadata;
}

/** The envelope of a stored event. */
export interface StoredEvent<TData = Record<string, unknown>> {
  readonly globalPosition: bigint;
  readonly transactionId: bigint;
  readonly streamId: string;
  readonly streamVersion: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: TData;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
}

/**
 * A stored event whose data and metadata are the JSON text they were stored as, never
 * parsed: for readers that only pass events on (the Kafka relay writes each as its envelope's
 * JSON), for which parsing every event was a third of the CPU spent reading the log.
 */
export type StoredEventJson = Omit<StoredEvent, 'data' | 'metadata'> & {
  readonly dataJson: string;
  readonly metadataJson: string;
};

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append (unchanged when everything was already there). */
  readonly nextExpectedVersion: bigint;
  /** Global positions of the appended events, in order; [] for an idempotent re-send. */
  readonly positions: readonly bigint[];
  /** False when every event id was already stored: nothing was written. */
  readonly written: boolean;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive stream version to start from (1-based). */
  readonly fromVersion?: bigint;
  readonly limit?: number;
}

/**
 * A cursor into the global log. Events are ordered by (transactionId, globalPosition):
 * that is commit-safe order, unlike position alone, because positions are taken before
 * commit and transactions can commit out of position order.
 */
export interface LogCursor {
  readonly transactionId: bigint;
  readonly globalPosition: bigint;
}

export const LOG_START: LogCursor = { transactionId: 0n, globalPosition: 0n };

export interface ReadAllOptions {
  readonly after?: LogCursor;
  /** Events scanned per page, matching or not. */
  readonly limit?: number;
  /**
   * Only events of these types are returned; `next` still moves past the others, whose data
   * is never fetched. A replay that ignores documents skips their full text this way.
   */
  readonly types?: ReadonlySet<string>;
}

export interface ReadAllPage<E = StoredEvent> {
  readonly events: readonly E[];
  /** Cursor to pass as `after` for the next page (equals `after` when nothing was scanned). */
  readonly next: LogCursor;
  /** How many events the page scanned, returned or not; 0 means the head of the log. */
  readonly scanned: number;
}

export interface Subscription {
  /** Stops the subscription; resolves after the handler has finished its current batch. */
  stop(): Promise<void>;
  /** Resolves when the subscription has stopped (on stop() or a handler error). */
  readonly done: Promise<void>;
}

export interface SubscribeOptions<E = StoredEvent> {
  readonly after?: LogCursor;
  readonly batchSize?: number;
  /** Poll interval when no notification arrives (ms); LISTEN/NOTIFY wakes it earlier. */
  readonly pollIntervalMs?: number;
  /**
   * Only events of these types are handed over, and the data of the others is never fetched;
   * the cursor still moves past them. A page of none of them is handed over empty, with the
   * cursor it ends at, so a consumer can record how far it has read.
   */
  readonly types?: ReadonlySet<string>;
  /** Handler for a batch; the cursor advances only after it resolves. `through`: where the page ended. */
  readonly handler: (events: readonly E[], through: LogCursor) => Promise<void>;
  readonly onError?: (error: unknown) => void;
}

/** One stream's part of a multi-stream append. */
export interface StreamAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedVersion?: ExpectedVersion;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * Appends to several streams in ONE transaction: all or nothing. A document's ingestion
   * touches its document stream, its story and many fact streams, and must never be left half
   * written. Results are in the order of `appends`.
   */
  appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** The stream's current version, or null when the stream does not exist. */
  streamVersion(streamId: string): Promise<bigint | null>;
  readAll(options?: ReadAllOptions): Promise<ReadAllPage>;
  /**
   * The commit-order cursor of the event at `position`, or null when there is none. Lets
   * clients resume with a plain position (REST `after`, SSE Last-Event-ID).
   */
  cursorAt(position: bigint): Promise<LogCursor | null>;
  /**
   * Ids of the streams whose id starts with `prefix`, in id order (at most `limit`, default
   * 1000). Lets a writer find the facts a report might belong to, consistently with the ledger.
   */
  streamIdsStartingWith(prefix: string, limit?: number): Promise<string[]>;
  /**
   * Which of `streamIds` exist, in one round trip: a bulk import skips the documents the ledger
   * already holds without asking for each.
   */
  existingStreams(streamIds: readonly string[]): Promise<ReadonlySet<string>>;
  /**
   * Whole streams in one round trip, each in version order; a stream that does not exist is
   * absent from the map. A batch of decisions reads the streams it knows it needs this way.
   */
  readStreams(streamIds: readonly string[]): Promise<ReadonlyMap<string, readonly StoredEvent[]>>;
  /** The last event of each stream that exists, in one round trip. */
  readStreamHeads(streamIds: readonly string[]): Promise<ReadonlyMap<string, StoredEvent>>;
  /** `streamIdsStartingWith` for several prefixes in one round trip, keyed by prefix. */
  streamIdsStartingWithAny(prefixes: readonly string[], limit?: number): Promise<ReadonlyMap<string, readonly string[]>>;
  /** Position of the newest committed, readable event (for lag figures). */
  headPosition(): Promise<bigint>;
  subscribe(options: SubscribeOptions): Subscription;
  /** `subscribe`, with data and metadata handed over as their stored JSON text (StoredEventJson). */
  subscribeJson(options: SubscribeOptions<StoredEventJson>): Subscription;
}

export class WrongExpectedVersionError extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: bigint | null,
  ) {
    super(
      `Stream ${streamId}: expected version ${String(expected)}, actual ${actual === null ? 'no stream' : String(actual)}`,
    );
    this.name = 'WrongExpectedVersionError';
  }
}

/** An event id re-sent with different content or to a different stream. */
export class EventIdConflictError extends Error {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(readonly eventId: string, detail: string) {
    super(`Event ${eventId}: ${detail}`);
    this.name = 'EventIdConflictError';
  }
}
