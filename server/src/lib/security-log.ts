import { currentContext } from './context.js';
import { logger } from './logger.js';

/**
 * One shape for what an operator watches for attacks (refusals, sign-ins, cross-school attempts, token reuse):
 * `{ event: 'security', kind, ...fields }`, at warn unless said otherwise (successful sign-ins: info). Fields are
 * ids, codes and addresses only: never an email, a name or a token. One event per request: a refusal that
 * follows an event of its own (a failed sign-in) is not logged again by the error handler.
 */
export function securityEvent(kind: string, fields: Record<string, unknown> = {}, level: 'warn' | 'info' = 'warn'): void {
  logger[level]({ event: 'security', kind, ...fields }, kind);
  const ctx = currentContext();
  if (ctx) ctx.securityLogged = true;
}
