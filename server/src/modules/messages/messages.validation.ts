import { z } from 'zod';
import { email, objectId } from '../../lib/validation.js';
import { listQuery } from '../../school/crud.js';
import { headerSafe, headerText } from './address.js';
import { CHANNELS, MESSAGE_CATEGORIES, MESSAGE_KINDS } from './kinds.js';
import { MESSAGE_STATES } from './outbox.schema.js';

/** Filters of the delivery log (list and CSV). `from`/`to` are days in the school's time zone, both included. */
export const messageListQuery = listQuery(['createdAt', 'sentAt'], '-createdAt', {
  state: z.enum(MESSAGE_STATES).optional(),
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(MESSAGE_KINDS).optional(),
  userId: objectId.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type MessageListQuery = z.infer<typeof messageListQuery>;

const when = z.string().nullable();

/**
 * One row of the delivery log. The address is shown in full: the log is the
 * admin's, who already sees every account's email and every guardian's contact
 * (docs/privacy.md). The sealed link (`secret`) and the template variables never leave the server.
 */
export const messageResponse = z.object({
  id: z.string(),
  kind: z.enum(MESSAGE_KINDS),
  category: z.enum(MESSAGE_CATEGORIES),
  channel: z.enum(CHANNELS),
  userId: z.string().nullable(),
  to: z.string(),
  toName: z.string().nullable(),
  state: z.enum(MESSAGE_STATES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: when,
  segments: z.number().int(),
  createdAt: when,
  sentAt: when,
  deliveredAt: when,
  /** Whether the resend route would take it (its state, and a link that has not expired). */
  resendable: z.boolean(),
});
export type MessageDto = z.infer<typeof messageResponse>;

const stateCounts = z.record(z.enum(MESSAGE_STATES), z.number().int());
export const summaryResponse = z.object({
  since: z.string().describe('Start of the window (7 days back from now)'),
  total: z.number().int(),
  byChannel: z.object({ email: stateCounts, sms: stateCounts }),
  /** Messages that need a look: failed (still retried), dead and bounced. */
  problems: z.number().int(),
});
export type Summary = z.infer<typeof summaryResponse>;

const smtpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'smtp:' || u.protocol === 'smtps:') && u.hostname.length > 0 && headerSafe(v);
    } catch {
      return false;
    }
  }, 'must be an smtp:// or smtps:// URL with a host (smtps://user:password@mail.example.org:465)')
  // Nodemailer reads a URL's query as transport options (proxy, logger, timeouts…): a school sets none of them.
  .refine((v) => !/[?#]/.test(v), 'must not carry a query or fragment (?…, #…): only scheme, credentials, host and port');

const address = email.refine(headerSafe, 'Must not contain line breaks or control characters');

/**
 * The school's sender settings. Every field is the new value: an omitted text
 * field is cleared. `ownSmtp: true` without `smtpUrl` keeps the URL already
 * stored (it is never sent back to the browser); `ownSmtp: false` removes it.
 */
export const messagingSettingsBody = z
  .object({
    senderName: headerText(100).optional(),
    replyTo: address.optional(),
    fromAddress: address.optional(),
    ownSmtp: z.boolean(),
    smtpUrl: smtpUrl.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.ownSmtp && !b.fromAddress)
      ctx.addIssue({ code: 'custom', path: ['fromAddress'], message: 'Required when the school sends through its own SMTP server' });
    if (!b.ownSmtp && b.smtpUrl)
      ctx.addIssue({ code: 'custom', path: ['smtpUrl'], message: 'Set ownSmtp to true to use an SMTP server of your own' });
  });
export type MessagingSettingsBody = z.infer<typeof messagingSettingsBody>;

export const messagingSettingsResponse = z.object({
  senderName: z.string().nullable(),
  replyTo: z.string().nullable(),
  fromAddress: z.string().nullable(),
  ownSmtp: z.boolean(),
  /** The host (and port) of the school's own SMTP server; the URL and its credentials are never returned. */
  smtpHost: z.string().nullable(),
});
export type MessagingSettingsDto = z.infer<typeof messagingSettingsResponse>;
