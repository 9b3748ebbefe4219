import type { AddressInfo } from 'node:net';
import { loadConfig, ConfigError } from './config/config.js';
import { databaseOptions, startDatabase } from './db/embedded-server.js';
import { logger, setLogLevel } from './lib/logger.js';
import { createPlatform, shutdown } from './platform.js';
import { answerClientErrors } from './http/error-handler.js';
import { ensureInitialTenant, DEMO_SUBDOMAIN } from './setup/initial-tenant.js';
import { jobDeps, scheduleLifecycleJob } from './modules/lifecycle/jobs.js';
import { startMessageWorker } from './modules/messages/worker.js';
import { createSmsTransport } from './modules/messages/transports/sms.js';
import { seedDemoInProcess } from './setup/seed-local.js';
import { removeServerState, writeServerState } from './setup/server-state.js';

async function main() {
  // `npm start -- --demo`: fill the demo school in the background once the server listens (when it has no students).
  const demo = process.argv.slice(2).includes('--demo');
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const database = await startDatabase(databaseOptions(config));
  const platform = await createPlatform(config, database.uri);

  // First start on an empty platform database (or --demo without a demo school): set up the demo school.
  const firstStart = database.kind !== 'external' && (await platform.db.Tenant.estimatedDocumentCount()) === 0;
  if (firstStart || (demo && !(await platform.tenants.bySubdomain(DEMO_SUBDOMAIN)))) {
    const setup = await ensureInitialTenant(platform);
    for (const line of setup.lines) console.log(line);
  }

  // Trials, lapsed subscriptions and purges: once per interval, on one instance (a lease decides which).
  const jobs = config.jobs.enabled ? scheduleLifecycleJob(jobDeps(platform), config.jobs.intervalMs) : undefined;

  // Delivers every school's outbox (any number of instances may run it: a school is worked by one at a time).
  const messages = config.messages.worker.enabled
    ? startMessageWorker(platform, { sms: createSmsTransport(config.messages.sms) })
    : undefined;

  const server = platform.app.listen(config.port, config.host, () => {
    const port = config.port;
    console.log(`\nSchool platform listening on http://${config.host}:${port}`);
    console.log(`  Demo school:  http://${DEMO_SUBDOMAIN}.${config.baseDomain}:${port}`);
    console.log(`  Super admin:  http://${config.baseDomain}:${port}/superadmin`);
    console.log('  Credentials: printed above on first start, or set through SUPERADMIN_* / DEMO_ADMIN_* (see README).\n');
    // Where `npm run seed:demo` finds this server (removed on exit).
    writeServerState(config.dataDir, config.host, (server.address() as AddressInfo).port);
    if (demo) void seedInBackground();
  });
  process.on('exit', () => removeServerState(config.dataDir));

  const seedInBackground = async () => {
    const started = Date.now();
    console.log('Demo seed: filling the demo school in the background (the portal is usable meanwhile).');
    try {
      const result = await seedDemoInProcess(platform, { log: (line) => console.log(`  demo seed … ${line}`) });
      for (const line of result.lines) console.log(`Demo seed: ${line}`);
      if (result.seeded) console.log(`Demo seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.calls} requests).`);
    } catch (err) {
      if (!stopping) logger.error({ err }, 'demo seed failed');
    }
  };

  answerClientErrors(server);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    jobs?.stop();
    // First the worker: turns in progress end their sends (sent or failed, never half-written) before the databases close.
    const started = Date.now();
    const graceEnd = new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref());
    await Promise.race([messages?.stop(), graceEnd]);
    await shutdown(server, platform, Math.max(0, config.shutdownGraceMs - (Date.now() - started)));
    await database.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else logger.fatal({ err }, 'failed to start');
  process.exit(1);
});
