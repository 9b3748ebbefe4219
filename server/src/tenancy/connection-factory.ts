import mongoose, { type Connection } from 'mongoose';
import { LRUCache } from 'lru-cache';
import { AppError } from '../lib/errors.js';
import { decryptSecret } from '../lib/crypto.js';
import { logger } from '../lib/logger.js';
import type { TenantRecord } from './tenant.types.js';
import { bindModel, type TenantModelDef } from './model-registry.js';
import { monitorOptions } from '../db/monitor-options.js';

export interface ConnectionFactoryOptions {
  /** The platform connection: schools on the shared cluster borrow its socket pool. */
  platform: Connection;
  encryptionKey: Buffer;
  /** Open useDb handles kept for shared-cluster schools before the least recently used is dropped. */
  handlesMax: number;
  /** Dedicated connections (each with its own pool) kept before the least recently used is closed. */
  dedicatedMax: number;
  dedicatedPoolSize: number;
  timeoutMs: number;
}

export const tenantDbUnavailable = () =>
  new AppError(503, 'TENANT_DB_UNAVAILABLE', "This school's database is not reachable right now. Try again shortly.", undefined, {
    'Retry-After': '5',
  });

/**
 * Hands out the connection that holds one school's database.
 * - Shared cluster: `platform.useDb(name, { useCache: true })`, so 10,000 schools
 *   still use the one socket pool of the platform connection. Idle handles (and
 *   the models compiled on them) are released with `removeDb` past `handlesMax`.
 * - Dedicated database: its own connection in a bounded LRU that closes what it evicts.
 */
export class ConnectionFactory {
  private readonly shared: LRUCache<string, Connection>;
  private readonly dedicated: LRUCache<string, Promise<Connection>>;

  constructor(private readonly opts: ConnectionFactoryOptions) {
    this.shared = new LRUCache<string, Connection>({
      max: opts.handlesMax,
      dispose: (_conn, dbName) => {
        try {
          // removeDb exists on mongoose 9 connections but is missing from its type definitions.
          (opts.platform as Connection & { removeDb(name: string): void }).removeDb(dbName);
        } catch {
          // already gone: nothing to release
        }
      },
    });
    this.dedicated = new LRUCache<string, Promise<Connection>>({
      max: opts.dedicatedMax,
      dispose: (pending) => {
        pending.then((c) => c.close()).catch(() => undefined);
      },
    });
  }

  async get(tenant: TenantRecord): Promise<Connection> {
    if (!tenant.encryptedConnectionString) return this.sharedHandle(tenant.databaseName);
    return this.dedicatedHandle(tenant);
  }

  async model<T>(tenant: TenantRecord, def: TenantModelDef<T>) {
    return bindModel(await this.get(tenant), def);
  }

  /** Forget a school's handles at once (its database moved, or it was deleted). */
  release(tenant: Pick<TenantRecord, 'id' | 'databaseName'>): void {
    this.shared.delete(tenant.databaseName);
    this.dedicated.delete(tenant.id);
  }

  stats() {
    return { sharedHandles: this.shared.size, dedicatedConnections: this.dedicated.size };
  }

  async closeAll(): Promise<void> {
    const pending = [...this.dedicated.values()];
    this.dedicated.clear();
    this.shared.clear();
    await Promise.allSettled(pending.map(async (p) => (await p).close()));
  }

  private sharedHandle(dbName: string): Connection {
    let conn = this.shared.get(dbName);
    if (!conn) {
      conn = this.opts.platform.useDb(dbName, { useCache: true });
      this.shared.set(dbName, conn);
    }
    return conn;
  }

  private async dedicatedHandle(tenant: TenantRecord): Promise<Connection> {
    let pending = this.dedicated.get(tenant.id);
    if (!pending) {
      pending = this.openDedicated(tenant);
      this.dedicated.set(tenant.id, pending);
      // A failed open is not cached: the next request tries again, so the school
      // recovers by itself when its database comes back.
      pending.catch(() => {
        if (this.dedicated.peek(tenant.id) === pending) this.dedicated.delete(tenant.id);
      });
    }
    try {
      return await pending;
    } catch {
      throw tenantDbUnavailable();
    }
  }

  private async openDedicated(tenant: TenantRecord): Promise<Connection> {
    const uri = decryptSecret(tenant.encryptedConnectionString as string, this.opts.encryptionKey);
    const conn = mongoose.createConnection(uri, {
      dbName: tenant.databaseName,
      maxPoolSize: this.opts.dedicatedPoolSize,
      serverSelectionTimeoutMS: this.opts.timeoutMs,
      ...monitorOptions(this.opts.timeoutMs),
      autoIndex: false, // see platform-db.ts
      autoCreate: false,
    });
    try {
      await conn.asPromise();
      return conn;
    } catch (err) {
      logger.warn({ tenantId: tenant.id, err: (err as Error).name }, 'dedicated tenant database unreachable');
      await conn.close().catch(() => undefined);
      throw err;
    }
  }
}
