/**
 * Fault drills: what the platform does when a database goes away under load,
 * and when the process is told to stop. Each drill runs real servers on
 * loopback; results are summarised in docs/reliability.md.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import request from 'supertest';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { createPlatform, type Platform } from '../src/platform.js';
import type { DatabaseServer } from '../src/db/embedded-server.js';
import { moveTenant } from '../src/modules/transfer/move.js';
import { provisionTenant } from '../src/tenancy/provisioning.js';
import { dbUri, PASSWORD, startTestPlatform, testEnv, type TestPlatform } from './helpers.js';
import { repoRoot, startSecondDatabase } from './servers.js';
import { captureLogs } from './log-capture.js';
import { seesServer } from '../src/db/platform-watchdog.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops a database server and keeps its port while it is down (connections are accepted and dropped at
 * once, as by a server that is going away), so no other test's server can take the port before the
 * restart; `restart` frees the port and starts the server again on it with the same data.
 */
async function takeDown(server: DatabaseServer, dataDir: string) {
  const port = Number(new URL(server.uri).port);
  await server.stop();
  const holder = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
  return {
    restart: async () => {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
      return startSecondDatabase({ dataDir, port });
    },
  };
}

function listen(app: Platform['app']): Promise<{ server: Server; base: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      resolve({ server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` });
    });
  });
}

/**
 * Takes `server` down for 4 s (see takeDown), restarts it, then waits up to 60 s for `recoveredAt(upAt)`
 * to name the first success after the restart.
 */
async function outage(server: DatabaseServer, dataDir: string, recoveredAt: (upAt: number) => number | undefined) {
  const down = await takeDown(server, dataDir);
  const downAt = Date.now();
  await sleep(4_000);
  const upAt = Date.now();
  const restarted = await down.restart();
  let recovered: number | undefined;
  for (let waited = 0; waited < 60_000 && !recovered; waited += 250) {
    await sleep(250);
    recovered = recoveredAt(upAt);
  }
  return { restarted, downAt, upAt, recoveredAt: recovered };
}

interface Outcome {
  school: string;
  status: number;
  error?: string;
  ms: number;
}

async function call(base: string, school: string, token: string, init: { method?: string; body?: object } = {}): Promise<Outcome> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}/api/students${init.method === 'POST' ? '' : '?limit=5'}`, {
      method: init.method ?? 'GET',
      headers: { 'X-Tenant-ID': school, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: init.body ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    return { school, status: res.status, error: body.error, ms: performance.now() - started };
  } catch (err) {
    return { school, status: 0, error: (err as Error).name, ms: performance.now() - started };
  }
}

/** Calls every school in turn, `parallel` at a time, until `stop()` says so. */
function keepCalling(base: string, schools: { sub: string; token: string }[], parallel = 6) {
  const outcomes: (Outcome & { at: number })[] = [];
  let running = true;
  let i = 0;
  const workers = Array.from({ length: parallel }, async () => {
    while (running) {
      const s = schools[i++ % schools.length]!;
      outcomes.push({ ...(await call(base, s.sub, s.token)), at: Date.now() });
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(workers);
    },
  };
}

describe("one school's dedicated database goes down", () => {
  let t: TestPlatform;
  let dedicated: DatabaseServer;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'school-drill-dedicated-'));

  beforeAll(async () => {
    dedicated = await startSecondDatabase({ dataDir });
    t = await startTestPlatform();
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await dedicated.stop();
  });

  it('only that school gets 503 TENANT_DB_UNAVAILABLE, quickly; the others keep 100% success; it recovers by itself', async () => {
    const schools: { sub: string; token: string }[] = [];
    for (const sub of ['drill-own', 'drill-a', 'drill-b']) {
      await t.school(sub);
      schools.push({ sub, token: (await t.login(sub)).accessToken });
    }
    await moveTenant(
      {
        db: t.platform.db,
        connections: t.platform.connections,
        resolver: t.platform.tenants,
        encryptionKey: t.platform.config.encryptionKey,
        cacheTtlMs: 0,
      },
      'drill-own',
      dedicated.uri,
    );
    const { server, base } = await listen(t.app);
    try {
      const load = keepCalling(base, schools);
      await sleep(1_000);
      // Recovery needs nothing from anyone: wait for the school's first success.
      const drill = await outage(
        dedicated,
        dataDir,
        (upAt) => load.outcomes.find((o) => o.school === 'drill-own' && o.at > upAt && o.status === 200)?.at,
      );
      dedicated = drill.restarted;
      const { downAt, upAt, recoveredAt } = drill;
      await sleep(500);
      await load.stop();

      const others = load.outcomes.filter((o) => o.school !== 'drill-own');
      const own = load.outcomes.filter((o) => o.school === 'drill-own');
      const ownDuring = own.filter((o) => o.at > downAt + 2_000 && o.at < upAt);
      expect(others.length).toBeGreaterThan(20);
      expect(others.filter((o) => o.status !== 200)).toEqual([]);
      expect(ownDuring.length).toBeGreaterThan(0);
      expect(ownDuring.filter((o) => !(o.status === 503 && o.error === 'TENANT_DB_UNAVAILABLE'))).toEqual([]);
      // Fails fast, never hangs: within twice the database timeout (TENANT_DB_TIMEOUT_MS=1500 in tests; the driver
      // retries a read once after a network error) plus a margin.
      expect(Math.max(...ownDuring.map((o) => o.ms))).toBeLessThan(2 * 1_500 + 1_500);
      if (!recoveredAt) {
        const after = own.filter((o) => o.at > upAt).slice(0, 20);
        throw new Error(`no recovery; after the restart: ${JSON.stringify(after.map((o) => [o.status, o.error, Math.round(o.ms)]))}`);
      }
      console.info(
        `drill dedicated-down: ${others.length} calls to other schools, all 200; ${ownDuring.length} to the downed school, all 503 ` +
          `(slowest ${Math.round(Math.max(...ownDuring.map((o) => o.ms)))} ms); recovered ${recoveredAt! - upAt} ms after its database returned`,
      );
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 120_000);
});

describe('the platform database restarts during a load run', () => {
  it('fails fast with 503 while it is down, recovers without a restart, and loses no acknowledged write', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'school-drill-platform-'));
    let database = await startSecondDatabase({ dataDir });
    const platform = await createPlatform(loadConfig(testEnv()), database.uri);
    const { server, base } = await listen(platform.app);
    const logs = captureLogs('error');
    try {
      const school = await provisionTenant(
        { db: platform.db, connections: platform.connections, tenantDbPrefix: platform.config.tenantDbPrefix, bcryptCost: 4 },
        {
          name: 'Drill',
          subdomain: 'drill',
          plan: 'basic',
          status: 'active',
          // The writers must never meet the plan's student quota, however fast the machine.
          limits: { maxStudents: 1_000_000 },
          admin: { name: 'Head', email: 'head@drill.test', password: PASSWORD },
        },
      );
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'X-Tenant-ID': 'drill', 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'head@drill.test', password: PASSWORD }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };

      const acknowledged: string[] = [];
      const outcomes: (Outcome & { at: number })[] = [];
      let running = true;
      let n = 0;
      const writers = Array.from({ length: 8 }, async () => {
        while (running) {
          const name = `W${n++}`;
          const o = await call(base, 'drill', accessToken, { method: 'POST', body: { firstName: name, lastName: 'Load' } });
          outcomes.push({ ...o, at: Date.now() });
          if (o.status === 201) acknowledged.push(name);
          if (o.status !== 201) await sleep(50);
        }
      });
      await sleep(1_500);
      const drill = await outage(database, dataDir, (upAt) => outcomes.find((o) => o.at > upAt && o.status === 201)?.at);
      database = drill.restarted;
      const { downAt, upAt, recoveredAt } = drill;
      await sleep(1_000);
      running = false;
      await Promise.all(writers);

      const during = outcomes.filter((o) => o.at > downAt + 2_000 && o.at < upAt);
      expect(during.length).toBeGreaterThan(0);
      expect(during.filter((o) => !(o.status === 503 && o.error === 'TENANT_DB_UNAVAILABLE'))).toEqual([]);
      // No hung request: a write waits at most twice the database timeout (TENANT_DB_TIMEOUT_MS=1500 in tests),
      // because the driver retries a write once after a network error, plus a margin.
      expect(Math.max(...during.map((o) => o.ms))).toBeLessThan(2 * 1_500 + 1_500);
      // A 500 names its cause (what the server logged), so a new kind of driver error shows up here.
      const failed = logs
        .lines()
        .filter((l) => l.status === 500)
        .map((l) => l.err as { type?: string; message?: string } | undefined);
      expect({
        calls: outcomes.filter((o) => o.status === 500 || o.status === 0),
        failed: failed.map((e) => `${e?.type}: ${e?.message}`),
      }).toEqual({
        calls: [],
        failed: [],
      });
      const after = outcomes.filter((o) => o.at > upAt);
      if (!recoveredAt)
        throw new Error(
          `no recovery; after the restart: ${JSON.stringify(after.slice(0, 20).map((o) => [o.status, o.error, Math.round(o.ms)]))}`,
        );

      // Every write that was acknowledged is there.
      const conn = await platform.connections.get(school);
      const stored = new Set(
        (
          await conn
            .collection('students')
            .find({}, { projection: { firstName: 1 } })
            .toArray()
        ).map((d) => d.firstName as string),
      );
      const lost = acknowledged.filter((a) => !stored.has(a));
      expect(acknowledged.length).toBeGreaterThan(20);
      expect(lost).toEqual([]);
      console.info(
        `drill platform-restart: ${acknowledged.length} writes acknowledged, ${stored.size} stored, 0 lost; ${during.length} calls during the outage, ` +
          `all 503 (slowest ${Math.round(Math.max(...during.map((o) => o.ms)))} ms); recovered ${recoveredAt! - upAt} ms after the database returned`,
      );
    } finally {
      logs.stop();
      server.closeAllConnections();
      server.close();
      await platform.close();
      await database.stop();
    }
  }, 120_000);
});

