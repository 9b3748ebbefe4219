/**
 * npm run bench:noisy — one school running slow queries non-stop; what happens to everyone else.
 *
 * 20 quiet schools (20 students each) get `GET /api/students?limit=20` spread over them (20 connections)
 * while one noisy school with BENCH_NOISY_STUDENTS (default 10,000) students runs an unindexed name
 * search (`?search=…`, a scan of every student, twice: page and total) on 30 connections. The quiet
 * schools' p99 with the noise vs without it, on an instance without protection (SCHOOL_CONCURRENCY=0,
 * QUERY_TIMEOUT_MS=0) and on one with the defaults (per-school cap, query time limit).
 * Results: bench/results/noisy-neighbour.json.
 */
import {
  insertSchoolRecords,
  insertStudents,
  loadOnce,
  median,
  schoolAdmin,
  SECONDS,
  sleep,
  startBenchPlatform,
  writeResult,
} from './lib.js';

const NOISY_STUDENTS = Number(process.env.BENCH_NOISY_STUDENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function main() {
  const bench = await startBenchPlatform();
  const quietSubs = await insertSchoolRecords(bench, 20, 'quiet');
  const [noisySub] = await insertSchoolRecords(bench, 1, 'noisy');
  const quiet: { sub: string; token: string }[] = [];
  for (const sub of quietSubs) {
    const admin = await schoolAdmin(bench, sub);
    await insertStudents(admin.conn, 20);
    quiet.push({ sub, token: admin.token });
  }
  const noisy = await schoolAdmin(bench, noisySub!);
  await insertStudents(noisy.conn, NOISY_STUDENTS);
  console.error('schools ready');

  let next = 0;
  const quietHeaders = () => {
    const q = quiet[next++ % quiet.length]!;
    return { 'X-Tenant-ID': q.sub, Authorization: `Bearer ${q.token}` };
  };
  const noisyHeaders = () => ({ 'X-Tenant-ID': noisySub!, Authorization: `Bearer ${noisy.token}` });

  // Queries abandoned by a cut-off client still run in the database: wait until it is quiet again.
  const waitForQuiet = async (base: string) => {
    for (let calm = 0, tries = 0; calm < 3 && tries < 600; tries++) {
      const started = performance.now();
      await fetch(`${base}?limit=20`, { headers: quietHeaders() });
      calm = performance.now() - started < 50 ? calm + 1 : 0;
      await sleep(100);
    }
  };

  const measure = async (label: string, overrides: Record<string, string>) => {
    const api = await bench.serverProcess(overrides);
    const base = `${api.base}/api/students`;
    const alone: number[] = [];
    const withNoise: number[] = [];
    const noiseStats: { rps: number; p99: number; refused: number }[] = [];
    let quietErrors = 0;
    for (let i = 0; i < RUNS; i++) {
      await waitForQuiet(base);
      const a = await loadOnce(`${base}?limit=20`, quietHeaders, { connections: 20 });
      alone.push(a.p99);
      quietErrors += a.errors;
      const [q, n] = await Promise.all([
        loadOnce(`${base}?limit=20`, quietHeaders, { connections: 20 }),
        // Starts first and runs a little longer, so the quiet run is inside the noise throughout.
        loadOnce(`${base}?limit=20&search=nobody-has-this-name`, noisyHeaders, { connections: 30, seconds: SECONDS + 2 }),
      ]);
      withNoise.push(q.p99);
      quietErrors += q.errors;
      noiseStats.push({ rps: n.rps, p99: n.p99, refused: n.errors });
    }
    await waitForQuiet(base);
    await api.stop();
    console.error(`${label}: done`);
    return {
      quietAloneP99: median(alone),
      quietWithNoiseP99: median(withNoise),
      p99Ratio: +(median(withNoise) / median(alone)).toFixed(2),
      quietErrors,
      noisy: {
        rps: median(noiseStats.map((n) => n.rps)),
        p99: median(noiseStats.map((n) => n.p99)),
        refusedOrFailed: noiseStats.reduce((a, n) => a + n.refused, 0),
      },
    };
  };

  const uncapped = await measure('unprotected', { SCHOOL_CONCURRENCY: '0', QUERY_TIMEOUT_MS: '0' });
  const capped = await measure('defaults', {});
  writeResult('noisy-neighbour', {
    database: bench.db.kind,
    noisyStudents: NOISY_STUDENTS,
    seconds: SECONDS,
    runs: RUNS,
    defaults: { schoolConcurrency: bench.config.schoolConcurrency, queryTimeoutMs: bench.config.queryTimeoutMs },
    unprotected: uncapped,
    withDefaults: capped,
    goal: 'quiet schools p99 with the noise ≤ 2× without',
  });
  await bench.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
