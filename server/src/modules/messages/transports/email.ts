import { createHash } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import { LRUCache } from 'lru-cache';
import type { PlatformDb } from '../../../db/platform-db.js';
import { decryptSecret } from '../../../lib/crypto.js';
import { logger } from '../../../lib/logger.js';
import type { TenantRecord } from '../../../tenancy/tenant.types.js';
import { connectChecked, PrivateHostError } from '../smtp-host.js';
import { DeliveryError } from './transport.js';

/** One email ready for the next hop (headers already checked: names and subject are one line). */
export interface EmailToSend {
  to: { name?: string; address: string };
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** The school and the outbox key: the Message-ID is derived from them, so a retry carries the same one. */
  tenantId: string;
  key: string;
  /** Extra headers (List-Unsubscribe…). */
  headers?: Record<string, string>;
}

/** A way out for one school's mail: the server it goes through and the From it carries. */
export interface EmailRoute {
  /** `platform` or `school` (own SMTP server). */
  via: 'platform' | 'school';
  from: { name: string; address: string };
  send(mail: EmailToSend): Promise<{ providerId: string }>;
}

export interface EmailTransportsOptions {
  /** Platform SMTP (SMTP_URL); without it, only schools with their own server can send email. */
  platformUrl?: string;
  /** SMTP_FROM. */
  platformFrom: string;
  db: PlatformDb;
  encryptionKey: Buffer;
  /** Schools' own transports kept open at once (each holds a small pool of connections). */
  maxSchools?: number;
  /** Connections per pool. */
  maxConnections?: number;
  /** SMTP_ALLOW_PRIVATE_HOSTS: schools' own servers may be on loopback/private/link-local addresses (tests, development). */
  allowPrivateHosts?: boolean;
}

/**
 * `<sha256(school id + key)@host>`: the same outbox message always carries the same Message-ID, so a receiver
 * can drop a resent copy (keys are unique per school only, hence the school's id).
 */
export const messageIdFor = (tenantId: string, key: string, fromAddress: string) =>
  `<${createHash('sha256').update(`${tenantId}:${key}`).digest('hex')}@${
    fromAddress
      .split('@')
      .pop()!
      .replace(/[<>\s]/g, '') || 'localhost'
  }>`;

// Long SMTP timeouts (nodemailer's default socket timeout is 10 minutes) would keep a turn, and the school, waiting.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * The SMTP transports of the platform and of schools that bring their own
 * server: pooled nodemailer transports, the schools' ones in a bounded LRU
 * (closed when dropped). A school's SMTP URL is read sealed from the platform
 * database (`+messaging.smtpUrl`) and unsealed only here.
 */
export class EmailTransports {
  private readonly platform: Transporter | undefined;
  private readonly schools: LRUCache<string, { sealed: string; transport: Transporter }>;

  constructor(private readonly opts: EmailTransportsOptions) {
    this.platform = opts.platformUrl ? this.create(opts.platformUrl) : undefined;
    this.schools = new LRUCache({ max: opts.maxSchools ?? 100, dispose: (v) => v.transport.close() });
  }

  /** Whether the platform itself can send email (SMTP_URL set). */
  get hasPlatform(): boolean {
    return Boolean(this.platform);
  }

  /** How `tenant`'s mail goes out, or undefined when there is no server for it (email waits, NO_TRANSPORT). */
  async route(tenant: TenantRecord): Promise<EmailRoute | undefined> {
    const senderName = tenant.messaging?.senderName || tenant.schoolConfig.name || tenant.name;
    if (tenant.messaging?.ownSmtp) {
      const own = await this.schoolTransport(tenant);
      if (own) {
        const address = tenant.messaging.fromAddress || this.opts.platformFrom;
        return this.routeVia('school', own, { name: senderName, address }, tenant.messaging.replyTo);
      }
    }
    if (!this.platform) return undefined;
    return this.routeVia('platform', this.platform, { name: senderName, address: this.opts.platformFrom }, tenant.messaging?.replyTo);
  }

