import type { Server } from 'node:http';
import type { Config } from './config/config.js';
import { connectPlatformDb, type PlatformDb } from './db/platform-db.js';
import { ConnectionFactory } from './tenancy/connection-factory.js';
import { TenantResolver } from './tenancy/tenant-resolver.js';
import { TokenService } from './auth/tokens.js';
import { makeDummyHash, setPasswordHashConcurrency } from './auth/password.js';
import { setQueryTimeout } from './tenancy/model-registry.js';
import { setLogLevel } from './lib/logger.js';
import { createApp } from './http/app.js';
import { RequestCounter } from './modules/usage/request-counter.js';
import { RateLimits } from './http/rate-limit.js';
import { systemTxtResolver, type TxtResolver } from './modules/domains/domains.service.js';
import { createStorage, type StorageDriver } from './storage/index.js';
import { attachMessaging } from './modules/messages/outbox.js';

/** Everything a running platform holds, built once at start and passed down (no hidden globals). */
export interface Services {
  config: Config;
  db: PlatformDb;
  connections: ConnectionFactory;
  tenants: TenantResolver;
  tokens: TokenService;
  dummyHash: string;
  /** Requests served per school, written to the platform database now and then. */
  requests: RequestCounter;
  /** Per-school and sign-in rate limits (shared through Redis when configured). */
  rateLimits: RateLimits;
  /** DNS TXT lookups for custom-domain verification (a fake one in tests). */
  resolveTxt: TxtResolver;
  /** Where uploaded files live (local disk or S3-compatible). */
  storage: StorageDriver;
  /** Set when the process is shutting down: requests on kept-alive connections get 503 SHUTTING_DOWN. */
  draining: { value: boolean };
}

export interface Platform extends Services {
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

export async function createPlatform(config: Config, mongodbUri: string, options: { resolveTxt?: TxtResolver } = {}): Promise<Platform> {
  setLogLevel(config.logLevel);
  const db = await connectPlatformDb(config, mongodbUri);
  const connections = new ConnectionFactory({
    platform: db.connection,
    encryptionKey: config.encryptionKey,
    handlesMax: config.db.handlesMax,
    dedicatedMax: config.db.dedicatedMax,
    dedicatedPoolSize: config.db.dedicatedPoolSize,
    timeoutMs: config.db.tenantTimeoutMs,
  });
  setPasswordHashConcurrency(config.passwordHashConcurrency);
  setQueryTimeout(config.queryTimeoutMs);
  const tenants = new TenantResolver({
    db,
    connections,
    baseDomain: config.baseDomain,
    ttlMs: config.tenantCache.ttlMs,
    pollMs: config.tenantCache.pollMs,
    max: config.tenantCache.max,
  });
  const services: Services = {
    config,
    db,
    connections,
    tenants,
    tokens: new TokenService(config.jwt),
    dummyHash: await makeDummyHash(config.bcryptCost),
    requests: new RequestCounter(db.RequestCount, config.usageFlushMs, db.AccountDay),
    rateLimits: await RateLimits.create(config.rateLimit),
    resolveTxt: options.resolveTxt ?? systemTxtResolver,
    storage: createStorage(config),
    draining: { value: false },
  };
  attachMessaging({ queue: db.MessageQueue, encryptionKey: config.encryptionKey, smsAvailable: config.messages.sms.provider !== 'none' });
  services.requests.start();
  await tenants.start();
  const app = createApp(services);
  return {
    ...services,
    app,
    async close() {
      await services.requests.stop();
      await tenants.stop();
      await services.rateLimits.close();
      await connections.closeAll();
      await db.close();
    },
  };
}

/**
 * Stops accepting connections, answers requests that still arrive on kept-alive
 * connections with 503 (so a load balancer retries them elsewhere), lets
 * in-flight requests finish (cut after `graceMs`), then closes the databases.
 */
export async function shutdown(server: Server, platform: Platform, graceMs = 10_000): Promise<void> {
  platform.draining.value = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Kept-alive connections are closed as soon as their last response is out (not after the keep-alive timeout).
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearInterval(idle);
  clearTimeout(timer);
  await platform.close();
}
