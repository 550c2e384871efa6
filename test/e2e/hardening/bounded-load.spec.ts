import { randomUUID } from 'node:crypto';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { MAX_PAGE_BYTES } from '../../../src/api/events/byte-bounded-page.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { EVENT_STORE } from '../../../src/event-store/event-store.tokens.js';
import { createTestApp, type TestApp } from '../../support/app.js';

/** Opens GET /events/live and resolves with the response once its status is known. */
function openLive(port: number, authorization: string): Promise<{ request: ClientRequest; response: IncomingMessage; body: () => string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ port, path: '/events/live', headers: { Accept: 'text/event-stream', Authorization: authorization } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      resolve({ request, response, body: () => body });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('bounded memory under load', () => {
  let t: TestApp;
  let port: number;
  let server: Server;

  beforeAll(async () => {
    t = await createTestApp({ NEWSLEDGER_SSE_MAX_CLIENTS: '40' });
    server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('given events of 900 KB each, when GET /events pages through them, then every page stays under the byte budget and next resumes exactly', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const big = 'x'.repeat(900 * 1024);
    for (let i = 0; i < 12; i++) {
      await store.append(`big-${i}`, [{ eventId: randomUUID(), type: 'BigThing', schemaVersion: 1, data: { i, big } }]);
    }
    const seen: string[] = [];
    let after = '0';
    for (let pages = 0; pages < 50; pages++) {
      const res = await t.http.get('/events').query({ after, limit: 1000 }).expect(200);
      expect(Buffer.byteLength(res.text)).toBeLessThan(MAX_PAGE_BYTES + 1024);
      const events = res.body.items as { globalPosition: string; data: { i: number } }[];
      expect(events.length).toBeLessThan(12);
      seen.push(...events.map((e) => e.globalPosition));
      if (res.body.next === null) break;
      expect(res.body.next).toBe(events.at(-1)!.globalPosition);
      after = res.body.next;
    }
    const all = (await t.db.pool.query<{ p: string }>('SELECT global_position::text AS p FROM events ORDER BY global_position')).rows.map((r) => r.p);
    expect(seen).toEqual(all);
  });

  it('given the SSE client cap is reached, when one more connects, then 503 problem+json with Retry-After; a freed slot admits again', async () => {
    const clients = await Promise.all(Array.from({ length: 40 }, () => openLive(port, t.auth)));
    try {
      expect(clients.map((c) => c.response.statusCode)).toEqual(Array(40).fill(200));
      const refused = await t.http.get('/events/live').set('Authorization', t.auth);
      expect(refused.status).toBe(503);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);

      // Readiness does not queue behind the live clients' reads.
      const store = t.app.get<EventStore>(EVENT_STORE);
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(`wake-${i}`, [{ eventId: randomUUID(), type: 'Wake', schemaVersion: 1, data: { i } }])));
      await t.http.get('/health').expect(200);

      const closed = new Promise((r) => clients[0]!.response.once('close', r));
      clients[0]!.request.destroy();
      await closed;
      let again: Awaited<ReturnType<typeof openLive>> | undefined;
      for (let attempt = 0; attempt < 100 && again?.response.statusCode !== 200; attempt++) {
        again?.request.destroy();
        await new Promise((r) => setTimeout(r, 20));
        again = await openLive(port, t.auth);
      }
      expect(again!.response.statusCode).toBe(200);
      clients[0] = again!;
    } finally {
      for (const client of clients) client.request.destroy();
    }
  });
});
