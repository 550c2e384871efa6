import { Agent, get } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface OpenLoopOptions {
  readonly port: number;
  /** Requests per second, evenly spaced. */
  readonly rate: number;
  readonly durationS: number;
  /** Keep-alive connections shared by all requests; a request waits when all are busy. */
  readonly connections: number;
  /** The path of request `index` (0, 1, ...). */
  readonly path: (index: number) => string;
}

export interface OpenLoopResult {
  readonly sent: number;
  readonly failures: number;
  /** Milliseconds from each request's due time to the last byte of its response. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Responses per second over the whole run, the slowest response included. */
  readonly achievedRate: number;
  /** Each request's latency (ms), by its index. */
  readonly latencies: Float64Array;
}

/** HTTP GETs on a fixed schedule; a non-2xx answer or an error counts as a failure. */
export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  try {
    return await runOpenLoopTasks({
      rate: options.rate,
      durationS: options.durationS,
      task: (index) =>
        new Promise<boolean>((resolve) => {
          get({ agent, host: '127.0.0.1', port: options.port, path: options.path(index) }, (response) => {
            const ok = response.statusCode !== undefined && response.statusCode >= 200 && response.statusCode < 300;
            response.on('end', () => resolve(ok));
            response.on('error', () => resolve(false));
            response.resume();
          }).on('error', () => resolve(false));
        }),
    });
  } finally {
    agent.destroy();
  }
}

/**
 * A fixed request rate in the open-loop sense, as wrk2 and vegeta mean it: request i is due at
 * start + i / rate whatever became of the requests before it, and its latency is counted from
 * that due time. A slow response, a busy connection, a stalled process or a late timer all count
 * against the measured latency, so nothing is left out by the client waiting (coordinated
 * omission). autocannon's `overallRate` is not this; see docs/benchmarks.md, "Read API".
 * `task` does request `index` and tells whether it succeeded; whatever it waits for (a free
 * connection, a pooled client) counts.
 */
export async function runOpenLoopTasks(options: {
  readonly rate: number;
  readonly durationS: number;
  readonly task: (index: number) => Promise<boolean>;
}): Promise<OpenLoopResult> {
  const total = Math.round(options.rate * options.durationS);
  if (total < 1) throw new Error(`no request to send at ${options.rate} requests/s for ${options.durationS} s`);
  const intervalMs = 1000 / options.rate;
  const latencies = new Float64Array(total);
  let failures = 0;
  let done = 0;
  const start = performance.now();

  const finished = new Promise<void>((resolve) => {
    const send = (index: number): void => {
      const due = start + index * intervalMs;
      const settle = (ok: boolean): void => {
        latencies[index] = performance.now() - due;
        if (!ok) failures += 1;
        if (++done === total) resolve();
      };
      options.task(index).then(settle, () => settle(false));
    };
    let next = 0;
    const tick = (): void => {
      const now = performance.now();
      while (next < total && start + next * intervalMs <= now) send(next++);
      if (next < total) setTimeout(tick, Math.max(0, start + next * intervalMs - performance.now()));
    };
    tick();
  });
  await finished;
  const elapsedS = (performance.now() - start) / 1000;

  const sorted = latencies.slice().sort();
  return {
    sent: total,
    failures,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted[total - 1]!,
    achievedRate: total / elapsedS,
    latencies,
  };
}

/** The q-quantile of ascending `sorted` latencies (nearest rank). */
export const percentile = (sorted: Float64Array, q: number): number => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
