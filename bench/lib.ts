/** What the benchmarks share: a platform on a real database, load runs, medians, socket and heap counts. */
import { spawn, type ChildProcess } from 'node:child_process';
import { type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Types } from 'mongoose';
import { loadConfig } from '../server/src/config/config.js';
import { databaseOptions, startDatabase } from '../server/src/db/embedded-server.js';
import { createPlatform } from '../server/src/platform.js';
import { databaseNameFor } from '../server/src/tenancy/provisioning.js';

export const here = path.dirname(new URL(import.meta.url).pathname);
const builtFerret = path.join(here, '..', '.data', 'bin', 'ferretdb');

export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = 50;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
export const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createNetServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

export const machine = () => ({
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
});

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One autocannon run of `seconds`; headers chosen per request. */
export async function loadOnce(
  url: string,
  headersFor: () => Record<string, string>,
  opts: { seconds?: number; connections?: number; method?: string; body?: () => string; rate?: number } = {},
): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: opts.connections ?? CONNECTIONS,
    duration: opts.seconds ?? SECONDS,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    method: (opts.method ?? 'GET') as 'GET',
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => ({
          ...req,
          headers: { 'content-type': 'application/json', ...headersFor() },
          ...(opts.body ? { body: opts.body() } : {}),
        }),
      },
    ],
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** RUNS runs; medians of throughput and latency, errors summed. */
export async function load(url: string, headersFor: () => Record<string, string>): Promise<LoadResult> {
  const results: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await loadOnce(url, headersFor));
  return {
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    errors: results.reduce((a, r) => a + r.errors, 0),
  };
}

/** Sockets of this process to the database server (pool + monitoring). */
export function dbSockets(port: number): number {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  return handles.filter((h) => (h as { remotePort?: number }).remotePort === port).length;
}

export function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A platform on its own database server (FerretDB here, mongod where it can be downloaded), in a temporary folder. */
export async function startBenchPlatform(env: Record<string, string> = {}, opts: { monitorCommands?: boolean } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'school-bench-'));
  const baseEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_ENABLED: 'false',
    JOBS_ENABLED: 'false',
    BCRYPT_COST: process.env.BCRYPT_COST ?? '12',
    ...(existsSync(builtFerret) && !process.env.FERRETDB_BIN ? { FERRETDB_BIN: builtFerret } : {}),
  };
  const config = loadConfig({ ...baseEnv, ...env });
  const db = await startDatabase(databaseOptions(config));
  // monitorCommands: the driver emits commandStarted for every command of the platform client (and so of the
  // school databases on the shared cluster, which borrow it): set at connect time, it reaches every pooled socket.
  const platformUri = new URL(db.uri);
  if (opts.monitorCommands) platformUri.searchParams.set('monitorCommands', 'true');
  const platform = await createPlatform(config, platformUri.toString());
  const others: Awaited<ReturnType<typeof createPlatform>>[] = [];
  const children: ChildProcess[] = [];
  return {
    db,
    platform,
    config,
    dbPort: Number(new URL(db.uri).port),
    /**
     * An API server process of its own on the same database (`node server/src/index.ts`), so the load
     * generator in this process does not share its event loop. Same secrets (same DATA_DIR). `checkout`: the
     * server of another working copy (its sources and node_modules), for a before/after on the same data.
     */
    async serverProcess(overrides: Record<string, string>, checkout = path.join(here, '..')) {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(checkout, 'server', 'src', 'index.ts')], {
        env: { ...baseEnv, SERVE_CLIENT: 'false', ...env, ...overrides, MONGODB_URI: db.uri, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; ; i++) {
        if (
          await fetch(`${base}/api/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        if (i > 300) throw new Error('the API process did not start');
        await sleep(100);
      }
      children.push(child);
      return {
        base,
        stop: () =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    },
    /** Another API instance on the same database, configured differently. */
    async instance(overrides: Record<string, string>) {
      const other = await createPlatform(loadConfig({ ...baseEnv, ...env, ...overrides }), db.uri);
      others.push(other);
      return other;
    },
    async stop() {
      // Handlers of requests cut off at the end of a run may still be querying: let them finish first.
      await sleep(1_000);
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
      for (const other of others) await other.close();
      await platform.close();
      await db.stop();
    },
  };
}

/**
 * `count` school records written straight into the platform database (active,
 * with their subdomain index entries; no database, no admin): for measuring what
 * the process holds per school without provisioning thousands of schools.
 */
export async function insertSchoolRecords(p: Awaited<ReturnType<typeof startBenchPlatform>>, count: number, prefix: string) {
  const rows = Array.from({ length: count }, (_, i) => {
    const subdomain = `${prefix}-${i}`;
    return {
      _id: new Types.ObjectId(),
      name: `School ${i}`,
      subdomain,
      status: 'active' as const,
      schoolConfig: { name: `School ${i}` },
      databaseConfig: { databaseName: databaseNameFor(p.config.tenantDbPrefix, subdomain) },
      subscription: { plan: 'basic' as const, status: 'active' as const, startDate: new Date() },
    };
  });
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await p.platform.db.Tenant.insertMany(chunk, { lean: true });
    await p.platform.db.TenantSubdomain.insertMany(chunk.map((r) => ({ _id: r.subdomain, tenantId: r._id })));
  }
  return rows.map((r) => r.subdomain);
}

export function writeResult(name: string, result: object) {
  const dir = path.join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const out = path.resolve(dir, process.env.BENCH_OUT ?? `${name}.json`);
  writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), machine: machine(), ...result }, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.error(`written: ${path.relative(process.cwd(), out)}`);
}

/** A signed-in school admin for a school inserted by insertSchoolRecords (user written straight into its database). */
export async function schoolAdmin(p: Awaited<ReturnType<typeof startBenchPlatform>>, subdomain: string) {
  const tenant = await p.platform.tenants.bySubdomain(subdomain);
  if (!tenant) throw new Error(`no school ${subdomain}`);
  const conn = await p.platform.connections.get(tenant);
  const { insertedId } = await conn
    .collection('users')
    .insertOne({ name: 'Admin', email: `admin@${subdomain}.test`, role: 'admin', status: 'active', passwordHash: 'x' });
  return { tenant, conn, token: p.platform.tokens.signSchool({ id: insertedId.toString(), tenantId: tenant.id, role: 'admin', sv: 0 }) };
}

/** `count` students written straight into a school database. */
export async function insertStudents(conn: { collection(name: string): { insertMany(docs: object[]): Promise<unknown> } }, count: number) {
  for (let i = 0; i < count; i += 1000) {
    await conn.collection('students').insertMany(
      Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({
        admissionNumber: `A-${i + k}`,
        firstName: `First${(i + k) % 997}`,
        lastName: `Last${(i + k) % 991}`,
        status: 'enrolled',
      })),
    );
  }
}
