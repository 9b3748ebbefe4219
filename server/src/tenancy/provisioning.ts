import { createHash, randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { PlatformDb } from '../db/platform-db.js';
import { AppError, isDuplicateKey } from '../lib/errors.js';
import { logger } from '../lib/logger.js';
import { hashPassword } from '../auth/password.js';
import { UserModel } from '../modules/users/user.schema.js';
import { toTenantRecord } from './tenant.schema.js';
import type { Features, Limits, Plan, SchoolConfig, Theme, TenantRecord } from './tenant.types.js';
import { bindModel, tenantModelDefs } from './model-registry.js';
import './tenant-schemas.js';
import { markAllApplied } from './migrations.js';
import { MIGRATIONS } from '../migrations/index.js';
import type { ConnectionFactory } from './connection-factory.js';
import { daysOnAtMidnight, zoneOf } from '../lib/dates.js';

export interface ProvisionInput {
  name: string;
  subdomain: string;
  /** A domain already proved to be the school's (scripts, tests); the API goes through DNS verification instead (modules/domains). */
  customDomain?: string;
  plan: Plan;
  status: 'trial' | 'active';
  features?: Partial<Features>;
  theme?: Partial<Theme>;
  schoolConfig?: Partial<SchoolConfig>;
  limits?: Partial<Limits>;
  /** Without a password the admin is created `invited`: the operator sends the invitation (users/welcome.ts). */
  admin: { name: string; email: string; password?: string };
}

export interface ProvisionDeps {
  db: PlatformDb;
  connections: ConnectionFactory;
  tenantDbPrefix: string;
  bcryptCost: number;
  /** Length of a trial; a school created as `trial` ends it this many days on (default 14). */
  trialDays?: number;
  /** Called after each step succeeds; tests use it to inject a failure at a chosen point. */
  afterStep?: (step: ProvisionStep) => void | Promise<void>;
}

export type ProvisionStep = 'create-record' | 'claim-domain' | 'create-database' | 'create-admin' | 'activate';

/**
 * Plan defaults; a school can carry its own overrides. `requestsPerMinute` is the envelope of the school's signed-in
 * requests: 1 a minute per student the plan allows, at least 600 — about 2.7 times the busiest minute of a school
 * morning (docs/security.md, "Rate limits and the school morning").
 */
export const PLAN_DEFAULTS: Record<Plan, { limits: Limits; features: Partial<Features> }> = {
  basic: { limits: { maxStudents: 300, maxTeachers: 30, maxStorageMb: 1024, requestsPerMinute: 600 }, features: { parentPortal: true } },
  standard: {
    limits: { maxStudents: 1000, maxTeachers: 100, maxStorageMb: 5120, requestsPerMinute: 1000 },
    features: { parentPortal: true, financialManagement: true },
  },
  premium: {
    limits: { maxStudents: 10000, maxTeachers: 1000, maxStorageMb: 20480, requestsPerMinute: 10000 },
    features: { parentPortal: true, financialManagement: true, smsNotifications: true, advancedReporting: true },
  },
};

export const subdomainTaken = () => new AppError(409, 'SUBDOMAIN_EXISTS', 'This subdomain is already taken');
export const domainTaken = () => new AppError(409, 'DOMAIN_EXISTS', 'This domain is already used by another school');

/**
 * Creates a school as a sequence of named steps, each with its undo. Any
 * failure runs the undos of the steps that completed, newest first, so no half
 * school is left behind (there are no multi-document transactions to lean on).
 */
/** MongoDB refuses database names of 64 bytes or more ("Invalid namespace"); FerretDB 1.x too. */
export const DATABASE_NAME_MAX = 63;

/**
 * A school's database on the shared cluster: the prefix and its subdomain (dashes become underscores).
 * A name that would pass the limit (long subdomains; TENANT_DB_PREFIX is at most 20 bytes) keeps its
 * start and ends in `-` + a hash of the whole subdomain: the dash never appears in the short form, so
 * the two forms cannot collide, and names already stored (databaseConfig.databaseName) do not change.
 */
export function databaseNameFor(prefix: string, subdomain: string): string {
  const name = `${prefix}${subdomain.replace(/-/g, '_')}`;
  if (Buffer.byteLength(name) <= DATABASE_NAME_MAX) return name;
  const hash = createHash('sha256').update(subdomain).digest('hex').slice(0, 10);
  return `${name.slice(0, DATABASE_NAME_MAX - hash.length - 1)}-${hash}`;
}

export async function provisionTenant(deps: ProvisionDeps, input: ProvisionInput): Promise<TenantRecord> {
  const { db, connections } = deps;
  const tenantId = new Types.ObjectId();
  const databaseName = databaseNameFor(deps.tenantDbPrefix, input.subdomain);
  const plan = PLAN_DEFAULTS[input.plan];
  const undo: { step: ProvisionStep; run: () => Promise<unknown> }[] = [];
  let record: TenantRecord | undefined;

  const step = async (name: ProvisionStep, run: () => Promise<void>, revert?: () => Promise<unknown>) => {
    await run();
    if (revert) undo.push({ step: name, run: revert });
    await deps.afterStep?.(name);
  };

  if (await db.Tenant.exists({ subdomain: input.subdomain })) throw subdomainTaken();
  if (input.customDomain && (await db.TenantDomain.exists({ domain: input.customDomain }))) throw domainTaken();

  try {
    await step(
      'create-record',
      async () => {
        try {
          const doc = await db.Tenant.create({
            _id: tenantId,
            name: input.name,
            subdomain: input.subdomain,
            customDomain: input.customDomain,
            status: 'provisioning',
            schoolConfig: { name: input.name, ...input.schoolConfig },
            databaseConfig: { databaseName },
            features: { ...plan.features, ...input.features },
            theme: input.theme ?? {},
            subscription: { plan: input.plan, status: 'active', startDate: new Date() },
            // The trial ends at the school's midnight once its days are over, not in the middle of a school day.
            ...(input.status === 'trial'
              ? { trialEndsAt: daysOnAtMidnight(zoneOf({ schoolConfig: input.schoolConfig }), deps.trialDays ?? 14) }
              : {}),
            limits: { ...plan.limits, ...input.limits },
          });
          record = toTenantRecord(doc.toObject());
        } catch (err) {
          if (isDuplicateKey(err)) throw subdomainTaken();
          throw err;
        }
      },
      () => db.Tenant.deleteOne({ _id: tenantId }),
    );

    if (input.customDomain) {
      const domain = input.customDomain;
      await step(
        'claim-domain',
        async () => {
          try {
            await db.TenantDomain.create({ domain, tenantId });
          } catch (err) {
            if (isDuplicateKey(err)) throw domainTaken();
            throw err;
          }
        },
        () => db.TenantDomain.deleteOne({ domain, tenantId }),
      );
    }

    const tenant = record as TenantRecord;
    await step('create-database', async () => {
      const conn = await connections.get(tenant);
      const existing = await conn.listCollections();
      if (existing.length > 0) {
        throw new AppError(409, 'DATABASE_EXISTS', `Database ${databaseName} already holds data; purge it before reusing this subdomain`);
      }
      // Undo is registered before the indexes are built, so a failure half-way drops what was made.
      undo.push({
        step: 'create-database',
        run: async () => {
          await conn.dropDatabase();
          connections.release(tenant);
        },
      });
      for (const def of tenantModelDefs()) await bindModel(conn, def).createIndexes();
      // A new school is built at the latest schema: every migration counts as applied.
      await markAllApplied(conn, MIGRATIONS);
    });

    await step('create-admin', async () => {
      const conn = await connections.get(tenant);
      const { name, email, password } = input.admin;
      // No password: an invited admin with a hash of a secret nobody knows, until the invitation is accepted.
      const passwordHash = await hashPassword(
        password ?? randomBytes(24).toString('base64url'),
        password ? deps.bcryptCost : Math.min(deps.bcryptCost, 10),
      );
      await bindModel(conn, UserModel).create({ name, email, role: 'admin', passwordHash, status: password ? 'active' : 'invited' });
    });

    await step('activate', async () => {
      await db.Tenant.updateOne({ _id: tenantId }, { $set: { status: input.status } });
    });
  } catch (err) {
    for (const u of undo.reverse()) {
      try {
        await u.run();
      } catch (undoErr) {
        logger.error({ err: undoErr, step: u.step, tenantId: tenantId.toString() }, 'provisioning rollback step failed');
      }
    }
    logger.warn({ subdomain: input.subdomain, err: (err as Error).message }, 'provisioning failed and was rolled back');
    throw err;
  }

  // Building the indexes compiled every school model on this handle: drop it, so the school's
  // requests start from a light one that compiles only the models they use (measured: ~0.5 MB per school).
  if (record) connections.release(record);
  const created = await db.Tenant.findById(tenantId).lean();
  if (!created) throw new Error('Provisioned tenant vanished');
  logger.info({ tenantId: tenantId.toString(), subdomain: input.subdomain }, 'school provisioned');
  return toTenantRecord(created);
}

/** Removes a school's database and platform records for good (used by purge and by tests). */
export async function destroyTenant(deps: Pick<ProvisionDeps, 'db' | 'connections'>, tenant: TenantRecord): Promise<void> {
  const conn = await deps.connections.get(tenant);
  await conn.dropDatabase();
  deps.connections.release(tenant);
  await deps.db.TenantDomain.deleteMany({ tenantId: new Types.ObjectId(tenant.id) });
  await deps.db.Tenant.deleteOne({ _id: new Types.ObjectId(tenant.id) });
}
