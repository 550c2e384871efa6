import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every Prometheus metric of the process, defined once here so that each layer records into
 * it without knowing about the others, and `/metrics` serves them all.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'newsledger_' });

const registers = [metricsRegistry];

export const httpRequestDuration = new Histogram({
  name: 'newsledger_http_request_duration_seconds',
  help: 'HTTP request latency by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

export const appendDuration = new Histogram({
  name: 'newsledger_event_store_append_duration_seconds',
  help: 'Latency of one append to the ledger, by outcome (ok or error)',
  labelNames: ['outcome'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers,
});

export const documentsIngested = new Counter({
  name: 'newsledger_documents_ingested_total',
  help: 'Documents accepted into the ledger, by outcome (recorded, or duplicate of one already there)',
  labelNames: ['outcome'] as const,
  registers,
});

export const documentsRejected = new Counter({
  name: 'newsledger_documents_rejected_total',
  help: 'Documents refused, by reason',
  labelNames: ['reason'] as const,
  registers,
});

/** Reads how far behind the ledger's head each consumer is; registered by the module that owns it. */
export type LagSource = () => Promise<ReadonlyMap<string, number>>;

function lagGauge(name: string, help: string, label: string) {
  let source: LagSource | null = null;
  const gauge = new Gauge({
    name,
    help,
    labelNames: [label],
    registers,
    async collect() {
      gauge.reset();
      if (!source) return;
      for (const [key, lag] of await source()) gauge.set({ [label]: key }, lag);
    },
  });
  return {
    /** Returns the function that unregisters it, for the owning module's shutdown. */
    register(read: LagSource): () => void {
      source = read;
      return () => {
        if (source === read) source = null;
      };
    },
  };
}

export const projectionLag = lagGauge(
  'newsledger_projection_lag_events',
  'Ledger positions between each projection checkpoint and the head (0 when caught up)',
  'projection',
);

export const relayLag = lagGauge(
  'newsledger_relay_lag_events',
  'Ledger positions between the Kafka relay checkpoint and the head',
  'relay',
);
