/**
 * A decider: the whole behaviour of one stream as three pure functions. The generic command
 * flow (read stream, fold with evolve, decide, append with expected version, retry on
 * conflict) lives in the application layer and works for every decider.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  /** Returns the events to append ([] when the command changes nothing), or throws a DomainError. */
  readonly decide: (command: Command, state: State) => readonly Event[];
  /** Reads a stored event of an older schema version as the current shape; absent when there is none. */
  readonly upcast?: (stored: { type: string; schemaVersion: number; data: unknown; knownAt: string | null }) => Event;
}
