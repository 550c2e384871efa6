import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { ExpressHttpAdapter } from '../../../src/api/express-http-adapter.js';

describe('ExpressHttpAdapter', () => {
  it("creates requests and responses with express's prototypes before express takes them", async () => {
    const adapter = new ExpressHttpAdapter();
    adapter.initHttpServer({});
    const app = adapter.getInstance<Express>();
    const server = adapter.getHttpServer() as http.Server;
    let prototypes: [object | null, object | null] = [null, null];
    // Runs before express's own listener, which would set the prototypes anyway.
    server.prependListener('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
      prototypes = [Object.getPrototypeOf(request), Object.getPrototypeOf(response)];
    });
    app.get('/hello', (_request, response) => void response.json({ hello: 'world' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hello`);
      expect(await response.json()).toEqual({ hello: 'world' });
      expect(prototypes[0]).toBe(app.request);
      expect(prototypes[1]).toBe(app.response);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
