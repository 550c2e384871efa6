import { readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isAlive } from './embedded-postgres.js';

/**
 * One service per data directory. Without it a second instance on another PORT would find
 * the first one's embedded PostgreSQL and silently share it, then fail when the first stops.
 */
export interface InstanceLock {
  /** Records the port actually bound, for the message a second instance gets. */
  setPort(port: number): Promise<void>;
  release(): void;
}

export class InstanceLockedError extends Error {
  constructor(pid: number, port: number | null, dataDir: string) {
    super(
      `Newsledger is already running as pid ${pid}${port === null ? ' (still starting)' : ` on port ${port}`} with NEWSLEDGER_DATA_DIR=${dataDir}; stop it, or set NEWSLEDGER_DATA_DIR to another directory`,
    );
    this.name = 'InstanceLockedError';
  }
}

interface LockContent {
  readonly pid: number;
  readonly port: number | null;
}

const lockFile = (dataDir: string) => join(resolve(dataDir), 'instance.lock');

export async function acquireInstanceLock(dataDir: string): Promise<InstanceLock> {
  const file = lockFile(dataDir);
  await mkdir(resolve(dataDir), { recursive: true });
  const write = (content: LockContent, flag: 'wx' | 'w') => writeFile(file, `${JSON.stringify(content)}\n`, { flag });
  for (;;) {
    try {
      await write({ pid: process.pid, port: null }, 'wx');
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = parse(await readFile(file, 'utf8').catch(() => ''));
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
      throw new InstanceLockedError(holder.pid, holder.port, dataDir);
    }
    // Left by a process that died without releasing it (SIGKILL, power loss).
    await rm(file, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    // Sync, so it also runs from an 'exit' handler (for process.exit; a re-raised signal
    // skips 'exit', so shutdown releases it explicitly). Never removes another process's lock.
    if (parse(safeRead(file))?.pid === process.pid) rmSync(file, { force: true });
  };
  process.once('exit', release);
  return {
    setPort: (port) => write({ pid: process.pid, port }, 'w'),
    release,
  };
}

function parse(text: string): LockContent | null {
  try {
    const value = JSON.parse(text) as Partial<LockContent>;
    return Number.isInteger(value.pid) ? { pid: value.pid!, port: value.port ?? null } : null;
  } catch {
    return null;
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

