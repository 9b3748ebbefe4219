import mongoose, { isValidObjectId } from 'mongoose';
import { LRUCache } from 'lru-cache';
import type { RequestHandler } from 'express';
import type { PlatformDb } from '../db/platform-db.js';
import { AppError, isDuplicateKey } from '../lib/errors.js';
import { currentContext } from '../lib/context.js';
import { logger } from '../lib/logger.js';
import { toTenantRecord, type TenantDoc } from './tenant.schema.js';
import type { TenantRecord } from './tenant.types.js';
import { classifyHost, normalizeHost } from './hostname.js';
import type { ConnectionFactory } from './connection-factory.js';

const MISSING = Symbol('missing');
type Cached = { value: TenantRecord | typeof MISSING; at: number };

export interface TenantResolverOptions {
  db: PlatformDb;
  connections: ConnectionFactory;
  baseDomain: string;
  /** Longest a lookup is kept (TENANT_CACHE_TTL_MS); 0 turns caching off. */
  ttlMs: number;
  /** How often the shared change log is read (TENANT_CHANGE_POLL_MS); 0: not read, ttlMs alone bounds staleness. */
  pollMs: number;
  max: number;
}

const SLUG = /^[a-z0-9-]{1,63}$/;
/** While the change log cannot be read, no lookup is trusted for longer than this. */
export const UNWATCHED_TTL_MS = 10_000;
/** A change notice tries at most this many numbers (one per concurrent writer ahead of it). */
const MAX_CLAIM_ATTEMPTS = 100;

/**
 * Finds the school a request belongs to, in this order: the Host is a custom
 * domain; the Host is <subdomain>.<BASE_DOMAIN> (or <subdomain>.localhost); the
 * X-Tenant-ID header (subdomain or id).
 *
 * Lookups are cached (bounded LRU) for up to TENANT_CACHE_TTL_MS. Every change
 * to a school goes through invalidate(), which drops it here and appends it to
 * the shared change log (tenantchanges); every instance reads the log each
 * TENANT_CHANGE_POLL_MS and drops what changed. So a suspension is seen at
 * once on the instance that made it and within about one poll interval on the
 * others, while a busy platform does not look schools up again every few
 * seconds (measured: that was most of the cost of spreading requests over
 * 1,000 schools). If the log cannot be read, cached lookups expire after
 * UNWATCHED_TTL_MS instead.
 */
export class TenantResolver {
  private readonly cache: LRUCache<string, Cached>;
  private lastSeq: number | undefined;
  private lastPollOk = 0;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  /** Bumped whenever something is dropped: a lookup that started before a drop is not cached. */
  private generation = 0;

  constructor(private readonly opts: TenantResolverOptions) {
    this.cache = new LRUCache<string, Cached>({ max: opts.max });
  }