describe("the platform connection's driver stops noticing its server", () => {
  it('is replaced by the watchdog once the server answers a fresh client, and every school works again', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'school-drill-watchdog-'));
    let database = await startSecondDatabase({ dataDir });
    const platform = await createPlatform(loadConfig(testEnv()), database.uri);
    try {
      await provisionTenant(
        { db: platform.db, connections: platform.connections, tenantDbPrefix: platform.config.tenantDbPrefix, bcryptCost: 4 },
        {
          name: 'Stuck',
          subdomain: 'stuck',
          plan: 'basic',
          status: 'active',
          admin: { name: 'Head', email: 'head@stuck.test', password: PASSWORD },
        },
      );
      const login = await request(platform.app)
        .post('/api/auth/login')
        .set('X-Tenant-ID', 'stuck')
        .send({ email: 'head@stuck.test', password: PASSWORD });
      const list = () =>
        request(platform.app)
          .get('/api/students?limit=5')
          .set('X-Tenant-ID', 'stuck')
          .set('Authorization', `Bearer ${login.body.accessToken as string}`)
          .then((r) => r.status);
      expect(await list()).toBe(200);
      const down = await takeDown(database, dataDir);
      expect(await list()).toBe(503);
      // The driver has marked the server unknown. The failure seen in ~1 of 3 platform-restart drills, made certain:
      // its monitor never checks the server again (here it is stopped and cannot be restarted), so nothing in the
      // driver brings the server back.
      for (let i = 0; i < 150 && seesServer(platform.db.connection); i++) await sleep(100); // one heartbeat: 10 s
      expect(seesServer(platform.db.connection)).toBe(false);
      type Monitor = { close(): void; connect(): void; requestCheck(): void };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the driver's topology is internal
      const topology = (platform.db.connection.getClient() as any).topology as { s: { servers: Map<string, { monitor?: Monitor }> } };
      for (const s of topology.s.servers.values()) {
        s.monitor?.close();
        if (s.monitor) s.monitor.connect = s.monitor.requestCheck = () => undefined;
      }
      database = await down.restart();
      const upAt = Date.now();
      let recoveredAt: number | undefined;
      while (!recoveredAt && Date.now() - upAt < 30_000) {
        if ((await list()) === 200) recoveredAt = Date.now();
        else await sleep(250);
      }
      expect(recoveredAt).toBeDefined();
      console.info(`drill stuck-driver: the platform client was replaced; first 200 ${recoveredAt! - upAt} ms after the server was back`);
    } finally {
      await platform.close();
      await database.stop();
    }
  }, 60_000);
});

