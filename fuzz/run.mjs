// npm run test:fuzz — fuzzes the API from its OpenAPI description with schemathesis
// (PyPI), as each role of a school and as a platform operator, against the real
// server and database on loopback. A fixed seed and example count keep it
// reproducible; FUZZ_EXAMPLES raises the count for a long run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'correct-horse-battery';
const VERSION = '4.32.5';
const examples = Number(process.env.FUZZ_EXAMPLES ?? 3);
const seed = process.env.FUZZ_SEED ?? '20261123';
// One worker: with several, schemathesis's generator calls Python's ast.parse from several threads at
// once, and CPython 3.11 then fails now and then with "AST constructor recursion depth mismatch" inside
// Hypothesis (seen as a Runtime Error in the report): a flaky run that says nothing about the API.
const workers = process.env.FUZZ_WORKERS ?? '1';
// The run fails if fewer requests than this were generated (a quietly shrinking run proves nothing).
const minRequests = Number(process.env.FUZZ_MIN_REQUESTS ?? 5000);
// Every check except "valid-looking data must be accepted" (ids in generated bodies point at
// nothing, and referential integrity is not expressible in the schema) and "invalid data must be
// rejected" (a 413 for a body over the size limit comes before schema validation, and is right).
const EXCLUDED = 'positive_data_acceptance,negative_data_rejection';

function schemathesis() {
  const venv = path.join(root, '.data', 'fuzz-venv');
  const bin = process.env.SCHEMATHESIS_BIN ?? path.join(venv, 'bin', 'schemathesis');
  if (existsSync(bin)) return bin;
  console.log(`installing schemathesis ${VERSION} into ${venv} (first run only)`);
  for (const [cmd, args] of [
    ['python3', ['-m', 'venv', venv]],
    [path.join(venv, 'bin', 'pip'), ['install', '-q', `schemathesis==${VERSION}`]],
  ]) {
    const res = spawnSync(cmd, args, { stdio: 'inherit' });
    if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: Python 3 with venv is needed (apt-get install python3-venv)`);
  }
  return bin;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function main() {
  const bin = schemathesis();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const ferret = path.join(root, '.data', 'bin', 'ferretdb');
  const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['server/src/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'school-fuzz-')),
      LOG_LEVEL: 'silent',
      BCRYPT_COST: '4',
      RATE_LIMIT_ENABLED: 'false',
      JOBS_ENABLED: 'false',
      SERVE_CLIENT: 'false',
      SUPERADMIN_EMAIL: 'root@fuzz.test',
      SUPERADMIN_PASSWORD: PASSWORD,
      DEMO_ADMIN_PASSWORD: PASSWORD,
      ...(existsSync(ferret) ? { FERRETDB_BIN: ferret } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not up yet
      }
      if (i > 240) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    const call = async (method, url, body, headers = {}, attempt = 0) => {
      const res = await fetch(`${base}/api${url}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }).catch((err) => {
        // A kept-alive socket the server closed while a fuzz run went on: a POST is not retried by fetch itself.
        if (attempt < 3) return undefined;
        throw err;
      });
      if (!res) return call(method, url, body, headers, attempt + 1);
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    };
    const school = { 'X-Tenant-ID': 'demo' };
    const login = async (email) => (await call('POST', '/auth/login', { email, password: PASSWORD }, school)).accessToken;
    // Each run signs in just before it starts, as a user of its own: an earlier run (the admin's changes a user's
    // password, email, role or status, which ends that user's sessions at once) cannot leave a later run's token dead.
    const schoolUser = async (role, n) => {
      if (role === 'admin') return login('admin@demo.example.com');
      const admin = await login('admin@demo.example.com');
      const email = `${role}-${n}@fuzz.test`;
      // As people get accounts: invited by the admin, the password chosen through the invitation's link.
      const invited = await call('POST', '/users', { name: `Fuzz ${role}`, email, role }, { ...school, Authorization: `Bearer ${admin}` });
      const token = new URL(invited.invitationUrl, base).searchParams.get('token');
      await call('POST', '/auth/accept-invitation', { token, password: PASSWORD }, school);
      return login(email);
    };
    const runs = [
      ...['admin', 'teacher', 'staff', 'parent', 'student'].map((role, n) => ({
        name: role,
        headers: async () => ['-H', `Authorization: Bearer ${await schoolUser(role, n)}`, '-H', 'X-Tenant-ID: demo'],
        // Sign-out and the platform's routes are not a school user's.
        paths: '^/api/(?!superadmin|auth/logout)',
        n: role === 'admin' ? examples : Math.max(2, Math.round(examples / 3)),
      })),
      {
        name: 'platform operator',
        headers: async () => [
          '-H',
          `Authorization: Bearer ${(await call('POST', '/superadmin/auth/login', { email: 'root@fuzz.test', password: PASSWORD })).accessToken}`,
        ],
        paths: '^/api/superadmin/(?!auth)',
        n: examples,
        // Deleting a school is soft (restorable for 30 days, then purged): it stays readable by operators on purpose.
        exclude: ['use_after_free'],
      },
    ];
    let failed = 0;
    let total = 0;
    const counts = [];
    for (const r of runs) {
      console.log(`\n=== fuzzing as ${r.name} (${r.n} examples per operation, seed ${seed}) ===`);
      const res = spawnSync(
        bin,
        [
          'run',
          `${base}/api/openapi.json`,
          '--url',
          base,
          ...(await r.headers()),
          // Speed is measured in bench/, not here: a slow answer on a loaded machine is not a finding.
          '--request-timeout',
          '60',
          '--checks',
          'all',
          '--exclude-checks',
          [EXCLUDED, ...(r.exclude ?? [])].join(','),
          '--max-examples',
          String(r.n),
          '--seed',
          seed,
          '--workers',
          workers,
          '--include-path-regex',
          r.paths,
          '--no-color',
        ],
        // Its cache and reports go under .data/ (ignored), not into the repository.
        {
          stdio: ['ignore', 'pipe', 'inherit'],
          maxBuffer: 256 * 2 ** 20,
          encoding: 'utf8',
          cwd: path.join(root, '.data'),
          env: { ...process.env, SCHEMATHESIS_TELEMETRY: 'false' },
        },
      );
      process.stdout.write(res.stdout ?? '');
      const generated = Number(/(\d+) generated/.exec(res.stdout ?? '')?.[1] ?? 0);
      total += generated;
      counts.push(`${r.name} ${generated}`);
      if (res.status !== 0) failed += 1;
    }
    console.log(`\nfuzz: ${total} generated requests (${counts.join(', ')})`);
    if (failed) throw new Error(`${failed} of ${runs.length} fuzz runs found problems (see above)`);
    if (total < minRequests) throw new Error(`only ${total} requests were generated (at least ${minRequests} expected)`);
    console.log('fuzz: no server error, no response outside the documented schema, no ignored authentication');
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
