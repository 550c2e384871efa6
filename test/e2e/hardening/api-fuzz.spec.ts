import fc from 'fast-check';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createTestApp, type TestApp } from '../../support/app.js';

/**
 * Fuzzing the API on a real database (issue 15): random query strings on every read and random
 * bodies on the writes get a 2xx or a 4xx, never a 5xx; a refused write leaves the log as it
 * was; and no request holds the event loop for a second. Seeded and bounded.
 */
const SEED = 15;

const HOSTILE_VALUES = [
  '', ' ', '0', '-1', '-0001', '1e309', 'NaN', 'Infinity', '9'.repeat(40), '2017-W01', '20170101', '2017-01-01T10', '2016-366',
  '2017-01-01T10:00:00,5Z', '0000-01-01', '9999-12-31T23:59:59Z', '2017-02-30', '\u0000', '\ud800', '%', '%00', '%E0%A4%A', '__proto__',
  'constructor', 'RUS,USA', 'RUS,'.repeat(500), 'rus', 'ZZZ', 'a'.repeat(5000), '<script>', "' OR 1=1 --", '{"a":1}', '[]', 'true',
];
const KEYS = ['after', 'limit', 'q', 'validAt', 'knownAt', 'validFrom', 'validTo', 'countries', 'cursor', 'from', 'to', 'fromVersion', 'direction', 'type', 'kind', 'status'];
const PATHS = [
  '/events', '/events/live', '/streams/{id}/events', '/stories', '/stories/{id}', '/stories/{id}/versions', '/stories/{id}/versions/{n}',
  '/stories/{id}/diff', '/facts', '/facts/{id}', '/timeline', '/relations/{id}/{id}', '/documents/{id}', '/projections', '/publishing', '/health',
];

const value = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 40 }), fc.integer().map(String), fc.string({ unit: 'binary', maxLength: 20 }));
// A path segment or query value sent encoded, or raw when it has nothing that breaks the request line.
const encoded = value.map((v) => encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '\ufffd')));
const raw = fc.constantFrom('%', '%00', '%E0%A4%A', '%ZZ', '..', '%2e%2e', '%uD800', '%C0%AF');

const readRequest = fc
  .record({
    path: fc.constantFrom(...PATHS),
    segments: fc.array(fc.oneof(encoded, raw), { minLength: 3, maxLength: 3 }),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), encoded), fc.oneof(encoded, raw)), { maxLength: 4 }),
  })
  .map(({ path, segments, query }) => {
    let i = 0;
    const filled = path.replace(/\{\w+\}/g, () => segments[i++ % segments.length] || 'x');
    return query.length === 0 ? filled : `${filled}?${query.map(([k, v]) => `${k}=${v}`).join('&')}`;
  });

// Mostly well-formed values, so that some documents are written and the refusals are near misses.
const likely = <T,>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: bad, weight: 1 });
const newsText = fc
  .tuple(fc.integer({ min: 2, max: 99_999 }), fc.constantFrom('Russia', 'France', 'Japan'), fc.constantFrom('British', 'Iranian', 'Polish'))
  .map(([n, actor, target]) => `${actor} expelled ${n} ${target} diplomats on Monday.`);
const documentBody = fc.oneof(
  fc.record(
    {
      text: likely(newsText, fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom(...HOSTILE_VALUES))),
      kind: likely(fc.constant('article'), value),
      url: likely(fc.nat().map((n) => `https://example.org/news/${n}`), value),
      publisher: likely(fc.constantFrom('Wire', 'Daily'), value),
      publishedAt: likely(fc.constantFrom('2017-07-30T10:00:00Z', '2017-07-30', '2017-07-30T10:00:00.5+02:00'), fc.oneof(fc.constantFrom(...HOSTILE_VALUES), value)),
    },
    { requiredKeys: ['text'] },
  ),
  fc.json({ maxDepth: 4 }).map((json) => JSON.parse(json) as unknown),
  fc.dictionary(value, value, { maxKeys: 4 }),
);

const writeRequest = fc.oneof(
  documentBody.map((body) => ({ path: '/documents', body: JSON.stringify(body) })),
  fc.array(documentBody, { maxLength: 4 }).map((documents) => ({ path: '/documents/batch', body: JSON.stringify({ documents }) })),
  fc.string({ maxLength: 200 }).map((body) => ({ path: '/documents', body })),
  fc.constantFrom('x', 'rebuild', '__proto__', '%00').map((name) => ({ path: `/projections/${name}/rebuild`, body: '{}' })),
);

describe('the API under random requests', () => {
  let t: TestApp;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  // Answers by class: a fuzz run that only ever got 400s (or 401s) would prove little.
  const seen = (statuses: number[]) => new Set(statuses.map((s) => Math.floor(s / 100)));
  const eventCount = async (): Promise<number> => Number((await t.db.pool.query('select count(*) as n from events')).rows[0].n);

  beforeAll(async () => {
    // The live feed closed: without a token it answers 401 at once instead of streaming.
    t = await createTestApp({ NEWSLEDGER_LIVE_PUBLIC: 'false' });
    await t.http.post('/documents').set('Authorization', t.auth).send({ text: 'Russia expelled 23 British diplomats on Monday.', publishedAt: '2017-07-30T10:00:00Z' }).expect(201);
    delay.enable();
  });
  afterAll(async () => {
    delay.disable();
    await t.close();
  });

  it('given random query strings and path segments on every read, when requested, then only 2xx or 4xx', async () => {
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(readRequest, async (url) => {
        const res = await t.http.get(url).timeout({ response: 10_000 });
        if (res.status >= 500) throw new Error(`${url} answered ${res.status}: ${res.text.slice(0, 300)}`);
        expect(res.status).toBeGreaterThanOrEqual(200);
        statuses.push(res.status);
      }),
      { seed: SEED, numRuns: 600 },
    );
    expect([...seen(statuses)].sort()).toEqual([2, 4]);
  });

  it('given random bodies on the writes, when posted, then only 2xx or 4xx, and a refused write writes nothing', async () => {
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(writeRequest, async ({ path, body }) => {
        const before = await eventCount();
        const res = await t.http.post(path).set('Authorization', t.auth).set('Content-Type', 'application/json').send(body);
        if (res.status >= 500) throw new Error(`${path} ${body.slice(0, 200)} answered ${res.status}: ${res.text.slice(0, 300)}`);
        if (res.status >= 400) expect(await eventCount()).toBe(before);
        statuses.push(res.status);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect([...seen(statuses)].sort()).toEqual([2, 4]);
  });

  it('given all of the above, then the event loop was never blocked for a second', () => {
    expect(delay.max / 1e6).toBeLessThan(1000);
  });
});