  close(): void {
    this.platform?.close();
    this.schools.clear();
  }

  private routeVia(via: EmailRoute['via'], transport: Transporter, from: EmailRoute['from'], replyTo?: string): EmailRoute {
    return {
      via,
      from,
      send: async (mail) => {
        const messageId = messageIdFor(mail.tenantId, mail.key, from.address);
        try {
          await transport.sendMail({
            from,
            to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
            replyTo: mail.replyTo ?? replyTo,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            messageId,
            headers: mail.headers,
            // No Bcc/Cc: one message, one recipient.
          });
        } catch (err) {
          throw smtpFailure(err);
        }
        return { providerId: messageId };
      },
    };
  }

  private async schoolTransport(tenant: TenantRecord): Promise<Transporter | undefined> {
    const doc = await this.opts.db.Tenant.findById(tenant.id).select('+messaging.smtpUrl').lean();
    const sealed = doc?.messaging?.smtpUrl;
    if (!sealed) return undefined;
    const cached = this.schools.get(tenant.id);
    if (cached?.sealed === sealed) return cached.transport;
    let url: string;
    try {
      url = decryptSecret(sealed, this.opts.encryptionKey);
    } catch {
      logger.warn({ tenantId: tenant.id }, "the school's own SMTP settings cannot be unsealed with this platform's key");
      return undefined;
    }
    const transport = this.createForSchool(url);
    this.schools.set(tenant.id, { sealed, transport });
    return transport;
  }

  private create(url: string): Transporter {
    const options: SMTPPool.Options & { url: string } = { url, ...this.poolOptions() };
    return nodemailer.createTransport(options);
  }

  /**
   * A school's own server, set by a school admin: only the URL's scheme, credentials, host and port are used
   * (nodemailer would read its query as options that override ours: `proxy`, `logger`, timeouts…), and it
   * connects only to public addresses, checked at each connection (smtp-host.ts).
   */
  private createForSchool(url: string): Transporter {
    const u = new URL(url);
    const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
    const secure = u.protocol === 'smtps:';
    const port = Number(u.port) || (secure ? 465 : 587);
    const allowPrivate = Boolean(this.opts.allowPrivateHosts);
    const options: SMTPPool.Options = {
      host,
      port,
      secure,
      ...(u.username || u.password ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
      ...this.poolOptions(),
      getSocket: (_o, callback) => {
        connectChecked({ host, port, allowPrivate, timeoutMs: TIMEOUTS.connectionTimeout }).then(
          (connection) => callback(null, { connection }),
          (err: Error) => callback(err, undefined),
        );
      },
    };
    return nodemailer.createTransport(options);
  }

  private poolOptions() {
    return {
      pool: true as const,
      maxConnections: this.opts.maxConnections ?? 4,
      ...TIMEOUTS,
      // Nodemailer logs nothing by default; never let it log addresses.
      logger: false,
    };
  }
}

/**
 * An SMTP failure as a DeliveryError: a 5xx reply to this message (its
 * recipient or its data) is permanent; 4xx replies, connection and time-out
 * errors are retried. The server's text is not kept (it often quotes the address).
 */
export function smtpFailure(err: unknown): DeliveryError {
  if (err instanceof PrivateHostError) return new DeliveryError('SMTP_PRIVATE_HOST', "the school's SMTP server is not on a public address");
  const e = err as { code?: string; responseCode?: number; command?: string };
  const status = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  if (status !== undefined) {
    const permanent = status >= 500 && e.code !== 'EAUTH';
    const what = e.code === 'EAUTH' ? 'authentication refused' : permanent ? 'refused by the mail server' : 'deferred by the mail server';
    return new DeliveryError(`SMTP_${status}`, what, permanent);
  }
  const code = typeof e.code === 'string' && /^[A-Z_]{2,20}$/.test(e.code) ? e.code : 'ERROR';
  return new DeliveryError(`SMTP_${code}`, 'the mail server could not be reached or did not answer');
}
