import { createHash } from 'node:crypto';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export interface Machine {
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly memoryGiB: number;
  readonly kernel: string;
  readonly node: string;
  readonly postgres: string;
}

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT current_setting('server_version') AS version");
    return {
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      cpuCount: availableParallelism(),
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      kernel: release(),
      node: process.version,
      postgres: rows[0]!.version,
    };
  } finally {
    await client.end();
  }
}

export const loadAverage = (): readonly number[] => loadavg().map((load) => Math.round(load * 100) / 100);

/**
 * Milliseconds one core takes for a fixed piece of work (hashing 64 MB in 64 KB blocks, then
 * sorting a million numbers): what a core was worth while the benches ran, so two reports'
 * absolute figures can be set side by side.
 */
export function calibrationMs(): number {
  const block = Buffer.alloc(65_536, 7);
  const numbers = Float64Array.from({ length: 1_000_000 }, (_, i) => ((i * 2_654_435_761) % 1_000_003) / 7);
  const started = performance.now();
  const hash = createHash('sha256');
  for (let i = 0; i < 1024; i++) hash.update(block);
  hash.digest();
  numbers.sort();
  return performance.now() - started;
}
