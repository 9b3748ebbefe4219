import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import type { Config } from '../../config/config.js';
import type { PlatformDb } from '../../db/platform-db.js';
import { logger } from '../../lib/logger.js';
import type { ConnectionFactory } from '../../tenancy/connection-factory.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { defaultBackoffMs, deliver, dueFilter, emptyCounts, type OutboxMessage } from './deliver.js';
import { HELD, QueueBook, setAsideUnsendable, type QueueEntry } from './queue-entry.js';
import { OutboxModel } from './outbox.schema.js';
import { portalLink, portalUrl } from './portal-url.js';
import { SchoolHolds } from './school-hold.js';
import { SchoolThrottle, TokenBucket, type PLAN_MESSAGES_PER_MINUTE } from './throttle.js';
import { EmailTransports } from './transports/email.js';
import type { SmsTransport } from './transports/transport.js';

const T = mongoose.trusted;

export interface WorkerDeps {
  config: Config;
  db: PlatformDb;
  connections: ConnectionFactory;
  tenants: TenantResolver;
}

export interface WorkerOptions {
  pollMs?: number;
  /** Messages of one school per turn (MESSAGES_BATCH). */
  batch?: number;
  /** Schools worked at once (MESSAGES_CONCURRENCY). */
  concurrency?: number;
  maxAttempts?: number;
  /** Length of a hold's window (see SchoolHolds); a message `sending` for longer than two of them is taken over. */
  holdMs?: number;
  backoffMs?: (attempts: number) => number;
  /** How long a suspended, deleted or moving school's messages wait before the worker looks again. */
  pauseMs?: number;
  noTransportWaitMs?: number;
  sms?: SmsTransport;
  /** Replaces the SMTP transports built from config (tests). */
  email?: EmailTransports;
  planPerMinute?: typeof PLAN_MESSAGES_PER_MINUTE;
  /** Names this worker in holds (default host:pid:random). */
  id?: string;
}

export interface TurnResult {
  tenantId: string;
  outcome: 'worked' | 'held' | 'paused' | 'gone';
  sent: number;
  remaining: number;
}

export interface MessageWorker {
  readonly id: string;
  start(): void;
  /** Stops polling and waits for the turns in progress (their messages end sent or failed, never half-written). */
  stop(): Promise<void>;
  /** One pass over the due schools (tests, benches). */
  runOnce(): Promise<TurnResult[]>;
  /** Passes until no school is due, or `timeoutMs`. */
  drainUntilIdle(timeoutMs?: number): Promise<void>;
}

const ACTIVE = new Set(['trial', 'active']);

/**
 * The message worker. Each poll it reads the platform's queue of schools with
 * messages due (never a school database that is not on it), oldest first, and
 * works up to `concurrency` of them at once. Working a school is a *turn*: take
 * its hold (school-hold.ts), send at most `batch` of its due messages (and any
 * left `sending` by a worker that died), write the queue entry back (due again
 * at its earliest next attempt, but not before the schools already waiting:
 * fairness), count the day's results, give the hold back.
 */
