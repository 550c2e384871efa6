/** A dependency /health reports on. The publishing module provides one for Kafka. */
export interface DependencyHealth {
  readonly name: string;
  check(): Promise<{ up: boolean; error?: string }>;
}

export const KAFKA_HEALTH = Symbol('KAFKA_HEALTH');
