import { runCli } from './cli.js';
import { seedDemo } from './seed-demo.js';

// The seed makes thousands of calls to one school in a minute or two: above any plan's limit.
process.env.RATE_LIMIT_ENABLED ??= 'false';

/** npm run seed:demo — fills the demo school with a realistic year (stop `npm start` first when using the embedded database). */
runCli(async (platform) => {
  const started = Date.now();
  const result = await seedDemo(platform, (line) => console.log(`  … ${line}`));
  for (const line of result.lines) console.log(line);
  if (result.seeded) console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
