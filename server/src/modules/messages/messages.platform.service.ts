import mongoose, { Types } from 'mongoose';
import { z } from 'zod';
import type { PlatformDb } from '../../db/platform-db.js';
import type { ConnectionFactory } from '../../tenancy/connection-factory.js';
import { runForTenant } from '../../tenancy/tenant-context.js';
import { toTenantRecord } from '../../tenancy/tenant.schema.js';
// Platform message statistics are per UTC day: they add up schools in every zone.
import { addDays, utcToday } from '../../lib/dates.js';
import { notFound } from '../../lib/errors.js';
import type { MessageDayDoc } from './message-day.schema.js';
import { messageSummary } from './messages.service.js';
import { summaryResponse } from './messages.validation.js';

export interface MessagesConsoleDeps {
  db: PlatformDb;
  connections: ConnectionFactory;
}

const channelCounts = z.object({ sent: z.number(), delivered: z.number(), failed: z.number(), bounced: z.number(), dead: z.number() });
const dayTotals = z.object({ email: channelCounts, sms: channelCounts.extend({ segments: z.number() }) });
type DayTotals = z.infer<typeof dayTotals>;

const queueEntry = z.object({
  depth: z.number().describe('Messages waiting after the worker last looked at the school'),
  failing: z.number().describe('Of them, waiting for a retry after a failure'),
  dueAt: z.string().nullable(),
  heldUntil: z.string().nullable().describe('Set while a worker holds the school'),
});

const schoolRow = z.object({
  tenantId: z.string(),
  name: z.string(),
  subdomain: z.string(),
  queue: queueEntry.nullable(),
  last7Days: dayTotals,
  /** failed + dead + bounced over both channels, the last 7 days. */
  failures: z.number(),
});

export const consoleResponse = z.object({
  queue: z.object({
    schools: z.number().describe('Schools with messages to send'),
    depth: z.number(),
    failing: z.number(),
    oldestDueAt: z.string().nullable(),
  }),
  since: z.string().describe('First day (UTC) of the 7-day window'),
  totals: dayTotals,
  schools: z.array(schoolRow).describe('Schools in the queue or with messages in the window, most failures first'),
});

export const schoolMessagesResponse = z.object({
  tenantId: z.string(),
  queue: queueEntry.nullable(),
  byDay: z.array(z.object({ day: z.string() }).merge(dayTotals)).describe('30 days (UTC), oldest first'),
  outbox: summaryResponse.describe("The school's own outbox: messages of the last 7 days by channel and state"),
});

const zero = (): DayTotals => ({
  email: { sent: 0, delivered: 0, failed: 0, bounced: 0, dead: 0 },
  sms: { sent: 0, delivered: 0, failed: 0, bounced: 0, dead: 0, segments: 0 },
});

function add(into: DayTotals, d: Pick<MessageDayDoc, 'email' | 'sms'>): DayTotals {
  for (const ch of ['email', 'sms'] as const) {
    for (const k of ['sent', 'delivered', 'failed', 'bounced', 'dead'] as const) into[ch][k] += d[ch]?.[k] ?? 0;
  }
  into.sms.segments += d.sms?.segments ?? 0;
  return into;
}

const failuresOf = (t: DayTotals) => t.email.failed + t.email.dead + t.email.bounced + t.sms.failed + t.sms.dead + t.sms.bounced;

const queueDto = (q: { depth?: number | null; failing?: number | null; dueAt?: Date | null; heldUntil?: Date | null }) => ({
  depth: q.depth ?? 0,
  failing: q.failing ?? 0,
  dueAt: q.dueAt?.toISOString() ?? null,
  heldUntil: q.heldUntil?.toISOString() ?? null,
});

/**
 * The platform's messaging at a glance, read from the platform database only
 * (never a school's): the queue of schools with work and each school's daily
 * counts. The sums are made here, not in an aggregation: FerretDB 1.x computes
 * only the first accumulator of a $group, and these are seven small documents
 * per active school (the `day` index bounds the read to 7 days). Measured on
 * FerretDB 1.x: 5,000 active schools (35,000 day rows) answer in about 4 s,
 * nearly all of it the database decoding the rows it scans; MongoDB reads them
 * from the index. At that scale a `$group` with several `$sum`s (MongoDB) or a
 * running per-school total kept by the worker would replace this loop.
 */
