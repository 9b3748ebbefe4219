import { pino, type Logger } from 'pino';
import { currentContext } from './context.js';

/**
 * The one logger. Every line carries the request id and tenant id of the work
 * it belongs to (from AsyncLocalStorage). Secrets are redacted by path as a
 * second line of defence: nothing should log bodies, tokens or URIs at all.
 */
export const logger: Logger = pino({
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
});

export function setLogLevel(level: string): void {
  logger.level = level;
}
