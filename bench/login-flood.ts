/**
 * npm run bench:login — a sign-in flood must not starve everything else.
 *
 * 10 schools whose admins have real password hashes (BCRYPT_COST, default 12). Other requests
 * (`GET /api/students?limit=20` spread over the schools, 20 connections) measured alone, then with
 * wrong passwords posted to `/api/auth/login` at BENCH_FLOOD_RATE (default 20) a second over 50
 * connections at the same time (the API runs as its own process):
 *  - manyThreads: no sign-in limits, 256 hashing threads (as if hashing had no bound);
 *  - hashThreads: no sign-in limits, the default hashing threads (one per core, lowest CPU priority);
 *  - defaults: those threads and the sign-in limits per account and per IP.
 * Results: bench/results/login-flood.json.
 */
import { hashPassword } from '../server/src/auth/password.js';
import { insertSchoolRecords, insertStudents, loadOnce, median, schoolAdmin, SECONDS, startBenchPlatform, writeResult } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PASSWORD = 'correct-horse-battery';
// Sign-in attempts per second: at cost 12 each asks ~250 ms of a core, so this asks ~5 cores' worth.
const FLOOD_RATE = Number(process.env.BENCH_FLOOD_RATE ?? 20);

async function main() {
  const bench = await startBenchPlatform();
  const subs = await insertSchoolRecords(bench, 10, 'login');
  // Their plans must not be what limits the measured requests.
  await bench.platform.db.Tenant.updateMany({}, { $set: { 'limits.requestsPerMinute': 1_000_000 } });
  bench.platform.tenants.clear();
  const hash = await hashPassword(PASSWORD, bench.config.bcryptCost);
  const schools: { sub: string; token: string }[] = [];
  for (const sub of subs) {
    const admin = await schoolAdmin(bench, sub);
    await admin.conn.collection('users').updateMany({}, { $set: { passwordHash: hash } });
    await insertStudents(admin.conn, 20);
    schools.push({ sub, token: admin.token });
  }

  let next = 0;
  const readHeaders = () => {
    const s = schools[next++ % schools.length]!;
    return { 'X-Tenant-ID': s.sub, Authorization: `Bearer ${s.token}` };
  };
  let nextLogin = 0;
  const loginHeaders = () => ({ 'X-Tenant-ID': schools[nextLogin++ % schools.length]!.sub });
  const loginBody = () => JSON.stringify({ email: `admin@${schools[nextLogin % schools.length]!.sub}.test`, password: 'wrong-password-1' });

  const scenario = async (label: string, overrides: Record<string, string>) => {
    const api = await bench.serverProcess(overrides);
    const base = api.base;
    const alone: number[] = [];
    const flooded: number[] = [];
    const logins: { rps: number; answeredNon2xx: number }[] = [];
    let readErrors = 0;
    for (let i = 0; i < RUNS; i++) {
      const a = await loadOnce(`${base}/api/students?limit=20`, readHeaders, { connections: 20 });
      alone.push(a.p99);
      readErrors += a.errors;
      const [r, l] = await Promise.all([
        loadOnce(`${base}/api/students?limit=20`, readHeaders, { connections: 20 }),
        loadOnce(`${base}/api/auth/login`, loginHeaders, {
          connections: 50,
          method: 'POST',
          body: loginBody,
          seconds: SECONDS + 2,
          rate: FLOOD_RATE,
        }),
      ]);
      flooded.push(r.p99);
      readErrors += r.errors;
      logins.push({ rps: l.rps, answeredNon2xx: l.errors });
    }
    await api.stop();
    console.error(`${label}: done`);
    return {
      readP99Alone: median(alone),
      readP99DuringFlood: median(flooded),
      p99Increase: `${Math.round((median(flooded) / median(alone) - 1) * 100)}%`,
      readErrors,
      loginAttemptsPerSecond: median(logins.map((l) => l.rps)),
    };
  };

  const manyThreads = await scenario('256 hashing threads', { RATE_LIMIT_ENABLED: 'false', PASSWORD_HASH_CONCURRENCY: '256' });
  const hashThreads = await scenario('default hashing threads', { RATE_LIMIT_ENABLED: 'false' });
  // The measured reads come from 10 admins far faster than a person clicks: only the sign-in limits are under test.
  const defaults = await scenario('defaults', { RATE_LIMIT_ENABLED: 'true', USER_LIMIT_PER_MINUTE: '1000000' });
  writeResult('login-flood', {
    database: bench.db.kind,
    bcryptCost: bench.config.bcryptCost,
    floodRatePerSecond: FLOOD_RATE,
    uvThreadpoolSize: process.env.UV_THREADPOOL_SIZE ?? '4 (default)',
    manyThreads,
    hashThreads,
    defaults,
    goal: 'p99 of other requests rises by at most 20% during the flood',
  });
  await bench.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
