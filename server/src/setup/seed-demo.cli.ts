import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config/config.js';
import { runCli } from './cli.js';
import { DEFAULT_DEMO_ADMIN_EMAIL, DEMO_SUBDOMAIN, ensureInitialTenant } from './initial-tenant.js';
import { SeedApi, signIn } from './seed-client.js';
import { seedDemo, type SeedResult } from './seed-demo.js';
import { seedDemoInProcess } from './seed-local.js';
import { findRunningServer } from './server-state.js';

// Progress lines, not a log line per request.
process.env.LOG_LEVEL ??= 'warn';

const USAGE = `npm run seed:demo [-- --url http://host:port] [--students 300] [--days 20] [--concurrency 4]

Fills the demo school with a realistic year through its API. When a server is running on this DATA_DIR (or --url
names one), the seed signs in to it as the demo admin (DEMO_ADMIN_EMAIL, default ${DEFAULT_DEMO_ADMIN_EMAIL}; password
from DEMO_ADMIN_PASSWORD, or asked in a terminal). Otherwise it opens the database itself. Does nothing when the
demo school already has students.`;

const started = Date.now();
const say = (line: string) => console.log(`  … ${line}`);

function options() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      students: { type: 'string' },
      days: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const count = (name: 'students' | 'days' | 'concurrency', min: number, max: number) => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  return {
    help: values.help ?? false,
    url: values.url?.replace(/\/+$/, ''),
    students: count('students', 0, 2000),
    attendanceDays: count('days', 0, 60),
    concurrency: count('concurrency', 1, 32),
  };
}

/** Reads a line without echoing it (a password typed in a terminal). */
async function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const rl = createInterface({ input: process.stdin, output: new Writable({ write: (_c, _e, done) => done() }), terminal: true });
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

function report(result: SeedResult & { calls: number }) {
  for (const line of result.lines) console.log(line);
  if (result.seeded) console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.calls} requests).`);
}

/** Through a running server's API, signed in as the demo admin: nothing read from its database behind its back. */
async function seedThroughServer(origin: string, opts: ReturnType<typeof options>) {
  const config = loadConfig();
  const email = (config.initial.demoAdminEmail ?? DEFAULT_DEMO_ADMIN_EMAIL).toLowerCase();
  const password =
    config.initial.demoAdminPassword ?? (process.stdin.isTTY ? await askHidden(`Password of the demo admin ${email}: `) : undefined);
  if (!password)
    throw new ConfigError(
      `Set DEMO_ADMIN_PASSWORD to the password of ${email} (printed when the server created the demo school), ` +
        'or run the seed in a terminal to be asked for it.',
    );
  let lastWait = 0;
  const api = new SeedApi({
    origin,
    school: DEMO_SUBDOMAIN,
    concurrency: opts.concurrency,
    token: () => signIn(origin, DEMO_SUBDOMAIN, email, password),
    onWait: (reason, seconds) => {
      if (Date.now() - lastWait < 15_000) return;
      lastWait = Date.now();
      say(
        `the server asked to wait ${seconds} s (${reason}); its rate limits apply to this seed ` +
          '(`npm start -- --demo` seeds inside the server without them)',
      );
    },
  });
  await api.call('GET', '/students?limit=1'); // signs in first: a wrong password stops here, before anything is written
  console.log(`Signed in as ${email}; seeding the demo school.`);
  report({ ...(await seedDemo(api, { ...opts, log: say })), calls: api.calls });
}

async function main() {
  const opts = options();
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const running = opts.url ? { origin: opts.url, pid: undefined } : await findRunningServer(loadConfig().dataDir);
  if (running) {
    console.log(
      opts.url
        ? `Seeding through the server at ${running.origin}.`
        : `A server is running on this DATA_DIR (pid ${running.pid}, ${running.origin}): seeding through its API.`,
    );
    await seedThroughServer(running.origin, opts);
    process.exit(0);
  }
  runCli(async (platform) => {
    // A school to seed: the demo school, created if missing (announced with its admin's password; an operator
    // is created only on a platform that has none).
    const setup = await ensureInitialTenant(platform);
    if (setup.changed) for (const line of setup.lines) console.log(line);
    else console.log(`Seeding the demo school "${DEMO_SUBDOMAIN}" (no server is running on this DATA_DIR; opened its database).`);
    const result = await seedDemoInProcess(platform, { ...opts, log: say });
    report(result);
    if (result.seeded && !setup.changed) {
      const email = platform.config.initial.demoAdminEmail ?? DEFAULT_DEMO_ADMIN_EMAIL;
      console.log(`The demo admin is ${email} (password from DEMO_ADMIN_PASSWORD, or as printed when the school was created).`);
    }
  });
}

main().catch((err: unknown) => {
  if ((err as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(err instanceof Error && (err instanceof ConfigError || err.name === 'SeedApiError') ? err.message : err);
  process.exit(1);
});
