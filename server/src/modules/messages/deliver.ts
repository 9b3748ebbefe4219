import mongoose, { type Model } from 'mongoose';
import { decryptSecret } from '../../lib/crypto.js';
import { logger } from '../../lib/logger.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { CATEGORY_OF, isBulk, type Channel, type MessageKind, type MessageVars } from './kinds.js';
import type { OutboxDoc } from './outbox.schema.js';
import { portalLink } from './portal-url.js';
import { renderMessage, type Branding } from './templates.js';
import type { Language } from '../../lib/i18n.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { UserModel } from '../users/user.schema.js';
import type { TokenBucket } from './throttle.js';
import type { EmailRoute } from './transports/email.js';
import { DeliveryError, type SmsTransport } from './transports/transport.js';
import { unsubscribeToken } from './unsubscribe-token.js';
import { CHOOSABLE, preferencesOf, type Choosable } from './preferences.js';

export type OutboxMessage = OutboxDoc & { _id: mongoose.Types.ObjectId };
export type Outcome = 'sent' | 'failed' | 'dead' | 'waiting' | 'suppressed' | 'lost';

/** Kinds whose whole point is their sealed link: without it they cannot be sent. */
const NEEDS_SECRET: ReadonlySet<MessageKind> = new Set(['invitation', 'password_reset']);

/** Per channel, what a turn did (added to the day's counts on the platform). */
export type DayCounts = Record<Channel, { sent: number; failed: number; dead: number; segments: number }>;
export const emptyCounts = (): DayCounts => ({
  email: { sent: 0, failed: 0, dead: 0, segments: 0 },
  sms: { sent: 0, failed: 0, dead: 0, segments: 0 },
});

/** What one school's turn needs to deliver its messages. */
export interface TurnContext {
  tenant: TenantRecord;
  portal: string;
  branding: Branding;
  encryptionKey: Buffer;
  maxAttempts: number;
  backoffMs: (attempts: number) => number;
  /** How long email/SMS without a way out waits before it is looked at again. */
  noTransportWaitMs: number;
  email: () => Promise<EmailRoute | undefined>;
  sms?: SmsTransport;
  smtpRate: TokenBucket;
  smsRate: TokenBucket;
  counts: DayCounts;
}

/** Per turn, the languages of the recipients already looked up (a turn sends many messages to the same people). */
const turnLanguages = new WeakMap<TurnContext, Map<string, Language>>();

/**
 * The language a message is written in: the recipient's own choice, else the school's. Read when it is sent, so a
 * message queued before the person chose a language still arrives in it.
 */
async function recipientLanguage(userId: unknown, ctx: TurnContext): Promise<Language> {
  const school = ctx.tenant.schoolConfig.language ?? 'en';
  if (!userId) return school;
  const known = turnLanguages.get(ctx) ?? new Map<string, Language>();
  turnLanguages.set(ctx, known);
  const id = String(userId);
  const cached = known.get(id);
  if (cached) return cached;
  const user = await tenantModel(UserModel).findById(userId).select('language').lean();
  const language = (user?.language as Language | null | undefined) ?? school;
  known.set(id, language);
  return language;
}

/**
 * Backoff after the n-th failed attempt: 30 s, 2 min, 10 min, 1 h, then 3 h
 * (cap), each ±20 % so that a batch that failed together is not retried together.
 */
