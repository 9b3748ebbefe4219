import { loadConfig, ConfigError } from '../config/config.js';
import { databaseOptions, startDatabase } from '../db/embedded-server.js';
import { setLogLevel } from '../lib/logger.js';
import { createPlatform } from '../platform.js';
import { ensureInitialTenant } from './initial-tenant.js';

/**
 * The createInitialTenant command (npm run create-initial-tenant, or
 * `node server/dist/src/setup/create-initial-tenant.cli.js` in the container).
 * Uses MONGODB_URI, or the embedded database under DATA_DIR.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const database = await startDatabase(databaseOptions(config));
  const platform = await createPlatform(config, database.uri);
  try {
    const result = await ensureInitialTenant(platform);
    for (const line of result.lines) console.log(line);
    return 0;
  } finally {
    await platform.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
