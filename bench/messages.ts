/**
 * npm run bench:messages — the message worker (issue 12) at platform scale, delivering to a real SMTP
 * server on loopback (smtp-server, counting what it accepts by envelope recipient).
 *
 * 1. Throughput: BENCH_MSG_SCHOOLS (default 1,000) school records, each with its outbox indexes built as
 *    provisioning / migration 005 builds them and BENCH_MSG_PER_SCHOOL (default 10) announcements written
 *    through `enqueueMessage` (outbox insert + platform queue signal). Drained by one worker with the
 *    default settings, then again (a fresh round of messages) with tuned settings: messages/s, time until
 *    the last mail arrived and until the platform queue was empty, CPU of this process and of the database.
 * 2. Idle platform: 10 then BENCH_IDLE_SCHOOLS (default 10,000) school records and nothing queued; the
 *    worker runs for BENCH_IDLE_SECONDS (default 60): database commands it issues (driver command monitoring
 *    on the platform client, which the school databases of the shared cluster borrow) and CPU time.
 * 3. Fairness: school A enqueues BENCH_FAIR_BULK (default 5,000) messages (its plan limit lifted, so it
 *    drains as fast as the worker and the SMTP rate allow: the worst case for others); school B enqueues one
 *    absence alert every BENCH_FAIR_EVERY_MS (default 2,000) during A's drain, for BENCH_FAIR_SECONDS
 *    (default 180; on FerretDB A's 5,000 take longer than that): delay from enqueue to arrival at the SMTP
 *    server, p50/p99/max, and how much of A was sent meanwhile.
 * Sizes are set by env; BENCH_MSG_PARTS (default idle,fairness,throughput) picks parts. ~13 min on 2 cores.
 * Results: bench/results/messages.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { CommandFailedEvent, CommandStartedEvent, CommandSucceededEvent } from 'mongodb';
import { outboxIndexes } from '../server/src/migrations/005-outbox.js';
import { enqueueMessage, signalBatch } from '../server/src/modules/messages/outbox.js';
import { type PLAN_MESSAGES_PER_MINUTE } from '../server/src/modules/messages/throttle.js';
import { createMessageWorker, type WorkerOptions } from '../server/src/modules/messages/worker.js';
import { runForTenant } from '../server/src/tenancy/tenant-context.js';
import type { TenantRecord } from '../server/src/tenancy/tenant.types.js';
import { insertSchoolRecords, median, percentile, sleep, startBenchPlatform, writeResult } from './lib.js';

const SCHOOLS = Number(process.env.BENCH_MSG_SCHOOLS ?? 1_000);
const PER_SCHOOL = Number(process.env.BENCH_MSG_PER_SCHOOL ?? 10);
const IDLE_SCHOOLS = Number(process.env.BENCH_IDLE_SCHOOLS ?? 10_000);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const FAIR_BULK = Number(process.env.BENCH_FAIR_BULK ?? 5_000);
const FAIR_EVERY_MS = Number(process.env.BENCH_FAIR_EVERY_MS ?? 2_000);
/** B's alerts are sent for this long during A's drain (or until A has drained, if sooner). */
const FAIR_SECONDS = Number(process.env.BENCH_FAIR_SECONDS ?? 180);
/** No part may run longer than this (a drain that stalls is reported, not waited for). */
const PART_TIMEOUT_MS = Number(process.env.BENCH_MSG_TIMEOUT_MS ?? 15 * 60_000);
const TUNED = { concurrency: 16, smtpRatePerSecond: 10_000 };

type Bench = Awaited<ReturnType<typeof startBenchPlatform>>;

/** A real SMTP server on 127.0.0.1 that accepts everything and notes when each recipient's mail arrived. */
async function startCountingSmtp() {
  const arrivals = new Map<string, number>();
  let accepted = 0;
  let duplicates = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 50,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        const at = performance.now();
        for (const r of session.envelope.rcptTo) {
          if (arrivals.has(r.address)) duplicates += 1;
          else arrivals.set(r.address, at);
        }
        accepted += 1;
        callback(null, 'Queued');
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    get accepted() {
      return accepted;
    },
    get duplicates() {
      return duplicates;
    },
    async waitFor(n: number, timeoutMs: number) {
      const end = Date.now() + timeoutMs;
      while (accepted < n && Date.now() < end) await sleep(20);
      return accepted >= n;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
type Smtp = Awaited<ReturnType<typeof startCountingSmtp>>;

/** CPU time (ms) of a process from /proc (Linux), for the database server this process started. */
function procCpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

/** The FerretDB process started by startDatabase (a child of this process), if that is what runs. */
function databasePid(): number | undefined {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && /ferretdb|mongod/.test(comm)) return Number(entry);
    }
  } catch {
    // not Linux: no database CPU figure
  }
  return undefined;
}

