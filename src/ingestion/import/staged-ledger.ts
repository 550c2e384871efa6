import type { StreamDecision } from '../../application/decider-flow.js';
import type {
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadStreamOptions,
  StoredEvent,
  StreamAppend,
} from '../../event-store/event-store.port.js';

/** Where one document's events sit in the batch's appends: stream index and first event. */
export interface StagedSlice {
  readonly append: number;
  readonly offset: number;
  readonly count: number;
}

/**
 * The ledger as the documents of one batch are decided on it: streams read once (in bulk, for
 * what the batch knows it needs), with every decision already taken in the batch on top, so
 * each document decides on the state the batch will leave. Nothing is written here; `appends`
 * is the whole batch, one append per stream, expected at the version first read, for one
 * transaction. Reads it was not given go to the store.
 */
export class StagedLedger {
  /** Whole streams, staged events included; [] for a stream known not to exist. */
  private readonly streams = new Map<string, StoredEvent[]>();
  /** Streams of which only the last event was read (null: none). */
  private readonly heads = new Map<string, StoredEvent | null>();
  private readonly prefixes = new Map<string, Set<string>>();
  private readonly prefixLengths = new Set<number>();
  private readonly staged = new Map<
    string,
    { readonly index: number; readonly expectedVersion: ExpectedVersion; readonly events: NewEvent[]; readonly stored: StoredEvent[] }
  >();
  private readonly recordedAt = new Date();
  /** The store the deciders read from: the store, with the batch's reads and decisions. */
  readonly view: EventStore;

  constructor(private readonly store: EventStore) {
    const refuse = () => Promise.reject(new Error('A staged ledger is written with its appends, in one transaction'));
    this.view = Object.assign(Object.create(store) as EventStore, {
      readStream: (streamId: string, options?: ReadStreamOptions) => this.readStream(streamId, options),
      streamIdsStartingWith: (prefix: string, limit?: number) => this.streamIdsStartingWith(prefix, limit),
      append: refuse,
      appendMany: refuse,
    });
  }

  knowStreams(streams: ReadonlyMap<string, readonly StoredEvent[]>, absent: Iterable<string> = []): void {
    for (const [streamId, events] of streams) this.streams.set(streamId, [...events]);
    for (const streamId of absent) if (!this.streams.has(streamId)) this.streams.set(streamId, []);
  }

  knowHeads(streamIds: readonly string[], heads: ReadonlyMap<string, StoredEvent>): void {
    for (const streamId of streamIds) this.heads.set(streamId, heads.get(streamId) ?? null);
  }

  knowPrefixes(found: ReadonlyMap<string, readonly string[]>, limit: number): void {
    // A full page may have been cut short: such a prefix is asked again when read.
    for (const [prefix, ids] of found) if (ids.length < limit) this.knowPrefix(prefix, new Set(ids));
  }

  private knowPrefix(prefix: string, ids: Set<string>): void {
    this.prefixes.set(prefix, ids);
    this.prefixLengths.add(prefix.length);
  }

  /** Applies one document's decisions (each at the version this ledger showed) and says where they went. */
  stage(decisions: readonly StreamDecision[]): StagedSlice[] {
    return decisions.map(({ streamId, expectedVersion, events }) => {
      let staged = this.staged.get(streamId);
      if (!staged) {
        staged = { index: this.staged.size, expectedVersion, events: [], stored: [] };
        this.staged.set(streamId, staged);
        // The id's prefixes of the lengths known, not every prefix known: a batch knows hundreds.
        for (const length of this.prefixLengths) this.prefixes.get(streamId.slice(0, length))?.add(streamId);
      }
      const offset = staged.events.length;
      staged.events.push(...events);
      const version = typeof expectedVersion === 'bigint' ? expectedVersion : 0n;
      const stored = events.map((event, i) => this.asStored(streamId, version + BigInt(i + 1), event));
      staged.stored.push(...stored);
      const stream = this.streams.get(streamId);
      if (stream) stream.push(...stored);
      else if (version === 0n) this.streams.set(streamId, stored);
      else this.heads.set(streamId, stored.at(-1)!);
      return { append: staged.index, offset, count: events.length };
    });
  }

  appends(): StreamAppend[] {
    return [...this.staged].map(([streamId, { expectedVersion, events }]) => ({ streamId, expectedVersion, events }));
  }

  private async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    if (!this.streams.has(streamId) && backwards && options.limit === 1 && options.fromVersion === undefined) {
      if (!this.heads.has(streamId)) {
        const [head] = await this.store.readStream(streamId, options);
        this.heads.set(streamId, head ?? null);
      }
      const head = this.heads.get(streamId);
      return head ? [head] : [];
    }
    let stream = this.streams.get(streamId);
    if (!stream) {
      // A stream known by its head only may have events staged on it already.
      stream = [...(await this.store.readStream(streamId)), ...(this.staged.get(streamId)?.stored ?? [])];
      this.streams.set(streamId, stream);
    }
    const from = options.fromVersion;
    const selected = backwards
      ? stream.filter((e) => from === undefined || e.streamVersion <= from).reverse()
      : stream.filter((e) => from === undefined || e.streamVersion >= from);
    return options.limit === undefined ? selected : selected.slice(0, options.limit);
  }

  private async streamIdsStartingWith(prefix: string, limit = 1000): Promise<string[]> {
    let ids = this.prefixes.get(prefix);
    if (!ids) {
      const found = await this.store.streamIdsStartingWith(prefix, limit);
      // Streams this batch opened are not in the store yet.
      for (const streamId of this.staged.keys()) if (streamId.startsWith(prefix)) found.push(streamId);
      if (found.length >= limit) return found.sort().slice(0, limit);
      ids = new Set(found);
      this.knowPrefix(prefix, ids);
    }
    return [...ids].sort().slice(0, limit);
  }

  // Deciders read type, schema version, data and the known time; the rest is the store's to assign.
  private asStored(streamId: string, streamVersion: bigint, event: NewEvent): StoredEvent {
    return {
      globalPosition: 0n,
      transactionId: 0n,
      streamId,
      streamVersion,
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata ?? {},
      recordedAt: this.recordedAt,
    };
  }
}
