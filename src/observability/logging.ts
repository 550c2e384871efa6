import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { type Level, type Logger, pino } from 'pino';
import type { LogLevel } from '../config/settings.js';

/** LOG_LEVEL keeps Nest's names (the README's); pino has its own. */
const PINO_LEVELS: Record<LogLevel, Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** JSON lines on stdout, one logger for the whole process. */
export const createLogger = (level: LogLevel): Logger =>
  pino({
    name: 'newsledger',
    level: PINO_LEVELS[level],
    // The write token must not end up in log storage.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  });

// A caller's id is kept so a request can be followed across services; anything else is replaced.
const CALLER_REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && CALLER_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Probes and scrapes every few seconds would drown the request log. */
const QUIET_PATHS = /^\/(?:metrics|health)(?:\/|\?|$)/;

/** nestjs-pino: every Nest log line and one line per request, each carrying the request id. */
export const loggingModule = (logger: Logger) =>
  LoggerModule.forRoot({
    pinoHttp: {
      logger,
      genReqId: requestId,
      autoLogging: { ignore: (req) => QUIET_PATHS.test(req.url ?? '') },
    },
  });