/** CPU of this process and of the database over a stretch of work. */
function cpuMeter() {
  const pid = databasePid();
  const start = { node: process.cpuUsage(), db: procCpuMs(pid), at: performance.now() };
  return () => {
    const node = process.cpuUsage(start.node);
    const db = procCpuMs(pid);
    const seconds = (performance.now() - start.at) / 1000;
    const nodeMs = (node.user + node.system) / 1000;
    const dbMs = db !== undefined && start.db !== undefined ? db - start.db : undefined;
    return {
      seconds: +seconds.toFixed(1),
      nodeCpuMs: Math.round(nodeMs),
      nodeCores: +(nodeMs / 1000 / seconds).toFixed(2),
      databaseCpuMs: dbMs === undefined ? undefined : Math.round(dbMs),
      databaseCores: dbMs === undefined ? undefined : +(dbMs / 1000 / seconds).toFixed(2),
    };
  };
}

/**
 * Commands the platform client sends while counting is on, by `command collection` (school databases on the
 * shared cluster borrow the platform client, so their commands are seen too), and the time each group spent
 * waiting for the database (sum of the driver's round-trip durations).
 */
function commandCounter(bench: Bench) {
  const counts = new Map<string, { n: number; ms: number }>();
  const pending = new Map<number, string>();
  const platformDb = bench.config.platformDbName;
  let on = false;
  const client = bench.platform.db.connection.getClient();
  client.on('commandStarted', (e: CommandStartedEvent) => {
    if (!on) return;
    const target = e.command[e.commandName];
    const where = e.databaseName === platformDb ? 'platform' : e.databaseName === 'admin' ? 'admin' : 'school';
    const label = `${where} ${e.commandName} ${typeof target === 'string' ? target : ''}`.trim();
    const c = counts.get(label) ?? { n: 0, ms: 0 };
    c.n += 1;
    counts.set(label, c);
    pending.set(e.requestId, label);
  });
  const finished = (e: CommandSucceededEvent | CommandFailedEvent) => {
    const label = pending.get(e.requestId);
    if (label === undefined) return;
    pending.delete(e.requestId);
    const c = counts.get(label);
    if (c) c.ms += e.duration;
  };
  client.on('commandSucceeded', finished);
  client.on('commandFailed', finished);
  return {
    start() {
      counts.clear();
      pending.clear();
      on = true;
    },
    /** Counts by label, most frequent first. */
    stop() {
      on = false;
      return Object.fromEntries([...counts].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => [k, v.n]));
    },
    /** Count and summed round-trip ms by label (call before stop's clear on the next start). */
    detail() {
      return [...counts].sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => ({ command: k, count: v.n, ms: Math.round(v.ms) }));
    },
  };
}

async function tenantsOf(bench: Bench, subs: string[]): Promise<TenantRecord[]> {
  const out: TenantRecord[] = [];
  for (const sub of subs) {
    const t = await bench.platform.tenants.bySubdomain(sub);
    if (!t) throw new Error(`no school ${sub}`);
    out.push(t);
  }
  return out;
}

