import type pg from 'pg';

/**
 * Tells subscriptions that an append committed. Subscriptions of this store are woken
 * in-process at once; other processes get a NOTIFY, sent after the append's commit in a
 * separate statement and at most once per `minIntervalMs`.
 *
 * Why not NOTIFY inside the append: PostgreSQL serializes the commits of all notifying
 * transactions on one lock held through the commit's WAL flush, which cut concurrent
 * single-event appends to a tenth (measured: 645 vs 6,800 events/s at concurrency 8).
 * A NOTIFY is only a hint, so coalescing loses nothing: readers re-read the log, and an
 * append that completes while a NOTIFY is in flight gets another one after it.
 */
export class AppendNotifier {
  private inFlight = false;
  private pending = false;
  private timer: NodeJS.Timeout | undefined;
  private lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly pool: pg.Pool,
    private readonly channel: string,
    private readonly minIntervalMs: number,
    private readonly wakeLocal: () => void,
    private readonly reportError: (error: unknown) => void,
  ) {}

  appended(): void {
    this.wakeLocal();
    if (this.inFlight || this.timer) {
      this.pending = true;
      return;
    }
    this.schedule();
  }

  private schedule(): void {
    const wait = this.lastSentAt + this.minIntervalMs - Date.now();
    if (wait <= 0) {
      this.send();
      return;
    }
    // unref: a pending hint must not keep a finished process alive.
    this.timer = setTimeout(() => this.send(), wait).unref();
  }

  private send(): void {
    this.timer = undefined;
    this.pending = false;
    this.inFlight = true;
    this.lastSentAt = Date.now();
    this.pool
      .query({ name: 'event_store_notify', text: "SELECT pg_notify($1, '')", values: [this.channel] })
      .catch((error: unknown) => {
        if (!this.pool.ending) this.reportError(error);
      })
      .finally(() => {
        this.inFlight = false;
        if (this.pending) this.schedule();
      });
  }
}
