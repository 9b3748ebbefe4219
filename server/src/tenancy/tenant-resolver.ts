import { isValidObjectId } from 'mongoose';
import { LRUCache } from 'lru-cache';
import type { RequestHandler } from 'express';
import type { PlatformDb } from '../db/platform-db.js';
import { AppError } from '../lib/errors.js';
import { currentContext } from '../lib/context.js';
import { toTenantRecord, type TenantDoc } from './tenant.schema.js';
import type { TenantRecord } from './tenant.types.js';
import { classifyHost, normalizeHost } from './hostname.js';
import type { ConnectionFactory } from './connection-factory.js';

const MISSING = Symbol('missing');
type Cached = TenantRecord | typeof MISSING;

export interface TenantResolverOptions {
  db: PlatformDb;
  connections: ConnectionFactory;
  baseDomain: string;
  ttlMs: number;
  max: number;
}

const SLUG = /^[a-z0-9-]{1,63}$/;

/**
 * Finds the school a request belongs to, in this order: the Host is a custom
 * domain; the Host is <subdomain>.<BASE_DOMAIN> (or <subdomain>.localhost); the
 * X-Tenant-ID header (subdomain or id). Lookups are cached for a few seconds
 * (bounded LRU) and dropped at once when the super admin API changes a school,
 * so a suspension is seen at once here and within the TTL on other instances.
 */
export class TenantResolver {
  private readonly cache: LRUCache<string, Cached>;

  constructor(private readonly opts: TenantResolverOptions) {
    // A zero TTL turns caching off (useful for tests that change status directly).
    this.cache = new LRUCache<string, Cached>({ max: opts.max, ttl: Math.max(opts.ttlMs, 1), ttlAutopurge: false });
  }

  invalidate(tenant: Pick<TenantRecord, 'id' | 'subdomain' | 'customDomain'>): void {
    this.cache.delete(`id:${tenant.id}`);
    this.cache.delete(`sub:${tenant.subdomain}`);
    if (tenant.customDomain) this.cache.delete(`dom:${tenant.customDomain}`);
    for (const [key, value] of this.cache.entries()) {
      if (value !== MISSING && value.id === tenant.id) this.cache.delete(key);
    }
  }

  clear(): void {
    this.cache.clear();
  }

  async byId(id: string): Promise<TenantRecord | undefined> {
    if (!isValidObjectId(id)) return undefined;
    return this.cached(`id:${id}`, () => this.opts.db.Tenant.findById(id).select('+databaseConfig.connectionString').lean());
  }

  async bySubdomain(subdomain: string): Promise<TenantRecord | undefined> {
    return this.cached(`sub:${subdomain}`, async () => {
      const { Tenant, TenantSubdomain } = this.opts.db;
      // Two lookups by _id (indexed everywhere) instead of one by field (a scan on FerretDB 1.x).
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
  middleware({ connect }: { connect: boolean }): RequestHandler {
    return async (req, _res, next) => {
      const tenant = await this.fromRequest(req.hostname, req.get('x-tenant-id'));
      if (!tenant) throw new AppError(400, 'TENANT_REQUIRED', 'This request must name a school (its address or X-Tenant-ID)');
      assertUsable(tenant);
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
    if (this.opts.ttlMs > 0) {
      const hit = this.cache.get(key);
      if (hit !== undefined) return hit === MISSING ? undefined : hit;
    }
    const doc = await load();
    const record = doc ? toTenantRecord(doc) : undefined;
    if (this.opts.ttlMs > 0) this.cache.set(key, record ?? MISSING);
    return record;
  }
}

export function assertUsable(tenant: TenantRecord): void {
  if (tenant.status === 'provisioning') {
    throw new AppError(503, 'TENANT_PROVISIONING', 'This school is still being set up. Try again shortly.', undefined, {
      'Retry-After': '5',
    });
  }
  if (!tenant.active) throw new AppError(403, 'TENANT_INACTIVE', "This school's account is not active");
}
