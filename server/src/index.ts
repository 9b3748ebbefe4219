import { loadConfig, ConfigError } from './config/config.js';
import { databaseOptions, startDatabase } from './db/embedded-server.js';
import { logger, setLogLevel } from './lib/logger.js';
import { createPlatform, shutdown } from './platform.js';
import { answerClientErrors } from './http/error-handler.js';
import { ensureInitialTenant, DEMO_SUBDOMAIN } from './setup/initial-tenant.js';
import { jobDeps, scheduleLifecycleJob } from './modules/lifecycle/jobs.js';
import { startMessageWorker } from './modules/messages/worker.js';
import { createSmsTransport } from './modules/messages/transports/sms.js';

async function main() {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const database = await startDatabase(databaseOptions(config));
  const platform = await createPlatform(config, database.uri);

  // First start on an empty platform database: set up the demo school.
  if (database.kind !== 'external' && (await platform.db.Tenant.estimatedDocumentCount()) === 0) {
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
  });

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
