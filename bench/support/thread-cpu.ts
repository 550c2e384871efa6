import { readFile } from 'node:fs/promises';

// Linux reports thread times in USER_HZ ticks, 100 per second on every mainstream build.
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the calling process's main thread has used (Linux; 0 elsewhere): what deciding,
 * appending and the projections cost on the event loop, apart from the worker threads and
 * V8's helper threads that `process.cpuUsage` counts with it.
 */
export async function threadCpuSeconds(): Promise<number> {
  const stat = await readFile(`/proc/self/task/${process.pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, fields 14 and 15 of stat(5), counted from field 3 (state).
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
