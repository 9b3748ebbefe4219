import path from 'node:path';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCli } from './cli.js';
import { exportTenant } from '../modules/transfer/archive.js';

/**
 * npm run tenant:export -- <subdomain> [--out <file>] [--with-secrets]
 *
 * Writes every collection of one school as Extended JSON lines in one gzipped
 * archive with a manifest (count and SHA-256 per collection, schema version).
 * Password hashes and session / set-password tokens only with --with-secrets.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'with-secrets': { type: 'boolean', default: false } },
});
const subdomain = positionals[0];
if (!subdomain) {
  console.error('Usage: npm run tenant:export -- <subdomain> [--out <file>] [--with-secrets]');
  process.exit(2);
}

runCli(async (platform) => {
  // Relative to where npm was run, not to the server workspace.
  const out = path.resolve(
    process.env.INIT_CWD ?? process.cwd(),
    values.out ?? `${subdomain}-${new Date().toISOString().slice(0, 10)}.school.ndjson.gz`,
  );
  const manifest = await exportTenant(platform, subdomain, createWriteStream(out), { withSecrets: values['with-secrets'] });
  for (const [name, c] of Object.entries(manifest.collections))
    console.log(`${name.padEnd(24)} ${String(c.count).padStart(8)}  ${c.sha256}`);
  console.log(
    `Exported ${subdomain} to ${out}${manifest.withSecrets ? ' (with secrets: keep it safe)' : ' (without passwords and tokens)'}; schema ${manifest.schemaVersion.at(-1) ?? 'none'}.`,
  );
});
