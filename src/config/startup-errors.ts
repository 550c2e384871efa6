import { createServer } from 'node:net';
import pg from 'pg';

/** A start-up failure whose message is the one line the user sees. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** The URL as safe to print: the password replaced, nothing else changed. */
export function redactUrl(raw: string): string {
  const url = new URL(raw);
  if (url.password) url.password = '***';
  return url.toString();
}

/**
 * Connects once before anything else does, so an unreachable server or a wrong password is
 * one line naming DATABASE_URL instead of a stack trace from deep inside the module graph.
 */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(
      `Cannot use the PostgreSQL server in DATABASE_URL (${redactUrl(url)}): ${oneLine(error)}; check the server is running and DATABASE_URL is right, or unset it to use the embedded server`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Binds and releases the address: the error a real listen would get, or null. */
export function tryListen(port: number, host: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    server.listen(port, host, () => server.close(() => resolve(null)));
  });
}

/**
 * Checked before the application is built: Nest logs a failed listen as a stack of its own,
 * and an embedded server started for nothing would have to be stopped again.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const error = await tryListen(port, host);
  if (error) throw new StartupError(describeListenError(error, { port, host }));
}

/** The one line for an error thrown while binding the HTTP port. */
export function describeListenError(error: unknown, address: { port: number; host: string }): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return `Port ${address.port} on ${address.host} is already in use: set PORT to a free port (PORT=0 picks one), or stop the process using it`;
    case 'EACCES':
      return `Not allowed to listen on port ${address.port}: set PORT to 1024 or above`;
    case 'EADDRNOTAVAIL':
      return `Cannot listen on HOST=${address.host}: no such local address; set HOST to an address of this machine (0.0.0.0 for all)`;
    default:
      return `Could not start: ${oneLine(error)}`;
  }
}

export const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ') ||
  (error as { code?: string }).code ||
  'unknown error';
