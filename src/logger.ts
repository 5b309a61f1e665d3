// The process logger. Request lines carry method, path (no query string), status and time, never addresses.
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

/** Creates the pino logger at the configured level, writing JSON lines to stdout (or stderr for CLI use). */
export function createLogger(config: Pick<Config, 'logLevel'>, destination: 1 | 2 = 1): Logger {
  return pino(
    {
      level: config.logLevel,
      serializers: {
        req: (req: { method?: string; url?: string; id?: string }) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0] }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    },
    pino.destination({ fd: destination, sync: false }),
  );
}
