/**
 * npm run jobs:run-once
 *
 * Runs the platform's lifecycle job once, now: suspends schools whose trial or
 * subscription has ended and purges deleted schools past their purge date.
 * Uses MONGODB_URI, or the embedded database under .data/ (stop `npm start` first).
 */
import '../server/src/setup/jobs-run-once.cli.js';
