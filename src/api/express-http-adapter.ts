import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';
import http from 'node:http';

/**
 * Nest's express adapter, with an HTTP server whose request and response objects are created
 * with express's own prototypes. express re-prototypes every request and response
 * (Object.setPrototypeOf) as it takes them; in V8 that kept each request's objects alive
 * through young-generation collections, so they were promoted and left to mark-compacts:
 * ~40 % of a request's allocations survived a scavenge, scavenges took 3-5 ms instead of
 * 0.3-0.5 ms and full collections came every few seconds under load (docs/benchmarks.md,
 * bench:api). With the prototypes already in place express's call changes nothing.
 *
 * Only a plain HTTP server is built this way; other server options go to Nest's own.
 */
export class ExpressHttpAdapter extends ExpressAdapter {
  /** Nest's default parsers (JSON and forms) stay off: configureHttpApp installs the one the API accepts. */
  override registerParserMiddleware(): void {}

  override initHttpServer(options: NestApplicationOptions): void {
    if (options.httpsOptions || options.forceCloseConnections || options.return503OnClosing) {
      super.initHttpServer(options);
      return;
    }
    const app = this.getInstance<Express>();
    const IncomingMessage = withPrototype(http.IncomingMessage, app.request);
    const ServerResponse = withPrototype(http.ServerResponse, app.response);
    this.setHttpServer(http.createServer({ IncomingMessage, ServerResponse }, app));
  }
}

/** A constructor of `base`'s objects whose prototype is `prototype` from the start. */
function withPrototype<T extends new (...args: never[]) => object>(base: T, prototype: object): T {
  function Constructed(...args: ConstructorParameters<T>): object {
    return Reflect.construct(base, args, Constructed);
  }
  Constructed.prototype = prototype;
  return Constructed as unknown as T;
}
