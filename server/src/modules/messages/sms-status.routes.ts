import type { Request, RequestHandler } from 'express';
import twilio from 'twilio';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import type { PlatformDb } from '../../db/platform-db.js';
import { AppError } from '../../lib/errors.js';
import { objectId } from '../../lib/validation.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { rowScope, type ApiRouter } from '../../http/route.js';
import { OutboxModel, MESSAGE_STATES } from './outbox.schema.js';
import { applySmsReport, type ReportedMessage, type SmsReport } from './sms-status.service.js';
import { SIGNATURE_HEADER, verifyWebhookSignature } from './transports/sms-webhook.js';

export interface SmsStatusDeps {
  db: PlatformDb;
  sms: Config['messages']['sms'];
  /** The scheme of the callback URLs the platform gives providers (part of what Twilio signs). */
  scheme: 'http' | 'https';
}

const FORM = 'application/x-www-form-urlencoded';
const refused = () => new AppError(403, 'INVALID_SIGNATURE', 'The request is not signed by the SMS provider');

/** The report in a webhook gateway's callback: JSON, signed like the requests the platform sends it. */
const webhookReport = z.object({
  id: z.string().max(200).optional(),
  status: z.enum(['delivered', 'undelivered', 'failed']),
  errorCode: z
    .string()
    .regex(/^\w{1,20}$/)
    .optional(),
});

/**
 * Reads a provider's callback, or refuses it (403) unless it is signed with the
 * platform's credentials for the configured provider: Twilio's
 * `X-Twilio-Signature` over the URL it called and its form parameters, or the
 * webhook adapter's `X-Signature` over the raw JSON body.
 */
function readReport(req: Request, raw: Buffer, deps: SmsStatusDeps): SmsReport {
  const { sms } = deps;
  if (sms.provider === 'twilio' && sms.twilio.authToken && req.is(FORM)) {
    const params = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    // The URL Twilio requested, as it signed it: our scheme, the host it called (the school's), the path and query.
    const url = `${deps.scheme}://${req.host}${req.originalUrl}`;
    if (!twilio.validateRequest(sms.twilio.authToken, req.get('X-Twilio-Signature') ?? '', url, params)) throw refused();
    const status = params.MessageStatus ?? params.SmsStatus ?? '';
    const errorCode = /^\d{1,10}$/.test(params.ErrorCode ?? '') ? params.ErrorCode : undefined;
    return { providerId: params.MessageSid ?? params.SmsSid, status, errorCode };
  }
  if (sms.provider === 'webhook' && sms.webhook.secret && req.is('application/json')) {
    const body = raw.toString('utf8');
    if (!verifyWebhookSignature(sms.webhook.secret, req.get(SIGNATURE_HEADER), body)) throw refused();
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new AppError(400, 'VALIDATION_ERROR', 'The body is not valid JSON');
    }
    const report = webhookReport.parse(json);
    return { providerId: report.id, status: report.status, errorCode: report.errorCode };
  }
  throw refused();
}

/**
 * A provider's report is a few hundred bytes: anything over 16 KB is refused
 * (413) before it is read, below the shared limit for binary bodies (uploads),
 * which is far too much for an anonymous route. Mounted before the router.
 */
export const reportSizeLimit: RequestHandler = (req, _res, next) => {
  const length = req.get('content-length');
  if (length === undefined ? req.get('transfer-encoding') !== undefined : Number(length) > 16_384)
    throw new AppError(413, 'PAYLOAD_TOO_LARGE', 'A delivery report is at most 16 KB, with its Content-Length');
  next();
};

/** /api/public/sms-status — delivery reports from the SMS provider, on the school's own address. */
export const smsStatusRoutes = (deps: SmsStatusDeps) => (api: ApiRouter) =>
  api.route({
    method: 'post',
    path: '/:messageId',
    summary: "The SMS provider's delivery report on one of this school's messages",
    description:
      'Called by the provider, not by people: Twilio posts its status callback (form fields, `X-Twilio-Signature`); the webhook ' +
      'adapter posts `{ id, status, errorCode? }` as JSON signed like its requests (`X-Signature: t=…,v1=…`). Refused (403) unless ' +
      'signed with the platform’s credentials. Moves a sent message to delivered or bounced, once and only forward: a replay or a ' +
      'late status changes nothing.',
    access: { kind: 'public' },
    // The message must be this school's (the host names the school): another school's id is 404, like any record,
    // but only once the report is signed (the handler), so an unsigned request cannot tell which ids exist.
    scope: rowScope('message', async ({ messageId }: { messageId: string }) => {
      // By _id alone (FerretDB pushes only that down; a compound filter scans the outbox), the channel checked here.
      const found = await tenantModel(OutboxModel).findById(messageId).select('channel state providerId').lean();
      return found?.channel === 'sms' ? found : null;
    }),
    params: z.object({ messageId: objectId }),
    body: z.instanceof(Buffer, { message: 'Send the provider’s report as it sends it' }),
    bodyType: { binary: [FORM, 'application/json'] },
    status: 200,
    response: {
      description: 'The message’s state after the report',
      schema: z.object({ id: z.string(), state: z.enum(MESSAGE_STATES), changed: z.boolean() }),
    },
    errors: { 403: 'Not signed by the configured SMS provider' },
    handler: ({ req, params, body, inScope }) => {
      const report = readReport(req, body, deps);
      if (!inScope) throw new AppError(404, 'NOT_FOUND', 'No such message');
      return applySmsReport(deps.db.MessageDay, { ...(inScope as Omit<ReportedMessage, 'id'>), id: params.messageId }, report);
    },
  });
