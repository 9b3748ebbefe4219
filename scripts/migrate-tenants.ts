/**
 * npm run migrate:tenants -- [--tenant <subdomain>] [--dry-run] [--concurrency N] [--down <id>] [--list]
 *
 * Applies pending migrations (server/src/migrations) to every school database,
 * resuming where a previous run stopped. Uses MONGODB_URI, or the embedded
 * database under .data/ (stop `npm start` first).
 */
import '../server/src/setup/migrate-tenants.cli.js';
