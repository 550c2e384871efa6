/** Nest injection tokens for the ledger; the port types live in event-store.port.ts. */
export const EVENT_STORE = Symbol('EVENT_STORE');
