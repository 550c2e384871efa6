import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runOpenLoop } from '../../../bench/support/open-loop-load.js';

/** Blocks the event loop, as a long GC pause or a slow synchronous handler would. */
function stall(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

describe('open-loop load (bench:api)', () => {
  let server: Server;
  let port: number;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests += 1;
      if (requests === 30) stall(200);
      response.statusCode = request.url === '/fail' ? 500 : 200;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('given a server that stalls for 200 ms once, when 100 requests are due over 1 s, then the requests due during the stall count their wait from their due time', async () => {
    let n = 0;
    const result = await runOpenLoop({ port, rate: 100, durationS: 1, connections: 4, path: () => (++n % 10 === 0 ? '/fail' : '/ok') });

    expect(result.sent).toBe(100);
    expect(result.failures).toBe(10);
    // The request due 10 ms after the stall began waited at least the other 190 ms, and about
    // 19 requests fell due during it: the slowest 1 % cannot be faster than the stall allows.
    expect(result.max).toBeGreaterThanOrEqual(190);
    expect(result.p99).toBeGreaterThanOrEqual(100);
    expect(result.p50).toBeLessThan(result.p99);
  });
});
