import type { Request, RequestHandler } from 'express';
import { rateLimit, ipKeyGenerator, MemoryStore, type Store, type RateLimitInfo } from 'express-rate-limit';
import { RedisStore, type SendCommandFn as SendCommand } from 'rate-limit-redis';
import { createClient } from 'redis';
import { AppError } from '../lib/errors.js';
import { logger } from '../lib/logger.js';
import type { RouteLimits } from './route.js';

export interface RateLimitConfig {
  enabled: boolean;
  /** Shared counters for several API instances; in-memory (per instance) when absent. */
  redisUrl?: string;
  /** Requests a minute of one address to routes that need no sign-in. */
  anonymousPerMinute: number;
  /** Requests a minute of one signed-in user (school user or platform operator). */
  userPerMinute: number;
  login: { perAccount: number; perIp: number; windowMs: number };
}

/**
 * The platform's rate limits, all with one store kind: Redis when REDIS_URL is
 * set (counters shared by every API instance), memory otherwise. Each runs in
 * the route's own chain (route.ts), so a path variant cannot reach a handler
 * without them:
 *  - anonymous routes: requests per minute per address;
 *  - signed-in routes, after authentication: per user, then the school's
 *    `limits.requestsPerMinute`, an envelope only its signed-in users spend;
 *  - routes taking a password or token: failed attempts per address, and
 *    failed sign-ins per account (school + email).
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

  /** The limiters ApiRouter puts in each route's chain (none when rate limits are off). */
  forRoutes(): RouteLimits {
    if (!this.config.enabled) return { anonymous: [], signedIn: [], signIn: () => ({ address: [], account: [] }) };
    const anonymous = [this.anonymous()];
    const signedIn = [this.perUser(), this.perSchool()];
    const signIn = { school: this.signIn('school'), platform: this.signIn('platform') };
    return { anonymous, signedIn, signIn: (scope) => signIn[scope] };
  }

  private store(prefix: string): Store {
    if (!this.redis) return new MemoryStore();
    return new RedisStore({ prefix: `rl:${prefix}:`, sendCommand: this.redis.send });
  }

  private limiter(opts: {
    name: string;
    windowMs: number;
    limit: number | ((req: Request) => number);
    key: (req: Request) => string;
    skip?: (req: Request) => boolean;
    failuresOnly?: boolean;
    message: string;
  }): RequestHandler {
    return rateLimit({
      windowMs: opts.windowMs,
      limit: opts.limit,
      keyGenerator: opts.key,
      skip: opts.skip,
      skipSuccessfulRequests: opts.failuresOnly ?? false,
      // A failure is a wrong credential, never a refusal before one is checked (a cross-site form post with the
      // wrong type, a malformed body, a CSRF refusal): else any web page could lock an address out of sign-in.
      requestWasSuccessful: (_req, res) => !CREDENTIAL_FAILURES.has(String(res.locals.errorCode)),
      store: this.store(opts.name),
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: refuse(opts.message),
    });
  }

  /** Anonymous requests per address: an anonymous flood costs its sender, never a school's budget. */
  private anonymous(): RequestHandler {
    return this.limiter({
      name: 'anonymous',
      windowMs: 60_000,
      limit: this.config.anonymousPerMinute,
      key: address,
      message: 'Too many requests from this address; try again shortly',
    });
  }

  /** Requests per signed-in user (after authentication, so the key is a verified id). */
  private perUser(): RequestHandler {
    return this.limiter({
      name: 'user',
      windowMs: 60_000,
      limit: this.config.userPerMinute,
      key: (req) => (req.user ? `${req.user.tenantId}:${req.user.id}` : `platform:${req.superAdmin!.id}`),
      skip: (req) => !req.user && !req.superAdmin,
      message: 'You have made too many requests this minute; try again shortly',
    });
  }

  /** Requests per minute of the school's signed-in users (its plan's or its own override). */
  private perSchool(): RequestHandler {
    return this.limiter({
      name: 'school',
      windowMs: 60_000,
      limit: (req) => req.tenant?.limits.requestsPerMinute ?? 0,
      key: (req) => req.tenant!.id,
      skip: (req) => !req.tenant || !req.user,
      message: 'This school has reached its requests per minute; try again shortly',
    });
  }

  /**
   * Password and token routes. Only failures count, per address and per account: guessing fails, while a school's
   * staff signing in behind one address (the morning register, docs/security.md) mostly succeed.
   */
  private signIn(scope: 'school' | 'platform'): { address: RequestHandler[]; account: RequestHandler[] } {
    const { perAccount, perIp, windowMs } = this.config.login;
    // The account a guess is aimed at: the signed-in user proving their current password (changing their own
    // email or password), else the email signed in with.
    const account = (req: Request) => {
      if (req.user) return `user:${req.user.id}`;
      const body = req.body as { email?: unknown } | undefined;
      return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    };
    return {
      address: [
        this.limiter({
          name: `${scope}-login-ip`,
          windowMs,
          limit: perIp,
          key: address,
          failuresOnly: true,
          message: 'Too many failed sign-in attempts from this address; try again later',
        }),
      ],
      // Keyed on the account, so it runs after the body is parsed; token routes name no account and skip it.
      account: [
        this.limiter({
          name: `${scope}-login-account`,
          windowMs,
          limit: perAccount,
          key: (req) => `${scope === 'school' ? (req.tenant?.id ?? '-') : 'platform'}:${account(req)}`,
          skip: (req) => account(req) === '',
          failuresOnly: true,
          message: 'Too many failed sign-ins for this account; try again later',
        }),
      ],
    };
  }

  async close(): Promise<void> {
    await this.redis?.close();
  }
}

const address = (req: Request) => ipKeyGenerator(req.ip ?? '');

/** Error codes that mean "a password or token was checked and was wrong": what the sign-in limits count. */
const CREDENTIAL_FAILURES = new Set([
  'INVALID_CREDENTIALS',
  'WRONG_PASSWORD',
  'INVALID_REFRESH_TOKEN',
  'TOKEN_REUSED',
  'SESSION_REVOKED',
  'INVALID_INVITATION',
  'INVALID_RESET_TOKEN',
]);

function refuse(message: string) {
  return (req: Request, res: Parameters<RequestHandler>[1], next: Parameters<RequestHandler>[2]) => {
    const info = (req as Request & { rateLimit?: RateLimitInfo }).rateLimit;
    const seconds = Math.max(1, Math.ceil(((info?.resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
    res.set('Retry-After', String(seconds));
    next(new AppError(429, 'RATE_LIMITED', message, { retryAfterSeconds: seconds, limit: info?.limit }));
  };
}
