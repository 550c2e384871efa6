import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeIf, kafkaBrokers } from './kafka.js';

const run = promisify(execFile);
const script = (name: string) => fileURLToPath(new URL(`../../.ci/${name}`, import.meta.url));

/**
 * The workdir CI passed to .ci/kafka-start.sh. Tests that stop a broker need it (for the
 * scripts and the jars); under CI a missing one is a broken pipeline, not a reason to skip.
 */
export const kafkaWorkdir = (): string | null => {
  const value = process.env.KAFKA_WORKDIR?.trim();
  if (value) return value;
  if (process.env.CI === 'true') {
    throw new Error('CI=true but KAFKA_WORKDIR is not set: .ci/run must export the workdir it gave .ci/kafka-start.sh');
  }
  return null;
};

export const describeWithBrokerControl = describeIf(
  () => kafkaBrokers() !== null && kafkaWorkdir() !== null,
  'Kafka outage tests need a broker they can stop; set KAFKA_BROKERS and KAFKA_WORKDIR (the kafka-start.sh workdir)',
);

/** A broker a test may stop and start again; `destroy` stops it and deletes its data. */
export interface ControlledBroker {
  readonly brokers: string[];
  /** As left by the last start() or stop(). */
  readonly running: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * Starts a broker of its own next to the shared one, on free ports and reusing the shared
 * workdir's jars. Stopping the shared broker instead would break every other Kafka test
 * file running at the same time.
 */
export async function startControlledBroker(): Promise<ControlledBroker> {
  const shared = kafkaWorkdir();
  if (!shared) throw new Error('KAFKA_WORKDIR is not set');
  const workdir = await mkdtemp(join(tmpdir(), 'newsledger-kafka-'));
  await symlink(join(shared, 'libs'), join(workdir, 'libs'));
  const [port, controllerPort] = await freePorts(2);
  const env = { ...process.env, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(controllerPort) };
  let running = false;
  const broker: ControlledBroker = {
    brokers: [`127.0.0.1:${port}`],
    get running() {
      return running;
    },
    start: async () => {
      await run(script('kafka-start.sh'), [workdir], { env });
      running = true;
    },
    stop: async () => {
      await run(script('kafka-stop.sh'), [workdir]);
      running = false;
    },
    destroy: async () => {
      await broker.stop();
      await rm(workdir, { recursive: true, force: true });
    },
  };
  try {
    await broker.start();
  } catch (error) {
    await broker.destroy();
    throw error;
  }
  return broker;
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
