/**
 * A message worker in its own process, for the crash test: the test kills it
 * with SIGKILL mid-send. Env: the platform's test env (same database and key)
 * plus TEST_MONGODB_URI and WORKER_HOLD_MS.
 */
import { loadConfig } from '../src/config/config.js';
import { createPlatform } from '../src/platform.js';
import { startMessageWorker } from '../src/modules/messages/worker.js';

const config = loadConfig(process.env);
const platform = await createPlatform(config, process.env.TEST_MONGODB_URI!);
startMessageWorker(platform, { pollMs: 50, holdMs: Number(process.env.WORKER_HOLD_MS ?? 2_000), id: 'child' });
process.stdout.write('ready\n');
