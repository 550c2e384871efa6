import { readdir, readFile } from 'node:fs/promises';
import type pg from 'pg';

// Linux reports process times in USER_HZ ticks, 100 per second on every mainstream build.
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the whole PostgreSQL server has used since it started: the postmaster, its live
 * processes, and (through the postmaster's children times) every backend that has ended. On a
 * machine shared with other work, CPU time measures the cost of a workload where wall time
 * cannot. Null when the server does not run on this machine or its files cannot be read.
 */
export async function postgresCpuSeconds(pool: pg.Pool): Promise<number | null> {
  try {
    const { rows } = await pool.query<{ setting: string }>(`SELECT setting FROM pg_settings WHERE name = 'data_directory'`);
    const postmaster = Number((await readFile(`${rows[0]!.setting}/postmaster.pid`, 'utf8')).split('\n')[0]);
    const own = await processTimes(postmaster);
    if (own === null) return null;
    let ticks = own.self + own.children;
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === postmaster) continue;
      const times = await processTimes(Number(entry));
      if (times?.parent === postmaster) ticks += times.self + times.children;
    }
    return ticks / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

async function processTimes(pid: number): Promise<{ parent: number; self: number; children: number } | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  // Fields after the command name (which may hold spaces), from field 3 (state) on.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const at = (field: number) => Number(fields[field - 3]);
  return { parent: at(4), self: at(14) + at(15), children: at(16) + at(17) };
}
