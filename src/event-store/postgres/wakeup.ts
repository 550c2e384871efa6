/**
 * A level-triggered wake-up: a signal that arrives while nobody waits is kept, so a
 * notification landing between a read and the following wait is never lost.
 */
export class Wakeup {
  private pending = false;
  private release: (() => void) | undefined;

  signal(): void {
    this.pending = true;
    this.release?.();
  }

  /** Forgets earlier signals; call before reading, so only signals after the read count. */
  clear(): void {
    this.pending = false;
  }

  /** Resolves on a signal (kept or new) or after `timeoutMs`. */
  wait(timeoutMs: number): Promise<void> {
    if (this.pending) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.release = undefined;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.release = done;
    });
  }
}
