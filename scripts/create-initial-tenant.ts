/**
 * npm run create-initial-tenant
 *
 * Creates, if missing, the platform's first super admin and the demo school
 * (subdomain "demo") with its admin. Reads SUPERADMIN_EMAIL, SUPERADMIN_PASSWORD,
 * DEMO_ADMIN_EMAIL and DEMO_ADMIN_PASSWORD; a password that is not given is
 * generated and printed once. Running it again changes nothing and says so.
 *
 * Uses MONGODB_URI, or the embedded database under .data/ (stop `npm start`
 * first: the server already runs this on its first start).
 */
import '../server/src/setup/create-initial-tenant.cli.js';