export function createMessageWorker(deps: WorkerDeps, options: WorkerOptions = {}): MessageWorker {
  const cfg = deps.config.messages;
  const opt = {
    pollMs: options.pollMs ?? cfg.worker.pollMs,
    batch: options.batch ?? cfg.worker.batch,
    concurrency: options.concurrency ?? cfg.worker.concurrency,
    maxAttempts: options.maxAttempts ?? cfg.worker.maxAttempts,
    holdMs: options.holdMs ?? 60_000,
    backoffMs: options.backoffMs ?? defaultBackoffMs,
    pauseMs: options.pauseMs ?? 5 * 60_000,
    noTransportWaitMs: options.noTransportWaitMs ?? 60_000,
  };
  const id = options.id ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  // A hold window of holdMs, turns stop starting messages a quarter window (at most 5 s) before it ends.
  const holds = new SchoolHolds(deps.db.Lease, id, opt.holdMs, Math.min(5_000, opt.holdMs / 4));
  const stuckMs = 2 * opt.holdMs;
  const email =
    options.email ??
    new EmailTransports({
      platformUrl: cfg.smtp.url,
      platformFrom: cfg.smtp.from,
      db: deps.db,
      encryptionKey: deps.config.encryptionKey,
      allowPrivateHosts: cfg.smtp.allowPrivateHosts,
    });
  const ownsEmail = !options.email;
  const throttle = new SchoolThrottle(options.planPerMinute);
  const smtpRate = new TokenBucket(cfg.smtp.ratePerSecond, cfg.smtp.ratePerSecond);
  const smsRate = new TokenBucket(cfg.sms.ratePerSecond, cfg.sms.ratePerSecond);
  const publicUrl = { baseDomain: deps.config.baseDomain, ...deps.config.publicUrl };
  const queue = deps.db.MessageQueue;
  const book = new QueueBook(deps.db, stuckMs);

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;

  const dueEntries = (exclude: Iterable<string> = []) =>
    queue
      .find({ dueAt: T({ $lte: new Date() }), _id: T({ $nin: [...exclude] }) })
      .sort({ dueAt: 1 })
      .limit(opt.concurrency * 4)
      .lean();

  /**
   * One pass: the due schools, oldest first, on up to `concurrency` lanes. While
   * some lanes are still in a turn and others are free, the queue is read again
   * every poll interval and the free lanes take the schools that became due
   * meanwhile (a school's new alert), so a new alert never waits for the longest
   * turn in progress (one big school's batch to a slow server); a school already
   * in a turn is not taken twice. An idle platform is one read per poll as before.
   */
  async function pass(): Promise<TurnResult[]> {
    let due = await dueEntries();
    const results: TurnResult[] = [];
    const inTurn = new Set<string>();
    let next = 0;
    const lanes = new Set<Promise<void>>();
    const lane = async () => {
      while (!stopped && next < due.length) {
        const entry = due[next++]!;
        if (inTurn.has(entry._id)) continue;
        inTurn.add(entry._id);
        try {
          results.push(await turn(entry).catch((err: unknown) => failedTurn(entry._id, err)));
        } finally {
          inTurn.delete(entry._id);
        }
      }
    };
    const startLanes = () => {
      while (lanes.size < opt.concurrency && next < due.length) {
        const l: Promise<void> = lane().finally(() => lanes.delete(l));
        lanes.add(l);
      }
    };
    startLanes();
    while (lanes.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      const tick = new Promise<void>((resolve) => (timer = setTimeout(resolve, opt.pollMs)));
      await Promise.race([Promise.all(lanes), tick]);
      clearTimeout(timer);
      if (stopped || lanes.size === 0 || lanes.size >= opt.concurrency) continue;
      due = await dueEntries(inTurn);
      next = 0;
      startLanes();
    }
    return results;
  }

  function failedTurn(tenantId: string, err: unknown): TurnResult {
    logger.warn({ tenantId, err: (err as Error).message }, 'message turn failed; the school is tried again next poll');
    return { tenantId, outcome: 'worked', sent: 0, remaining: 1 };
  }

  async function turn(entry: QueueEntry): Promise<TurnResult> {
    const tenantId = entry._id;
    const turnStart = new Date();
    const hold = await holds.take(tenantId, turnStart.getTime());
    if (!hold) return { tenantId, outcome: 'held', sent: 0, remaining: entry.depth ?? 0 };
    try {
      // For the console only (the lease is what holds): cleared by the write-back at the end of the turn.
      await queue.updateOne({ _id: tenantId }, { $set: { heldBy: id, heldUntil: new Date(hold.deadline) } });
      const tenant = await deps.tenants.byId(tenantId);
      if (!tenant) {
        // The school is gone (purged): its messages went with its database.
        await queue.deleteOne({ _id: tenantId, signalledAt: T({ $lte: turnStart }) });
        return { tenantId, outcome: 'gone', sent: 0, remaining: 0 };
      }
      if (!ACTIVE.has(tenant.status) || tenant.maintenance) {
        // Suspended (its people cannot sign in to follow a link), deleted (awaiting purge) or being moved
        // (writes would be lost in the copy; the move signals the school again once it is done): its messages wait.
        await queue.updateOne({ _id: tenantId }, { $set: { dueAt: new Date(Date.now() + opt.pauseMs) }, $unset: HELD });
        return { tenantId, outcome: 'paused', sent: 0, remaining: entry.depth ?? 0 };
      }
      return await runForTenant(deps.connections, tenant, () => work(entry, tenant, hold.deadline, turnStart));
    } finally {
      await holds.release(hold).catch(() => undefined);
    }
  }

  async function work(entry: QueueEntry, tenant: TenantRecord, deadline: number, turnStart: Date): Promise<TurnResult> {
    const Outbox = tenantModel(OutboxModel);
    const bucket = throttle.bucket(tenant.id, tenant.subscription.plan);
    const budget = Math.min(opt.batch, bucket.available());
    const counts = emptyCounts();
    let sent = 0;
    let full = false;
    if (budget > 0) {
      const portal = portalUrl(tenant, publicUrl);
      const logo = tenant.theme.logoUrl || tenant.schoolConfig.logo;
      const route = await email.route(tenant);
      await setAsideUnsendable(Outbox, {
        canEmail: Boolean(route),
        smsOn: tenant.features.smsNotifications,
        smsProvider: Boolean(options.sms),
        waitMs: opt.noTransportWaitMs,
      });
      const ctx = {
        tenant,
        portal,
        branding: {
          name: tenant.schoolConfig.name || tenant.name,
          logoUrl: logo ? portalLink(portal, logo) : undefined,
          primaryColor: tenant.theme.primaryColor,
          timeZone: tenant.schoolConfig.timeZone,
          locale: tenant.schoolConfig.locale,
        },
        encryptionKey: deps.config.encryptionKey,
        maxAttempts: opt.maxAttempts,
        backoffMs: opt.backoffMs,
        noTransportWaitMs: opt.noTransportWaitMs,
        email: async () => route,
        sms: options.sms,
        smtpRate,
        smsRate,
        counts,
      };
      const batch = (await Outbox.find(dueFilter(new Date(), stuckMs))
        .sort({ nextAttemptAt: 1, _id: 1 })
        .limit(budget)
        .lean()) as OutboxMessage[];
      for (const msg of batch) {
        if (stopped || Date.now() >= deadline) break;
        if (!bucket.tryTake()) break;
        if ((await deliver(Outbox, msg, ctx)) === 'sent') sent += 1;
      }
      full = batch.length === opt.batch;
    }
    const remaining = full
      ? await book.stillBusy(entry, sent, bucket.waitMs())
      : await book.writeBack(tenant.id, Outbox, turnStart, bucket.waitMs());
    await book.countDay(tenant.id, counts);
    return { tenantId: tenant.id, outcome: 'worked', sent, remaining };
  }

  const loop = async () => {
    if (stopped) return;
    let busy = false;
    try {
      const results = await pass();
      busy = results.some((r) => r.outcome === 'worked' && r.sent > 0);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'message worker poll failed');
    }
    // Straight on while there is work; otherwise wait a poll interval.
    if (!stopped) timer = setTimeout(() => (running = loop()), busy ? 0 : opt.pollMs);
  };

  return {
    id,
    start() {
      if (timer || running) return;
      if (!email.hasPlatform)
        logger.warn('SMTP_URL is not set: email waits in the outbox (NO_TRANSPORT) except for schools with their own SMTP server');
      if (!options.sms) logger.warn('no SMS provider: text messages wait in the outbox (NO_TRANSPORT)');
      running = loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      if (ownsEmail) email.close();
    },
    runOnce: pass,
    async drainUntilIdle(timeoutMs = 60_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        const results = await pass();
        if (results.length === 0) return;
        if (!results.some((r) => r.sent > 0)) await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`the outbox did not drain in ${timeoutMs} ms`);
    },
  };
}

/** Creates the worker and starts its loop. */
export function startMessageWorker(deps: WorkerDeps, options: WorkerOptions = {}): MessageWorker {
  const worker = createMessageWorker(deps, options);
  worker.start();
  return worker;
}