/** Runs `fn` over `items`, `width` at a time. */
async function eachLimited<T>(items: T[], width: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

function workerConfig(bench: Bench, smtpUrl: string, smtpRatePerSecond?: number) {
  const messages = bench.config.messages;
  return {
    ...bench.platform,
    config: {
      ...bench.config,
      messages: {
        ...messages,
        smtp: { ...messages.smtp, url: smtpUrl, ratePerSecond: smtpRatePerSecond ?? messages.smtp.ratePerSecond },
      },
    },
  };
}

async function enqueueRound(bench: Bench, schools: TenantRecord[], round: string) {
  await eachLimited(schools, 8, async (tenant) => {
    await runForTenant(bench.platform.connections, tenant, async () => {
      for (let k = 0; k < PER_SCHOOL; k++) {
        await enqueueMessage({
          key: `bench:${round}:${k}`,
          kind: 'announcement',
          channel: 'email',
          to: `${round}-${k}@${tenant.subdomain}.test`,
          toName: `Parent ${k}`,
          vars: { title: 'Term dates', body: 'The new term starts on Monday at 8:30.' },
        });
      }
    });
  });
}

async function drain(
  bench: Bench,
  smtp: Smtp,
  counter: ReturnType<typeof commandCounter>,
  expected: number,
  options: WorkerOptions,
  smtpRatePerSecond?: number,
) {
  const before = smtp.accepted;
  counter.start();
  const worker = createMessageWorker(workerConfig(bench, smtp.url, smtpRatePerSecond), options);
  const cpu = cpuMeter();
  const started = performance.now();
  worker.start();
  const done = await smtp.waitFor(before + expected, PART_TIMEOUT_MS);
  const lastMailSeconds = (performance.now() - started) / 1000;
  let queueEmptySeconds: number | undefined;
  for (const end = Date.now() + 60_000; Date.now() < end; await sleep(50)) {
    if ((await bench.platform.db.MessageQueue.countDocuments({})) === 0) {
      queueEmptySeconds = (performance.now() - started) / 1000;
      break;
    }
  }
  const usage = cpu();
  await worker.stop();
  const delivered = smtp.accepted - before;
  const detail = counter.detail();
  counter.stop();
  const sum = (rows: typeof detail) => rows.reduce((a, r) => ({ count: a.count + r.count, ms: a.ms + r.ms }), { count: 0, ms: 0 });
  const platform = sum(detail.filter((r) => r.command.startsWith('platform ')));
  const school = sum(detail.filter((r) => r.command.startsWith('school ')));
  return {
    delivered,
    drained: done,
    secondsToLastMail: +lastMailSeconds.toFixed(1),
    secondsToEmptyQueue: queueEmptySeconds === undefined ? 'not empty after 60 s more' : +queueEmptySeconds.toFixed(1),
    messagesPerSecond: +(delivered / lastMailSeconds).toFixed(1),
    cpu: usage,
    databaseCommandsPerMessage: {
      platform: +(platform.count / delivered).toFixed(2),
      school: +(school.count / delivered).toFixed(2),
    },
    /** Summed round trips: more than the elapsed time means the worker's lanes were waiting on the database in parallel. */
    databaseWaitSeconds: { platform: +(platform.ms / 1000).toFixed(1), school: +(school.ms / 1000).toFixed(1) },
    slowestCommands: detail.slice(0, 8),
  };
}

async function throughput() {
  const smtp = await startCountingSmtp();
  const bench = await startBenchPlatform({ SMTP_URL: smtp.url, MESSAGES_WORKER_ENABLED: 'false' }, { monitorCommands: true });
  const counter = commandCounter(bench);
  const t0 = performance.now();
  const subs = await insertSchoolRecords(bench, SCHOOLS, 'msg');
  const schools = await tenantsOf(bench, subs);
  await eachLimited(schools, 8, async (tenant) => outboxIndexes.up(await bench.platform.connections.get(tenant)));
  const setupSeconds = (performance.now() - t0) / 1000;
  console.error(`${SCHOOLS} schools with outbox indexes in ${setupSeconds.toFixed(1)} s`);
  const total = SCHOOLS * PER_SCHOOL;

  const e1 = performance.now();
  await enqueueRound(bench, schools, 'r1');
  const enqueue1 = (performance.now() - e1) / 1000;
  console.error(`${total} messages enqueued in ${enqueue1.toFixed(1)} s; draining with the default settings`);
  const defaults = await drain(bench, smtp, counter, total, {});
  console.error(`defaults: ${JSON.stringify(defaults)}`);

  const e2 = performance.now();
  await enqueueRound(bench, schools, 'r2');
  const enqueue2 = (performance.now() - e2) / 1000;
  console.error(`${total} more enqueued; draining with concurrency ${TUNED.concurrency}, SMTP rate ${TUNED.smtpRatePerSecond}/s`);
  const tuned = await drain(bench, smtp, counter, total, { concurrency: TUNED.concurrency }, TUNED.smtpRatePerSecond);
  console.error(`tuned: ${JSON.stringify(tuned)}`);

  const result = {
    database: bench.db.kind,
    schools: SCHOOLS,
    messagesPerSchool: PER_SCHOOL,
    messages: total,
    setupSeconds: +setupSeconds.toFixed(1),
    enqueue: {
      seconds: [+enqueue1.toFixed(1), +enqueue2.toFixed(1)],
      messagesPerSecond: +((2 * total) / (enqueue1 + enqueue2)).toFixed(1),
    },
    defaults: { settings: { ...bench.config.messages.worker, smtpRatePerSecond: bench.config.messages.smtp.ratePerSecond }, ...defaults },
    tuned: { settings: { ...bench.config.messages.worker, ...TUNED }, ...tuned },
    duplicates: smtp.duplicates,
  };
  await bench.stop();
  await smtp.stop();
  return result;
}

async function idle() {
  const smtp = await startCountingSmtp();
  const bench = await startBenchPlatform({ SMTP_URL: smtp.url, MESSAGES_WORKER_ENABLED: 'false' }, { monitorCommands: true });
  const counter = commandCounter(bench);
  const measure = async (schools: number) => {
    const worker = createMessageWorker(workerConfig(bench, smtp.url), {});
    worker.start();
    await sleep(2_000);
    counter.start();
    const cpu = cpuMeter();
    await sleep(IDLE_SECONDS * 1000);
    const usage = cpu();
    const commands = counter.stop();
    await worker.stop();
    const total = Object.values(commands).reduce((a, b) => a + b, 0);
    const worker_ = Object.entries(commands)
      .filter(([k]) => /messagequeues|outboxmessages|leases|messagedays/.test(k) || k.startsWith('school '))
      .reduce((a, [, v]) => a + v, 0);
    const polls = commands['platform find messagequeues'] ?? 0;
    const perMinute = (n: number) => +((n * 60) / usage.seconds).toFixed(1);
    console.error(`idle at ${schools} schools: ${JSON.stringify(commands)}`);
    return {
      schools,
      seconds: usage.seconds,
      workerCommandsPerMinute: perMinute(worker_),
      polls: polls,
      workerCommandsPerPoll: polls ? +(worker_ / polls).toFixed(2) : undefined,
      allPlatformCommandsPerMinute: perMinute(total),
      commands,
      nodeCpuMsPerMinute: Math.round(perMinute(usage.nodeCpuMs)),
      databaseCpuMsPerMinute: usage.databaseCpuMs === undefined ? undefined : Math.round(perMinute(usage.databaseCpuMs)),
    };
  };
  await insertSchoolRecords(bench, 10, 'idle-small');
  const small = await measure(10);
  await insertSchoolRecords(bench, IDLE_SCHOOLS - 10, 'idle-big');
  const big = await measure(IDLE_SCHOOLS);
  await bench.stop();
  await smtp.stop();
  return { small, big };
}

async function fairness() {
  const smtp = await startCountingSmtp();
  const bench = await startBenchPlatform({ SMTP_URL: smtp.url, MESSAGES_WORKER_ENABLED: 'false' }, { monitorCommands: true });
  const counter = commandCounter(bench);
  const [a, b] = await tenantsOf(bench, await insertSchoolRecords(bench, 2, 'fair'));
  for (const t of [a!, b!]) await outboxIndexes.up(await bench.platform.connections.get(t));
  const e = performance.now();
  await runForTenant(bench.platform.connections, a!, async () => {
    const signal = signalBatch();
    try {
      for (let i = 0; i < FAIR_BULK; i++) {
        await enqueueMessage(
          {
            key: `fees:${i}`,
            kind: 'fee_due',
            channel: 'email',
            to: `bulk-${i}@a.test`,
            vars: { title: 'Fees due', body: 'The second instalment is due on Friday.' },
          },
          { signal },
        );
      }
    } finally {
      await signal.flush();
    }
  });
  const enqueueSeconds = (performance.now() - e) / 1000;
  console.error(`A: ${FAIR_BULK} messages enqueued in ${enqueueSeconds.toFixed(1)} s`);

  // Every plan's limit lifted: A is held back only by the worker's fairness and the SMTP rate.
  const unlimited = { basic: 1_000_000, standard: 1_000_000, premium: 1_000_000 } satisfies typeof PLAN_MESSAGES_PER_MINUTE;
  const worker = createMessageWorker(workerConfig(bench, smtp.url), { planPerMinute: unlimited });
  const cpu = cpuMeter();
  counter.start();
  const started = performance.now();
  worker.start();
  const alerts: { address: string; at: number }[] = [];
  const bulkArrived = () => [...smtp.arrivals.keys()].filter((k) => k.startsWith('bulk-')).length;
  let bulkDrainSeconds: number | undefined;
  while (performance.now() - started < Math.min(PART_TIMEOUT_MS, FAIR_SECONDS * 1000)) {
    const n = alerts.length;
    const address = `alert-${n}@b.test`;
    const at = performance.now();
    await runForTenant(bench.platform.connections, b!, () =>
      enqueueMessage({
        key: `absence:${n}`,
        kind: 'absence',
        channel: 'email',
        to: address,
        vars: { title: 'Absence', body: 'Your child was marked absent this morning.', student: 'Sam', date: '2026-12-02' },
      }),
    );
    alerts.push({ address, at });
    await sleep(Math.max(0, FAIR_EVERY_MS - (performance.now() - at)));
    if (bulkArrived() >= FAIR_BULK) break;
  }
  const bulkTimes = [...smtp.arrivals].filter(([k]) => k.startsWith('bulk-')).map(([, t]) => t);
  if (bulkTimes.length >= FAIR_BULK) bulkDrainSeconds = (Math.max(...bulkTimes) - started) / 1000;
  const bulkInWindow = bulkArrived();
  const windowSeconds = (performance.now() - started) / 1000;
  // The last alerts still on their way (A's remaining messages are not waited for).
  for (const end = Date.now() + 60_000; Date.now() < end && alerts.some((x) => !smtp.arrivals.has(x.address));) await sleep(50);
  const usage = cpu();
  await worker.stop();
  const commands = counter.detail();
  counter.stop();
  const delays = alerts.map((x) => {
    const arrived = smtp.arrivals.get(x.address);
    return arrived === undefined ? Infinity : arrived - x.at;
  });
  const missing = delays.filter((d) => d === Infinity).length;
  const result = {
    bulkMessages: FAIR_BULK,
    bulkEnqueueSeconds: +enqueueSeconds.toFixed(1),
    windowSeconds: +windowSeconds.toFixed(1),
    bulkSentInWindow: bulkInWindow,
    bulkDrainSeconds:
      bulkDrainSeconds === undefined ? `not drained in the ${windowSeconds.toFixed(0)} s window` : +bulkDrainSeconds.toFixed(1),
    bulkMessagesPerSecond: +(bulkDrainSeconds ? FAIR_BULK / bulkDrainSeconds : bulkInWindow / windowSeconds).toFixed(1),
    alerts: alerts.length,
    alertsMissing: missing,
    alertDelayMs: {
      p50: Math.round(percentile(delays, 0.5)),
      p99: Math.round(percentile(delays, 0.99)),
      max: Math.round(Math.max(...delays)),
      median: Math.round(median(delays)),
    },
    settings: { ...bench.config.messages.worker, smtpRatePerSecond: bench.config.messages.smtp.ratePerSecond, planLimit: 'lifted' },
    duplicates: smtp.duplicates,
    cpu: usage,
    /** Where the database time went (summed round trips; lanes overlap). */
    slowestCommands: commands.slice(0, 8),
  };
  console.error(`fairness: ${JSON.stringify(result)}`);
  await bench.stop();
  await smtp.stop();
  return result;
}

async function main() {
  const parts = (process.env.BENCH_MSG_PARTS ?? 'idle,fairness,throughput').split(',');
  const timings: Record<string, number> = {};
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    const t = performance.now();
    if (part === 'throughput') out.throughput = await throughput();
    else if (part === 'idle') out.idle = await idle();
    else if (part === 'fairness') out.fairness = await fairness();
    else throw new Error(`unknown part ${part}`);
    timings[part] = Math.round((performance.now() - t) / 1000);
    console.error(`${part} done in ${timings[part]} s`);
  }
  writeResult('messages', {
    sizes: { SCHOOLS, PER_SCHOOL, IDLE_SCHOOLS, IDLE_SECONDS, FAIR_BULK, FAIR_EVERY_MS, FAIR_SECONDS },
    partSeconds: timings,
    ...out,
  });
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
