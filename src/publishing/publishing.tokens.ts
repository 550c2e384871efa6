/** The running relay, or null when KAFKA_BROKERS is not set. */
export const KAFKA_RELAY = Symbol('KAFKA_RELAY');
/** RelayCheckpoints, so the status endpoint reads the checkpoint the relay resumes from. */
export const RELAY_CHECKPOINTS = Symbol('RELAY_CHECKPOINTS');
