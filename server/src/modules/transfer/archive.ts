import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import mongoose, { type Types, type Connection } from 'mongoose';
import type { PlatformDb } from '../../db/platform-db.js';
import type { ConnectionFactory } from '../../tenancy/connection-factory.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import { runForTenant } from '../../tenancy/tenant-context.js';
import { toTenantRecord } from '../../tenancy/tenant.schema.js';
import { subdomainProblem } from '../../tenancy/hostname.js';
import { databaseNameFor } from '../../tenancy/provisioning.js';
import { AppError, notFound } from '../../lib/errors.js';
import { logger } from '../../lib/logger.js';
import { issueSetPasswordLink, unusablePasswordHash } from '../users/invitation.js';

const { EJSON } = mongoose.mongo.BSON;
export const ARCHIVE_FORMAT = 'school-platform-export/1';
/** Collections that hold only secrets (session and set-password tokens): exported only on request. */
const SECRET_COLLECTIONS = new Set(['refreshtokens', 'invitations']);
/** Fields that are secrets inside other collections (an outbox message's sealed link carries a set-password token). */
const SECRET_FIELDS: Record<string, string[]> = { users: ['passwordHash'], outboxmessages: ['secret'] };
const TENANT_FIELDS = 'name subdomain status schoolConfig features theme subscription limits staffAccess trialEndsAt';

type Doc = Record<string, unknown>;
interface CollectionSum {
  count: number;
  sha256: string;
}
export interface Manifest {
  type: 'manifest';
  format: string;
  exportedAt: string;
  withSecrets: boolean;
  schemaVersion: string[];
  tenant: Doc;
  collections: Record<string, CollectionSum>;
}

const redact = (collection: string, doc: Doc, withSecrets: boolean): Doc => {
  if (withSecrets || !SECRET_FIELDS[collection]) return doc;
  const copy = { ...doc };
  for (const f of SECRET_FIELDS[collection]!) delete copy[f];
  return copy;
};
/** One document as the archive and its checksum see it: canonical Extended JSON (types kept: ObjectId, Date, Decimal…). */
const line = (value: unknown) => `${EJSON.stringify(value, { relaxed: false })}\n`;

/** The collections worth exporting from a school database, by name. */
export async function collectionsOf(conn: Connection, withSecrets: boolean): Promise<string[]> {
  const all = await conn.db!.listCollections({}, { nameOnly: true }).toArray();
  return all
    .map((c) => c.name)
    .filter((n) => !n.startsWith('system.') && (withSecrets || !SECRET_COLLECTIONS.has(n)))
    .sort();
}

/** Count and SHA-256 of a collection's documents in `_id` order, as the archive holds them. */
export async function digest(
  conn: Connection,
  name: string,
  withSecrets: boolean,
  each?: (doc: Doc) => Promise<void>,
): Promise<CollectionSum> {
  const hash = createHash('sha256');
  let count = 0;
  for await (const raw of conn.collection(name).find({}).sort({ _id: 1 })) {
    const doc = redact(name, raw as Doc, withSecrets);
    hash.update(line(doc));
    count += 1;
    await each?.(doc);
  }
  return { count, sha256: hash.digest('hex') };
}

/**
 * Puts a school on the platform's message queue if its outbox (just imported
 * or moved) has messages to send. Links sealed with another platform's key
 * cannot be opened here: the worker marks those messages dead (SECRET_UNREADABLE).
 */
export async function signalIfPending(db: PlatformDb, conn: Connection, tenantId: string): Promise<void> {
  const due = await conn
    .collection('outboxmessages')
    .find({ state: mongoose.trusted({ $in: ['queued', 'failed', 'sending'] }) })
    .sort({ nextAttemptAt: 1 })
    .limit(1)
    .next();
  if (!due) return;
  const dueAt = due.nextAttemptAt instanceof Date ? due.nextAttemptAt : new Date();
  await db.MessageQueue.updateOne({ _id: tenantId }, { $min: { dueAt }, $set: { signalledAt: new Date() } }, { upsert: true });
}

async function tenantBySubdomain(db: PlatformDb, subdomain: string) {
  const doc = await db.Tenant.findOne({ subdomain }).select('+databaseConfig.connectionString').lean();
  if (!doc) throw notFound('School', 'TENANT_NOT_FOUND');
  return doc;
}

