/**
 * A domain event as the domain produces it: readonly data with an explicit type string and
 * schema version. Neither is ever derived from a class name, so renaming code never renames
 * history.
 */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly schemaVersion: number;
  readonly data: TData;
}

/** A domain event plus what the store needs to append it: identity and the known-time clock. */
export interface PendingEvent<E extends DomainEvent = DomainEvent> {
  readonly eventId: string;
  readonly event: E;
  /** When the reporting this event records became public (ISO 8601), or null if unknown. */
  readonly knownAt: string | null;
}
