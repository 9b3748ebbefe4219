import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { RateLimitConfig } from '../http/rate-limit.js';

/** Repository root (server/src/config → ../../..), also right for the compiled server/dist/src/config. */
export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? '../../../..' : '../../..',
);

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max).default(def);
/** An empty value (`PUBLIC_PORT=` in an env file) means unset, as for the optional strings. */
const blankIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

/**
 * Every environment variable the server reads, with its default. Nothing else
 * in the codebase reads process.env (scripts pass it through loadConfig).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: int(5000, 0, 65535),
  SHUTDOWN_GRACE_MS: int(10_000, 0, 120_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Platform database URI. Empty: an embedded server is started (see db/embedded-server.ts). */
  MONGODB_URI: optional,
  PLATFORM_DB_NAME: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,38}$/)
    .default('platform'),
  TENANT_DB_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_]{0,20}$/)
    .default('school_'),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  EMBEDDED_DB: z.enum(['auto', 'memory-server', 'ferretdb']).default('auto'),
  FERRETDB_BIN: optional,
  BASE_DOMAIN: z
    .string()
    .default('localhost')
    .transform((v) => v.toLowerCase().replace(/\.$/, '')),
  TRUST_PROXY: optional,
  BODY_LIMIT: z.string().default('100kb'),
  JWT_SECRET: optional,
  JWT_ALGORITHM: z.enum(['HS256', 'HS384', 'HS512']).default('HS256'),
  ACCESS_TOKEN_TTL_SECONDS: int(15 * 60, 30, 24 * 3600),
  REFRESH_TOKEN_TTL_DAYS: int(30, 1, 365),
  // How long a just-rotated refresh token is still honoured (two tabs refreshing at once); 0 turns it off.
  REFRESH_GRACE_SECONDS: int(10, 0, 60),
  ENCRYPTION_KEY: optional,
  BCRYPT_COST: int(12, 4, 15),
  PASSWORD_HASH_CONCURRENCY: int(0, 0, 256),
  TENANT_CACHE_TTL_MS: int(300_000, 0, 60 * 60_000),
  TENANT_CHANGE_POLL_MS: int(1_000, 0, 60_000),
  USAGE_FLUSH_MS: int(60_000, 1_000, 60 * 60_000),
  TRIAL_DAYS: int(14, 1, 365),
  JOBS_INTERVAL_MS: int(60 * 60_000, 10_000, 24 * 60 * 60_000),
  JOBS_ENABLED: bool.default(true),
  RATE_LIMIT_ENABLED: bool.default(true),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  UPLOADS_DIR: optional,
  S3_BUCKET: optional,
  S3_PREFIX: z.string().default(''),
  S3_REGION: z.string().default('us-east-1'),
  S3_ENDPOINT: optional,
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  REDIS_URL: optional,
  ANONYMOUS_LIMIT_PER_MINUTE: int(600, 1, 1_000_000),
  USER_LIMIT_PER_MINUTE: int(120, 1, 1_000_000),
  LOGIN_LIMIT_PER_ACCOUNT: int(10, 1, 1000),
  LOGIN_LIMIT_PER_IP: int(50, 1, 100_000),
  LOGIN_LIMIT_WINDOW_MS: int(15 * 60_000, 1_000, 24 * 60 * 60_000),
  TENANT_CACHE_MAX: int(5_000, 10),
  SCHOOL_CONCURRENCY: int(2, 0, 1_000),
  QUERY_TIMEOUT_MS: int(10_000, 0, 10 * 60_000),
  SCHOOL_QUEUE: int(200, 0, 100_000),
  SCHOOL_QUEUE_WAIT_MS: int(10_000, 100, 120_000),
  TENANT_DB_HANDLES_MAX: int(5_000, 10),
  DEDICATED_CONNECTIONS_MAX: int(50, 1, 10_000),
  DB_POOL_SIZE: int(20, 1, 500),
  DEDICATED_POOL_SIZE: int(5, 1, 100),
  TENANT_DB_TIMEOUT_MS: int(5_000, 100, 60_000),
  SUPERADMIN_EMAIL: optional,
  SUPERADMIN_PASSWORD: optional,
  DEMO_ADMIN_EMAIL: optional,
  DEMO_ADMIN_PASSWORD: optional,
  /** Where people reach the portals, for links in messages: scheme and (outside production) the port. */
  PUBLIC_SCHEME: blankIsUnset(z.enum(['http', 'https']).optional()),
  PUBLIC_PORT: blankIsUnset(z.coerce.number().int().min(1).max(65535).optional()),
  /** Platform SMTP server for email, e.g. smtp://user:pass@mail.example:587 or smtps://…:465. Empty: email waits in the outbox. */
  SMTP_URL: optional,
  /** Sender address of platform mail (a school's name is shown beside it), e.g. "no-reply@schools.example". */
  SMTP_FROM: z.string().default('no-reply@localhost'),
  /** Messages an SMTP server accepts per second from this platform (every school together). */
  SMTP_RATE_PER_SECOND: int(50, 1, 10_000),
  /**
   * Lets schools' own SMTP servers be on loopback, private or link-local addresses (off: such a host is
   * refused when saved and at every connection). For tests and development only; the platform's SMTP_URL is not checked.
   */
  SMTP_ALLOW_PRIVATE_HOSTS: bool.default(false),
  SMS_PROVIDER: z.enum(['none', 'twilio', 'webhook']).default('none'),
  TWILIO_ACCOUNT_SID: optional,
  TWILIO_AUTH_TOKEN: optional,
  /** Sender number (E.164) or messaging service SID (MG…). */
  TWILIO_FROM: optional,
  /** Another base URL for Twilio's REST API (a regional edge, or a loopback stand-in in tests). */
  TWILIO_API_BASE: optional,
  SMS_WEBHOOK_URL: optional,
  SMS_WEBHOOK_SECRET: optional,
  SMS_RATE_PER_SECOND: int(10, 1, 10_000),
  /** The message worker: delivers every school's outbox (on as many instances as run it; a school is worked by one at a time). */
  MESSAGES_WORKER_ENABLED: bool.default(true),
  MESSAGES_POLL_MS: int(1_000, 50, 60_000),
  /** Messages one school sends in one turn before the worker moves to the next school (fairness). */
  MESSAGES_BATCH: int(20, 1, 1_000),
  /** Schools worked at once by one worker. */
  MESSAGES_CONCURRENCY: int(4, 1, 256),
  /** Attempts before a message is dead. */
  MESSAGES_MAX_ATTEMPTS: int(8, 1, 50),
  /** Days a finished message (sent, delivered, bounced, dead, cancelled, suppressed) stays in the delivery log. */
  MESSAGES_RETENTION_DAYS: int(180, 1, 3650),
  SERVE_CLIENT: bool.default(true),
  CLIENT_DIST: z.string().default(path.join(repoRoot, 'client', 'dist')),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  /** How long in-flight requests get to finish after SIGTERM before their connections are cut. */
  shutdownGraceMs: number;
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  mongodbUri: string | undefined;
  platformDbName: string;
  tenantDbPrefix: string;
  dataDir: string;
  embeddedDb: Env['EMBEDDED_DB'];
  ferretdbBin: string | undefined;
  baseDomain: string;
  trustProxy: boolean | number | string;
  bodyLimit: string;
  jwt: {
    secret: string;
    algorithm: Env['JWT_ALGORITHM'];
    accessTtlSeconds: number;
    refreshTtlDays: number;
    refreshGraceSeconds: number;
  };
  encryptionKey: Buffer;
  bcryptCost: number;
  tenantCache: { ttlMs: number; pollMs: number; max: number };
  schoolConcurrency: { limit: number; queue: number; waitMs: number };
  passwordHashConcurrency: number;
  /** Longest a school query may run in the database (0: no limit). */
  queryTimeoutMs: number;
  usageFlushMs: number;
  trialDays: number;
  jobs: { enabled: boolean; intervalMs: number };
  rateLimit: RateLimitConfig;
  storage: {
    driver: 'local' | 's3';
    uploadsDir?: string;
    s3: { bucket: string; prefix: string; region: string; endpoint?: string; accessKeyId?: string; secretAccessKey?: string };
  };
  db: { poolSize: number; dedicatedPoolSize: number; handlesMax: number; dedicatedMax: number; tenantTimeoutMs: number };
  initial: { superadminEmail?: string; superadminPassword?: string; demoAdminEmail?: string; demoAdminPassword?: string };
  client: { serve: boolean; dist: string };
  /** How links in messages reach a school's portal. */
  publicUrl: { scheme: 'http' | 'https'; port?: number };
  messages: {
    smtp: { url?: string; from: string; ratePerSecond: number; allowPrivateHosts: boolean };
    sms: {
      provider: Env['SMS_PROVIDER'];
      twilio: { accountSid?: string; authToken?: string; from?: string; apiBase?: string };
      webhook: { url?: string; secret?: string };
      ratePerSecond: number;
    };
    worker: { enabled: boolean; pollMs: number; batch: number; concurrency: number; maxAttempts: number };
    retentionDays: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const WEAK_SECRETS = ['secret', 'changeme', 'change-me', 'password', 'jwt-secret', 'your-secret', 'development'];

function checkJwtSecret(secret: string): string | undefined {
  if (secret.length < 32) return 'JWT_SECRET must be at least 32 characters';
  const lower = secret.toLowerCase();
  if (WEAK_SECRETS.some((w) => lower.includes(w))) return 'JWT_SECRET looks like a placeholder; use a random value';
  if (new Set(secret).size < 12) return 'JWT_SECRET has too little variety to be random';
  return undefined;
}

function parseEncryptionKey(raw: string): Buffer | undefined {
  const hex = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : undefined;
  const key = hex ?? Buffer.from(raw, 'base64');
  return key.length === 32 && new Set(key).size >= 8 ? key : undefined;
}

/**
 * In development only, missing secrets are generated once and kept in
 * DATA_DIR/dev-secrets.json, so tokens and encrypted connection strings survive
 * a restart. Production and test refuse to start without real ones.
 */
function developmentSecrets(dataDir: string): { jwtSecret: string; encryptionKey: string } {
  const file = path.join(dataDir, 'dev-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string; encryptionKey: string };
  const secrets = { jwtSecret: randomBytes(48).toString('base64url'), encryptionKey: randomBytes(32).toString('base64') };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  let jwtSecret = e.JWT_SECRET;
  let encryptionKeyRaw = e.ENCRYPTION_KEY;
  if (e.NODE_ENV === 'development' && (!jwtSecret || !encryptionKeyRaw)) {
    const dev = developmentSecrets(e.DATA_DIR);
    jwtSecret ??= dev.jwtSecret;
    encryptionKeyRaw ??= dev.encryptionKey;
  }
  if (!jwtSecret) problems.push('JWT_SECRET is required');
  else {
    const weak = checkJwtSecret(jwtSecret);
    if (weak) problems.push(weak);
  }
  const encryptionKey = encryptionKeyRaw ? parseEncryptionKey(encryptionKeyRaw) : undefined;
  if (!encryptionKeyRaw) problems.push('ENCRYPTION_KEY is required (32 random bytes, base64 or hex)');
  else if (!encryptionKey) problems.push('ENCRYPTION_KEY must be 32 random bytes, base64 or 64 hex characters');
  if (e.NODE_ENV === 'production' && e.BCRYPT_COST < 10) problems.push('BCRYPT_COST must be at least 10 in production');
  if (e.STORAGE_DRIVER === 's3' && !e.S3_BUCKET) problems.push('S3_BUCKET is required with STORAGE_DRIVER=s3');
  if (e.SMS_PROVIDER === 'twilio' && !(e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM))
    problems.push('SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM');
  if (e.SMS_PROVIDER === 'webhook' && !(e.SMS_WEBHOOK_URL && e.SMS_WEBHOOK_SECRET))
    problems.push('SMS_PROVIDER=webhook needs SMS_WEBHOOK_URL and SMS_WEBHOOK_SECRET');
  if (e.SMTP_URL && !/^smtps?:\/\//.test(e.SMTP_URL)) problems.push('SMTP_URL must start with smtp:// or smtps://');
  if (problems.length > 0 || !jwtSecret || !encryptionKey) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }

  return {
    env: e.NODE_ENV,
    host: e.HOST,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    mongodbUri: e.MONGODB_URI,
    platformDbName: e.PLATFORM_DB_NAME,
    tenantDbPrefix: e.TENANT_DB_PREFIX,
    dataDir: e.DATA_DIR,
    embeddedDb: e.EMBEDDED_DB,
    ferretdbBin: e.FERRETDB_BIN,
    baseDomain: e.BASE_DOMAIN,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    bodyLimit: e.BODY_LIMIT,
    jwt: {
      secret: jwtSecret,
      algorithm: e.JWT_ALGORITHM,
      accessTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      refreshGraceSeconds: e.REFRESH_GRACE_SECONDS,
    },
    encryptionKey,
    bcryptCost: e.BCRYPT_COST,
    passwordHashConcurrency: e.PASSWORD_HASH_CONCURRENCY,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    tenantCache: { ttlMs: e.TENANT_CACHE_TTL_MS, pollMs: e.TENANT_CHANGE_POLL_MS, max: e.TENANT_CACHE_MAX },
    schoolConcurrency: { limit: e.SCHOOL_CONCURRENCY, queue: e.SCHOOL_QUEUE, waitMs: e.SCHOOL_QUEUE_WAIT_MS },
    usageFlushMs: e.USAGE_FLUSH_MS,
    trialDays: e.TRIAL_DAYS,
    jobs: { enabled: e.JOBS_ENABLED, intervalMs: e.JOBS_INTERVAL_MS },
    storage: {
      driver: e.STORAGE_DRIVER,
      uploadsDir: e.UPLOADS_DIR,
      s3: {
        bucket: e.S3_BUCKET ?? '',
        prefix: e.S3_PREFIX,
        region: e.S3_REGION,
        endpoint: e.S3_ENDPOINT,
        accessKeyId: e.S3_ACCESS_KEY_ID,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY,
      },
    },
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      redisUrl: e.REDIS_URL,
      anonymousPerMinute: e.ANONYMOUS_LIMIT_PER_MINUTE,
      userPerMinute: e.USER_LIMIT_PER_MINUTE,
      login: { perAccount: e.LOGIN_LIMIT_PER_ACCOUNT, perIp: e.LOGIN_LIMIT_PER_IP, windowMs: e.LOGIN_LIMIT_WINDOW_MS },
    },
    db: {
      poolSize: e.DB_POOL_SIZE,
      dedicatedPoolSize: e.DEDICATED_POOL_SIZE,
      handlesMax: e.TENANT_DB_HANDLES_MAX,
      dedicatedMax: e.DEDICATED_CONNECTIONS_MAX,
      tenantTimeoutMs: e.TENANT_DB_TIMEOUT_MS,
    },
    initial: {
      superadminEmail: e.SUPERADMIN_EMAIL,
      superadminPassword: e.SUPERADMIN_PASSWORD,
      demoAdminEmail: e.DEMO_ADMIN_EMAIL,
      demoAdminPassword: e.DEMO_ADMIN_PASSWORD,
    },
    client: { serve: e.SERVE_CLIENT, dist: e.CLIENT_DIST },
    publicUrl: {
      scheme: e.PUBLIC_SCHEME ?? (e.NODE_ENV === 'production' ? 'https' : 'http'),
      port: e.PUBLIC_PORT ?? (e.NODE_ENV === 'production' ? undefined : e.PORT),
    },
    messages: {
      smtp: { url: e.SMTP_URL, from: e.SMTP_FROM, ratePerSecond: e.SMTP_RATE_PER_SECOND, allowPrivateHosts: e.SMTP_ALLOW_PRIVATE_HOSTS },
      sms: {
        provider: e.SMS_PROVIDER,
        twilio: { accountSid: e.TWILIO_ACCOUNT_SID, authToken: e.TWILIO_AUTH_TOKEN, from: e.TWILIO_FROM, apiBase: e.TWILIO_API_BASE },
        webhook: { url: e.SMS_WEBHOOK_URL, secret: e.SMS_WEBHOOK_SECRET },
        ratePerSecond: e.SMS_RATE_PER_SECOND,
      },
      worker: {
        enabled: e.MESSAGES_WORKER_ENABLED,
        pollMs: e.MESSAGES_POLL_MS,
        batch: e.MESSAGES_BATCH,
        concurrency: e.MESSAGES_CONCURRENCY,
        maxAttempts: e.MESSAGES_MAX_ATTEMPTS,
      },
      retentionDays: e.MESSAGES_RETENTION_DAYS,
    },
  };
}
