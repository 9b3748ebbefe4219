import mongoose, { type Connection } from 'mongoose';
import type { PlatformDb } from '../../db/platform-db.js';
import type { ConnectionFactory } from '../../tenancy/connection-factory.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import { toTenantRecord } from '../../tenancy/tenant.schema.js';
import { encryptSecret } from '../../lib/crypto.js';
import { AppError, notFound } from '../../lib/errors.js';
import { logger } from '../../lib/logger.js';
import { collectionsOf, digest, signalIfPending } from './archive.js';

export interface MoveDeps {
  db: PlatformDb;
  connections: ConnectionFactory;
  resolver: TenantResolver;
  encryptionKey: Buffer;
  /** How long another API instance may still act on the school's old record (TenantResolver.staleBoundMs). */
  cacheTtlMs: number;
}

export interface MoveReport {
  subdomain: string;
  collections: Record<string, { count: number; sha256: string }>;
  sourceDropped: boolean;
  ms: number;
}

type Step = 'maintenance' | 'copied' | 'verified' | 'switched';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Moves one school to its own database server:
 *  1. maintenance: writes are refused (503 TENANT_MAINTENANCE), reads go on; the
 *     move then waits out the cache TTL so every instance has seen it;
 *  2. every collection is copied with its indexes;
 *  3. counts and checksums of source and target are compared;
 *  4. the new connection string is stored sealed and maintenance ends, in one
 *     update: from then on the school lives on the new server;
 *  5. the old database is dropped (or kept with keepSource).
 * Any failure before 4 drops what was copied and ends maintenance: the school
 * stays where it was, writable. `onStep` lets tests break in at each point.
 */
export async function moveTenant(
  deps: MoveDeps,
  subdomain: string,
  targetUri: string,
  opts: { keepSource?: boolean; onStep?: (step: Step) => void | Promise<void> } = {},
): Promise<MoveReport> {
  const started = Date.now();
  const { db } = deps;
  const doc = await db.Tenant.findOne({ subdomain }).select('+databaseConfig.connectionString').lean();
  if (!doc) throw notFound('School', 'TENANT_NOT_FOUND');
  if (!['trial', 'active', 'suspended'].includes(doc.status))
    throw new AppError(409, 'INVALID_STATE', `A ${doc.status} school cannot be moved`);
  if (doc.maintenance?.since) throw new AppError(409, 'TENANT_MAINTENANCE', 'This school is already being moved');
  const source = toTenantRecord(doc);
  const sourceConn = await deps.connections.get(source);

  const target = mongoose.createConnection(targetUri, {
    dbName: source.databaseName,
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: 5_000,
  });
  try {
    await target.asPromise();
  } catch (err) {
    await target.close().catch(() => undefined);
    throw new AppError(400, 'TARGET_UNREACHABLE', `The target database server cannot be reached: ${(err as Error).message}`);
  }

  const invalidate = () => deps.resolver.invalidate(source);
  let switched = false;
  let copying = false;
  try {
    if (sameServer(sourceConn, target)) throw new AppError(400, 'SAME_SERVER', 'The target is the server the school is already on');
    if ((await target.listCollections()).length > 0)
      throw new AppError(409, 'DATABASE_EXISTS', `${source.databaseName} already holds data on the target server`);

    await db.Tenant.updateOne({ _id: doc._id }, { $set: { maintenance: { since: new Date(), reason: 'moving to a dedicated database' } } });
    await invalidate();
    // Other instances may serve the school from cache for one TTL: wait it out (plus in-flight requests).
    await sleep(deps.cacheTtlMs + 1_000);
    await opts.onStep?.('maintenance');

    copying = true;
    const names = await collectionsOf(sourceConn, true);
    for (const name of names) await copyCollection(sourceConn, target, name);
    await opts.onStep?.('copied');

    const collections: MoveReport['collections'] = {};
    for (const name of names) {
      const [a, b] = [await digest(sourceConn, name, true), await digest(target, name, true)];
      if (a.count !== b.count || a.sha256 !== b.sha256) {
        throw new AppError(500, 'MOVE_VERIFY_FAILED', `${name}: ${b.count} documents copied of ${a.count}, or their contents differ`);
      }
      collections[name] = a;
    }
    if ((await collectionsOf(target, true)).join() !== names.join())
      throw new AppError(500, 'MOVE_VERIFY_FAILED', 'The target has other collections');
    await opts.onStep?.('verified');

    // The switch: one update sets the new home and ends maintenance.
    const sealed = encryptSecret(targetUri, deps.encryptionKey);
    await db.Tenant.updateOne({ _id: doc._id }, { $set: { 'databaseConfig.connectionString': sealed }, $unset: { maintenance: 1 } });
    switched = true;
    deps.connections.release(source);
    await invalidate();
    // The message worker skipped the school while it moved: its waiting messages go from the new home.
    await signalIfPending(db, target, source.id).catch((err: unknown) =>
      logger.warn({ tenantId: source.id, err: (err as Error).message }, 'could not signal the moved school to the message worker'),
    );
    await opts.onStep?.('switched');

    let sourceDropped = false;
    if (!opts.keepSource) {
      // Once no instance can still hold the old address in cache.
      await sleep(deps.cacheTtlMs + 1_000);
      await sourceConn.dropDatabase();
      sourceDropped = true;
    }
    logger.info({ tenantId: source.id, subdomain, collections: names.length, sourceDropped }, 'school moved to its own database');
    return { subdomain, collections, sourceDropped, ms: Date.now() - started };
  } catch (err) {
    if (!switched) {
      if (copying) await target.dropDatabase().catch(() => undefined);
      await db.Tenant.updateOne({ _id: doc._id }, { $unset: { maintenance: 1 } }).catch(() => undefined);
      await invalidate();
      logger.warn({ tenantId: source.id, err: (err as Error).message }, 'move failed; the school stays where it was');
    }
    throw err;
  } finally {
    await target.close().catch(() => undefined);
  }
}

async function copyCollection(from: Connection, to: Connection, name: string): Promise<void> {
  await to.createCollection(name);
  for (const index of await from.collection(name).indexes()) {
    if (index.name === '_id_') continue;
    const { key, name: indexName, unique } = index;
    await to.collection(name).createIndex(key, { name: indexName, ...(unique ? { unique } : {}) });
  }
  let batch: Record<string, unknown>[] = [];
  for await (const doc of from.collection(name).find({}).sort({ _id: 1 })) {
    batch.push(doc);
    if (batch.length === 1000) {
      await to.collection(name).insertMany(batch, { ordered: true });
      batch = [];
    }
  }
  if (batch.length) await to.collection(name).insertMany(batch, { ordered: true });
}

/** Whether two connections reach the same server (moving a database onto itself would drop it). */
function sameServer(a: Connection, b: Connection): boolean {
  const hosts = (c: Connection) => `${c.host}:${c.port}`;
  return hosts(a) === hosts(b);
}
