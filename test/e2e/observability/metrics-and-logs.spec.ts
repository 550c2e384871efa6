import { createTestApp, type TestApp } from '../../support/app.js';

const ARTICLE = `date 2021-04-17
The Czech Republic expelled 18 Russian diplomats on Saturday.`;

/** One sample's value from the Prometheus text format, or null when the series is absent. */
function sample(metrics: string, series: string): number | null {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

describe('GET /metrics and request ids', () => {
  let t: TestApp;
  let metrics: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.http.post('/documents').set('Authorization', t.auth).send({ text: ARTICLE }).expect(201);
    await t.http.post('/documents').set('Authorization', t.auth).send({ text: ARTICLE }).expect(200);
    await t.http.post('/documents').set('Authorization', t.auth).send({ text: 'date 2021-04-17\n\u0001\u0002\u0003' }).expect(422);
    await t.http.get('/stories/no-such-story').expect(404);
    const res = await t.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    metrics = res.text;
  });
  afterAll(() => t.close());

  it('given requests, when scraped, then their latency is counted by route pattern and status', () => {
    expect(sample(metrics, 'newsledger_http_request_duration_seconds_count{method="POST",route="/documents",status="201"}')).toBe(1);
    expect(sample(metrics, 'newsledger_http_request_duration_seconds_count{method="POST",route="/documents",status="422"}')).toBe(1);
    expect(sample(metrics, 'newsledger_http_request_duration_seconds_count{method="GET",route="/stories/:id",status="404"}')).toBe(1);
  });

  it('given documents posted, when scraped, then ingested and rejected are counted with outcome and reason', () => {
    expect(sample(metrics, 'newsledger_documents_ingested_total{outcome="recorded"}')).toBe(1);
    expect(sample(metrics, 'newsledger_documents_ingested_total{outcome="duplicate"}')).toBe(1);
    expect(sample(metrics, 'newsledger_documents_rejected_total{reason="BINARY_CONTENT"}')).toBe(1);
  });

  it('given an append, when scraped, then its latency is recorded', () => {
    expect(sample(metrics, 'newsledger_event_store_append_duration_seconds_count{outcome="ok"}')).toBeGreaterThanOrEqual(1);
  });

  it('given the projections, when scraped, then each has a lag and, without Kafka, no relay lag is reported', () => {
    for (const projection of ['stories', 'facts']) {
      expect(sample(metrics, `newsledger_projection_lag_events{projection="${projection}"}`)).toBeGreaterThanOrEqual(0);
    }
    expect(metrics).not.toMatch(/^newsledger_relay_lag_events\{/m);
  });

  it('given a request id from the caller, when answered, then it is echoed; otherwise one is generated', async () => {
    const given = await t.http.get('/health').set('X-Request-Id', 'trace-42.a').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-42.a');
    const generated = await t.http.get('/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
