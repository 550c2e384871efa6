/** A rule of the domain was broken. `code` is stable: the API maps codes to HTTP statuses in one place. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
