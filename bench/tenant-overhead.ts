/**
 * npm run bench:overhead — what the tenant layer costs (part of npm run bench).
 *
 * One process, the real platform and database on loopback:
 *  1. provisions BENCH_SCHOOLS schools (default 1,000) and times each;
 *  2. gives every school 20 students;
 *  3. load: an authenticated `GET /api/students?limit=20` all to one school, then spread over every
 *     school, then the same query in bare Express and in bare node:http (no tenant layer), each run
 *     BENCH_RUNS times (default 3) for BENCH_SECONDS (default 10) with 50 connections; medians;
 *  4. database sockets held and heap per school after touching every school.
 * Results: bench/results/tenant-overhead.json.
 */
import { createServer } from 'node:http';
import express from 'express';
import { provisionTenant } from '../server/src/tenancy/provisioning.js';
import { bindModel } from '../server/src/tenancy/model-registry.js';
import { StudentModel } from '../server/src/modules/people/people.schema.js';
import type { TenantRecord } from '../server/src/tenancy/tenant.types.js';
import { CONNECTIONS, dbSockets, heapUsed, listen, load, median, RUNS, SECONDS, startBenchPlatform, writeResult } from './lib.js';

const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 1000);

async function main() {
  const bench = await startBenchPlatform();
  const { platform, config, db, dbPort } = bench;

  // 1. Provisioning.
  const schools: TenantRecord[] = [];
  const times: number[] = [];
  for (let i = 0; i < SCHOOLS; i++) {
    const started = performance.now();
    schools.push(
      await provisionTenant(
        { db: platform.db, connections: platform.connections, tenantDbPrefix: config.tenantDbPrefix, bcryptCost: config.bcryptCost },
        {
          name: `Bench ${i}`,
          subdomain: `bench-${i}`,
          plan: 'standard',
          status: 'active',
          admin: { name: 'Admin', email: `admin@bench-${i}.test`, password: 'correct-horse-battery' },
        },
      ),
    );
    times.push(performance.now() - started);
    if ((i + 1) % 100 === 0) console.error(`provisioned ${i + 1}/${SCHOOLS}`);
  }

  // 2. Twenty students each, written directly.
  const adminIds: string[] = [];
  for (const s of schools) {
    const conn = await platform.connections.get(s);
    const admin = await conn.collection('users').findOne({ role: 'admin' });
    adminIds.push(String(admin!._id));
    await bindModel(conn, StudentModel).insertMany(
      Array.from({ length: 20 }, (_, k) => ({
        admissionNumber: `B-${k}`,
        firstName: `Student${k}`,
        lastName: `School${s.subdomain}`,
        status: 'enrolled',
      })),
    );
  }
  const tokens = schools.map((s, i) => platform.tokens.signSchool({ id: adminIds[i]!, tenantId: s.id, role: 'admin', sv: 0 }));

  // 3. Load.
  const app = createServer(platform.app);
  const port = await listen(app);
  const url = `http://127.0.0.1:${port}/api/students?limit=20`;
  const one = () => ({ 'X-Tenant-ID': schools[0]!.subdomain, Authorization: `Bearer ${tokens[0]}` });
  let next = 0;
  const spread = () => {
    const i = next++ % schools.length;
    return { 'X-Tenant-ID': schools[i]!.subdomain, Authorization: `Bearer ${tokens[i]}` };
  };
  // Touch every school once, then measure what the process holds.
  for (let i = 0; i < schools.length; i++) await fetch(url, { headers: spread() });
  const heapAfterAll = heapUsed();

  const oneSchool = await load(url, one);
  const spreadOver = await load(url, spread);

  // Baselines: the same query on one school's database, without the tenant layer.
  const baseConn = await platform.connections.get(schools[0]!);
  const Students = bindModel(baseConn, StudentModel);
  // The list handler's own work: a page and its total.
  const query = async () => ({
    data: await Students.find({}).sort({ lastName: 1 }).limit(20).lean(),
    total: await Students.countDocuments({}),
  });
  const bare = express();
  bare.get('/api/students', async (_req, res) => void res.json(await query()));
  const bareServer = createServer(bare);
  const barePort = await listen(bareServer);
  const bareExpress = await load(`http://127.0.0.1:${barePort}/api/students?limit=20`, () => ({}));
  // The same bare handler, but each request on the next school's database: what spreading costs the database itself.
  const bareSpreadApp = express();
  bareSpreadApp.get('/api/students', async (req, res) => {
    const school = schools[Number(req.get('x-school'))]!;
    const S = bindModel(await platform.connections.get(school), StudentModel);
    res.json({ data: await S.find({}).sort({ lastName: 1 }).limit(20).lean(), total: await S.countDocuments({}) });
  });
  const bareSpreadServer = createServer(bareSpreadApp);
  const bareSpreadPort = await listen(bareSpreadServer);
  let nextBare = 0;
  const bareSpread = await load(`http://127.0.0.1:${bareSpreadPort}/api/students?limit=20`, () => ({
    'x-school': String(nextBare++ % schools.length),
  }));
  const nodeServer = createServer(async (_req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(await query()));
  });
  const nodePort = await listen(nodeServer);
  const bareNode = await load(`http://127.0.0.1:${nodePort}/`, () => ({}));

  writeResult('tenant-overhead', {
    database: db.kind,
    schools: SCHOOLS,
    provisioning: {
      bcryptCost: config.bcryptCost,
      medianMs: Math.round(median(times)),
      p99Ms: Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.99)]!),
      first100Seconds: +(times.slice(0, 100).reduce((a, t) => a + t, 0) / 1000).toFixed(1),
      totalSeconds: Math.round(times.reduce((a, t) => a + t, 0) / 1000),
    },
    load: { seconds: SECONDS, runs: RUNS, connections: CONNECTIONS, oneSchool, spreadOver, bareExpress, bareSpread, bareNode },
    ratios: {
      throughputSpreadVsOne: +(spreadOver.rps / oneSchool.rps).toFixed(3),
      p99SpreadVsOne: +(spreadOver.p99 / oneSchool.p99).toFixed(3),
      throughputTenantVsBareExpress: +(oneSchool.rps / bareExpress.rps).toFixed(3),
      // Spreading over many databases with no tenant layer at all: the database's own share.
      throughputBareSpreadVsBareOne: +(bareSpread.rps / bareExpress.rps).toFixed(3),
    },
    afterTouchingAllSchools: {
      databaseSockets: dbSockets(dbPort),
      poolSize: config.db.poolSize,
      heapMb: +(heapAfterAll / 2 ** 20).toFixed(1),
      connectionFactory: platform.connections.stats(),
    },
  });
  for (const server of [app, bareServer, bareSpreadServer, nodeServer]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await bench.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
