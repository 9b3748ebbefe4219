import { loadConfig, ConfigError } from '../config/config.js';
import { databaseOptions, startDatabase } from '../db/embedded-server.js';
import { setLogLevel } from '../lib/logger.js';
import { createPlatform } from '../platform.js';
import { seedDemo } from './seed-demo.js';

/** npm run seed:demo — fills the demo school with a realistic year (stop `npm start` first when using the embedded database). */
async function main(): Promise<number> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const database = await startDatabase(databaseOptions(config));
  const platform = await createPlatform(config, database.uri);
  try {
    const started = Date.now();
    const result = await seedDemo(platform, (line) => console.log(`  … ${line}`));
    for (const line of result.lines) console.log(line);
    if (result.seeded) console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
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
