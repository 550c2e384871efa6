/** Where a rebuild stands; the CLI prints it, jobs store it, GET /projections shows it. */
export interface RebuildProgress {
  readonly phase: 'replaying' | 'indexing' | 'swapping' | 'done';
  readonly done: number;
  /** Events in the log when last looked; grows while the log does. */
  readonly total: number;
  readonly eventsPerSecond: number;
  /** Null until a rate is known. */
  readonly etaSeconds: number | null;
  readonly elapsedSeconds: number;
}

export function progressOf(
  phase: RebuildProgress['phase'],
  done: number,
  total: number,
  elapsedMs: number,
): RebuildProgress {
  const elapsedSeconds = elapsedMs / 1000;
  const eventsPerSecond = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const remaining = Math.max(total - done, 0);
  return {
    phase,
    done,
    total: Math.max(total, done),
    eventsPerSecond,
    etaSeconds: eventsPerSecond > 0 ? remaining / eventsPerSecond : null,
    elapsedSeconds,
  };
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');

function duration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** `replaying  412,000 / 1,000,000 events  61,234 ev/s  ETA 9s` */
export function formatProgress(progress: RebuildProgress): string {
  const percent = progress.total > 0 ? ` (${Math.floor((100 * progress.done) / progress.total)}%)` : '';
  return (
    `${progress.phase.padEnd(9)}  ${count(progress.done)} / ${count(progress.total)} events${percent}  ` +
    `${count(progress.eventsPerSecond)} ev/s  ` +
    (progress.phase === 'done' ? `in ${duration(progress.elapsedSeconds)}` : `ETA ${duration(progress.etaSeconds)}`)
  );
}
