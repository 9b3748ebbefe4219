import { hostname } from 'node:os';
import mongoose from 'mongoose';
import type { PlatformDb } from '../../db/platform-db.js';
import { isDuplicateKey } from '../../lib/errors.js';
import { logger } from '../../lib/logger.js';
import { ABANDONED_AFTER_MS, discardAbandoned, purge, transition, type LifecycleDeps } from './lifecycle.js';
import { runForTenant } from '../../tenancy/tenant-context.js';
import { toTenantRecord } from '../../tenancy/tenant.schema.js';
import { dayIn, now as clockNow, zoneOf } from '../../lib/dates.js';
import { applyLateFines, feeAlerts } from '../fees/fees.service.js';
import { recordUsageDay } from '../usage/usage.service.js';
import { pruneOutbox } from '../messages/outbox.js';
import type { RequestCounter } from '../usage/request-counter.js';
import type { StorageDriver } from '../../storage/driver.js';
import type { Platform } from '../../platform.js';

export const LIFECYCLE_JOB = 'lifecycle';

/**
 * Takes `job`'s lease for the time window `now` falls in. Exactly one caller
 * gets it, however many API instances try at once: the lease is a document
 * whose `_id` names the window, and the unique `_id` index refuses the others.
 */
export async function takeLease(db: PlatformDb, job: string, windowMs: number, now = new Date(), holder = `${hostname()}:${process.pid}`) {
  const id = `${job}:${Math.floor(now.getTime() / windowMs)}`;
  try {
    await db.Lease.create({ _id: id, job, holder, at: now });
    return { taken: true as const, id };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const lease = await db.Lease.findById(id).lean();
    return { taken: false as const, id, holder: lease?.holder ?? 'unknown', at: lease?.at ?? now };
  }
}

export interface JobReport {
  trialsEnded: string[];
  lapsed: string[];
  purged: string[];
  /** Half-created schools removed (their provisioning process died mid-way). */
  abandoned: string[];
  /** Daily fee work in schools with fees: late fines added, reminders sent. */
  fees: { schools: number; fined: number; reminded: number };
  /** Schools whose usage of the day was recorded. */
  usageRecorded: number;
  /** Finished messages older than MESSAGES_RETENTION_DAYS removed from schools' outboxes. */
  messagesPruned: number;
  failed: { subdomain: string; error: string }[];
}

/**
 * The platform's scheduled work: ends trials whose date has passed, suspends
 * schools whose subscription has ended, purges deleted schools past their
 * purge date, removes schools left half-created by a process that died; then the daily fee work of every school with fees (late fines,
 * reminders) and a snapshot of every school's usage. One school's failure is
 * reported and does not stop the others.
 */
export type JobDeps = LifecycleDeps & { requests: RequestCounter; storage: StorageDriver; messageRetentionDays: number };

/** What the job needs, from a running platform. */
export const jobDeps = (p: Platform): JobDeps => ({
  db: p.db,
  connections: p.connections,
  resolver: p.tenants,
  requests: p.requests,
  storage: p.storage,
  messageRetentionDays: p.config.messages.retentionDays,
});

