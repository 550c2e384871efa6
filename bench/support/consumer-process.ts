import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The relay bench's consumers run in processes of their own, as real consumers do: sharing the
 * writer's and the relay's event loop would time that loop, not the delivery. This is the
 * parent's side of the conversation with bench/support/latency-consumer.ts over node's IPC.
 */

/** A Kafka consumer group reading the topic, or a plain store subscription (the no-Kafka baseline). */
export type ConsumerConfig =
  | { readonly kind: 'kafka'; readonly brokers: readonly string[]; readonly topic: string }
  | { readonly kind: 'store'; readonly databaseUrl: string; readonly after: { readonly transactionId: string; readonly globalPosition: string } };

export type ToConsumer = { readonly type: 'ping' } | { readonly type: 'finish'; readonly expected: number };

export type FromConsumer =
  | { readonly type: 'ready' }
  | { readonly type: 'pong'; readonly at: number }
  /** First arrival of each event id at the handler, in wall-clock ms. */
  | { readonly type: 'arrivals'; readonly arrivals: readonly (readonly [eventId: string, at: number])[] };

/**
 * Milliseconds since the epoch with sub-millisecond resolution. Both processes anchor their
 * monotonic clock to the wall clock at start, so stamps from either can be subtracted;
 * `clockOffset` checks how far apart the anchors are.
 */
export const wallClock = (): number => performance.timeOrigin + performance.now();

export class ConsumerProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<never>;
  private readonly readied: Promise<unknown>;

  constructor(readonly config: ConsumerConfig) {
    const script = fileURLToPath(new URL('./latency-consumer.js', import.meta.url));
    this.child = fork(script, [JSON.stringify(config)]);
    this.exited = new Promise<never>((_, reject) =>
      this.child.once('exit', (code) => reject(new Error(`the ${config.kind} consumer exited with ${code}`))),
    );
    this.exited.catch(() => undefined);
    // Listened for at once: the child may be ready before anyone asks.
    this.readied = this.next('ready');
    this.readied.catch(() => undefined);
  }

  /** Resolves once the consumer would see the next append. */
  async ready(): Promise<void> {
    await this.readied;
  }

  /**
   * The consumer's wall clock minus ours, from the quickest of a few round trips (half its
   * time is the uncertainty). Stamps from both sides compare only if this is small.
   */
  async clockOffset(): Promise<{ offsetMs: number; uncertaintyMs: number }> {
    let best = { offsetMs: 0, uncertaintyMs: Infinity };
    for (let i = 0; i < 20; i += 1) {
      const sent = wallClock();
      const pong = this.next('pong');
      this.send({ type: 'ping' });
      const { at } = await pong;
      const back = wallClock();
      if ((back - sent) / 2 < best.uncertaintyMs) best = { offsetMs: at - (sent + back) / 2, uncertaintyMs: (back - sent) / 2 };
    }
    return best;
  }

  /** Waits (up to the consumer's deadline) until `expected` events arrived; the process then exits. */
  async finish(expected: number): Promise<Map<string, number>> {
    const reply = this.next('arrivals');
    this.send({ type: 'finish', expected });
    const { arrivals } = await reply;
    return new Map(arrivals);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  private send(message: ToConsumer): void {
    this.child.send(message);
  }

  private next<T extends FromConsumer['type']>(type: T): Promise<Extract<FromConsumer, { type: T }>> {
    const reply = new Promise<Extract<FromConsumer, { type: T }>>((resolve) => {
      const listen = (message: FromConsumer): void => {
        if (message.type !== type) return;
        this.child.off('message', listen);
        resolve(message as Extract<FromConsumer, { type: T }>);
      };
      this.child.on('message', listen);
    });
    return Promise.race([reply, this.exited]);
  }
}
