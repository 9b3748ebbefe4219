import type { RequestHandler } from 'express';
import { Types, type Model } from 'mongoose';
import { logger } from '../../lib/logger.js';
import { today } from '../../lib/dates.js';
import type { RequestCountDoc } from './request-count.schema.js';

/**
 * Counts the requests each school is served, in memory, and appends the counts
 * to the platform database every `flushMs` (and on shutdown). Counting costs a
 * Map increment per request; the database sees one small write per active
 * school per flush, whatever the traffic.
 */
export class RequestCounter {
  private counts = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly model: Model<RequestCountDoc>,
    private readonly flushMs: number,
  ) {}

  /** Counts every finished request that was resolved to a school. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      res.on('finish', () => {
        if (req.tenant) this.add(req.tenant.id);
      });
      next();
    };
  }

  add(tenantId: string, n = 1, day = today()): void {
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

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
