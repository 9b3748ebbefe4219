import { pino, type Logger } from 'pino';
import { currentContext } from './context.js';

/**
 * The one logger. Every line carries the request id and tenant id of the work
 * it belongs to (from AsyncLocalStorage). Secrets are redacted by path as a
 * second line of defence: nothing should log bodies, tokens or URIs at all.
 */
const stdout = pino.destination(1);
const listeners = new Set<(line: string) => void>();

/** Lines go to stdout, or to the listeners while a test reads them (server/test/log-capture.ts). */
const destination = {
  write(line: string): void {
    if (listeners.size === 0) stdout.write(line);
    for (const listen of listeners) listen(line);
  },
};

export const logger: Logger = pino(
  {
    // Raised or lowered from the validated config by setLogLevel at start.
    level: 'info',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'password',
        '*.password',
        'passwordHash',
        '*.passwordHash',
        'token',
        '*.token',
        'refreshToken',
        '*.refreshToken',
        'accessToken',
        '*.accessToken',
        'connectionString',
        '*.connectionString',
        'req.headers.authorization',
        'headers.authorization',
      ],
      censor: '[redacted]',
    },
    mixin() {
      const ctx = currentContext();
      if (!ctx) return {};
      return { reqId: ctx.requestId, tenantId: ctx.tenant?.id };
    },
  },
  destination,
);

export function setLogLevel(level: string): void {
  logger.level = level;
}

/** Calls `listen` with every log line (JSON text) until the returned function is called. For tests. */
export function onLogLine(listen: (line: string) => void): () => void {
  listeners.add(listen);
  return () => listeners.delete(listen);
}
