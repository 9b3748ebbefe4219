import { logger } from './logger.js';

/**
 * One shape for what an operator watches for attacks (refusals, sign-in failures, cross-school attempts):
 * `{ event: 'security', kind, ...fields }` at warn. Fields are ids, codes and addresses only: never an
 * email, a name or a token.
 */
export function securityEvent(kind: string, fields: Record<string, unknown> = {}): void {
  logger.warn({ event: 'security', kind, ...fields }, kind);
}