/**
 * Streams one school as a gzipped archive of Extended JSON lines: a header,
 * per collection its indexes then its documents, and a manifest with each
 * collection's count and checksum and the school's schema version. Nothing is
 * held in memory beyond one document. Secrets (password hashes, session and
 * set-password tokens) only with `withSecrets`.
 */
export async function exportTenant(
  deps: { db: PlatformDb; connections: ConnectionFactory },
  subdomain: string,
  out: Writable,
  opts: { withSecrets?: boolean } = {},
): Promise<Manifest> {
  const withSecrets = Boolean(opts.withSecrets);
  const doc = await tenantBySubdomain(deps.db, subdomain);
  if (doc.status === 'provisioning') throw new AppError(409, 'TENANT_PROVISIONING', 'This school is still being set up');
  const tenant = (await deps.db.Tenant.findById(doc._id).select(TENANT_FIELDS).lean()) as Doc;
  delete tenant._id;
  const conn = await deps.connections.get(toTenantRecord(doc));
  const gzip = createGzip();
  const piped = gzip.pipe(out);
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  const exportedAt = new Date().toISOString();
  await write(line({ type: 'header', format: ARCHIVE_FORMAT, exportedAt, withSecrets, tenant }));
  const collections: Record<string, CollectionSum> = {};
  for (const name of await collectionsOf(conn, withSecrets)) {
    const indexes = (await conn.collection(name).indexes()).filter((i) => i.name !== '_id_');
    await write(line({ type: 'collection', name, indexes }));
    collections[name] = await digest(conn, name, withSecrets, (d) => write(line({ type: 'doc', c: name, d })));
  }
  const schemaVersion = (await conn.collection('migrations').find({ state: 'done' }).sort({ _id: 1 }).toArray()).map((m) => String(m._id));
  const manifest: Manifest = { type: 'manifest', format: ARCHIVE_FORMAT, exportedAt, withSecrets, schemaVersion, tenant, collections };
  await write(line(manifest));
  gzip.end();
  await once(piped, 'finish');
  return manifest;
}

export interface ImportResult {
  tenantId: string;
  subdomain: string;
  collections: Record<string, CollectionSum>;
  /** Set-password links for the school's admins when the archive had no passwords. */
  adminLinks: { email: string; url: string }[];
  usersWithoutPassword: number;
}

/**
 * Restores an archive into a new school (its own subdomain, or `subdomain`),
 * then checks every collection's count and checksum against the manifest. Any
 * failure removes what was written: the database and the school record.
 */