export async function runLifecycleJob(deps: JobDeps, now = clockNow()): Promise<JobReport> {
  const { db } = deps;
  const report: JobReport = {
    trialsEnded: [],
    lapsed: [],
    purged: [],
    abandoned: [],
    fees: { schools: 0, fined: 0, reminded: 0 },
    usageRecorded: 0,
    messagesPruned: 0,
    failed: [],
  };
  const due = mongoose.trusted({ $lte: now });
  const each = async (
    rows: { _id: mongoose.Types.ObjectId; subdomain: string }[],
    work: (id: string) => Promise<unknown>,
    done: string[],
  ) => {
    for (const row of rows) {
      try {
        if (await work(row._id.toString())) done.push(row.subdomain);
      } catch (err) {
        report.failed.push({ subdomain: row.subdomain, error: (err as Error).message });
        logger.error({ err, tenantId: row._id.toString() }, 'lifecycle job: a school failed');
      }
    }
  };
  const system = (reason: string) => ({ actor: 'system', reason });

  // Trial ends and purge dates are instants (set at the school's midnight, lifecycle.ts); the day a reason
  // names is the school's own, its last day of the period (an end at midnight closes the day before).
  const lastDay = (school: { schoolConfig?: { timeZone?: string | null } | null }, end: Date) =>
    dayIn(zoneOf(school), new Date(end.getTime() - 1));
  const trials = await db.Tenant.find({ status: 'trial', trialEndsAt: due }).select('subdomain trialEndsAt schoolConfig.timeZone').lean();
  await each(
    trials,
    (id) => {
      const t = trials.find((r) => r._id.toString() === id)!;
      return transition(deps, id, 'suspended', system(`The trial ended on ${lastDay(t, t.trialEndsAt ?? now)}`));
    },
    report.trialsEnded,
  );

  const lapsed = await db.Tenant.find({ status: 'active', 'subscription.endDate': due })
    .select('subdomain subscription schoolConfig.timeZone')
    .lean();
  await each(
    lapsed,
    (id) => {
      const t = lapsed.find((r) => r._id.toString() === id)!;
      return transition(deps, id, 'suspended', system(`The subscription ended on ${lastDay(t, t.subscription?.endDate ?? now)}`));
    },
    report.lapsed,
  );

  const deleted = await db.Tenant.find({ status: 'deleted', purgeAt: due }).select('subdomain').lean();
  await each(deleted, (id) => purge(deps, new mongoose.Types.ObjectId(id), system('Purge date reached'), now), report.purged);

  const stale = mongoose.trusted({ $lte: new Date(now.getTime() - ABANDONED_AFTER_MS) });
  const abandoned = await db.Tenant.find({ status: 'provisioning', createdAt: stale }).select('subdomain').lean();
  await each(abandoned, (id) => discardAbandoned(deps, new mongoose.Types.ObjectId(id), now), report.abandoned);

  // Each school with fees: late fines past the grace period, reminders of fees due soon or overdue (each once),
  // on the school's own day: at 00:30 in Kiritimati (UTC+14) it is tomorrow there, yesterday in Pago Pago (UTC−11).
  const withFees = await db.Tenant.find({ status: mongoose.trusted({ $in: ['trial', 'active'] }), 'features.financialManagement': true })
    .select('+databaseConfig.connectionString')
    .lean();
  for (const doc of withFees) {
    try {
      const tenant = toTenantRecord(doc);
      const today = dayIn(zoneOf(tenant), now);
      const { fined, sent } = await runForTenant(deps.connections, tenant, async () => ({
        fined: (await applyLateFines(today)).fined,
        sent: (await feeAlerts(today)).sent,
      }));
      report.fees.schools += 1;
      report.fees.fined += fined;
      report.fees.reminded += sent;
    } catch (err) {
      report.failed.push({ subdomain: doc.subdomain, error: (err as Error).message });
      logger.error({ err, tenantId: doc._id.toString() }, 'lifecycle job: fee work failed');
    }
  }

  // Today's usage of every school, for the console's history.
  const usage = await recordUsageDay(deps, now);
  report.usageRecorded = usage.schools;
  report.failed.push(...usage.failed);

  // The delivery log's history is bounded: finished messages past the retention period go (waiting ones never).
  const schools = await db.Tenant.find({ status: mongoose.trusted({ $in: ['trial', 'active', 'suspended'] }) })
    .select('+databaseConfig.connectionString')
    .lean();
  for (const doc of schools) {
    try {
      report.messagesPruned += await runForTenant(deps.connections, toTenantRecord(doc), () => pruneOutbox(deps.messageRetentionDays, now));
    } catch (err) {
      report.failed.push({ subdomain: doc.subdomain, error: (err as Error).message });
      logger.error({ err, tenantId: doc._id.toString() }, 'lifecycle job: outbox pruning failed');
    }
  }

  // Cache change notices are read within seconds; a day's worth is plenty.
  await db.TenantChange.deleteMany({ at: mongoose.trusted({ $lt: new Date(now.getTime() - 86_400_000) }) });
  // Leases older than a week have served their purpose.
  await db.Lease.deleteMany({ at: mongoose.trusted({ $lt: new Date(now.getTime() - 7 * 86_400_000) }) });
  logger.info({ ...report, failed: report.failed.length }, 'lifecycle job done');
  return report;
}

/** Runs the lifecycle job once per window on whichever instance takes the lease first. */
export function scheduleLifecycleJob(deps: JobDeps, windowMs: number): { stop(): void } {
  const tick = async () => {
    try {
      const lease = await takeLease(deps.db, LIFECYCLE_JOB, windowMs);
      if (lease.taken) await runLifecycleJob(deps);
    } catch (err) {
      logger.error({ err }, 'lifecycle job failed');
    }
  };
  const first = setTimeout(() => void tick(), Math.min(windowMs, 30_000));
  const timer = setInterval(() => void tick(), windowMs);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
