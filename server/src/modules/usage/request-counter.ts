import type { RequestHandler } from 'express';
import { Types, type Model } from 'mongoose';
import { logger } from '../../lib/logger.js';
// Requests and sign-ins are counted per UTC day (platform-wide counters, summed across schools).
import { utcToday } from '../../lib/dates.js';
import { currentContext } from '../../lib/context.js';
import { isDuplicateKey } from '../../lib/errors.js';
import type { RequestCountDoc } from './request-count.schema.js';
import type { AccountDayDoc } from './account-day.schema.js';

/**
 * Counts the requests each school is served, in memory, and appends the counts
 * to the platform database every `flushMs` (and on shutdown). Counting costs a
 * Map increment per request; the database sees one small write per active
 * school per flush, whatever the traffic.
 *
 * It also notes the accounts signed in at each school each day (a sign-in, or
 * any request made with a session): each account-day is written once
 * (`AccountDay`), so the console counts the accounts of every day as they come,
 * not from `lastLogin`, which a job's snapshot read hours before the day's
 * sign-ins and which the next sign-in overwrites.
 */
export class RequestCounter {
  private counts = new Map<string, number>();
  /** Account-days (`tenantId:day:userId`) seen and not yet written. */
  private accounts = new Set<string>();
  /** Account-days this instance has written, so a session's every request is not a write (cleared as days pass). */
  private written = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly model: Model<RequestCountDoc>,
    private readonly flushMs: number,
    private readonly accountDays?: Model<AccountDayDoc>,
  ) {}

  /** Counts every finished request that was resolved to a school, and the account it was signed in as. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      // The request's work context: sign-in and authentication put the account's id in it.
      const ctx = currentContext();
      res.on('finish', () => {
        if (!req.tenant) return;
        this.add(req.tenant.id);
        if (ctx?.userId) this.signedIn(req.tenant.id, ctx.userId);
      });
      next();
    };
  }

  /** Notes that an account was signed in at a school on `day`. */
  signedIn(tenantId: string, userId: string, day = utcToday()): void {
    const key = `${tenantId}:${day}:${userId}`;
    if (!this.written.has(key)) this.accounts.add(key);
  }

  /** This instance's account-days of one school not yet written (`tenantId:day:userId`). */
  pendingAccounts(tenantId: string): string[] {
    return [...this.accounts].filter((key) => key.startsWith(`${tenantId}:`));
  }

  add(tenantId: string, n = 1, day = utcToday()): void {
    const key = `${tenantId}|${day}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  /** This instance's counts for one school not yet written, by day. */
  pending(tenantId: string): [string, number][] {
    return [...this.counts].filter(([key]) => key.startsWith(`${tenantId}|`)).map(([key, n]) => [key.split('|')[1]!, n]);
  }

  /** This instance's unwritten counts per school, from `fromDay` on. */
  pendingByTenant(fromDay: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const [key, n] of this.counts) {
      const [tenantId, day] = key.split('|') as [string, string];
      if (day >= fromDay) out.set(tenantId, (out.get(tenantId) ?? 0) + n);
    }
    return out;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.flushMs);
    this.timer.unref();
  }

  /**
   * Writes what was counted since the last flush. When the write fails (the
   * database is down: nothing was written) the counts are kept for the next one.
   */
  async flush(): Promise<number> {
    await this.flushAccounts();
    if (this.counts.size === 0) return 0;
    const batch = this.counts;
    this.counts = new Map();
    const docs = [...batch].map(([key, requests]) => {
      const [tenantId, day] = key.split('|') as [string, string];
      return { tenantId: new Types.ObjectId(tenantId), day, requests };
    });
    try {
      await this.model.insertMany(docs, { ordered: false });
      return docs.length;
    } catch (err) {
      for (const [key, n] of batch) this.counts.set(key, (this.counts.get(key) ?? 0) + n);
      logger.warn({ err }, 'request counts could not be saved; kept for the next flush');
      return 0;
    }
  }

  /** Writes the account-days seen since the last flush; one another instance wrote already is kept once. */
  private async flushAccounts(): Promise<void> {
    if (!this.accountDays || this.accounts.size === 0) return;
    const batch = [...this.accounts];
    this.accounts = new Set();
    const docs = batch.map((key) => {
      const [tenantId, day] = key.split(':') as [string, string];
      return { _id: key, tenantId: new Types.ObjectId(tenantId), day };
    });
    try {
      await this.accountDays.insertMany(docs, { ordered: false });
    } catch (err) {
      const writeErrors = (err as { writeErrors?: unknown[] }).writeErrors;
      const onlyDuplicates =
        isDuplicateKey(err) && (!writeErrors || writeErrors.every((e) => isDuplicateKey((e as { err?: unknown }).err ?? e)));
      if (!onlyDuplicates) {
        for (const key of batch) this.accounts.add(key);
        logger.warn({ err }, 'signed-in accounts could not be saved; kept for the next flush');
        return;
      }
    }
    const day = utcToday();
    for (const key of this.written) if (!key.includes(`:${day}:`)) this.written.delete(key);
    for (const key of batch) if (key.includes(`:${day}:`)) this.written.add(key);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
