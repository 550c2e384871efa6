import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { buildService, freePort, type Service, startService, stopAllServices, waitUntilListening, waitUntilReady } from '../../support/service-process.js';

const TOKEN = 'test-token-0123456789abcdef';

/**
 * A page of about 100 KB with its paragraphs nested 61 deep: reading it takes the parser and
 * the extractor seconds (bench:worst-case), all of it CPU that must not stop other requests.
 */
const hostilePage = (): string => {
  const paragraph = '<p>Russia expelled 23 British diplomats on Monday.</p>';
  const paragraphs = paragraph.repeat(Math.floor(99_000 / paragraph.length));
  return `<!doctype html><html><body>${'<div>'.repeat(61)}${paragraphs}${'</div>'.repeat(61)}</body></html>`;
};

/**
 * POST /documents through the built service, where the worker thread's compiled entry point
 * exists, so parsing and extraction really run on a worker thread (under ts-jest they run inline).
 */
describe('the built service ingests on worker threads', () => {
  let db: TestDatabase;
  let service: Service;
  const post = (text: string) =>
    fetch(`${service.url}/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    });

  beforeAll(async () => {
    await buildService();
    db = await createTestDatabase(1);
    service = startService({ PORT: String(await freePort()), DATABASE_URL: db.url, NEWSLEDGER_API_TOKEN: TOKEN, NEWSLEDGER_SEED_ON_START: 'false' });
    await waitUntilListening(service);
    await waitUntilReady(service.url);
  }, 180_000);

  afterAll(async () => {
    await stopAllServices();
    await db.drop();
  });

  it('given a document, when posted, then it is ingested with its facts; a text the parser refuses is a 422 naming why', async () => {
    const created = await post('date 2021-04-17\nThe Czech Republic expelled 18 Russian diplomats.');
    expect(created.status).toBe(201);
    const body = (await created.json()) as { created: boolean; events: { type: string }[] };
    expect(body.created).toBe(true);
    expect(body.events.map((e) => e.type)).toContain('DiplomatsExpelled');

    const refused = await post('### [2017-07-30](/news/2017/07/30/index.md)\n\n### Sources:\n\n1. [A source](https://example.org/a)');
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ code: 'PARSE_ERROR', parseError: 'MISSING_HEADLINE', line: 2 });
  }, 60_000);

  it('given a hostile page being read, then the event loop was never blocked for a second', async () => {
    // prom-client's loop-delay histogram starts again after each scrape.
    const maxLoopDelay = async () => {
      const text = await (await fetch(`${service.url}/metrics`)).text();
      return Number(/^newsledger_nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)![1]);
    };
    await maxLoopDelay();
    const posted = await post(hostilePage());
    expect(posted.status).toBe(201);
    expect(await maxLoopDelay()).toBeLessThan(1);
  }, 120_000);
});
