/**
 * A schema migration. SQL lives in TypeScript modules (not .sql files) so the compiled
 * service carries it without a copy step. Ids are globally unique and sort in apply order
 * within their module, e.g. "event-store/001-events".
 */
export interface Migration {
  readonly id: string;
  readonly sql: string;
}
