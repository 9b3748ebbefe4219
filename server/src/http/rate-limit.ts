import type { Request, RequestHandler } from 'express';
import { rateLimit, ipKeyGenerator, MemoryStore, type Store, type RateLimitInfo } from 'express-rate-limit';
import { RedisStore, type SendCommandFn as SendCommand } from 'rate-limit-redis';
import { createClient } from 'redis';
import { AppError } from '../lib/errors.js';
import { logger } from '../lib/logger.js';

export interface RateLimitConfig {
  enabled: boolean;
  /** Shared counters for several API instances; in-memory (per instance) when absent. */
  redisUrl?: string;
  login: { perAccount: number; perIp: number; windowMs: number };
}

/**
 * The platform's rate limits, all with one store kind: Redis when REDIS_URL is
 * set (counters shared by every API instance), memory otherwise.
 *  - per school, by plan: `limits.requestsPerMinute` requests a minute;
 *  - sign-in: failed attempts per account, and attempts per IP address.
 * A refused request is 429 RATE_LIMITED with Retry-After (seconds).
 */
export class RateLimits {
  private constructor(
    private readonly config: RateLimitConfig,
    private readonly redis: { send: SendCommand; close: () => Promise<unknown> } | undefined,
  ) {}

  static async create(config: RateLimitConfig): Promise<RateLimits> {
    if (!config.enabled || !config.redisUrl) return new RateLimits(config, undefined);
    const client = createClient({ url: config.redisUrl });
    client.on('error', (err: unknown) => logger.error({ err }, 'rate limit store (Redis) error'));
    await client.connect();
    logger.info('rate limits: counters shared through Redis');
    return new RateLimits(config, { send: (...args) => client.sendCommand(args) as ReturnType<SendCommand>, close: () => client.quit() });
  }

  private store(prefix: string): Store {
    if (!this.redis) return new MemoryStore();
    return new RedisStore({ prefix: `rl:${prefix}:`, sendCommand: this.redis.send });
  }

  /** Requests per minute for the school the request resolved to (its plan's or its own override). */
  perSchool(): RequestHandler {
    if (!this.config.enabled) return (_req, _res, next) => next();
    return rateLimit({
      windowMs: 60_000,
      limit: (req: Request) => req.tenant?.limits.requestsPerMinute ?? 0,
      skip: (req: Request) => !req.tenant,
      keyGenerator: (req: Request) => req.tenant!.id,
      store: this.store('school'),
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: refuse('This school has reached its requests per minute; try again shortly'),
    });
  }

  /** Sign-in attempts: failed ones per account (school + email), all per IP address. */
  login(scope: 'school' | 'platform'): RequestHandler[] {
    if (!this.config.enabled) return [];
    const { perAccount, perIp, windowMs } = this.config.login;
    const account = (req: Request) => {
      const email = typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';
      return `${scope === 'school' ? (req.tenant?.id ?? '-') : 'platform'}:${email}`;
    };
    return [
      rateLimit({
        windowMs,
        limit: perIp,
        keyGenerator: (req: Request) => ipKeyGenerator(req.ip ?? ''),
        store: this.store(`${scope}-login-ip`),
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: refuse('Too many sign-in attempts from this address; try again later'),
      }),
      rateLimit({
        windowMs,
        limit: perAccount,
        keyGenerator: account,
        skipSuccessfulRequests: true,
        store: this.store(`${scope}-login-account`),
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: refuse('Too many failed sign-ins for this account; try again later'),
      }),
    ];
  }

  async close(): Promise<void> {
    await this.redis?.close();
  }
}

function refuse(message: string) {
  return (req: Request, res: Parameters<RequestHandler>[1], next: Parameters<RequestHandler>[2]) => {
    const info = (req as Request & { rateLimit?: RateLimitInfo }).rateLimit;
    const seconds = Math.max(1, Math.ceil(((info?.resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
    res.set('Retry-After', String(seconds));
    next(new AppError(429, 'RATE_LIMITED', message, { retryAfterSeconds: seconds, limit: info?.limit }));
  };
}
