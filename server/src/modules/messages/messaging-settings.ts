import { Types } from 'mongoose';
import type { ApiRouter } from '../../http/route.js';
import type { PlatformDb } from '../../db/platform-db.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import { AppError, notFound } from '../../lib/errors.js';
import { decryptSecret, encryptSecret } from '../../lib/crypto.js';
import { logger } from '../../lib/logger.js';
import { recordAudit } from '../../school/audit.js';
import { currentTenant } from '../../tenancy/tenant-context.js';
import {
  messagingSettingsBody,
  messagingSettingsResponse,
  type MessagingSettingsBody,
  type MessagingSettingsDto,
} from './messages.validation.js';
import { smtpUrlAllowed } from './smtp-host.js';

export interface MessagingSettingsDeps {
  db: PlatformDb;
  tenants: TenantResolver;
  encryptionKey: Buffer;
  /** SMTP_ALLOW_PRIVATE_HOSTS. */
  allowPrivateHosts: boolean;
}

/** `host:port` of a sealed SMTP URL: what the admin is shown instead of the URL and its credentials. */
function smtpHost(sealed: string | null | undefined, key: Buffer): string | null {
  if (!sealed) return null;
  try {
    const u = new URL(decryptSecret(sealed, key));
    return u.port ? `${u.hostname}:${u.port}` : u.hostname;
  } catch (err) {
    // A URL sealed under another key (a restore from elsewhere) is still "own SMTP", just unreadable here.
    logger.warn({ err, tenantId: currentTenant().id }, 'could not open the school SMTP URL');
    return null;
  }
}

async function readSettings(deps: MessagingSettingsDeps, id: string): Promise<MessagingSettingsDto> {
  const doc = await deps.db.Tenant.findById(id).select('+messaging.smtpUrl').lean();
  if (!doc) throw notFound('School', 'TENANT_NOT_FOUND');
  const m = doc.messaging;
  return {
    senderName: m?.senderName ?? null,
    replyTo: m?.replyTo ?? null,
    fromAddress: m?.fromAddress ?? null,
    ownSmtp: Boolean(m?.ownSmtp),
    smtpHost: m?.ownSmtp ? smtpHost(m.smtpUrl, deps.encryptionKey) : null,
  };
}

/**
 * Saves the school's sender settings on its platform record. The SMTP URL is
 * sealed (AES-256-GCM, the platform's ENCRYPTION_KEY) and stays out of the
 * cached tenant record (`select: false`); the cache is invalidated on every
 * instance through the change log, so the sender name and reply-to apply at once.
 */
async function saveSettings(deps: MessagingSettingsDeps, body: MessagingSettingsBody): Promise<MessagingSettingsDto> {
  const tenant = currentTenant();
  const _id = new Types.ObjectId(tenant.id);
  const set: Record<string, unknown> = { 'messaging.ownSmtp': body.ownSmtp };
  const unset: Record<string, 1> = {};
  for (const field of ['senderName', 'replyTo', 'fromAddress'] as const) {
    if (body[field] !== undefined) set[`messaging.${field}`] = body[field];
    else unset[`messaging.${field}`] = 1;
  }
  if (!body.ownSmtp) unset['messaging.smtpUrl'] = 1;
  else if (body.smtpUrl && !(await smtpUrlAllowed(body.smtpUrl, deps.allowPrivateHosts)))
    throw new AppError(400, 'VALIDATION_ERROR', 'Invalid request', [
      { path: 'smtpUrl', message: 'The SMTP host must be a public address (not loopback, private or link-local)' },
    ]);
  else if (body.smtpUrl) set['messaging.smtpUrl'] = encryptSecret(body.smtpUrl, deps.encryptionKey);
  else {
    const current = await deps.db.Tenant.findById(_id).select('+messaging.smtpUrl').lean();
    if (!current?.messaging?.smtpUrl)
      throw new AppError(400, 'VALIDATION_ERROR', 'Invalid request', [
        { path: 'smtpUrl', message: 'Required to send through an SMTP server of your own' },
      ]);
  }
  const res = await deps.db.Tenant.updateOne({ _id }, { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) });
  if (res.matchedCount !== 1) throw notFound('School', 'TENANT_NOT_FOUND');
  await deps.tenants.invalidate(tenant);
  await recordAudit('update', 'MessagingSettings', tenant.id, [...Object.keys(set), ...Object.keys(unset)]);
  return readSettings(deps, tenant.id);
}

const admin = { kind: 'school', roles: ['admin'] } as const;

/** /api/settings/messaging — how the school's email leaves: sender name, reply-to, its own SMTP server. */
export const messagingSettingsRoutes = (deps: MessagingSettingsDeps) => (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/',
      summary: "The school's sender settings (its own SMTP server's host only, never the URL)",
      access: admin,
      response: { description: 'Sender settings', schema: messagingSettingsResponse },
      handler: () => readSettings(deps, currentTenant().id),
    })
    .route({
      method: 'put',
      path: '/',
      summary: "Set the school's sender name, reply-to and own SMTP server (or remove it)",
      description:
        'Omitted text fields are cleared. ownSmtp true needs fromAddress, and smtpUrl unless one is stored; ownSmtp false removes the stored URL.',
      access: admin,
      body: messagingSettingsBody,
      response: { description: 'Sender settings', schema: messagingSettingsResponse },
      handler: ({ body }) => saveSettings(deps, body),
    });
