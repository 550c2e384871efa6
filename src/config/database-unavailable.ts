/**
 * Whether `error` says the database cannot be reached right now (down, restarting, refusing
 * connections, or the pool waited too long for one), as opposed to a fault of the request or
 * of the code. Such errors are answered 503 with Retry-After, never 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Duck-typed: errors from node:net may come from another realm (jest's VM modules).
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    // SQLSTATE class 08 (connection exception), 53300 (too many connections), 57P01-57P03 (shutdown, crash, not yet accepting).
    if (/^08/.test(code) || ['53300', '57P01', '57P02', '57P03'].includes(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN'].includes(code)) return true;
  }
  // node-postgres reports a lost or never-made connection with plain Errors.
  return (
    typeof message === 'string' &&
    /^(?:Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Connection ended)/.test(message)
  );
}