export function defaultBackoffMs(attempts: number): number {
  const steps = [30_000, 120_000, 600_000, 3_600_000, 10_800_000];
  const base = steps[Math.min(Math.max(attempts, 1), steps.length) - 1]!;
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

const T = mongoose.trusted;

/**
 * Delivers one message: claims it (`sending`, attempts + 1), renders it,
 * hands it to the next hop, and writes `sent` only after the hop accepted
 * it. A failure is `failed` with a backoff, or `dead` (permanent refusal,
 * attempts spent, a link that cannot be unsealed). Email or SMS with no way
 * out waits `queued` (NO_TRANSPORT) without using an attempt.
 */
export async function deliver(Outbox: Model<OutboxDoc>, msg: OutboxMessage, ctx: TurnContext): Promise<Outcome> {
  const channel = msg.channel as Channel;
  const now = new Date();
  const email = channel === 'email' ? await ctx.email() : undefined;
  if (channel === 'sms' && !ctx.tenant.features.smsNotifications) {
    // The school has no SMS: never sent (kept in the log), rather than a backlog sent the day it is turned on.
    await Outbox.updateOne({ _id: msg._id }, { $set: { state: 'suppressed', lastError: 'SMS_OFF: this school does not send SMS' } });
    return 'suppressed';
  }
  if ((channel === 'email' && !email) || (channel === 'sms' && !ctx.sms)) {
    const text = channel === 'email' ? 'no SMTP server configured' : 'no SMS provider configured';
    await Outbox.updateOne(
      { _id: msg._id },
      { $set: { state: 'queued', lastError: `NO_TRANSPORT: ${text}`, nextAttemptAt: new Date(now.getTime() + ctx.noTransportWaitMs) } },
    );
    return 'waiting';
  }

  // The person may have turned this off since it was written (an SMS held by quiet hours, a retry hours later): asked again now.
  const category = CATEGORY_OF[msg.kind as MessageKind];
  if (msg.userId && CHOOSABLE.includes(category as Choosable)) {
    const prefs = await preferencesOf(msg.userId);
    if (!prefs.categories[category as Choosable][channel]) {
      await Outbox.updateOne(
        { _id: msg._id },
        { $set: { state: 'suppressed', lastError: 'TURNED_OFF: the person turned these messages off after it was written' } },
      );
      return 'suppressed';
    }
  }

  // The claim. A stuck `sending` (its worker died) is claimed by its sendingSince, so two workers cannot both take it over.
  const claimed = await Outbox.updateOne(
    { _id: msg._id, state: msg.state, attempts: msg.attempts, ...(msg.state === 'sending' ? { sendingSince: msg.sendingSince } : {}) },
    { $set: { state: 'sending', sendingSince: now }, $inc: { attempts: 1 } },
  );
  if (claimed.modifiedCount !== 1) return 'lost';
  const attempts = (msg.attempts ?? 0) + 1;

  try {
    const kind = msg.kind as MessageKind;
    let link = portalLink(ctx.portal, kind === 'welcome' ? '/login' : '/');
    if (msg.secret) {
      try {
        link = portalLink(ctx.portal, decryptSecret(msg.secret, ctx.encryptionKey));
      } catch {
        throw new DeliveryError('SECRET_UNREADABLE', "the message's link was sealed with another platform's key", true);
      }
    } else if (NEEDS_SECRET.has(kind)) {
      throw new DeliveryError('SECRET_MISSING', 'the message has no link (exported without secrets)', true);
    }
    const unsubscribe = isBulk(kind) && msg.userId ? unsubscribeToken(msg.userId.toString(), category) : undefined;
    const rendered = renderMessage({
      kind,
      vars: msg.vars as MessageVars[typeof kind],
      toName: msg.toName ?? undefined,
      school: ctx.branding,
      link,
      unsubscribeUrl: unsubscribe ? `${ctx.portal}/unsubscribe?token=${encodeURIComponent(unsubscribe)}` : undefined,
      language: await recipientLanguage(msg.userId, ctx),
    });

    let providerId: string | undefined;
    let segments = 0;
    if (channel === 'email') {
      await ctx.smtpRate.take();
      const res = await email!.send({
        tenantId: ctx.tenant.id,
        key: msg.key,
        to: { name: msg.toName ?? undefined, address: msg.to },
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        headers: unsubscribe
          ? {
              'List-Unsubscribe': `<${ctx.portal}/api/public/unsubscribe?token=${encodeURIComponent(unsubscribe)}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : undefined,
      });
      providerId = res.providerId;
    } else {
      await ctx.smsRate.take();
      // The provider reports delivery to the school's own address (the SMS status route: /api/public/sms-status/:messageId).
      const statusCallback = `${ctx.portal}/api/public/sms-status/${encodeURIComponent(msg._id.toString())}`;
      const res = await ctx.sms!.send({ to: msg.to, text: rendered.sms, idempotencyKey: msg.key, statusCallback });
      providerId = res.providerId;
      segments = res.segments;
    }
    await Outbox.updateOne(
      { _id: msg._id },
      { $set: { state: 'sent', sentAt: new Date(), providerId, segments }, $unset: { sendingSince: 1, lastError: 1 } },
    );
    ctx.counts[channel].sent += 1;
    ctx.counts[channel].segments += segments;
    return 'sent';
  } catch (err) {
    const failure = err instanceof DeliveryError ? err : new DeliveryError('ERROR', 'unexpected error while sending');
    if (!(err instanceof DeliveryError)) logger.error({ err, messageId: msg._id.toString() }, 'message delivery failed unexpectedly');
    const dead = failure.permanent || attempts >= ctx.maxAttempts;
    const lastError = `${failure.code}: ${failure.message}`.slice(0, 300);
    await Outbox.updateOne(
      { _id: msg._id },
      dead
        ? { $set: { state: 'dead', lastError }, $unset: { sendingSince: 1 } }
        : {
            $set: { state: 'failed', lastError, nextAttemptAt: new Date(Date.now() + ctx.backoffMs(attempts)) },
            $unset: { sendingSince: 1 },
          },
    );
    ctx.counts[channel].failed += 1;
    if (dead) ctx.counts[channel].dead += 1;
    logger.info({ messageId: msg._id.toString(), code: failure.code, attempts, dead }, 'message not delivered');
    return dead ? 'dead' : 'failed';
  }
}

/** Filter for a school's messages a turn may take now: due ones, and ones stuck `sending` longer than `stuckMs`. */
export const dueFilter = (now: Date, stuckMs: number) => ({
  $or: [
    { state: T({ $in: ['queued', 'failed'] }), nextAttemptAt: T({ $lte: now }) },
    { state: 'sending', sendingSince: T({ $lte: new Date(now.getTime() - stuckMs) }) },
  ],
});
