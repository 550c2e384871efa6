import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsController } from './metrics.controller.js';
import { httpRequestDuration } from './metrics.js';

/** `/metrics` and the latency of every HTTP request. */
@Module({ controllers: [MetricsController] })
export class ObservabilityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(timeRequest).forRoutes('*path');
  }
}

function timeRequest(req: Request, res: Response, next: NextFunction): void {
  const stop = httpRequestDuration.startTimer();
  res.once('finish', () => {
    // The route pattern, not the URL: ids in paths would make a series per resource.
    const route = req.route ? `${req.baseUrl}${(req.route as { path: string }).path}` : 'unmatched';
    stop({ method: req.method, route, status: String(res.statusCode) });
  });
  next();
}
