/**
 * npm run bench:scale — what one API process holds as it touches more schools.
 *
 * Database sockets and heap after touching 1, 100, 1,000 and 10,000 schools, each touched the way a
 * request touches it (the school looked up by subdomain, its database handle, the signed-in user and a
 * page of students), with the platform's default bounds (TENANT_DB_HANDLES_MAX, TENANT_CACHE_MAX).
 * Beside it, the naive design: one connection (its own socket pool) per school, at 1, 100 and 1,000
 * schools. Results: bench/results/scale.json.
 */
import mongoose, { Types } from 'mongoose';
import { runForTenant, tenantModel } from '../server/src/tenancy/tenant-context.js';
import { UserModel } from '../server/src/modules/users/user.schema.js';
import { StudentModel } from '../server/src/modules/people/people.schema.js';
import { dbSockets, heapUsed, insertSchoolRecords, startBenchPlatform, writeResult } from './lib.js';

const CHECKPOINTS = (process.env.BENCH_SCALE_SCHOOLS ?? '1,100,1000,10000').split(',').map(Number);
const NAIVE = (process.env.BENCH_NAIVE_SCHOOLS ?? '1,100,1000').split(',').map(Number);
const PARALLEL = 20;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function main() {
  const bench = await startBenchPlatform();
  const { platform, config, dbPort } = bench;
  const total = Math.max(...CHECKPOINTS);
  const subdomains = await insertSchoolRecords(bench, total, 'scale');

  const client = platform.db.connection.getClient();
  let open = 0;
  let peakPool = 0;
  client.on('connectionCreated', () => (peakPool = Math.max(peakPool, ++open)));
  client.on('connectionClosed', () => (open -= 1));

  const touch = async (subdomain: string) => {
    const tenant = await platform.tenants.bySubdomain(subdomain);
    if (!tenant) throw new Error(`no school ${subdomain}`);
    await runForTenant(platform.connections, tenant, async () => {
      await tenantModel(UserModel).findById(new Types.ObjectId()).select('role status').lean();
      await tenantModel(StudentModel).find({}).sort({ lastName: 1 }).limit(20).lean();
    });
  };

  // Warm-up: the first school compiles the model templates and opens the pool.
  await touch(subdomains[0]!);
  const base = heapUsed();
  const shared: { schools: number; databaseSockets: number; peakPoolSockets: number; heapMb: number; handles: number; cached: number }[] =
    [];
  let touched = 1;
  for (const n of CHECKPOINTS) {
    await inParallel(subdomains.slice(touched, n), touch);
    touched = Math.max(touched, n);
    shared.push({
      schools: n,
      databaseSockets: dbSockets(dbPort),
      peakPoolSockets: peakPool,
      heapMb: +((heapUsed() - base) / 2 ** 20).toFixed(2),
      handles: platform.connections.stats().sharedHandles,
      cached: platform.tenants.size,
    });
    console.error(`shared: ${n} schools touched`);
  }
  const under = CHECKPOINTS.filter((n) => n <= config.db.handlesMax);
  const lo = shared.find((s) => s.schools === Math.min(...under))!;
  const hi = shared.find((s) => s.schools === Math.max(...under))!;
  const perSchoolKb = kb(((hi.heapMb - lo.heapMb) * 2 ** 20) / (hi.schools - lo.schools));

  // The naive design, for contrast: a connection (own pool + monitoring) per school, models compiled on each.
  const naive: { schools: number; databaseSockets: number; heapMb: number; openMs: number }[] = [];
  for (const n of NAIVE) {
    const before = heapUsed();
    const socketsBefore = dbSockets(dbPort);
    const started = performance.now();
    const conns: mongoose.Connection[] = [];
    await inParallel(subdomains.slice(0, n), async (subdomain) => {
      const conn = mongoose.createConnection(bench.db.uri, {
        dbName: `naive_${subdomain.replace(/-/g, '_')}`,
        maxPoolSize: config.db.dedicatedPoolSize,
        autoIndex: false,
        autoCreate: false,
      });
      conns.push(conn);
      await conn.asPromise();
      await conn.model(UserModel.name, UserModel.schema).findById(new Types.ObjectId()).lean();
      await conn.model(StudentModel.name, StudentModel.schema).find({}).limit(20).lean();
    });
    naive.push({
      schools: n,
      databaseSockets: dbSockets(dbPort) - socketsBefore,
      heapMb: +((heapUsed() - before) / 2 ** 20).toFixed(2),
      openMs: Math.round(performance.now() - started),
    });
    await Promise.all(conns.map((c) => c.close()));
    console.error(`naive: ${n} schools`);
  }
  const naiveHi = naive[naive.length - 1]!;

  writeResult('scale', {
    database: bench.db.kind,
    bounds: { poolSize: config.db.poolSize, handlesMax: config.db.handlesMax, tenantCacheMax: config.tenantCache.max },
    shared,
    heapPerSchoolKb: perSchoolKb,
    heapPerSchoolMeasuredBetween: [lo.schools, hi.schools],
    naive,
    naiveSocketsPerSchool: +(naiveHi.databaseSockets / naiveHi.schools).toFixed(2),
    naiveHeapPerSchoolKb: kb((naiveHi.heapMb * 2 ** 20) / naiveHi.schools),
  });
  await bench.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
