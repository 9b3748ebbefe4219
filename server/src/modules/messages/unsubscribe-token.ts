import { createHmac } from 'node:crypto';
import { safeEqual } from '../../lib/crypto.js';
import { currentTenant } from '../../tenancy/tenant-context.js';
import { MESSAGE_CATEGORIES, type MessageCategory } from './kinds.js';
import { messagingKey } from './outbox.js';

const mac = (payload: string) => createHmac('sha256', messagingKey()).update(`unsubscribe:${payload}`).digest('base64url');

/**
 * The token in a bulk email's unsubscribe link (RFC 8058 one-click): it names
 * the school, the account and the category, signed with the platform's key, so
 * the link works without signing in and cannot be forged for someone else.
 */
export function unsubscribeToken(userId: string, category: MessageCategory): string {
  const payload = `${currentTenant().id}.${userId}.${category}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(payload)}`;
}

/** The account and category an unsubscribe token names, if it is genuine and for the current school. */
export function readUnsubscribeToken(token: string): { userId: string; category: MessageCategory } | undefined {
  const [encoded, signature] = token.split('.');
  if (!encoded || !signature) return undefined;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  if (!safeEqual(mac(payload), signature)) return undefined;
  const [tenantId, userId, category] = payload.split('.');
  if (tenantId !== currentTenant().id || !userId || !/^[a-f0-9]{24}$/.test(userId)) return undefined;
  if (!MESSAGE_CATEGORIES.includes(category as MessageCategory) || category === 'account') return undefined;
  return { userId, category: category as MessageCategory };
}
