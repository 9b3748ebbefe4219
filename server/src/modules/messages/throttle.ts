import { LRUCache } from 'lru-cache';
import type { Plan } from '../../tenancy/tenant.types.js';

/**
 * Messages a school may send per minute, by plan (email and SMS together). A
 * school over its rate is not failed: its turn is cut short and its queue
 * entry comes back when the rate allows more.
 */
export const PLAN_MESSAGES_PER_MINUTE: Record<Plan, number> = { basic: 60, standard: 300, premium: 1_200 };

/** A token bucket: `rate` tokens a second, at most `burst` saved up. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    readonly rate: number,
    readonly burst: number,
    now = Date.now(),
  ) {
    this.tokens = burst;
    this.at = now;
  }

  private refill(now: number) {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.rate);
    this.at = now;
  }

  /** Whole tokens available now. */
  available(now = Date.now()): number {
    this.refill(now);
    return Math.floor(this.tokens);
  }

  /** Takes one if there is one. */
  tryTake(now = Date.now()): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Milliseconds until one token is available. */
  waitMs(now = Date.now()): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.rate) * 1000);
  }

  /** Waits for a token and takes it (a provider's rate: the whole worker shares it). */
  async take(): Promise<void> {
    for (;;) {
      const wait = this.waitMs();
      if (wait === 0 && this.tryTake()) return;
      await new Promise((r) => setTimeout(r, Math.max(wait, 1)));
    }
  }
}

/**
 * Per-school buckets of one worker process. With several workers a school's
 * turns may be taken by different processes, each with its own bucket, so the
 * cap is per worker (a school is worked by one worker at a time, which bounds
 * it in practice); a shared counter would cost a platform write per message.
 */
export class SchoolThrottle {
  private readonly buckets = new LRUCache<string, TokenBucket>({ max: 10_000 });

  constructor(private readonly perMinute: Record<Plan, number> = PLAN_MESSAGES_PER_MINUTE) {}

  bucket(tenantId: string, plan: Plan): TokenBucket {
    const rate = (this.perMinute[plan] ?? PLAN_MESSAGES_PER_MINUTE.basic) / 60;
    let b = this.buckets.get(tenantId);
    if (!b || b.rate !== rate) {
      // A minute's worth at most, so a school that was quiet may send a burst of one minute's allowance.
      b = new TokenBucket(rate, Math.max(1, rate * 60));
      this.buckets.set(tenantId, b);
    }
    return b;
  }
}
