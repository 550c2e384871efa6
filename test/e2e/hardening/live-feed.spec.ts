import { randomUUID } from 'node:crypto';
import { request as httpRequest, type ClientRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { EVENT_STORE } from '../../../src/event-store/event-store.tokens.js';
import { createTestApp, type TestApp } from '../../support/app.js';

const READ_TOKEN = 'read-only-token-0123456789';

async function listen(t: TestApp): Promise<number> {
  const server: Server = t.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Opens GET /events/live and resolves once the status is known; the body is left unread. */
function openLive(port: number, headers: Record<string, string> = {}): Promise<{ request: ClientRequest; response: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ port, path: '/events/live', headers: { Accept: 'text/event-stream', ...headers } }, (response) => resolve({ request, response }));
    request.on('error', reject);
    request.end();
  });
}

describe('the live feed: who may read it, and for how long a client may stop reading', () => {
  describe('closed (a read token configured)', () => {
    let t: TestApp;
    let port: number;

    beforeAll(async () => {
      t = await createTestApp({ NEWSLEDGER_READ_TOKEN: READ_TOKEN, NEWSLEDGER_SSE_MAX_CLIENTS: '1' });
      port = await listen(t);
    });
    afterAll(() => t.close());

    it.each([
      ['no Authorization header', {}],
      ['a wrong token', { Authorization: 'Bearer not-the-token-at-all-0123' }],
      ['the read token without Bearer', { Authorization: READ_TOKEN }],
    ])('given %s, when the feed is opened, then 401 problem+json', async (_what, headers) => {
      const res = await t.http.get('/events/live').set(headers);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it.each([
      ['the read token', `Bearer ${READ_TOKEN}`],
      ['the API token', 'api'],
    ])('given %s, when the feed is opened, then 200 text/event-stream', async (_what, authorization) => {
      const { request, response } = await openLive(port, { Authorization: authorization === 'api' ? t.auth : authorization });
      try {
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
      } finally {
        request.destroy();
        await new Promise((r) => response.once('close', r));
      }
    });

    it('given the feed is full, when an anonymous client knocks, then 401, not 503', async () => {
      const { request, response } = await openLive(port, { Authorization: t.auth });
      try {
        expect(response.statusCode).toBe(200);
        expect((await t.http.get('/events/live')).status).toBe(401);
        expect((await t.http.get('/events/live').set('Authorization', t.auth)).status).toBe(503);
      } finally {
        request.destroy();
        await new Promise((r) => response.once('close', r));
      }
    });
  });

  describe.each([
    ['NEWSLEDGER_LIVE_PUBLIC', { NEWSLEDGER_LIVE_PUBLIC: 'true', NEWSLEDGER_READ_TOKEN: READ_TOKEN }],
    ['no read token configured (reads open, the default)', {}],
  ])('public: %s', (_what, settings: Record<string, string>) => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp(settings);
    });
    afterAll(() => t.close());

    it('given no token, when opened, then 200', async () => {
      const port = await listen(t);
      const { request, response } = await openLive(port);
      expect(response.statusCode).toBe(200);
      request.destroy();
    });
  });

  describe('closed without a read token (NEWSLEDGER_LIVE_PUBLIC=false)', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ NEWSLEDGER_LIVE_PUBLIC: 'false' });
    });
    afterAll(() => t.close());

    it('given no token, when opened, then 401; given the API token, then 200', async () => {
      expect((await t.http.get('/events/live')).status).toBe(401);
      const port = await listen(t);
      const { request, response } = await openLive(port, { Authorization: t.auth });
      expect(response.statusCode).toBe(200);
      request.destroy();
    });
  });

  describe('a client that stops reading', () => {
    let t: TestApp;
    let port: number;

    beforeAll(async () => {
      t = await createTestApp({ NEWSLEDGER_SSE_MAX_CLIENTS: '1', NEWSLEDGER_SSE_IDLE_TIMEOUT_MS: '500' });
      port = await listen(t);
    });
    afterAll(() => t.close());

    it('given a client that reads nothing while megabytes are appended, when the idle timeout passes, then it is dropped and its slot admits another', async () => {
      const stalled = await openLive(port, { Authorization: t.auth });
      expect(stalled.response.statusCode).toBe(200);
      stalled.response.pause();

      // Far more than the socket buffers of both ends hold: the server's writes back up.
      const store = t.app.get<EventStore>(EVENT_STORE);
      const big = 'x'.repeat(512 * 1024);
      for (let i = 0; i < 48; i++) await store.append(`stall-${i}`, [{ eventId: randomUUID(), type: 'BigThing', schemaVersion: 1, data: { i, big } }]);

      // The slot is the stalled client's until the server drops it; a paused socket may never
      // see its own close, so the server's answer to the next client is what is watched.
      let next: Awaited<ReturnType<typeof openLive>> | undefined;
      for (let attempt = 0; attempt < 100 && next?.response.statusCode !== 200; attempt++) {
        next?.request.destroy();
        await new Promise((r) => setTimeout(r, 100));
        next = await openLive(port, { Authorization: t.auth });
      }
      expect(next!.response.statusCode).toBe(200);
      next!.request.destroy();
      stalled.request.destroy();
    }, 60_000);

    it('given a client that keeps reading, when events are appended, then it stays connected past the idle timeout', async () => {
      const reader = await openLive(port, { Authorization: t.auth });
      expect(reader.response.statusCode).toBe(200);
      let received = 0;
      reader.response.on('data', (chunk: Buffer) => (received += chunk.length));
      let closed = false;
      reader.response.once('close', () => (closed = true));
      const store = t.app.get<EventStore>(EVENT_STORE);
      for (let i = 0; i < 10; i++) {
        await store.append(`steady-${i}`, [{ eventId: randomUUID(), type: 'Small', schemaVersion: 1, data: { i } }]);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(closed).toBe(false);
      expect(received).toBeGreaterThan(0);
      reader.request.destroy();
    });
  });
});
