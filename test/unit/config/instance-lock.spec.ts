import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireInstanceLock, InstanceLockedError } from '../../../src/config/instance-lock.js';

describe('the instance lock on the data directory', () => {
  let dataDir: string;
  const lockFile = () => join(dataDir, 'instance.lock');

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'newsledger-lock-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('given a free directory, when locked and the port set, then the file names this process and the port; release removes it', async () => {
    const lock = await acquireInstanceLock(dataDir);
    await lock.setPort(43210);
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toEqual({ pid: process.pid, port: 43210 });
    lock.release();
    await expect(readFile(lockFile(), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('given a live process holding it, when another locks, then it is refused naming the pid and port', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(lockFile(), JSON.stringify({ pid: holder.pid, port: 3001 }));
      const refused = acquireInstanceLock(dataDir);
      await expect(refused).rejects.toBeInstanceOf(InstanceLockedError);
      await expect(refused).rejects.toThrow(`Newsledger is already running as pid ${holder.pid} on port 3001 with NEWSLEDGER_DATA_DIR=${dataDir}`);
    } finally {
      holder.kill();
    }
  });

  it('given a lock left by a dead process, when locked, then it is taken over', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.once('exit', r));
    await writeFile(lockFile(), JSON.stringify({ pid: dead.pid, port: 3001 }));
    const lock = await acquireInstanceLock(dataDir);
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toEqual({ pid: process.pid, port: null });
    lock.release();
  });

  it('given another process took the lock over, when this one releases, then that lock is left alone', async () => {
    const lock = await acquireInstanceLock(dataDir);
    await writeFile(lockFile(), JSON.stringify({ pid: 1, port: 3001 }));
    lock.release();
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toEqual({ pid: 1, port: 3001 });
  });
});
