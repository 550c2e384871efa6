/**
 * What changed in a read model from one version (see readModelVersion) to the next, as the
 * reads of this process saw the versions go by. A cached answer computed at an older version
 * is still right at a newer one when none of the changes in between touch what it was
 * computed from: a read model that moves with every append then invalidates only the answers
 * an append touched, not all of them.
 *
 * The changes between two versions are read once (by `changesBetween`), however many reads
 * see the new version; null stands for "unknown" (another generation, a version older than
 * the latest, a failed read), and no answer survives an unknown step.
 */
export class ReadModelChanges<C> {
  /** Versions seen in order, oldest first, each with the changes since the one before it. */
  private readonly steps: { version: string; changes: readonly C[] | null }[] = [];
  /** Each version's index in the sequence of all versions ever stepped (first = 0). */
  private readonly indexOf = new Map<string, number>();
  private dropped = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly changesBetween: (from: string, to: string) => Promise<readonly C[] | null>,
    private readonly capacity = 4096,
  ) {}

  /** Learns what changed up to `version`; resolves once it is known. One step at a time. */
  observe(version: string): Promise<void> {
    if (this.indexOf.has(version)) return this.queue;
    this.queue = this.queue.then(async () => {
      if (this.indexOf.has(version)) return;
      const latest = this.steps.at(-1)?.version;
      if (latest !== undefined && isOlder(version, latest)) return;
      const changes = latest === undefined ? null : await this.changesBetween(latest, version).catch(() => null);
      this.indexOf.set(version, this.dropped + this.steps.length);
      this.steps.push({ version, changes });
      if (this.steps.length > this.capacity) {
        this.indexOf.delete(this.steps.shift()!.version);
        this.dropped += 1;
      }
    });
    return this.queue;
  }

  /** Whether every change after `since` up to `version` is known and none `affects` the answer. */
  unchanged(since: string, version: string, affects: (change: C) => boolean): boolean {
    const from = this.indexOf.get(since);
    const to = this.indexOf.get(version);
    if (from === undefined || to === undefined || from > to) return false;
    for (let i = from + 1; i <= to; i++) {
      const { changes } = this.steps[i - this.dropped]!;
      if (changes === null || changes.some(affects)) return false;
    }
    return true;
  }
}

/** Versions are `<generation oid>:<transaction id>:<global position>`; older means same generation, earlier checkpoint. */
function isOlder(version: string, than: string): boolean {
  const [oid, tx, position] = versionParts(version).map(BigInt);
  const [thanOid, thanTx, thanPosition] = versionParts(than).map(BigInt);
  return oid === thanOid && (tx! < thanTx! || (tx === thanTx && position! < thanPosition!));
}

const versionParts = (version: string): [oid: string, transactionId: string, position: string] => version.split(':') as [string, string, string];

/**
 * At most this many log events are read to learn what changed between two versions; past it
 * (a read after a large import, say) every cached answer is dropped instead, which is cheaper.
 */
export const MOST_EVENTS_BETWEEN = 2000;

/** The checkpoints of two versions of the same generation, or null when they are of different generations. */
export function checkpointsBetween(from: string, to: string): { from: [string, string]; to: [string, string] } | null {
  const [fromOid, fromTx, fromPosition] = versionParts(from);
  const [toOid, toTx, toPosition] = versionParts(to);
  return fromOid === toOid ? { from: [fromTx, fromPosition], to: [toTx, toPosition] } : null;
}
