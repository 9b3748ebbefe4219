import mongoose, { type Types } from 'mongoose';
import { z } from 'zod';
import type { PlatformDb } from '../../db/platform-db.js';
import type { ConnectionFactory } from '../../tenancy/connection-factory.js';
import { currentTenantDb, runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { filesBytes } from '../files/files.service.js';
import { toTenantRecord } from '../../tenancy/tenant.schema.js';
import { TENANT_STATUSES, type TenantRecord } from '../../tenancy/tenant.types.js';
import { notFound } from '../../lib/errors.js';
// Usage is counted per UTC day: the console adds many schools' days up, so they must be the same days.
import { addDays, utcToday } from '../../lib/dates.js';
import { UserModel } from '../users/user.schema.js';
import { countEnrolledStudents, countTeachers } from '../people/people.service.js';
import type { RequestCounter } from './request-counter.js';
import { messageUsage } from '../messages/messages.platform.service.js';

export interface UsageDeps {
  db: PlatformDb;
  connections: ConnectionFactory;
  requests: RequestCounter;
}

const dayCount = z.object({ day: z.string(), requests: z.number() });
export const usageResponse = z.object({
  tenantId: z.string(),
  limits: z.object({ maxStudents: z.number(), maxTeachers: z.number(), maxStorageMb: z.number(), requestsPerMinute: z.number() }),
  students: z.number().describe('Enrolled students (what the student limit counts)'),
  teachers: z.number().describe('Teachers who have not left (what the teacher limit counts)'),
  users: z.number(),
  activeUsersToday: z.number().describe('Accounts signed in today (UTC): a sign-in, or a request with a session'),
  signedIn: z
    .array(z.object({ day: z.string(), accounts: z.number() }))
    .describe('Accounts signed in per day (a sign-in, or a request with a session; each account once a day), UTC, 30 days, oldest first'),
  storageBytes: z.number().describe('Data and indexes of the school database, and its uploaded files'),
  requests: z.object({ last30Days: z.number(), byDay: z.array(dayCount) }),
  history: z
    .array(
      z.object({
        day: z.string(),
        students: z.number(),
        teachers: z.number(),
        users: z.number(),
        activeUsers: z.number(),
        storageBytes: z.number(),
        requests: z.number(),
      }),
    )
    .describe('Daily snapshots written by the lifecycle job, oldest first (30 days)'),
  messages: z
    .object({
      last30Days: z.object({ emails: z.number(), sms: z.number(), smsSegments: z.number() }),
      byDay: z.array(z.object({ day: z.string(), emails: z.number(), sms: z.number(), smsSegments: z.number() })),
    })
    .describe('Emails and SMS accepted by the next hop, and SMS segments billed, per day (UTC, 30 days, oldest first)'),
});

export const overviewResponse = z.object({
  schools: z.number(),
  byStatus: z.record(z.string(), z.number()),
  growth: z.array(z.object({ month: z.string(), created: z.number(), total: z.number() })),
  busiest: z.array(z.object({ tenantId: z.string(), name: z.string(), subdomain: z.string(), requests: z.number() })),
});

/** Requests per school and day since `fromDay`, summed over every instance's flushes plus this instance's unflushed counts. */
async function requestsByDay(deps: UsageDeps, match: Record<string, unknown>, key: '$day' | '$tenantId') {
  // One accumulator per $group: FerretDB 1.x computes only the first one.
  const rows = await deps.db.RequestCount.aggregate<{ _id: string | Types.ObjectId; requests: number }>([
    { $match: match },
    { $group: { _id: key, requests: { $sum: '$requests' } } },
  ]);
  return new Map(rows.map((r) => [r._id.toString(), r.requests]));
}

/**
 * Accounts signed in at one school per day since `fromDay`: the account-days written by every instance,
 * plus this instance's not yet written (each account once a day, whichever instance saw it).
 */
async function accountsByDay(deps: UsageDeps, tenantId: Types.ObjectId, fromDay: string): Promise<Map<string, number>> {
  const rows = await deps.db.AccountDay.aggregate<{ _id: string; accounts: number }>([
    { $match: { tenantId, day: mongoose.trusted({ $gte: fromDay }) } },
    { $group: { _id: '$day', accounts: { $sum: 1 } } },
  ]);
  const counts = new Map(rows.map((r) => [r._id, r.accounts]));
  const pending = deps.requests.pendingAccounts(tenantId.toString()).filter((key) => key.split(':')[1]! >= fromDay);
  if (pending.length > 0) {
    const stored = await deps.db.AccountDay.find({ _id: mongoose.trusted({ $in: pending }) })
      .select('_id')
      .lean();
    const written = new Set(stored.map((d) => d._id));
    for (const key of pending) {
      const day = key.split(':')[1]!;
      if (!written.has(key)) counts.set(day, (counts.get(day) ?? 0) + 1);
    }
  }
  return counts;
}

/** What a school holds now: enrolled students, teachers, accounts, bytes of data and indexes. */
async function measure(deps: UsageDeps, tenant: TenantRecord) {
  const [students, teachers, users, dbBytes, fileBytes] = await runForTenant(deps.connections, tenant, () =>
    Promise.all([countEnrolledStudents(), countTeachers(), tenantModel(UserModel).countDocuments({}), databaseBytes(), filesBytes()]),
  );
  return { students, teachers, users, storageBytes: dbBytes + fileBytes };
}

/** Data and indexes of the current school's database, in bytes. */
export async function databaseBytes(): Promise<number> {
  // The connection is open: the tenant context holds it only once connected.
  const stats = (await currentTenantDb().db!.stats()) as { dataSize?: number; indexSize?: number };
  return (stats.dataSize ?? 0) + (stats.indexSize ?? 0);
}

/** What one school uses now, against its limits; requests per day over 30 days; the daily snapshots of the job. */
export async function schoolUsage(deps: UsageDeps, id: string): Promise<z.infer<typeof usageResponse>> {
  const doc = await deps.db.Tenant.findById(id).select('+databaseConfig.connectionString').lean();
  if (!doc) throw notFound('School', 'TENANT_NOT_FOUND');
  const tenant = toTenantRecord(doc);
  const now = await measure(deps, tenant);
  const from = addDays(utcToday(), -29);
  const stored = await requestsByDay(deps, { tenantId: doc._id, day: mongoose.trusted({ $gte: from }) }, '$day');
  for (const [day, n] of deps.requests.pending(tenant.id)) if (day >= from) stored.set(day, (stored.get(day) ?? 0) + n);
  const byDay = Array.from({ length: 30 }, (_, i) => {
    const day = addDays(from, i);
    return { day, requests: stored.get(day) ?? 0 };
  });
  const accounts = await accountsByDay(deps, doc._id, from);
  const sent = await messageUsage(deps.db, doc._id, from);
  const messagesByDay = byDay.map(({ day }) => ({ day, ...(sent.get(day) ?? { emails: 0, sms: 0, smsSegments: 0 }) }));
  const history = await deps.db.UsageDay.find({ tenantId: doc._id, day: mongoose.trusted({ $gte: from }) })
    .sort({ day: 1 })
    .lean();
  return {
    tenantId: tenant.id,
    limits: tenant.limits,
    students: now.students,
    teachers: now.teachers,
    users: now.users,
    activeUsersToday: accounts.get(utcToday()) ?? 0,
    signedIn: byDay.map(({ day }) => ({ day, accounts: accounts.get(day) ?? 0 })),
    storageBytes: now.storageBytes,
    requests: { last30Days: byDay.reduce((a, d) => a + d.requests, 0), byDay },
    history: history.map(({ day, students, teachers, users, activeUsers, storageBytes, requests }) => ({
      day,
      students,
      teachers,
      users,
      activeUsers,
      storageBytes,
      requests,
    })),
    messages: {
      last30Days: {
        emails: messagesByDay.reduce((a, d) => a + d.emails, 0),
        sms: messagesByDay.reduce((a, d) => a + d.sms, 0),
        smsSegments: messagesByDay.reduce((a, d) => a + d.smsSegments, 0),
      },
      byDay: messagesByDay,
    },
  };
}

/**
 * Writes today's usage of every school that has a database (trial, active,
 * suspended) — run by the lifecycle job, so the console can show usage over
 * time. One school's failure does not stop the others.
 */
export async function recordUsageDay(
  deps: UsageDeps,
  now = new Date(),
): Promise<{ schools: number; failed: { subdomain: string; error: string }[] }> {
  const day = now.toISOString().slice(0, 10);
  const docs = await deps.db.Tenant.find({ status: mongoose.trusted({ $in: ['trial', 'active', 'suspended'] }) })
    .select('+databaseConfig.connectionString')
    .lean();
  const requests = await requestsByDay(deps, { day }, '$tenantId');
  for (const [tenantId, n] of deps.requests.pendingByTenant(day)) requests.set(tenantId, (requests.get(tenantId) ?? 0) + n);
  const failed: { subdomain: string; error: string }[] = [];
  let schools = 0;
  for (const doc of docs) {
    try {
      const m = await measure(deps, toTenantRecord(doc));
      const activeUsers = (await accountsByDay(deps, doc._id, day)).get(day) ?? 0;
      const id = doc._id.toString();
      await deps.db.UsageDay.updateOne(
        { _id: `${id}:${day}` },
        { $set: { tenantId: doc._id, day, ...m, activeUsers, requests: requests.get(id) ?? 0, at: now } },
        { upsert: true },
      );
      schools += 1;
    } catch (err) {
      failed.push({ subdomain: doc.subdomain, error: (err as Error).message });
    }
  }
  // Account-days are one document per account and day: past the console's 30 days they are not read again.
  await deps.db.AccountDay.deleteMany({ day: mongoose.trusted({ $lt: addDays(day, -60) }) });
  return { schools, failed };
}

/** The platform at a glance: schools by status, schools created per month (last 12), the busiest schools of the last 7 days. */
export async function platformOverview(deps: UsageDeps): Promise<z.infer<typeof overviewResponse>> {
  // Two small fields per school, bucketed here: one query, and no date operators
  // in the pipeline (which FerretDB 1.x does not all support).
  const tenants = await deps.db.Tenant.find({}, { name: 1, subdomain: 1, status: 1, createdAt: 1 }).lean();
  const byStatus = Object.fromEntries(TENANT_STATUSES.map((s) => [s, 0]));
  for (const t of tenants) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;

  const now = new Date();
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1)));
  const monthKey = (d: Date) => d.toISOString().slice(0, 7);
  const created = new Map<string, number>();
  let before = 0;
  for (const t of tenants) {
    const at = t.createdAt ?? now;
    if (at < months[0]!) before++;
    else created.set(monthKey(at), (created.get(monthKey(at)) ?? 0) + 1);
  }
  let total = before;
  const growth = months.map((m) => {
    const n = created.get(monthKey(m)) ?? 0;
    total += n;
    return { month: monthKey(m), created: n, total };
  });

  const since = addDays(utcToday(), -6);
  const counts = await requestsByDay(deps, { day: mongoose.trusted({ $gte: since }) }, '$tenantId');
  for (const [tenantId, n] of deps.requests.pendingByTenant(since)) counts.set(tenantId, (counts.get(tenantId) ?? 0) + n);
  const names = new Map(tenants.map((t) => [t._id.toString(), t]));
  const busiest = [...counts]
    .filter(([tenantId]) => names.has(tenantId))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([tenantId, requests]) => ({ tenantId, name: names.get(tenantId)!.name, subdomain: names.get(tenantId)!.subdomain, requests }));

  return { schools: tenants.length, byStatus, growth, busiest };
}
