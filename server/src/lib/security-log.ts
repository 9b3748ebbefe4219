import { logger } from './logger.js';

/**
 * One security event line, in one shape an operator can filter on:
 * `{ event: 'security', kind, ...fields }`. Fields are ids and addresses only,
 * never emails, names or secrets.
 */
export function securityEvent(kind: string, fields: Record<string, unknown> = {}, level: 'warn' | 'info' = 'warn'): void {
  logger[level]({ event: 'security', kind, ...fields }, kind);
}