  /** Reads the change log once, then every TENANT_CHANGE_POLL_MS (no-op when that is 0). */
  async start(): Promise<void> {
    if (this.opts.pollMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.opts.pollMs);
    this.timer.unref();
    await this.poll();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  /**
   * Longest time another instance may still act on a school's old record after
   * invalidate(): what a move waits before copying.
   */
  get staleBoundMs(): number {
    if (this.opts.ttlMs <= 0) return 0;
    if (this.opts.pollMs <= 0) return this.opts.ttlMs;
    return Math.min(this.opts.ttlMs, Math.max(UNWATCHED_TTL_MS, this.unwatchedAfterMs));
  }

  /** Whether a host would reach a school as its custom domain (not the platform's own names: BASE_DOMAIN, localhost). */
  isCustomDomain(host: string): boolean {
    return classifyHost(host, this.opts.baseDomain).kind === 'domain';
  }

  /** Drops the school here and tells every other instance (through the change log). */
  async invalidate(tenant: Pick<TenantRecord, 'id' | 'subdomain' | 'customDomain'>): Promise<void> {
    this.forget(tenant.id, tenant.subdomain, tenant.customDomain);
    try {
      await this.appendChange(tenant);
    } catch (err) {
      // The change itself is saved; only its notice is lost: other instances keep the old record up to TENANT_CACHE_TTL_MS.
      logger.error({ err, tenantId: tenant.id }, 'could not record a school change in the change log');
    }
  }

  /**
   * Appends a notice under the next free number. The number is claimed by inserting it (the unique `_id` lets
   * only one writer have it; the others take the next one), not by incrementing a counter: FerretDB's `$inc` is
   * not atomic, so two concurrent changes took the same number and one notice was lost (E11000). Numbers stay
   * gapless: a writer only moves past a number that exists.
   */
  private async appendChange(tenant: Pick<TenantRecord, 'id' | 'subdomain' | 'customDomain'>): Promise<void> {
    const { TenantChange } = this.opts.db;
    const head = await TenantChange.findById(0).lean();
    let seq = (head?.seq ?? 0) + 1;
    for (let attempt = 1; ; attempt++, seq++) {
      try {
        await TenantChange.create({
          _id: seq,
          tenantId: tenant.id,
          subdomain: tenant.subdomain,
          customDomain: tenant.customDomain,
          at: new Date(),
        });
        break;
      } catch (err) {
        if (!isDuplicateKey(err) || attempt >= MAX_CLAIM_ATTEMPTS) throw err;
      }
    }
    // The head only tells writers where to start and new readers where the log stands; racing writers may leave
    // it behind (not atomic on FerretDB either), never ahead of a notice that exists.
    const raise = () => TenantChange.updateOne({ _id: 0 }, { $max: { seq } }, { upsert: true });
    await raise().catch((err: unknown) => (isDuplicateKey(err) ? raise() : Promise.reject(err)));
  }

  /** Lookups held in the cache (for the benchmarks). */
  get size(): number {
    return this.cache.size;
  }

  clear(): void {
    this.generation += 1;
    this.cache.clear();
  }

  /** Reads the change log once: drops the schools changed since the last read. */
  async poll(): Promise<void> {
    if (this.polling) return this.polling;
    this.polling = (async () => {
      try {
        const { TenantChange } = this.opts.db;
        const head = (await TenantChange.findById(0).lean())?.seq ?? 0;
        if (this.lastSeq === undefined) {
          // First read: whatever was cached before it may predate changes we never saw.
          this.clear();
          this.lastSeq = head;
        } else if (await TenantChange.exists({ _id: this.lastSeq + 1 })) {
          // The next notice itself is looked for, not just the head (which may lag behind it). Only the unbroken run
          // after lastSeq is taken: a writer claims a number only once every lower one exists.
          const changes = await TenantChange.find({ _id: mongoose.trusted({ $gt: this.lastSeq }) })
            .sort({ _id: 1 })
            .lean();
          for (const c of changes) {
            if (c._id !== this.lastSeq + 1) break;
            this.forget(c.tenantId?.toString(), c.subdomain ?? undefined, c.customDomain ?? undefined);
            this.lastSeq = c._id;
          }
        } else if (head > this.lastSeq || (head < this.lastSeq && !(await TenantChange.exists({ _id: this.lastSeq })))) {
          // The next notice was purged before it was read (head ahead: the head is raised only after the notice it
          // names exists), or the log was reset (the last notice read is gone): what changed in between is unknown.
          // A head merely behind the notices (a lagging hint) is no reason to drop anything.
          this.clear();
          this.lastSeq = head;
        }
        this.lastPollOk = Date.now();
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'tenant change log unreadable');
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  private get unwatchedAfterMs(): number {
    return 3 * this.opts.pollMs + 1_000;
  }

  private maxAgeMs(now: number): number {
    if (this.opts.pollMs <= 0) return this.opts.ttlMs;
    const watched = now - this.lastPollOk <= this.unwatchedAfterMs;
    return watched ? this.opts.ttlMs : Math.min(this.opts.ttlMs, UNWATCHED_TTL_MS);
  }

  private forget(id: string | undefined, subdomain: string | undefined, customDomain: string | undefined): void {
    this.generation += 1;
    if (id) this.cache.delete(`id:${id}`);
    if (subdomain) this.cache.delete(`sub:${subdomain}`);
    if (customDomain) this.cache.delete(`dom:${customDomain}`);
    if (!id) return;
    for (const [key, entry] of this.cache.entries()) {
      if (entry.value !== MISSING && entry.value.id === id) this.cache.delete(key);
    }
  }

  async byId(id: string): Promise<TenantRecord | undefined> {
    if (!isValidObjectId(id)) return undefined;
    return this.cached(`id:${id}`, () => this.opts.db.Tenant.findById(id).select('+databaseConfig.connectionString').lean());
  }

  async bySubdomain(subdomain: string): Promise<TenantRecord | undefined> {
    return this.cached(`sub:${subdomain}`, async () => {
      const { Tenant, TenantSubdomain } = this.opts.db;
      // Two lookups by _id (indexed on MongoDB, done by SQLite on FerretDB 1.x) instead of one by field
      // (FerretDB 1.x decodes and tests every school record for that).
      const entry = await TenantSubdomain.findById(subdomain).lean();
      if (entry) {
        const doc = await Tenant.findById(entry.tenantId).select('+databaseConfig.connectionString').lean();
        if (doc?.subdomain === subdomain) return doc;
      }
      const doc = await Tenant.findOne({ subdomain }).select('+databaseConfig.connectionString').lean();
      if (doc) {
        // Remember it (or correct an entry left by a purged school whose subdomain was reused).
        await TenantSubdomain.updateOne({ _id: subdomain }, { $set: { tenantId: doc._id } }, { upsert: true }).catch(() => undefined);
      }
      return doc;
    });
  }

  async byDomain(domain: string): Promise<TenantRecord | undefined> {
    return this.cached(`dom:${domain}`, async () => {
      const claim = await this.opts.db.TenantDomain.findOne({ domain }).lean();
      if (!claim) return null;
      return this.opts.db.Tenant.findById(claim.tenantId).select('+databaseConfig.connectionString').lean();
    });
  }

  /** Resolves from a request's Host and X-Tenant-ID; undefined when neither names a school. */
  async fromRequest(hostHeader: string | undefined, tenantHeader: string | undefined): Promise<TenantRecord | undefined> {
    const host = classifyHost(normalizeHost(hostHeader), this.opts.baseDomain);
    let fromHost: TenantRecord | undefined;
    if (host.kind === 'domain') fromHost = await this.byDomain(host.domain);
    if (host.kind === 'subdomain') {
      fromHost = await this.bySubdomain(host.subdomain);
      if (!fromHost) throw new AppError(404, 'TENANT_NOT_FOUND', 'No school is registered at this address');
    }

    const header = tenantHeader?.trim().toLowerCase();
    if (!header) return fromHost;
    if (header.length > 63 || !SLUG.test(header)) {
      throw new AppError(400, 'INVALID_TENANT_ID', 'X-Tenant-ID must be a school subdomain or id');
    }
    const fromHeader = /^[0-9a-f]{24}$/.test(header)
      ? ((await this.byId(header)) ?? (await this.bySubdomain(header)))
      : await this.bySubdomain(header);
    if (fromHost && fromHeader?.id !== fromHost.id) {
      throw new AppError(400, 'TENANT_MISMATCH', 'The address and the X-Tenant-ID header name different schools');
    }
    if (!fromHeader) throw new AppError(404, 'TENANT_NOT_FOUND', 'School not found');
    return fromHeader;
  }

  /**
   * Middleware: attaches req.tenant (and, with `connect`, the school's database
   * to the work context) or answers with the right error.
   */
  middleware({ connect, inactiveToo = false }: { connect: boolean; inactiveToo?: boolean }): RequestHandler {
    return async (req, _res, next) => {
      const tenant = await this.fromRequest(req.hostname, req.get('x-tenant-id'));
      if (!tenant) throw new AppError(400, 'TENANT_REQUIRED', 'This request must name a school (its address or X-Tenant-ID)');
      // inactiveToo: only the route that tells a suspended school's admin why (modules/tenant/suspension.routes.ts).
      if (!(inactiveToo && !tenant.active && tenant.status === 'suspended')) assertUsable(tenant);
      if (tenant.maintenance && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
        throw new AppError(
          503,
          'TENANT_MAINTENANCE',
          "This school's data is being moved; changes are paused for a few minutes. Reading works.",
          undefined,
          {
            'Retry-After': '60',
          },
        );
      }
      req.tenant = tenant;
      const ctx = currentContext();
      if (ctx) ctx.tenant = tenant;
      if (connect) {
        const tenantDb = await this.opts.connections.get(tenant);
        if (ctx) ctx.tenantDb = tenantDb;
      }
      next();
    };
  }

  private async cached(key: string, load: () => Promise<(TenantDoc & { _id: { toString(): string } }) | null>) {
    const now = Date.now();
    const generation = this.generation;
    if (this.opts.ttlMs > 0) {
      const hit = this.cache.get(key);
      // "No such school" is kept briefly only: a school created elsewhere must not wait out the TTL.
      const maxAge = hit?.value === MISSING ? Math.min(this.maxAgeMs(now), UNWATCHED_TTL_MS) : this.maxAgeMs(now);
      if (hit && now - hit.at < maxAge) return hit.value === MISSING ? undefined : hit.value;
    }
    const doc = await load();
    const record = doc ? toTenantRecord(doc) : undefined;
    if (this.opts.ttlMs > 0 && generation === this.generation) this.cache.set(key, { value: record ?? MISSING, at: now });
    return record;
  }
}

export function assertUsable(tenant: TenantRecord): void {
  if (tenant.status === 'provisioning') {
    throw new AppError(503, 'TENANT_PROVISIONING', 'This school is still being set up. Try again shortly.', undefined, {
      'Retry-After': '5',
    });
  }
  if (!tenant.active) throw new AppError(403, 'TENANT_INACTIVE', inactiveMessage(tenant));
}

/**
 * What anyone at the school's address may read about an inactive school: that
 * it is suspended or closed, and whom to ask. Never the operator's reason (it
 * may be commercial, like an unpaid bill): that is for the school's admins,
 * after their password (POST /api/school-status).
 */
export function inactiveMessage(tenant: Pick<TenantRecord, 'status'>): string {
  if (tenant.status === 'suspended')
    return "This school's account is suspended. Parents and students: please contact the school. The school's administrator can sign in below to see why.";
  if (tenant.status === 'deleted') return "This school's account has been closed. Please contact the school.";
  return "This school's account is not active. Please contact the school.";
}
