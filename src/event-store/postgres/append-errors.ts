import {
  EventIdConflictError,
  WrongExpectedVersionError,
  type StreamAppend,
} from '../event-store.port.js';

/** SQLSTATEs raised by the append SQL (migrations/003-append-function.ts, 004-stream-locks.ts, 005-lock-free-exact-appends.ts). */
const WRONG_EXPECTED_VERSION = 'ES409';
const EVENT_ID_CONFLICT = 'ES410';
const EXPECTATION_UNMET = 'ES412';
const UNIQUE_VIOLATION = '23505';
const SERIALIZATION_FAILURE = '40001';
const DEADLOCK_DETECTED = '40P01';

interface PgError {
  readonly code?: string;
  readonly constraint?: string;
  readonly detail?: string;
}

const pgError = (error: unknown): PgError => (typeof error === 'object' && error !== null ? error : {});

/** The insert hit an event id already stored: a re-send, or a clash to be named. */
export function isTakenEventId(error: unknown): boolean {
  const { code, constraint } = pgError(error);
  return code === UNIQUE_VIOLATION && constraint === 'events_event_id_key';
}

/** The stream whose next version another append took first, if that is what failed. */
export function takenStreamVersionOf(error: unknown): string | undefined {
  const { code, constraint, detail } = pgError(error);
  if (code !== UNIQUE_VIOLATION || constraint !== 'events_stream_version_key') return undefined;
  return /^Key \(stream_id, stream_version\)=\((.*), \d+\) already exists\.$/.exec(detail ?? '')?.[1];
}

/**
 * Failures the complete append settles by running (again): the plain statement declining a
 * case it does not decide, and conflicts with concurrent appends, which a fresh statement
 * sees committed. Under a REPEATABLE READ or SERIALIZABLE default isolation such conflicts
 * surface as serialization failures. The append is one atomic statement, so a retry is safe.
 */
export function isRetryableAppendError(error: unknown): boolean {
  const { code } = pgError(error);
  return (
    code === EXPECTATION_UNMET ||
    code === UNIQUE_VIOLATION ||
    code === SERIALIZATION_FAILURE ||
    code === DEADLOCK_DETECTED
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
