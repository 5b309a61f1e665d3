// The process logger. Request lines carry method, path (no query string; an invitation link's token replaced), status and
// time, never addresses.
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';

/** The path of a request as logged: no query string, and no secret path segment (the token of /invite/<token>). */
export function loggedPath(url: string): string {
  return (
    (url.split('?')[0] ?? '')
      .replace(/^\/invite\/[^/]+/, '/invite/…')
      // A signature's confirmation link: whoever reads the logs must not be able to confirm it.
      .replace(/^(\/appeals\/[^/]+\/confirm\/)[^/]+/, '$1…')
      // A co-signatory's single-use link: the same.
      .replace(/^\/co-sign\/[^/]+/, '/co-sign/…')
  );
}

/** Creates the pino logger at the configured level, writing JSON lines to stdout (or stderr for CLI use, or a stream in tests). */
export function createLogger(config: Pick<Config, 'logLevel'>, destination: 1 | 2 | DestinationStream = 1): Logger {
  return pino(
    {
      level: config.logLevel,
      serializers: {
        req: (req: { method?: string; url?: string; id?: string }) => ({
          id: req.id,
          method: req.method,
          path: loggedPath(req.url ?? ''),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: false }) : destination,
  );
}