export async function messagesConsole(deps: MessagesConsoleDeps, limit: number): Promise<z.infer<typeof consoleResponse>> {
  const since = addDays(utcToday(), -6);
  const [queue, days] = await Promise.all([
    deps.db.MessageQueue.find({}).lean(),
    deps.db.MessageDay.find({ day: mongoose.trusted({ $gte: since }) }).lean(),
  ]);
  const totals = zero();
  const perSchool = new Map<string, DayTotals>();
  for (const d of days) {
    const id = d.tenantId.toString();
    add(totals, d);
    perSchool.set(id, add(perSchool.get(id) ?? zero(), d));
  }
  const queued = new Map(queue.map((q) => [q._id, q]));
  const ids = [...new Set([...queued.keys(), ...perSchool.keys()])].filter((id) => Types.ObjectId.isValid(id));
  const top = ids
    .map((id) => {
      const last7Days = perSchool.get(id) ?? zero();
      const q = queued.get(id);
      return { tenantId: id, queue: q ? queueDto(q) : null, last7Days, failures: failuresOf(last7Days) };
    })
    .sort(
      (a, b) =>
        b.failures - a.failures || (b.queue?.failing ?? 0) - (a.queue?.failing ?? 0) || (b.queue?.depth ?? 0) - (a.queue?.depth ?? 0),
    )
    .slice(0, limit);
  // Names of the schools shown only (a lookup of every active school's name cost 1.1 s for 5,000 on FerretDB 1.x).
  const tenants = await deps.db.Tenant.find(
    { _id: mongoose.trusted({ $in: top.map((r) => new Types.ObjectId(r.tenantId)) }) },
    { name: 1, subdomain: 1 },
  ).lean();
  const names = new Map(tenants.map((t) => [t._id.toString(), t]));
  const schools = top.map((r) => ({
    ...r,
    name: names.get(r.tenantId)?.name ?? '(deleted school)',
    subdomain: names.get(r.tenantId)?.subdomain ?? '',
  }));
  const oldest = queue.reduce<number | null>(
    (min, q) => (q.dueAt && (min === null || q.dueAt.getTime() < min) ? q.dueAt.getTime() : min),
    null,
  );
  return {
    queue: {
      schools: queue.length,
      depth: queue.reduce((n, q) => n + (q.depth ?? 0), 0),
      failing: queue.reduce((n, q) => n + (q.failing ?? 0), 0),
      oldestDueAt: oldest === null ? null : new Date(oldest).toISOString(),
    },
    since,
    totals,
    schools,
  };
}

/** One school: its queue entry, 30 days of counts, and its outbox's last 7 days by state (from its own database). */
export async function schoolMessages(deps: MessagesConsoleDeps, id: string): Promise<z.infer<typeof schoolMessagesResponse>> {
  const doc = await deps.db.Tenant.findById(id).select('+databaseConfig.connectionString').lean();
  if (!doc) throw notFound('School', 'TENANT_NOT_FOUND');
  const from = addDays(utcToday(), -29);
  const [q, days] = await Promise.all([
    deps.db.MessageQueue.findById(id).lean(),
    deps.db.MessageDay.find({ tenantId: doc._id, day: mongoose.trusted({ $gte: from }) }).lean(),
  ]);
  const byDate = new Map(days.map((d) => [d.day, d]));
  const byDay = Array.from({ length: 30 }, (_, i) => {
    const day = addDays(from, i);
    const d = byDate.get(day);
    return { day, ...(d ? add(zero(), d) : zero()) };
  });
  const outbox = await runForTenant(deps.connections, toTenantRecord(doc), () => messageSummary());
  return { tenantId: doc._id.toString(), queue: q ? queueDto(q) : null, byDay, outbox };
}

/** A school's messages per day for its usage: emails and SMS accepted by the next hop, and SMS segments billed. */
export async function messageUsage(db: PlatformDb, tenantId: Types.ObjectId, from: string) {
  const days = await db.MessageDay.find({ tenantId, day: mongoose.trusted({ $gte: from }) }).lean();
  return new Map(days.map((d) => [d.day, { emails: d.email?.sent ?? 0, sms: d.sms?.sent ?? 0, smsSegments: d.sms?.segments ?? 0 }]));
}
