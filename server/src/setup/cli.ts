import { loadConfig, ConfigError } from '../config/config.js';
import { databaseOptions, startDatabase } from '../db/embedded-server.js';
import { setLogLevel } from '../lib/logger.js';
import { createPlatform, type Platform } from '../platform.js';

/**
 * Runs a command-line task against the configured platform (MONGODB_URI, or
 * the embedded database under DATA_DIR), then closes everything and exits.
 */
export function runCli(task: (platform: Platform) => Promise<void>): void {
  const main = async () => {
    const config = loadConfig();
    setLogLevel(config.logLevel);
    const database = await startDatabase(databaseOptions(config));
    const platform = await createPlatform(config, database.uri);
    try {
      await task(platform);
    } finally {
      await platform.close();
      await database.stop();
    }
  };
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err instanceof ConfigError ? err.message : err);
      process.exit(1);
    },
  );
}
