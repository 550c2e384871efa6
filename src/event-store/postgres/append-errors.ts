import {
  EventIdConflictError,
  WrongExpectedVersionError,
  type StreamAppend,
} from '../event-store.port.js';

/** SQLSTATEs raised by the append function (migrations/003-append-function.ts). */
const WRONG_EXPECTED_VERSION = 'ES409';
const EVENT_ID_CONFLICT = 'ES410';
const UNIQUE_VIOLATION = '23505';

interface PgError {
  readonly code?: string;
  readonly constraint?: string;
  readonly detail?: string;
}

const pgError = (error: unknown): PgError => (typeof error === 'object' && error !== null ? error : {});

/** The plain insert hit an event id already stored: a re-send, or a clash to be named. */
export function isTakenEventId(error: unknown): boolean {
  const { code, constraint } = pgError(error);
  return code === UNIQUE_VIOLATION && constraint === 'events_event_id_key';
}

/**
 * Failures that vanish on retry; the append is one atomic statement, so retrying is safe.
 * Under a REPEATABLE READ or SERIALIZABLE default isolation the snapshot predates the stream
 * lock, so a concurrent append shows up as a serialization failure or as a taken stream
 * version; the retry then sees it and answers with the real expected-version outcome.
 */
export function isTransientAppendError(error: unknown): boolean {
  const { code, constraint } = pgError(error);
  return (
    code === '40001' ||
    code === '40P01' ||
    (code === UNIQUE_VIOLATION && constraint === 'events_stream_version_key')
  );
}

/** Turns the append function's refusals into the port's errors; anything else passes unchanged. */
export function toAppendError(error: unknown, appends: readonly StreamAppend[]): unknown {
  const { code, detail } = pgError(error);
  if (code === WRONG_EXPECTED_VERSION && detail) {
    const { streamIndex, actual } = JSON.parse(detail) as { streamIndex: number; actual: string | null };
    const append = appends[streamIndex - 1];
    if (append) {
      return new WrongExpectedVersionError(
        append.streamId,
        append.expectedVersion ?? 'any',
        actual === null ? null : BigInt(actual),
      );
    }
  }
  if (code === EVENT_ID_CONFLICT && detail) {
    const { eventId, reason } = JSON.parse(detail) as { eventId: string; reason: string };
    return new EventIdConflictError(eventId, reason);
  }
  if (isTakenEventId(error)) {
    // Even the resend check lost a race: another transaction stored the id meanwhile.
    const eventId = /\(event_id\)=\(([^)]+)\)/.exec(detail ?? '')?.[1] ?? 'unknown';
    return new EventIdConflictError(eventId, 'stored concurrently by another append');
  }
  return error;
}
