import type { Decider } from '../domain/shared/decider.js';
import type { DomainEvent } from '../domain/shared/domain-event.js';
import {
  type EventMetadata,
  type EventStore,
  type ExpectedVersion,
  type NewEvent,
  type StoredEvent,
  WrongExpectedVersionError,
} from '../event-store/event-store.port.js';

/**
 * The one generic command flow: read the stream, fold it with the decider, decide, append
 * with the expected version, retry on conflict. Multi-stream use cases (ingesting a
 * document) decide on each stream first and append all decisions in one transaction.
 */

/** What a decider decided for one stream, ready for `EventStore.appendMany`. */
export interface StreamDecision<E extends DomainEvent = DomainEvent> {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly decided: readonly E[];
  readonly events: readonly NewEvent[];
}

/** Turns a decided domain event into what the store appends (identity, metadata). */
export type ToNewEvent<E extends DomainEvent> = (event: E, streamId: string) => NewEvent;

/** The stored event as the domain sees it; a decider with older schema versions upcasts them (Decider.upcast). */
export const toDomainEvent = <E extends DomainEvent>(stored: StoredEvent): E =>
  ({ type: stored.type, schemaVersion: stored.schemaVersion, data: stored.data }) as unknown as E;

export async function foldStream<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<C, E, S>, 'initialState' | 'evolve' | 'upcast'>,
): Promise<{ state: S; version: bigint | null }> {
  const stored = await store.readStream(streamId);
  const read = (e: StoredEvent): E =>
    decider.upcast ? decider.upcast({ ...e, knownAt: e.metadata.knownAt ?? e.recordedAt.toISOString() }) : toDomainEvent<E>(e);
  const state = stored.reduce((s, e) => decider.evolve(s, read(e)), decider.initialState());
  return { state, version: stored.length > 0 ? stored[stored.length - 1]!.streamVersion : null };
}

export async function decideOnStream<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  toNewEvent: ToNewEvent<E>,
): Promise<StreamDecision<E> & { state: S }> {
  const { state, version } = await foldStream(store, streamId, decider);
  const decided = decider.decide(command, state);
  return {
    streamId,
    state,
    expectedVersion: version ?? 'no_stream',
    decided,
    events: decided.map((event) => toNewEvent(event, streamId)),
  };
}

/**
 * Runs `attempt` again when another writer got to a stream first. At once: a conflict means
 * that writer has committed, so the next read sees it, and the store reports a conflict in
 * one statement without holding anything. Each lost attempt is another writer's success, so
 * the bound only has to exceed the writers contending for one stream.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, maxAttempts = 20): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || tries >= maxAttempts) throw error;
    }
  }
}

/** Single-stream command: the whole flow in one call. */
export async function handleWithDecider<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  toNewEvent: ToNewEvent<E>,
): Promise<StreamDecision<E>> {
  return retryOnConflict(async () => {
    const decision = await decideOnStream(store, streamId, decider, command, toNewEvent);
    if (decision.events.length > 0) {
      await store.append(streamId, decision.events, { expectedVersion: decision.expectedVersion });
    }
    return decision;
  });
}

/** Metadata shared by the events of one command. */
export const commandMetadata = (m: {
  correlationId: string;
  causationId?: string;
  source: string;
  knownAt: string | null;
}): EventMetadata => ({
  correlationId: m.correlationId,
  causationId: m.causationId ?? m.correlationId,
  source: m.source,
  knownAt: m.knownAt,
});