describe('SIGTERM under load', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ BCRYPT_COST: '11' });
    await t.school('drill-term');
  }, 60_000);
  afterAll(() => t.close());

  it('finishes the requests in flight, refuses new ones, and exits within the grace period', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'src', 'index.ts')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...t.env,
        MONGODB_URI: dbUri(),
        PORT: String(port),
        HOST: '127.0.0.1',
        JOBS_ENABLED: 'false',
        SHUTDOWN_GRACE_MS: '8000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200 && !/listening/.test(output); i++) await sleep(100);
    expect(output).toMatch(/listening/);

    // Sign-ins take a while (bcrypt): start several, then SIGTERM while they run.
    const signIn = () =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'X-Tenant-ID': 'drill-term', 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@drill-term.test', password: PASSWORD }),
      }).then(
        (r) => r.status,
        (err: Error) => `failed: ${err.message}`,
      );
    const inFlight = Array.from({ length: 6 }, signIn);
    await sleep(100);
    const termAt = Date.now();
    child.kill('SIGTERM');
    await sleep(100);
    // A new connection (not one of the kept-alive ones of the sign-ins) is refused.
    const afterTerm = await new Promise<number | string>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/health', agent: false }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', () => resolve('refused'));
    });
    const statuses = await Promise.all(inFlight);
    const { code, at } = await exited;
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(afterTerm).toBe('refused');
    expect(code).toBe(0);
    expect(at - termAt).toBeLessThan(8_000);
    console.info(`drill sigterm: 6 sign-ins in flight all answered 200; new connection refused; exit 0 after ${at - termAt} ms`);
  }, 60_000);

  it('answers a request that arrives on a kept-alive connection while draining with 503 and Connection: close', async () => {
    t.platform.draining.value = true;
    try {
      const res = await request(t.app).get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ message: expect.any(String), error: 'SHUTTING_DOWN' });
      expect(res.headers.connection).toBe('close');
    } finally {
      t.platform.draining.value = false;
    }
  });
});

describe('a runaway query', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ QUERY_TIMEOUT_MS: '5' });
  }, 60_000);
  afterAll(() => t.close());

  it('is stopped by the database past QUERY_TIMEOUT_MS and answered 503 QUERY_TIMEOUT', async () => {
    const school = await t.school('drill-slow');
    const conn = await t.platform.connections.get(school);
    for (let i = 0; i < 5; i++) {
      await conn.collection('students').insertMany(
        Array.from({ length: 1000 }, (_, k) => ({
          admissionNumber: `S-${i}-${k}`,
          firstName: `F${k}`,
          lastName: `L${i}`,
          status: 'enrolled',
        })),
      );
    }
    const token = (await t.login('drill-slow')).accessToken;
    // An unindexed search over 5,000 students takes far longer than 5 ms.
    const res = await t.as('drill-slow', token).get('/api/students?search=nobody-has-this-name');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ message: expect.any(String), error: 'QUERY_TIMEOUT' });
    expect(JSON.stringify(res.body)).not.toMatch(/time limit|maxTimeMS|Executor/i);
  });
});