export async function importTenant(
  deps: { db: PlatformDb; connections: ConnectionFactory; resolver: TenantResolver; tenantDbPrefix: string; bcryptCost: number },
  input: Readable,
  opts: { subdomain?: string; name?: string; actor?: string } = {},
): Promise<ImportResult> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity });
  let tenantId: Types.ObjectId | undefined;
  let conn: Connection | undefined;
  let subdomain = '';
  let header: Doc | undefined;
  let manifest: Manifest | undefined;
  const indexes: Record<string, { key: Doc; name?: string; unique?: boolean }[]> = {};
  let batch: { name: string; docs: Doc[] } = { name: '', docs: [] };
  const flush = async () => {
    if (batch.docs.length) await conn!.collection(batch.name).insertMany(batch.docs, { ordered: true });
    batch = { name: batch.name, docs: [] };
  };

  try {
    for await (const text of lines) {
      if (!text.trim()) continue;
      const entry = EJSON.parse(text, { relaxed: false }) as Doc;
      if (!header) {
        if (entry.type !== 'header' || entry.format !== ARCHIVE_FORMAT)
          throw new AppError(400, 'INVALID_ARCHIVE', `Not a ${ARCHIVE_FORMAT} archive`);
        header = entry;
        const source = entry.tenant as Doc;
        subdomain = (opts.subdomain ?? String(source.subdomain)).toLowerCase();
        const problem = subdomainProblem(subdomain);
        if (problem) throw new AppError(400, 'VALIDATION_ERROR', `The subdomain ${problem}`, [{ path: 'subdomain', message: problem }]);
        if (await deps.db.Tenant.exists({ subdomain })) throw new AppError(409, 'SUBDOMAIN_EXISTS', `A school already uses ${subdomain}`);
        const created = new deps.db.Tenant({
          ...source,
          subdomain,
          name: opts.name ?? source.name,
          status: 'provisioning',
          databaseConfig: { databaseName: databaseNameFor(deps.tenantDbPrefix, subdomain) },
        });
        await created.save();
        tenantId = created._id;
        conn = await deps.connections.get(toTenantRecord(created.toObject()));
        if ((await conn.db!.listCollections({}, { nameOnly: true }).toArray()).length > 0) {
          conn = undefined; // not ours to drop
          throw new AppError(409, 'DATABASE_EXISTS', 'The database for this subdomain already holds data');
        }
        continue;
      }
      if (entry.type === 'collection') {
        await flush();
        batch = { name: String(entry.name), docs: [] };
        indexes[batch.name] = entry.indexes as (typeof indexes)[string];
        await conn!.createCollection(batch.name);
      } else if (entry.type === 'doc') {
        if (entry.c !== batch.name) throw new AppError(400, 'INVALID_ARCHIVE', 'A document outside its collection');
        batch.docs.push(entry.d as Doc);
        if (batch.docs.length >= 500) await flush();
      } else if (entry.type === 'manifest') {
        await flush();
        manifest = entry as unknown as Manifest;
      }
    }
    if (!header || !manifest || !conn || !tenantId) throw new AppError(400, 'INVALID_ARCHIVE', 'The archive is incomplete (no manifest)');

    for (const [name, specs] of Object.entries(indexes)) {
      for (const { key, name: indexName, unique } of specs) {
        await conn.collection(name).createIndex(key as Record<string, 1 | -1>, { name: indexName, ...(unique ? { unique } : {}) });
      }
    }
    // Verify: every collection of the manifest, and nothing else, with the same count and checksum.
    const found = await collectionsOf(conn, manifest.withSecrets);
    const expected = Object.keys(manifest.collections).sort();
    if (found.join() !== expected.join())
      throw new AppError(422, 'ARCHIVE_MISMATCH', `Collections differ: ${found.join(', ')} vs ${expected.join(', ')}`);
    const collections: Record<string, CollectionSum> = {};
    for (const name of expected) {
      collections[name] = await digest(conn, name, manifest.withSecrets);
      const want = manifest.collections[name]!;
      // Parsed canonically, the manifest's numbers are Int32 objects: compare their values.
      if (collections[name].count !== Number(want.count) || collections[name].sha256 !== want.sha256) {
        throw new AppError(
          422,
          'ARCHIVE_MISMATCH',
          `${name}: ${collections[name].count} documents (${collections[name].sha256.slice(0, 12)}) where the manifest says ${want.count} (${want.sha256.slice(0, 12)})`,
        );
      }
    }

    // Without secrets nobody has a password: an unusable one, and set-password links for the admins.
    const adminLinks: ImportResult['adminLinks'] = [];
    let usersWithoutPassword = 0;
    const record = toTenantRecord((await deps.db.Tenant.findById(tenantId).select('+databaseConfig.connectionString').lean())!);
    if (!manifest.withSecrets) {
      const users = conn.collection('users');
      const res = await users.updateMany(
        { passwordHash: mongoose.trusted({ $exists: false }) },
        { $set: { passwordHash: await unusablePasswordHash(deps.bcryptCost) } },
      );
      usersWithoutPassword = res.modifiedCount;
      await runForTenant(deps.connections, record, async () => {
        for await (const admin of users.find({ role: 'admin', status: 'active' })) {
          adminLinks.push({ email: String(admin.email), url: (await issueSetPasswordLink(admin._id as Types.ObjectId)).url });
        }
      });
    }
    const source = header.tenant as Doc;
    const status = ['trial', 'active', 'suspended'].includes(String(source.status)) ? String(source.status) : 'active';
    await deps.db.Tenant.updateOne({ _id: tenantId }, { $set: { status } });
    await deps.db.StatusChange.create({
      tenantId,
      subdomain,
      from: 'provisioning',
      to: status,
      actor: opts.actor ?? 'import',
      reason: `Restored from an export of ${String(source.subdomain)} (${String(header.exportedAt)})`,
    });
    await deps.resolver.invalidate(record);
    // Messages that were waiting in the exported outbox are sent from here.
    await signalIfPending(deps.db, conn, tenantId.toString());
    logger.info({ tenantId: tenantId.toString(), subdomain }, 'school imported');
    return { tenantId: tenantId.toString(), subdomain, collections, adminLinks, usersWithoutPassword };
  } catch (err) {
    if (conn) await conn.dropDatabase().catch(() => undefined);
    if (tenantId) await deps.db.Tenant.deleteOne({ _id: tenantId, status: 'provisioning' }).catch(() => undefined);
    throw err;
  }
}
